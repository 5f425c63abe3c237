#include "cli/print_article.h"

#include <cstdio>
#include <map>
#include <string>

namespace chronicle::cli {
namespace {

void field(const char* name, const std::string& value) {
  if (!value.empty()) std::printf("%-9s %s\n", name, value.c_str());
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

void print_article(const Article& a) {
  field("id", a.id);
  field("title", a.title);
  field("dek", a.dek);
  field("source", a.source);
  field("author", a.author);
  field("date", a.date);
  field("url", a.url);
  field("lang", a.lang);
  field("places", joined(a.tags.places));
  field("topics", joined(a.tags.topics));
  field("story", a.story);
  field("dup. of", a.duplicate_of);
  std::printf("\n%s\n", a.text.c_str());
  if (!a.removed.empty()) {
    std::map<std::string, int> reasons;
    for (const RemovedBlock& r : a.removed) ++reasons[std::string(removal_reason_name(r.reason))];
    std::string summary;
    for (const auto& [reason, n] : reasons) summary += (summary.empty() ? "" : ", ") + reason + " " + std::to_string(n);
    std::printf("\nremoved   %zu blocks (%s)\n", a.removed.size(), summary.c_str());
  }
  if (!a.entities.empty()) {
    std::string names;
    for (const Entity& e : a.entities) names += (names.empty() ? "" : ", ") + e.name + " (" + entity_type_name(e.type) + ")";
    std::printf("entities  %s\n", names.c_str());
  }
  for (const Quote& q : a.quotes) {
    std::string text = q.span.end <= a.text.size() ? a.text.substr(q.span.start, q.span.size()) : "";
    std::printf("quote     %s: \"%s\"%s\n", q.speaker_name.empty() ? "?" : q.speaker_name.c_str(), text.c_str(),
                q.reported_by.empty() ? "" : (" (via " + q.reported_by + ")").c_str());
  }
  for (const Event& e : a.events)
    std::printf("event     %s %s %s (%s, Goldstein %.1f)%s\n", e.source.code.c_str(), e.code.c_str(), e.target.code.c_str(),
                e.root.c_str(), e.goldstein, e.negated ? " negated" : "");
}

}  // namespace chronicle::cli
