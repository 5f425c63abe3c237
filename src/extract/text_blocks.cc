#include "extract/text_blocks.h"

#include <algorithm>

#include <utf8proc.h>

#include "text/normalize.h"
#include "text/utf8.h"

namespace chronicle::extract {
namespace {

// A text is hard-wrapped when at least this share of its lines have a length in
// [kWrapMinColumns, kWrapMaxColumns] and no line is longer than kWrapMaxLine: wire archives
// (Reuters-21578 wraps at about 70 columns) look like that, page dumps never do.
constexpr double kWrapShare = 0.6;
constexpr size_t kWrapMinColumns = 35;
constexpr size_t kWrapMaxColumns = 90;
constexpr size_t kWrapMaxLine = 120;
constexpr size_t kWrapMinLines = 4;
// A wrapped line shorter than this share of the wrap width that ends a sentence ends its paragraph.
constexpr double kShortLineShare = 0.6;
// Prose has at least this share of words starting in lower case; Title Case headlines and menus
// have far fewer.
constexpr double kMinLowercaseShare = 0.35;
// Without a sentence end, only a line this long still counts as prose.
constexpr int kMinUnpunctuatedProseWords = 25;


struct RawLine {
  std::string_view text;  // not trimmed
  bool blank;
  bool indented;
};

std::vector<RawLine> raw_lines(std::string_view body) {
  std::vector<RawLine> lines;
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = text::trim(line);
    bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    lines.push_back({line, trimmed.empty(), indented});
    if (end == body.size()) break;
    start = end + 1;
  }
  return lines;
}

bool ends_sentence(std::string_view s) {
  s = text::trim(s);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  // Closing curly quotes and the ellipsis are multi-byte: ” ’ …
  for (std::string_view tail : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
    while (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) s.remove_suffix(tail.size());
  }
  if (s.empty()) return false;
  if (s.size() >= 3) {
    std::string_view last3 = s.substr(s.size() - 3);
    // … 。 ！ ？ (the last three are the full-width CJK forms)
    if (last3 == "\xE2\x80\xA6" || last3 == "\xE3\x80\x82" || last3 == "\xEF\xBC\x81" || last3 == "\xEF\xBC\x9F")
      return true;
  }
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool is_hard_wrapped(const std::vector<RawLine>& lines) {
  size_t nonblank = 0, in_band = 0;
  for (const RawLine& line : lines) {
    if (line.blank) continue;
    ++nonblank;
    size_t n = text::trim(line.text).size();
    if (n > kWrapMaxLine) return false;
    if (n >= kWrapMinColumns && n <= kWrapMaxColumns) ++in_band;
  }
  return nonblank >= kWrapMinLines && static_cast<double>(in_band) >= kWrapShare * static_cast<double>(nonblank);
}

void push_block(std::vector<TextBlock>& blocks, std::string_view raw, bool blank_before) {
  std::string folded = text::fold_whitespace(raw);
  if (folded.empty()) return;
  TextBlock block;
  block.words = count_words(folded);
  block.prose = is_prose(folded);
  block.teaser = block.prose && opens_with_title_case(folded);
  block.text = std::move(folded);
  block.blank_before = blank_before;
  blocks.push_back(std::move(block));
}

// Words and how many of them start in lower case. A word is a run of letters and digits; a CJK
// ideograph or kana is a word of its own (those scripts do not space words), and a word starting
// with a caseless letter (Arabic, Hebrew, CJK) counts as lower case, as running text would.
struct Shape {
  int words = 0;
  int lower = 0;
};

bool is_cjk(char32_t cp) { return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF); }

Shape measure(std::string_view s, int cap) {
  Shape shape;
  bool in_word = false;
  size_t i = 0;
  while (i < s.size() && shape.words < cap) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      bool w = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (w && !in_word) {
        ++shape.words;
        if (c >= 'a' && c <= 'z') ++shape.lower;
      }
      in_word = w;
      continue;
    }
    char32_t cp = text::decode_code_point(s, i);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    bool w = letter || cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
             (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (w && (!in_word || is_cjk(cp))) {
      ++shape.words;
      if (cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO) ++shape.lower;
    }
    in_word = w && !is_cjk(cp);
  }
  return shape;
}

}  // namespace

