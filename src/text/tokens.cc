#include "text/tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace chronicle::text {
namespace {

// Abbreviations that keep their full stop. Tiny and closed, so they live here rather than in data/
// (STYLE.md, "Knowledge is loaded once"): the tokenizer is below every stage and takes no knowledge.
//
// Titles and similar words that are always followed by more of the same sentence ("Gen. Shoigu").
constexpr std::string_view kTitleAbbreviations[] = {
    "Adm",  "Amb",   "Capt", "Cmdr", "Col",  "Cpl",  "Dr",   "Drs",  "Fr",   "Ft",   "Gen",
    "Gens", "Gov",   "Govs", "Hon",  "Insp", "Lt",   "Maj",  "Messrs", "Mme", "Mr",  "Mrs",
    "Ms",   "Msgr",  "Mt",   "Pfc",  "Pres", "Prof", "Pvt",  "Rep",  "Reps", "Rev",  "Sen",
    "Sens", "Sgt",   "Spc",  "Supt", "vs",   "Sec",  "Det",  "Cdr",  "Brig"};
// Abbreviations that take a stop but may also end a sentence ("... of Apple Inc. The company ...").
constexpr std::string_view kOtherAbbreviations[] = {
    "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sep",  "Sept", "Oct",  "Nov",  "Dec",
    "Inc",  "Corp", "Co",   "Ltd",  "Bros", "St",   "Ave",  "Blvd", "Dept", "Univ", "est",  "etc",
    "approx", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",  "Ga",   "Ill",  "Ind",
    "Kan",  "Ky",   "La",   "Md",   "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb",  "Nev",
    "Okla", "Ore",  "Pa",   "Tenn", "Tex",  "Va",   "Vt",   "Wash", "Wis",  "Wyo",  "Jr",   "Sr"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

enum class CharClass : uint8_t { space, newline, upper, lower, other_letter, digit, mark, other };

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::newline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::space;
    if (cp >= 'a' && cp <= 'z') return CharClass::lower;
    if (cp >= 'A' && cp <= 'Z') return CharClass::upper;
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    return CharClass::other;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CharClass::newline;
  if (cp == 0x200B || cp == 0xFEFF) return CharClass::space;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_ZS: return CharClass::space;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CharClass::upper;
    case UTF8PROC_CATEGORY_LL: return CharClass::lower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CharClass::other_letter;
    case UTF8PROC_CATEGORY_ND: return CharClass::digit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: return CharClass::mark;
    default: return CharClass::other;
  }
}

bool is_letter(CharClass c) {
  return c == CharClass::upper || c == CharClass::lower || c == CharClass::other_letter || c == CharClass::mark;
}
bool is_alnum(CharClass c) { return is_letter(c) || c == CharClass::digit; }

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

bool is_quote_cp(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x00AB:
    case 0x00BB: case 0x2039: case 0x203A: case 0x201E: case 0x201A: case 0x201F: case 0x201B:
      return true;
    default:
      return false;
  }
}

// A cursor over the text that decodes one code point at a time with an ASCII fast path.
struct Cursor {
  std::string_view text;

  // The code point at `pos` and the position after it; (0, pos) at the end.
  char32_t at(size_t pos, size_t* next) const {
    if (pos >= text.size()) {
      *next = pos;
      return 0;
    }
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      *next = pos + 1;
      return c;
    }
    size_t p = pos;
    char32_t cp = decode_code_point(text, p);
    *next = p;
    return cp;
  }
  CharClass class_at(size_t pos) const {
    size_t next;
    if (pos >= text.size()) return CharClass::space;
    return classify(at(pos, &next));
  }
};

// The clitics split off a word after an apostrophe (lower-cased), "t" being "n't".
bool is_clitic(std::string_view suffix_lower) {
  return suffix_lower == "s" || suffix_lower == "re" || suffix_lower == "ve" || suffix_lower == "ll" ||
         suffix_lower == "d" || suffix_lower == "m";
}

// Lower-cased ASCII letters from `pos` to the first non-letter, at most 3 (longer is not a clitic).
std::string ascii_letters_lower(std::string_view text, size_t pos, size_t* end) {
  std::string out;
  while (pos < text.size() && out.size() < 4) {
    char c = text[pos];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') break;
    out += c;
    ++pos;
  }
  *end = pos;
  return out;
}

