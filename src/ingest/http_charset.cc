#include "ingest/http_charset.h"

#include <algorithm>

namespace chronicle::ingest {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
}

// The charset value after "charset" at `pos` in the lowercased `s` ("charset = 'utf-8'"), "" if
// none follows.
std::string value_after_charset(const std::string& s, size_t pos) {
  pos += 7;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && is_name_char(s[end])) ++end;
  return s.substr(pos, end - pos);
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) {
  std::string s = lower(content_type);
  size_t pos = s.find("charset");
  return pos == std::string::npos ? std::string() : value_after_charset(s, pos);
}

std::string sniff_meta_charset(std::string_view html) {
  std::string head = lower(html.substr(0, kMetaSniffBytes));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string tag = head.substr(pos, end - pos);
    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    size_t cs = tag.find("charset");
    if (cs != std::string::npos) {
      std::string value = value_after_charset(tag, cs);
      if (!value.empty()) return value;
    }
    pos = end;
  }
  return {};
}

std::string declared_html_charset(std::string_view content_type, std::string_view html) {
  std::string declared = charset_from_content_type(content_type);
  return declared.empty() ? sniff_meta_charset(html) : declared;
}

}  // namespace chronicle::ingest