int count_words(std::string_view s, int cap) { return measure(s, cap).words; }

bool is_prose(std::string_view s) {
  bool ends = ends_sentence(s);
  Shape shape = measure(s, 1 << 30);
  if (shape.words < 3) return false;
  // A long paragraph is prose even when it ends with a link or an emoji instead of a full stop.
  if (!ends && shape.words < kMinUnpunctuatedProseWords) return false;
  return static_cast<double>(shape.lower) >= kMinLowercaseShare * static_cast<double>(shape.words);
}

namespace {

// "AthleteA": a word of at least three lower-case letters after its capital, glued to the next
// word's capital: the seam where a text dump joined a link's headline to its summary.
bool has_glued_seam(std::string_view s) {
  // "To 250,000The state": a figure glued to a capitalised word.
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && s[i + 2] >= 'a' && s[i + 2] <= 'z')
      return true;
  int lower_run = 0;
  bool after_capital = false;
  for (char ch : s) {
    if (ch >= 'a' && ch <= 'z') {
      ++lower_run;
    } else if (ch >= 'A' && ch <= 'Z') {
      if (after_capital && lower_run >= 3) return true;
      after_capital = true;
      lower_run = 0;
    } else {
      after_capital = false;
      lower_run = 0;
    }
  }
  return false;
}

}  // namespace

bool opens_with_title_case(std::string_view s) {
  int run = 0;
  size_t i = 0;
  while (i < s.size() && run < kLongTitleCaseRun) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    // The token's first letter or digit decides ("$690", "‘Despicable’" count as capitalised);
    // a token of punctuation only (":", "-", "&") neither counts nor breaks the run.
    char32_t first = 0;
    while (i < s.size() && s[i] != ' ') {
      char32_t cp = text::decode_code_point(s, i);
      if (first) continue;
      auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || (cp >= '0' && cp <= '9')) first = cp;
    }
    if (!first) continue;
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(first));
    if (cat == UTF8PROC_CATEGORY_LU || (first >= '0' && first <= '9')) {
      ++run;
    } else {
      break;
    }
  }
  // Names with titles open many a paragraph ("Iranian Foreign Minister Mohammad Javad Zarif"), so
  // a run of six needs the glued seam too; a run of ten is a headline on its own.
  if (run >= kLongTitleCaseRun) return true;
  return run >= kTeaserCapitalWords && has_glued_seam(s.substr(0, std::min<size_t>(s.size(), 200)));
}

bool looks_like_headline(std::string_view s, int words) {
  if (words < 3 || words > 30) return false;
  s = text::trim(s);
  if (s.empty() || s.back() == '.' || s.back() == ',' || s.back() == ':' || s.back() == ';') return false;
  bool has_upper = false;
  for (char c : s)
    if (c >= 'A' && c <= 'Z') has_upper = true;
  return has_upper;
}

std::vector<TextBlock> split_blocks(std::string_view body) {
  std::vector<RawLine> lines = raw_lines(body);
  std::vector<TextBlock> blocks;
  bool blank_before = false;
  if (!is_hard_wrapped(lines)) {
    for (const RawLine& line : lines) {
      if (line.blank) {
        blank_before = true;
        continue;
      }
      push_block(blocks, line.text, blank_before);
      blank_before = false;
    }
    return blocks;
  }
  // Hard-wrapped: join the lines of each paragraph.
  size_t width = 0;
  for (const RawLine& line : lines) width = std::max(width, text::trim(line.text).size());
  std::string paragraph;
  bool paragraph_blank_before = false;
  auto flush = [&] {
    if (!paragraph.empty()) push_block(blocks, paragraph, paragraph_blank_before);
    paragraph.clear();
  };
  for (const RawLine& line : lines) {
    if (line.blank) {
      flush();
      blank_before = true;
      continue;
    }
    if (line.indented) flush();
    if (paragraph.empty()) {
      paragraph_blank_before = blank_before;
      blank_before = false;
    } else {
      paragraph += ' ';
    }
    std::string_view trimmed = text::trim(line.text);
    paragraph += trimmed;
    if (static_cast<double>(trimmed.size()) < kShortLineShare * static_cast<double>(width) && ends_sentence(trimmed))
      flush();
  }
  flush();
  return blocks;
}

}  // namespace chronicle::extract
