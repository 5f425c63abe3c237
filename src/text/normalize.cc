#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "text/utf8.h"

namespace chronicle::text {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

std::string fold_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t start = i;
    if (c < 0x80) {
      cp = c;
      ++i;
    } else {
      cp = decode_code_point(s, i);
    }
    if (is_space(cp)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    if (cp == 0xFFFD && i - start == 1) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::string casefold(std::string_view s) {
  std::string valid = is_valid_utf8(s) ? std::string(s) : repair_utf8(s);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                    static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_COMPAT | UTF8PROC_CASEFOLD));
  if (n < 0) return valid;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
}

std::string comparison_key(std::string_view s) {
  std::string folded = casefold(s);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < folded.size()) {
    size_t start = i;
    char32_t cp = decode_code_point(folded, i);
    auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    bool word_char = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                     (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO) ||
                     (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME);
    if (!word_char) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out.append(folded, start, i - start);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t next = begin;
    if (!is_space(decode_code_point(s, next))) break;
    begin = next;
  }
  size_t end = s.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t probe = start;
    if (!is_space(decode_code_point(s, probe))) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

}  // namespace chronicle::text
