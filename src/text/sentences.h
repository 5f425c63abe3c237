// Sentences: news text cut into sentences over its tokens (tokens.h), as byte spans.
//
// Rules, in the order they are tried at each token (each has a test in sentences_test.cc):
//  1. A blank line (a paragraph break) always ends a sentence.
//  2. A single line break ends one after a headline-like line: a line with no closing punctuation
//     whose words are mostly capitalised ("In Russia, Secretary Kerry Looks For 'Real Progress'"),
//     or after a line ending in a colon ("Reuters reports:"). Other single breaks are hard wraps.
//  3. ".", "!", "?" and "..." end a sentence, taking any closing quotation marks and brackets after
//     them, unless what follows continues it: a lower-case word ("'Go home!' he said"), a comma, or
//     a digit.
//  4. A title or an initial ("Mr.", "Gen.", "J.") never ends one. Another abbreviation ("U.S.",
//     "D.C.", "Inc.", "Jan.") ends one only before a word that typically opens a sentence ("The",
//     "He", "But", ...) or a paragraph break: "in the U.S. The talks" ends, "the U.S. Embassy" goes on.
// Quotations that run over several sentences are split at their inner sentence ends; the closing
// mark stays with the last sentence ("... effectively on specific issues.' "). Every token belongs
// to exactly one sentence; sentences are in text order and do not overlap.
//
// Never fails, thread-safe, linear in the number of tokens.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/span.h"
#include "text/tokens.h"

namespace chronicle::text {

struct Sentence {
  Span span;                 // from the first token's start to the last token's end
  uint32_t first_token = 0;  // token range [first_token, end_token)
  uint32_t end_token = 0;
  bool paragraph_start = false;  // the sentence opens a paragraph (first of the text, or after a blank line)
};

// Splits `text`, already cut into `tokens` (tokenize(text)), into sentences.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// Tokenises and splits in one call.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace chronicle::text
