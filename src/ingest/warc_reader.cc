#include "ingest/warc_reader.h"

#include <charconv>
#include <string_view>
#include <vector>

#include "ingest/http_charset.h"
#include "ingest/http_message.h"
#include "text/utf8.h"

namespace chronicle::ingest {
namespace {

// A WARC header line longer than this is not a header: the file is damaged or not WARC.
constexpr size_t kMaxHeaderLine = 16 * 1024;
// Header lines per record; real records have 8 to 20.
constexpr int kMaxHeaderLines = 256;
// Blank lines tolerated between records (some writers add extra CRLFs).
constexpr int kMaxBlankLines = 16;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool icontains(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    if (iequals(haystack.substr(i, needle.size()), needle)) return true;
  return false;
}

std::string quote(std::string_view s) {
  return "\"" + text::truncate_utf8(text::repair_utf8(s.substr(0, 200)), 100) + "\"";
}

struct WarcRecord {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string block;

  std::string_view header(std::string_view name) const {
    for (const auto& [k, v] : headers)
      if (iequals(k, name)) return v;
    return {};
  }
};

// "<urn:uuid:...>" -> "urn:uuid:..."; WARC-Target-URI may be bracketed too (WARC/1.0 drafts).
std::string unbracket(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
  return std::string(v);
}

bool looks_like_html(std::string_view body) {
  std::string_view head = body.substr(0, 1024);
  return icontains(head, "<html") || icontains(head, "<!doctype html") || icontains(head, "<head") ||
         icontains(head, "<body");
}

class WarcReader {
 public:
  WarcReader(InputStream& in, const std::string& origin, const ReadOptions& options, DocSink& sink)
      : in_(in), origin_(origin), options_(options), sink_(sink) {}

  void run() {
    while (true) {
      WarcRecord record;
      Step step = read_record(record);
      if (step == Step::end || step == Step::stop) return;
      if (step == Step::skip) continue;
      handle(record);
    }
  }

 private:
  enum class Step { record, skip, end, stop };

  std::string where() const { return origin_ + "#" + std::to_string(number_); }

  void fail(std::string reason) { sink_.on_error({where(), std::move(reason)}); }

  // Reads the next record's header and block. `end` at a clean end of file, `stop` after
  // reporting damage, `skip` after reporting a record that is refused but leaves the file readable.
  Step read_record(WarcRecord& record) {
    std::string line;
    bool too_long = false;
    int blanks = 0;
    while (true) {
      if (!in_.read_line(line, kMaxHeaderLine, too_long)) {
        if (!in_.error().empty()) {
          ++number_;
          fail(in_.error());
          return Step::stop;
        }
        return Step::end;
      }
      if (!trim(line).empty()) break;
      if (++blanks > kMaxBlankLines) {
        ++number_;
        fail("blank lines where a WARC record header should start");
        return Step::stop;
      }
    }
    ++number_;
    if (number_ > options_.limits.max_warc_records) {
      fail("more than " + std::to_string(options_.limits.max_warc_records) + " records; the rest is not read");
      return Step::stop;
    }
    if (too_long || trim(line).substr(0, 5) != "WARC/") {
      fail(number_ == 1 ? "not a WARC file: first line is " + quote(line)
                        : "expected a WARC record header, found " + quote(line) +
                              " (the previous record's Content-Length is wrong or the file is damaged)");
      return Step::stop;
    }
    for (int n = 0;; ++n) {
      if (!in_.read_line(line, kMaxHeaderLine, too_long)) {
        fail(in_.error().empty() ? "file ends inside a record header" : in_.error());
        return Step::stop;
      }
      std::string_view l = trim(line);
      if (l.empty()) break;
      if (too_long || n >= kMaxHeaderLines) {
        fail("record header too long: not WARC, or damaged");
        return Step::stop;
      }
      size_t colon = l.find(':');
      if (colon == std::string_view::npos) continue;  // tolerate a junk header line
      record.headers.emplace_back(std::string(trim(l.substr(0, colon))), std::string(trim(l.substr(colon + 1))));
    }
    std::string_view length_text = record.header("Content-Length");
    uint64_t length = 0;
    auto [ptr, ec] = std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (length_text.empty() || ec != std::errc() || ptr != length_text.data() + length_text.size()) {
      fail(length_text.empty() ? "record has no Content-Length" : "bad Content-Length " + quote(length_text));
      return Step::stop;
    }
    bool too_big = length > options_.limits.max_document_bytes;
    uint64_t got = too_big ? discard(length) : read_block(length, record.block);
    if (got < length) {
      std::string reason = "file ends inside the record: Content-Length says " + std::to_string(length) +
                           " bytes, only " + std::to_string(got) + " follow";
      if (!in_.error().empty()) reason += " (" + in_.error() + ")";
      fail(reason);
      return Step::stop;
    }
    // A block is followed by CRLF CRLF. Anything else means the Content-Length lied.
    for (int i = 0; i < 2; ++i) {
      if (!in_.read_line(line, kMaxHeaderLine, too_long)) {
        if (!in_.error().empty()) {
          fail(in_.error());
          return Step::stop;
        }
        break;  // a file may end right after the block
      }
      if (!trim(line).empty()) {
        fail("Content-Length " + std::to_string(length) +
             " does not end the record (no blank line after the block); the rest of the file is not read");
        return Step::stop;
      }
    }
    if (too_big) {
      fail("record larger than " + std::to_string(options_.limits.max_document_bytes) + " bytes; skipped");
      return Step::skip;
    }
    return Step::record;
  }

