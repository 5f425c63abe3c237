#include "text/shingles.h"

#include <utf8proc.h>

#include <algorithm>

#include "text/hash.h"
#include "text/utf8.h"

namespace chronicle::text {
namespace {

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == 0xFFFD) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LT;
}

char32_t lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

char32_t next_cp(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return decode_code_point(s, i);
}

}  // namespace

void split_words(std::string_view text, WordList& out, size_t max_words) {
  out.buffer.clear();
  out.words.clear();
  out.buffer.reserve(text.size());
  bool at_sentence_start = true;
  size_t newlines = 0;
  size_t i = 0;
  while (i < text.size() && out.words.size() < max_words) {
    size_t start = i;
    char32_t cp = next_cp(text, i);
    if (!is_word_char(cp)) {
      if (cp == '.' || cp == '!' || cp == '?') at_sentence_start = true;
      if (cp == '\n' && ++newlines >= 2) at_sentence_start = true;
      continue;
    }
    newlines = 0;
    Word w;
    w.start = static_cast<uint32_t>(start);
    w.key_start = static_cast<uint32_t>(out.buffer.size());
    w.capitalized = is_upper(cp);
    w.sentence_start = at_sentence_start;
    at_sentence_start = false;
    append_code_point(out.buffer, lower(cp));
    size_t end = i;
    while (i < text.size()) {
      size_t here = i;
      char32_t c = next_cp(text, i);
      if (is_word_char(c)) {
        append_code_point(out.buffer, lower(c));
        end = i;
        continue;
      }
      if (is_apostrophe(c) && i < text.size()) {
        size_t after = i;
        char32_t n = next_cp(text, after);
        if (is_word_char(n)) {
          // "Kerry's", "Russia’s": the possessive adds nothing to compare on; drop it.
          size_t after_s = after;
          bool possessive = (n == 's' || n == 'S') && (after_s >= text.size() || !is_word_char(next_cp(text, after_s)));
          if (possessive) {
            i = after;
            end = after;
            break;
          }
          // "O'Brien", "don't": the apostrophe is part of the word; keep the letters only.
          continue;
        }
      }
      i = here;
      break;
    }
    w.end = static_cast<uint32_t>(end);
    w.key_size = static_cast<uint32_t>(out.buffer.size() - w.key_start);
    w.hash = hash64(std::string_view(out.buffer).substr(w.key_start, w.key_size));
    out.words.push_back(w);
  }
}

std::vector<uint64_t> shingle_hashes(const WordList& words, size_t k) {
  std::vector<uint64_t> out;
  const auto& ws = words.words;
  if (ws.empty()) return out;
  if (k == 0) k = 1;
  size_t n = ws.size() < k ? 1 : ws.size() - k + 1;
  size_t width = std::min(k, ws.size());
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 0x5368696e676c6573ULL;  // "Shingles"
    for (size_t j = 0; j < width; ++j) h = mix64(h ^ ws[i + j].hash) + 0x9E3779B97F4A7C15ULL * (j + 1);
    out.push_back(h);
  }
  return out;
}

std::vector<uint64_t> shingle_set(const WordList& words, size_t k) {
  std::vector<uint64_t> out = shingle_hashes(words, k);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chronicle::text
