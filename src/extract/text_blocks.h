// Text blocks: page text cut into the units the cleaner classifies (one per line, with hard-wrapped
// paragraphs joined back), and the shape measures every later heuristic reads.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/removed_block.h"

namespace chronicle::extract {

struct TextBlock {
  std::string text;     // white space folded, trimmed, never empty
  bool blank_before = false;  // a blank line separates it from the block before
  int words = 0;        // words (runs of letters or digits)
  bool prose = false;   // reads as running text (is_prose())
  bool teaser = false;  // opens with a Title Case run: a linked headline glued to its summary
  // What the classifier decided: nullopt while it is body text.
  std::optional<RemovalReason> reason;
};

// Splits page text into blocks: one per non-empty line. When the text is hard-wrapped (most lines
// of similar length, as in wire archives wrapped at 70-80 columns), the lines of one paragraph are
// joined first: a paragraph ends at a blank line, an indented line, or a short line that ends a
// sentence. Lines are white-space folded. Linear in body.size().
std::vector<TextBlock> split_blocks(std::string_view body);

// Words in `s`: maximal runs of ASCII letters, digits and non-ASCII bytes, at most `cap` counted.
int count_words(std::string_view s, int cap = 1 << 30);

// Running text rather than a label or a headline: ends like a sentence (. ! ? … : or a closing
// quote or bracket after one) and at least kMinLowercaseShare of its words start in lower case.
bool is_prose(std::string_view s);

// True when `s` opens like a related story's headline glued to its summary ("Michigan Couple Finds
// Newspapers Dating Back To 1940s During Home RenovationMichigan couple ..."): at least
// kTeaserCapitalWords capitalised words in a row and a glued seam ("RenovationMichigan") early on,
// or kLongTitleCaseRun capitalised words in a row. Running text rarely does: its function words
// are lower case.
inline constexpr int kTeaserCapitalWords = 6;
inline constexpr int kLongTitleCaseRun = 10;
bool opens_with_title_case(std::string_view s);

// Headline shape: 3-30 words, no full stop at the end, not all in lower case.
bool looks_like_headline(std::string_view s, int words);

}  // namespace chronicle::extract
