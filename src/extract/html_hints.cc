#include "extract/html_hints.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "text/utf8.h"

namespace chronicle::extract {
namespace {

// A field of a data file quoted in an error: valid UTF-8 and cut to about 100 bytes, so a damaged
// file cannot put invalid bytes or a megabyte line into a message (fuzz/data_files found it).
std::string quoted(std::string_view field) { return text::truncate_utf8(text::repair_utf8(field), 100); }

}  // namespace

namespace {

// Separators inside class and id values: "story-body__inner" -> story, body, inner.
bool is_token_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '_' || c == ':' || c == '.'; }

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool parse_removal_reason(std::string_view name, RemovalReason& out) {
  for (int i = 0; i <= static_cast<int>(RemovalReason::empty); ++i) {
    auto reason = static_cast<RemovalReason>(i);
    if (removal_reason_name(reason) == name) {
      out = reason;
      return true;
    }
  }
  return false;
}

std::unique_ptr<HtmlHints> HtmlHints::parse(std::string_view text, const std::string& source, std::string& error) {
  auto hints = std::unique_ptr<HtmlHints>(new HtmlHints());
  size_t line_no = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') {
      if (end == text.size()) break;
      continue;
    }
    std::vector<std::string_view> fields;
    size_t f = 0;
    while (true) {
      size_t tab = line.find('\t', f);
      fields.push_back(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    std::string where = source + ":" + std::to_string(line_no) + ": ";
    if (fields.size() != 3) {
      error = where + "expected 3 tab-separated fields (WORD, WEIGHT, REASON), got " + std::to_string(fields.size());
      return nullptr;
    }
    std::string word(fields[0]);
    if (word.empty() || word == "*" ||
        std::any_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ' '; })) {
      error = where + "WORD must be a non-empty lowercase token: \"" + quoted(word) + "\"";
      return nullptr;
    }
    Hint hint;
    auto [ptr, ec] = std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), hint.weight);
    if (ec != std::errc() || ptr != fields[1].data() + fields[1].size() || hint.weight == 0) {
      error = where + "WEIGHT must be a non-zero integer: \"" + quoted(fields[1]) + "\"";
      return nullptr;
    }
    if (hint.weight < 0) {
      if (!parse_removal_reason(fields[2], hint.reason)) {
        error = where + "unknown removal reason \"" + quoted(fields[2]) + "\"";
        return nullptr;
      }
    } else if (fields[2] != "-") {
      error = where + "a positive hint takes \"-\" as its reason, not \"" + quoted(fields[2]) + "\"";
      return nullptr;
    }
    if (word.back() == '*') {
      word.pop_back();
      hints->prefixes_.emplace_back(word, hint);
    } else {
      hints->exact_[word] = hint;
    }
    if (end == text.size()) break;
  }
  if (hints->size() == 0) {
    error = source + ": no hints (an empty hint list would leave every page unscored)";
    return nullptr;
  }
  return hints;
}

std::unique_ptr<HtmlHints> HtmlHints::load(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open";
    return nullptr;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parse(content.str(), path, error);
}

void HtmlHints::match_token(std::string_view token, HintVerdict& verdict, std::vector<const Hint*>& seen) const {
  if (token.empty() || token.size() > 64) return;
  char buffer[64];
  for (size_t i = 0; i < token.size(); ++i) buffer[i] = lower_ascii(token[i]);
  std::string key(buffer, token.size());
  const Hint* found = nullptr;
  if (auto it = exact_.find(key); it != exact_.end()) {
    found = &it->second;
  } else {
    for (const auto& [prefix, hint] : prefixes_) {
      if (key.size() >= prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
        found = &hint;
        break;
      }
    }
  }
  if (!found || std::find(seen.begin(), seen.end(), found) != seen.end()) return;
  seen.push_back(found);
  if (found->weight < 0 && (!verdict.negative || found->weight < -verdict.weight)) verdict.reason = found->reason;
  if (found->weight < 0) verdict.negative = true;
  verdict.weight += found->weight;
}

HintVerdict HtmlHints::classify(std::string_view class_attr, std::string_view id_attr) const {
  HintVerdict verdict;
  std::vector<const Hint*> seen;
  for (std::string_view attr : {class_attr, id_attr}) {
    if (attr.empty()) continue;
    // Whole space-separated words first ("article-body"), then their parts.
    size_t i = 0;
    while (i < attr.size()) {
      while (i < attr.size() && (attr[i] == ' ' || attr[i] == '\t' || attr[i] == '\n')) ++i;
      size_t word_end = i;
      while (word_end < attr.size() && attr[word_end] != ' ' && attr[word_end] != '\t' && attr[word_end] != '\n') ++word_end;
      std::string_view word = attr.substr(i, word_end - i);
      match_token(word, verdict, seen);
      size_t p = 0;
      while (p < word.size()) {
        while (p < word.size() && is_token_separator(word[p])) ++p;
        size_t q = p;
        while (q < word.size() && !is_token_separator(word[q])) ++q;
        if (q > p && q - p < word.size()) match_token(word.substr(p, q - p), verdict, seen);
        p = q;
      }
      i = word_end;
    }
  }
  return verdict;
}

}  // namespace chronicle::extract