// Scans a word or number starting at `pos` (an alphanumeric code point). Returns its end.
size_t scan_word(const Cursor& cur, size_t pos) {
  std::string_view text = cur.text;
  const size_t start = pos;
  size_t seg_letters = 0;     // letters since the last inner '.'
  bool has_inner_stop = false;
  bool seg_has_digit = false;
  size_t prev_pos = pos;      // start of the last code point taken
  CharClass prev = CharClass::other;
  while (pos < text.size()) {
    size_t next;
    char32_t cp = cur.at(pos, &next);
    CharClass cls = classify(cp);
    if (is_alnum(cls)) {
      if (is_letter(cls)) ++seg_letters;
      if (cls == CharClass::digit) seg_has_digit = true;
      prev = cls;
      prev_pos = pos;
      pos = next;
      continue;
    }
    CharClass after = cur.class_at(next);
    bool join = false;
    if (cp == '.') {
      if (prev == CharClass::digit && after == CharClass::digit) join = true;  // 3.5
      else if (is_letter(prev) && is_letter(after) && seg_letters <= 2 && !seg_has_digit) join = true;  // U.S, Ph.D
      else if (prev == CharClass::lower && after == CharClass::lower && pos - start >= 2) join = true;  // npr.org
      if (join) {
        has_inner_stop = true;
        seg_letters = 0;
        seg_has_digit = false;
      }
    } else if (cp == ',') {
      // 1,200 and 12,000,000: a comma between digits followed by exactly three digits.
      if (prev == CharClass::digit && next + 3 <= text.size()) {
        bool three = true;
        for (size_t k = 0; k < 3; ++k) three = three && text[next + k] >= '0' && text[next + k] <= '9';
        bool fourth = next + 3 < text.size() && text[next + 3] >= '0' && text[next + 3] <= '9';
        join = three && !fourth;
      }
    } else if (cp == ':' || cp == '/') {
      join = prev == CharClass::digit && after == CharClass::digit;  // 10:30, 9/11
    } else if (cp == '-' || cp == 0x2011) {
      join = is_alnum(after);  // long-range, F-16, 2015-11-10
    } else if (cp == '&') {
      join = prev == CharClass::upper && after == CharClass::upper;  // AT&T, S&P
    } else if (is_apostrophe(cp) && is_letter(prev) && is_letter(after)) {
      size_t suffix_end;
      std::string suffix = ascii_letters_lower(text, next, &suffix_end);
      bool suffix_ends = suffix_end >= text.size() || !is_letter(cur.class_at(suffix_end));
      if (suffix_ends && is_clitic(suffix)) {
        join = false;  // "Kerry" | "'s"
      } else if (suffix_ends && suffix == "t" && (text[prev_pos] == 'n' || text[prev_pos] == 'N')) {
        if (prev_pos == start) join = true;  // the "n't" token itself
        else return prev_pos;                // "do" | "n't"
      } else {
        join = true;  // O'Brien, D'Amato
      }
    }
    if (!join) break;
    prev = CharClass::other;
    prev_pos = pos;
    pos = next;
  }

  // A following full stop belongs to an abbreviation or an initial.
  while (pos < text.size() && text[pos] == '.') {
    std::string_view word = text.substr(start, pos - start);
    bool attach = false;
    if (has_inner_stop && seg_letters > 0 && seg_letters <= 2 && !seg_has_digit) attach = true;  // U.S.
    else if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') attach = true;             // J.
    else if (contains(kTitleAbbreviations, word) || contains(kOtherAbbreviations, word)) attach = true;
    // "No. 10", "Nos. 3": only before a number.
    else if ((word == "No" || word == "Nos") && pos + 2 < text.size() && text[pos + 1] == ' ' &&
             text[pos + 2] >= '0' && text[pos + 2] <= '9')
      attach = true;
    if (!attach) break;
    // Not the first of several stops: "U.S..." keeps the ellipsis apart.
    if (pos + 1 < text.size() && text[pos + 1] == '.') break;
    ++pos;
    // "U.S.-Russian": the hyphenated compound goes on.
    if (pos + 1 < text.size() && text[pos] == '-' && is_alnum(cur.class_at(pos + 1))) {
      return scan_word(cur, pos + 1);
    }
    break;
  }
  return pos;
}

}  // namespace