  uint64_t read_block(uint64_t length, std::string& out) {
    out.resize(length);
    uint64_t got = 0;
    while (got < length) {
      size_t n = in_.read(out.data() + got, length - got);
      if (n == 0) break;
      got += n;
    }
    out.resize(got);
    return got;
  }

  uint64_t discard(uint64_t length) {
    char buffer[1 << 15];
    uint64_t got = 0;
    while (got < length) {
      size_t n = in_.read(buffer, std::min<uint64_t>(sizeof buffer, length - got));
      if (n == 0) break;
      got += n;
    }
    return got;
  }

  // Turns a response record with an HTML payload into a RawDoc; skips everything else.
  void handle(const WarcRecord& record) {
    if (!iequals(record.header("WARC-Type"), "response")) return;
    if (!icontains(record.header("Content-Type"), "application/http")) return;
    HttpResponse response;
    std::string error;
    if (!parse_http_response(record.block, options_.limits.max_document_bytes, response, error)) {
      fail("HTTP response: " + error);
      return;
    }
    if (response.status < 200 || response.status >= 300) return;  // redirects, errors: no article
    std::string_view content_type = response.header("content-type");
    bool declared_html = icontains(content_type, "html");
    if (!declared_html && !(content_type.empty() && looks_like_html(response.body))) return;
    if (text::looks_binary(response.body)) {
      fail("binary content served as " + (content_type.empty() ? std::string("HTML") : quote(content_type)));
      return;
    }
    text::Decoded decoded = text::to_utf8(response.body, declared_html_charset(content_type, response.body));
    RawDoc doc;
    doc.origin = where();
    doc.format = BodyFormat::html;
    doc.body = std::move(decoded.text);
    doc.decoded_from = std::move(decoded.decoded_from);
    doc.url = unbracket(record.header("WARC-Target-URI"));
    doc.date = std::string(trim(record.header("WARC-Date")));
    if (doc.date.empty()) doc.date = options_.date;
    doc.source_id = unbracket(record.header("WARC-Record-ID"));
    doc.source = options_.source;
    sink_.on_doc(std::move(doc));
  }

  InputStream& in_;
  const std::string& origin_;
  const ReadOptions& options_;
  DocSink& sink_;
  size_t number_ = 0;
};

}  // namespace

void read_warc(InputStream& in, const std::string& origin, const ReadOptions& options, DocSink& sink) {
  WarcReader(in, origin, options, sink).run();
}

}  // namespace chronicle::ingest
