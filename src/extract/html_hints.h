// HtmlHints: the class/id words that mark an HTML element as article text or as page chrome,
// compiled once from data/html/hints.tsv (format in docs/extract-html.md and atop that file).
//
// Build once with load(), then classify(): the object is immutable after loading and safe for
// concurrent use by every worker.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/removed_block.h"

namespace chronicle::extract {

struct HintVerdict {
  int weight = 0;                // sum of matched weights (positive: body; negative: chrome)
  bool negative = false;         // some negative hint matched
  RemovalReason reason = RemovalReason::boilerplate;  // the strongest negative hint's reason
};

class HtmlHints {
 public:
  // Parses hints from `text`; `source` names it in errors ("data/html/hints.tsv:12: ...").
  // Null with `error` set on a malformed line or when no hint is given.
  static std::unique_ptr<HtmlHints> parse(std::string_view text, const std::string& source,
                                          std::string& error);
  // Reads and parses `path`.
  static std::unique_ptr<HtmlHints> load(const std::string& path, std::string& error);

  // The verdict for an element's class and id attribute values (either may be empty). Each
  // distinct matched hint counts once. Cost: linear in the attribute length.
  HintVerdict classify(std::string_view class_attr, std::string_view id_attr) const;

  size_t size() const { return exact_.size() + prefixes_.size(); }

 private:
  struct Hint {
    int weight = 0;
    RemovalReason reason = RemovalReason::boilerplate;
  };
  void match_token(std::string_view token, HintVerdict& verdict, std::vector<const Hint*>& seen) const;

  std::unordered_map<std::string, Hint> exact_;
  std::vector<std::pair<std::string, Hint>> prefixes_;  // "comment" for "comment*"
};

// RemovalReason from its name ("navigation"); false for an unknown name.
bool parse_removal_reason(std::string_view name, RemovalReason& out);

}  // namespace chronicle::extract