uint8_t token_flags(std::string_view token) {
  uint8_t flags = 0;
  bool first_letter = true;
  bool has_upper = false;
  bool has_lower = false;
  size_t pos = 0;
  while (pos < token.size()) {
    unsigned char c = static_cast<unsigned char>(token[pos]);
    CharClass cls;
    if (c < 0x80) {
      cls = classify(c);
      ++pos;
    } else {
      cls = classify(decode_code_point(token, pos));
    }
    if (cls == CharClass::digit) flags |= kHasDigit;
    if (cls == CharClass::upper) {
      has_upper = true;
      if (first_letter) flags |= kCapitalized;
    }
    if (cls == CharClass::lower) has_lower = true;
    if (is_letter(cls) && cls != CharClass::mark) first_letter = false;
  }
  if (has_lower) flags |= kHasLower;
  if (has_upper && !has_lower) flags |= kAllCaps;
  return flags;
}

void tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  Cursor cur{text};
  size_t pos = 0;
  uint8_t newlines = 0;
  bool space = true;
  while (pos < text.size()) {
    size_t next;
    char32_t cp = cur.at(pos, &next);
    CharClass cls = classify(cp);
    if (cls == CharClass::space || cls == CharClass::newline) {
      if (cls == CharClass::newline && newlines < 2) ++newlines;
      space = true;
      pos = next;
      continue;
    }
    Token tok;
    tok.start = static_cast<uint32_t>(pos);
    tok.newlines = newlines;
    tok.space_before = space;
    size_t end = next;
    if (is_alnum(cls)) {
      end = scan_word(cur, pos);
      tok.kind = cls == CharClass::digit ? TokenKind::number : TokenKind::word;
    } else if (cp == '\'' && next < text.size() && text[next] == '\'') {
      end = next + 1;  // '' as a quotation mark (New York Times and Penn Treebank style), even after a word
      tok.kind = TokenKind::quote;
    } else if (is_apostrophe(cp) && !space && !out.empty() && out.back().kind != TokenKind::punct &&
               out.back().kind != TokenKind::quote) {
      // A clitic after a word: "'s", "'re", "'ve", "'ll", "'d", "'m".
      size_t suffix_end;
      std::string suffix = ascii_letters_lower(text, next, &suffix_end);
      bool suffix_ends = suffix_end >= text.size() || !is_letter(cur.class_at(suffix_end));
      if (suffix_ends && is_clitic(suffix)) {
        end = suffix_end;
        tok.kind = TokenKind::word;
      } else {
        tok.kind = TokenKind::quote;
      }
    } else if (cp == '\'' && next < text.size() && text[next] == '\'') {
      end = next + 1;  // '' used as a closing quotation mark (New York Times style)
      tok.kind = TokenKind::quote;
    } else if (cp == '`' && next < text.size() && text[next] == '`') {
      end = next + 1;  // `` as an opening mark (Penn Treebank style)
      tok.kind = TokenKind::quote;
    } else if (is_quote_cp(cp)) {
      tok.kind = TokenKind::quote;
    } else if (cp == '.' || cp == '-') {
      // "..." and "--" stay whole.
      while (end < text.size() && static_cast<char32_t>(text[end]) == cp) ++end;
      tok.kind = TokenKind::punct;
    } else {
      tok.kind = TokenKind::punct;
    }
    tok.end = static_cast<uint32_t>(end);
    if (tok.kind == TokenKind::word || tok.kind == TokenKind::number) tok.flags = token_flags(tok.view(text));
    out.push_back(tok);
    pos = end;
    newlines = 0;
    space = false;
  }
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, out);
  return out;
}

std::string word_shape(std::string_view token, bool collapse) {
  std::string out;
  char last = 0;
  int run = 0;
  size_t pos = 0;
  while (pos < token.size()) {
    unsigned char c = static_cast<unsigned char>(token[pos]);
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      ++pos;
    } else {
      cp = decode_code_point(token, pos);
    }
    char sym;
    switch (classify(cp)) {
      case CharClass::upper: sym = 'X'; break;
      case CharClass::lower:
      case CharClass::other_letter:
      case CharClass::mark: sym = 'x'; break;
      case CharClass::digit: sym = 'd'; break;
      default: sym = cp < 0x80 ? static_cast<char>(cp) : '*'; break;
    }
    run = sym == last ? run + 1 : 1;
    last = sym;
    if (collapse && run > 2) continue;
    out += sym;
  }
  return out;
}

bool is_quote_mark(std::string_view token) {
  if (token == "''" || token == "``") return true;
  size_t pos = 0;
  if (token.empty()) return false;
  char32_t cp = decode_code_point(token, pos);
  return pos == token.size() && is_quote_cp(cp);
}

bool is_title_abbreviation(std::string_view token) {
  if (token.size() < 2 || token.back() != '.') return false;
  std::string_view word = token.substr(0, token.size() - 1);
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  return contains(kTitleAbbreviations, word);
}

}  // namespace chronicle::text
