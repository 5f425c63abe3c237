#include "text/utf8.h"

#include <array>

namespace chronicle::text {
namespace {

// Windows-1252's 0x80-0x9F block; 0 marks the five unassigned bytes, which map to C1 controls.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t sequence_length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return k < n && (byte(i + k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

bool is_single_byte_western(std::string_view declared) {
  std::string lower;
  for (char ch : declared) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  return lower == "windows-1252" || lower == "cp1252" || lower == "iso-8859-1" || lower == "latin1" ||
         lower == "latin-1" || lower == "iso-8859-15" || lower == "us-ascii" || lower == "ascii";
}

}  // namespace

size_t valid_utf8_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, eight bytes at a time would be nicer but this is not the hot path.
    size_t len = sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return i;
}

void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t decode_code_point(std::string_view s, size_t& pos) {
  size_t len = sequence_length(s, pos);
  const auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + k])); };
  char32_t cp;
  switch (len) {
    case 1: cp = byte(0); break;
    case 2: cp = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F); break;
    case 3: cp = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F); break;
    case 4:
      cp = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
      break;
    default: pos += 1; return 0xFFFD;
  }
  pos += len;
  return cp;
}

std::string windows1252_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else if (c < 0xA0) {
      char16_t mapped = kCp1252High[c - 0x80];
      append_code_point(out, mapped ? mapped : c);
    } else {
      append_code_point(out, c);
    }
  }
  return out;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

Decoded to_utf8(std::string_view bytes, std::string_view declared) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t valid = valid_utf8_prefix(bytes);
  if (valid == bytes.size()) return {std::string(bytes), ""};
  if (is_single_byte_western(declared)) return {windows1252_to_utf8(bytes), "windows-1252"};
  // Count how the invalid bytes fail. Legacy single-byte text has high bytes standing alone
  // (an 0xE9 between ASCII letters); broken UTF-8 has mostly well-formed multi-byte sequences.
  size_t valid_multibyte = 0, stray_high = 0;
  for (size_t i = 0; i < bytes.size();) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len = sequence_length(bytes, i);
    if (len > 1) { ++valid_multibyte; i += len; }
    else { ++stray_high; ++i; }
  }
  if (stray_high > valid_multibyte) return {windows1252_to_utf8(bytes), "windows-1252"};
  return {repair_utf8(bytes), "utf-8 (repaired)"};
}

bool looks_binary(std::string_view bytes, size_t probe) {
  std::string_view head = bytes.substr(0, probe);
  size_t controls = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  // A few stray control characters occur in real scraped text; a tenth of the bytes does not.
  return head.size() >= 16 && controls * 10 > head.size();
}

std::string truncate_utf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace chronicle::text
