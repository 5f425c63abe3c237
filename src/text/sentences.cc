#include "text/sentences.h"

#include <algorithm>

namespace chronicle::text {
namespace {

// Words that open a sentence after an abbreviation such as "U.S." or "Inc." (rule 4). Function
// words only: a capitalised noun after "U.S." ("U.S. Embassy") is far more often the same sentence.
constexpr std::string_view kSentenceOpeners[] = {
    "A",     "After", "Although", "An",   "And",   "As",    "At",    "But",   "By",    "During",
    "For",   "He",    "Her",      "His",  "However", "I",   "If",    "In",    "It",    "Its",
    "Meanwhile", "Mr.", "Mrs.", "Ms.", "On",    "Our",   "She",   "Since", "So",    "That",  "The",
    "Their", "There", "These",    "They", "This",  "Those", "Today", "Under", "We",    "What",
    "When",  "While", "Yet",      "Yesterday"};

bool is_opener(std::string_view word) {
  return std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), word) != std::end(kSentenceOpeners);
}

bool is_closer(std::string_view tok) {
  return tok == ")" || tok == "]" || tok == "}" || tok == "\"" || tok == "'" || tok == "\u201D" ||
         tok == "\u2019" || tok == "\u00BB" || tok == "\u203A" || tok == "''";
}

bool is_terminal(std::string_view tok) {
  return tok == "." || tok == "!" || tok == "?" || tok == "\u2026" || (tok.size() >= 2 && tok[0] == '.' && tok[1] == '.') ||
         tok == "?!" ;
}

// Rule 2's headline test for the line of tokens [first, end): no closing punctuation at its end
// and at least 60% of its words of 4+ letters capitalised. Short words ("of", "in") don't count.
constexpr double kHeadlineCapitalShare = 0.6;
constexpr size_t kHeadlineMaxTokens = 30;

bool looks_like_headline(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end) {
  if (end <= first || end - first > kHeadlineMaxTokens) return false;
  size_t words = 0;
  size_t caps = 0;
  for (size_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::word && t.kind != TokenKind::number) continue;
    if (t.end - t.start < 4 && t.kind == TokenKind::word) continue;
    ++words;
    if (t.capitalized() || t.kind == TokenKind::number) ++caps;
  }
  return words > 0 && caps >= kHeadlineCapitalShare * static_cast<double>(words);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  const size_t n = tokens.size();
  if (n == 0) return out;
  size_t sent_start = 0;
  size_t line_start = 0;
  bool paragraph_start = true;
  auto emit = [&](size_t end_token) {  // the sentence is [sent_start, end_token)
    Sentence s;
    s.first_token = static_cast<uint32_t>(sent_start);
    s.end_token = static_cast<uint32_t>(end_token);
    s.span = Span{tokens[sent_start].start, tokens[end_token - 1].end};
    s.paragraph_start = paragraph_start;
    out.push_back(s);
    sent_start = end_token;
  };

  size_t i = 0;
  while (i < n) {
    const Token& t = tokens[i];
    std::string_view tok = t.view(text);
    size_t last = i;  // the last token of the sentence if it ends here
    bool boundary = false;

    if (t.kind == TokenKind::punct && is_terminal(tok)) {
      // Rule 3: take closing marks, then look at what follows.
      while (last + 1 < n && tokens[last + 1].newlines == 0 && is_closer(tokens[last + 1].view(text)) &&
             !(tokens[last + 1].space_before && last + 2 < n && !tokens[last + 2].space_before &&
               tokens[last + 2].newlines == 0 && tokens[last + 2].kind != TokenKind::punct))
        ++last;
      if (last + 1 >= n) {
        boundary = true;
      } else {
        const Token& nx = tokens[last + 1];
        std::string_view nv = nx.view(text);
        bool continues = nx.newlines == 0 &&
                         ((nx.kind == TokenKind::word && !nx.capitalized() && (nx.flags & kHasLower)) ||
                          nv == "," || nv == ";" || nx.kind == TokenKind::number);
        // "..." in mid-sentence: only a capital after it starts a new one.
        if (tok.size() >= 2 || tok == "\u2026") continues = continues || (nx.newlines == 0 && !nx.capitalized() && nx.kind == TokenKind::word);
        boundary = !continues;
      }
    } else if (t.kind == TokenKind::word && tok.size() >= 2 && tok.back() == '.' && !is_title_abbreviation(tok)) {
      // Rule 4: an abbreviation such as "U.S." may end the sentence.
      while (last + 1 < n && tokens[last + 1].newlines == 0 && is_closer(tokens[last + 1].view(text)) &&
             tokens[last + 1].view(text) != "'" && tokens[last + 1].view(text) != "\u2019")
        ++last;
      if (last + 1 >= n) {
        boundary = true;
      } else {
        const Token& nx = tokens[last + 1];
        boundary = nx.newlines >= 1 || (nx.kind == TokenKind::word && is_opener(nx.view(text))) ||
                   (last > i && nx.capitalized());
      }
    }

    // Rules 1 and 2: line breaks after this token.
    if (!boundary && last + 1 < n) {
      const Token& nx = tokens[last + 1];
      if (nx.newlines >= 2) {
        boundary = true;
      } else if (nx.newlines == 1) {
        std::string_view lv = tokens[last].view(text);
        boundary = lv == ":" || looks_like_headline(text, tokens, line_start, last + 1);
      }
    }

    if (boundary) {
      emit(last + 1);
      paragraph_start = last + 1 < n && tokens[last + 1].newlines >= 2;
    }
    i = last + 1;
    if (i < n && tokens[i].newlines >= 1) line_start = i;
  }
  if (sent_start < n) emit(n);
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  return split_sentences(text, tokens);
}

}  // namespace chronicle::text
