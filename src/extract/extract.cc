#include "extract/extract.h"

#include <unordered_set>

#include "extract/knowledge.h"
#include "text/hash.h"
#include "text/normalize.h"
#include "text/url.h"

namespace chronicle::extract {

Extractor::Extractor(std::unique_ptr<Knowledge> knowledge) : knowledge_(std::move(knowledge)) {}
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::load(const std::string& data_dir, std::string& error) {
  auto knowledge = Knowledge::load(data_dir, error);
  if (!knowledge) return nullptr;
  return std::unique_ptr<Extractor>(new Extractor(std::move(knowledge)));
}

ExtractResult Extractor::extract(const RawDoc& doc, const SiteLineStats& site_stats) const {
  ExtractResult result;
  Article& article = result.article;
  article.source_id = doc.source_id;
  article.origin = doc.origin;
  article.url = doc.url;
  article.source = doc.source;
  article.title = doc.title;
  article.date = doc.date;
  article.lang = doc.lang;
  article.extra_json = doc.extra_json;
  std::string site = site_key(doc);
  std::unordered_set<std::string> seen;
  std::string_view body = doc.body;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string line = text::fold_whitespace(body.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    if (site_stats.is_boilerplate(site, line_key(line))) {
      article.removed.push_back({line, RemovalReason::boilerplate});
      continue;
    }
    if (!seen.insert(text::comparison_key(line)).second) {
      article.removed.push_back({line, RemovalReason::duplicate});
      continue;
    }
    if (!article.text.empty()) article.text += "\n\n";
    article.text += line;
  }
  article.id = text::article_id(text::canonical_url(doc.url), article.text);
  if (article.text.empty()) result.error = "no body text after removing boilerplate";
  return result;
}

}  // namespace chronicle::extract
