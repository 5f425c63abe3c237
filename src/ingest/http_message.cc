#include "ingest/http_message.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <climits>

#include "text/utf8.h"

namespace chronicle::ingest {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// One line from `pos`, without its "\r\n" or "\n"; advances `pos` past it. False at the end.
bool next_line(std::string_view s, size_t& pos, std::string_view& line) {
  if (pos >= s.size()) return false;
  size_t end = s.find('\n', pos);
  if (end == std::string_view::npos) end = s.size();
  line = s.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  pos = end + 1;
  return true;
}

// Messages quote input bytes: repaired to UTF-8 so that a binary fragment cannot leave an invalid
// sequence in a message (found by fuzz/read_warc, regression test FuzzFindings.ChunkSizeQuotedAsUtf8).
std::string fragment(std::string_view s) { return text::truncate_utf8(text::repair_utf8(s.substr(0, 160)), 40); }

// Inflates with zlib; `window_bits` picks the wrapper (gzip 16+15, zlib 15, raw -15).
bool inflate_with(std::string_view in, int window_bits, size_t max_bytes, std::string& out, std::string& error) {
  out.clear();
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    error = "cannot start zlib";
    return false;
  }
  const auto* next = reinterpret_cast<const Bytef*>(in.data());
  size_t left = in.size();
  char buffer[1 << 15];
  int rc = Z_OK;
  while (true) {
    if (z.avail_in == 0 && left > 0) {
      z.next_in = const_cast<Bytef*>(next);
      z.avail_in = static_cast<uInt>(std::min<size_t>(left, UINT_MAX));
      next += z.avail_in;
      left -= z.avail_in;
    }
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      error = "body larger than " + std::to_string(max_bytes) + " bytes after decoding";
      return false;
    }
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (some servers concatenate them).
      if (window_bits > 15 && (z.avail_in > 0 || left > 0)) {
        if (inflateReset(&z) != Z_OK) break;
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0 && left == 0) {
      inflateEnd(&z);
      error = "compressed body is truncated";
      return false;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      std::string msg = z.msg ? z.msg : "corrupt data";
      inflateEnd(&z);
      error = "compressed body: " + msg;
      return false;
    }
  }
  inflateEnd(&z);
  return true;
}

}  // namespace

std::string_view HttpResponse::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return {};
}

bool decode_chunked(std::string_view in, size_t max_bytes, std::string& out, std::string& error) {
  out.clear();
  size_t pos = 0;
  std::string_view line;
  while (next_line(in, pos, line)) {
    std::string_view size_text = trim(line.substr(0, line.find(';')));  // chunk extensions dropped
    if (size_text.empty()) continue;  // tolerate a stray blank line between chunks
    size_t size = 0;
    auto [ptr, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (ec != std::errc() || ptr != size_text.data() + size_text.size()) {
      error = "bad chunk size \"" + fragment(size_text) + "\"";
      return false;
    }
    if (size == 0) return true;  // the last chunk; trailers are ignored
    size_t take = std::min(size, in.size() - std::min(pos, in.size()));
    if (out.size() + take > max_bytes) {
      error = "body larger than " + std::to_string(max_bytes) + " bytes after decoding";
      return false;
    }
    // A size line at the very end leaves pos one past the input (next_line skips a newline that
    // is not there): clamp, or substr throws (fuzz/http_response, FuzzFindings.ChunkSizeLineAtEndOfInput).
    out.append(in.substr(std::min(pos, in.size()), take));
    if (take < size) return true;  // cut short: keep what arrived
    pos += size;
    // The chunk's own CRLF.
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return true;
}

bool decode_content(std::string_view coding, std::string_view in, size_t max_bytes, std::string& out,
                    std::string& error) {
  std::string c = lower(trim(coding));
  if (c.empty() || c == "identity" || c == "none") {
    if (in.size() > max_bytes) {
      error = "body larger than " + std::to_string(max_bytes) + " bytes";
      return false;
    }
    out.assign(in);
    return true;
  }
  if (c == "gzip" || c == "x-gzip") return inflate_with(in, 16 + 15, max_bytes, out, error);
  if (c == "deflate") {
    // RFC 9110 says zlib-wrapped; some servers send raw deflate. The first byte tells them apart.
    bool zlib_wrapped = in.size() >= 2 && (static_cast<unsigned char>(in[0]) & 0x0F) == 8 &&
                        ((static_cast<unsigned char>(in[0]) << 8) | static_cast<unsigned char>(in[1])) % 31 == 0;
    return inflate_with(in, zlib_wrapped ? 15 : -15, max_bytes, out, error);
  }
  error = "unsupported content coding \"" + fragment(c) + "\"";
  return false;
}

bool parse_http_response(std::string_view message, size_t max_body_bytes, HttpResponse& out, std::string& error) {
  out = HttpResponse{};
  size_t pos = 0;
  std::string_view line;
  if (!next_line(message, pos, line) || line.substr(0, 5) != "HTTP/") {
    error = "no HTTP status line";
    return false;
  }
  size_t space = line.find(' ');
  std::string_view code = space == std::string_view::npos ? std::string_view{} : trim(line.substr(space + 1, 4));
  auto [ptr, ec] = std::from_chars(code.data(), code.data() + code.size(), out.status);
  if (ec != std::errc() || out.status < 100 || out.status > 999) {
    error = "bad HTTP status line \"" + fragment(line) + "\"";
    return false;
  }
  bool ended = false;
  while (next_line(message, pos, line)) {
    if (line.empty()) {
      ended = true;
      break;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !out.headers.empty()) {  // obsolete line folding
      out.headers.back().second += " ";
      out.headers.back().second += trim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // tolerate junk header lines
    out.headers.emplace_back(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  }
  if (!ended) {
    error = "HTTP headers not terminated by a blank line";
    return false;
  }
  std::string_view body = message.substr(std::min(pos, message.size()));
  std::string dechunked;
  if (lower(out.header("transfer-encoding")).find("chunked") != std::string::npos) {
    if (!decode_chunked(body, max_body_bytes, dechunked, error)) return false;
    body = dechunked;
  }
  return decode_content(out.header("content-encoding"), body, max_body_bytes, out.body, error);
}

}  // namespace chronicle::ingest
