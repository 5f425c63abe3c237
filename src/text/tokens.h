// Tokens: news English cut into words, numbers, punctuation and quotation marks, each a byte range
// of the text it came from (stand-off, like every annotation: span.h invariant 1 holds for every
// token of valid UTF-8 text).
//
// What the tokenizer keeps together, and why (the sentence splitter and the tagger rely on it):
//   - abbreviations with their full stop: "U.S.", "D.C.", "a.m.", "Mr.", "Gen.", "Jan.", "Inc.";
//     a single capital followed by a stop is an initial ("John F. Kennedy");
//   - numbers with their inner separators: "3.5", "1,200", "10:30", "9/11", "2015-11-10";
//   - hyphenated words and names: "long-range", "U.S.-Russian", "al-Assad";
//   - internal apostrophes of names: "O'Brien", "D'Amato".
// What it splits off: the clitics "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't" (as the Penn
// Treebank and CoNLL-2003 do: "Kerry's" -> "Kerry" "'s"), every quotation mark (straight, curly,
// guillemets), and each other punctuation mark, except that "..." and "--" stay whole.
//
// It never fails and never allocates per token beyond the output vector; invalid UTF-8 bytes come
// out as one-byte punctuation tokens. Thread-safe (no state). Cost: linear in the text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::text {

enum class TokenKind : uint8_t {
  word,    // starts with a letter ("Kerry", "U.S.", "n't", "'s", "long-range", "F-16")
  number,  // starts with a digit ("2015", "3.5", "1,200", "10:30", "1990s")
  punct,   // any other mark: . , ; : ! ? ( ) - -- ... $ % & …
  quote,   // a quotation mark: " “ ” ' ‘ ’ « » ‹ ›
};

// Flags describing a token's letters, computed once by the tokenizer for the tagger's features.
enum TokenFlag : uint8_t {
  kCapitalized = 1 << 0,  // first letter is upper case ("Kerry", "U.S.", "McCain")
  kAllCaps = 1 << 1,      // has letters, all upper case ("NATO", "U.S.")
  kHasDigit = 1 << 2,     // contains a digit ("F-16", "2015")
  kHasLower = 1 << 3,     // contains a lower-case letter
};

struct Token {
  uint32_t start = 0;     // byte offsets into the text, half-open
  uint32_t end = 0;
  TokenKind kind = TokenKind::punct;
  uint8_t flags = 0;      // TokenFlag bits
  uint8_t newlines = 0;   // line breaks in the white space before this token, capped at 2
  bool space_before = false;  // any white space (or the text's start) before this token

  std::string_view view(std::string_view text) const { return text.substr(start, end - start); }
  bool capitalized() const { return flags & kCapitalized; }
  bool all_caps() const { return flags & kAllCaps; }
};

// Cuts `text` into tokens, appending to `out` (cleared first), in text order and without overlap.
void tokenize(std::string_view text, std::vector<Token>& out);
std::vector<Token> tokenize(std::string_view text);

// The word shape of a token: upper-case letters become 'X', lower-case 'x', digits 'd', other
// characters stay; with `collapse`, runs of the same class longer than two are cut to two.
// "Kerry" -> "Xxxxx" ("Xxx" collapsed), "U.S." -> "X.X.", "2015" -> "dddd" ("dd"), "F-16" -> "X-dd".
// Non-ASCII letters count by their Unicode case.
std::string word_shape(std::string_view token, bool collapse);

// The letter flags of a token (TokenFlag bits), as the tokenizer computes them.
uint8_t token_flags(std::string_view token);

// True for a quotation mark that opens, closes, or may do either ('"' and '\'' are ambiguous).
bool is_quote_mark(std::string_view token);

// True when `token` is an abbreviation that ends in a full stop and is not a sentence end by
// itself: titles and initials ("Mr.", "Gen.", "J."), which are always followed by more of the
// same sentence. "U.S." and "Jan." are abbreviations too, but may end a sentence.
bool is_title_abbreviation(std::string_view token);

}  // namespace chronicle::text
