// extract: a RawDoc in, an Article out, with the clean body text, its metadata, and every removed
// block listed with its reason.
//
// The Article's text is final when extract() returns: later stages only add stand-off annotations
// (Article invariant 1). Extraction reads no files, touches no store and prints nothing; the
// Extractor is built once per run from the knowledge in data/ and is then safe for concurrent use.
#pragma once
#include <memory>
#include <string>

#include "extract/site_lines.h"
#include "model/article.h"
#include "model/raw_doc.h"

namespace chronicle::extract {

struct ExtractResult {
  Article article;
  // "" on success. Otherwise a one-line reason the document gave no article ("no body text after
  // removing boilerplate", "binary content"); the article may still carry its removed blocks.
  std::string error;
};

class Knowledge;  // data/ files compiled into matchers (knowledge.h)
class HtmlExtractor;  // HTML pages (html_extract.h)

class Extractor {
 public:
  // Builds the extractor from the knowledge files in `data_dir`. On failure returns null and sets
  // `error` to a message naming the file and line.
  static std::unique_ptr<Extractor> load(const std::string& data_dir, std::string& error);
  ~Extractor();
  Extractor(const Extractor&) = delete;  // owns compiled matchers; share it by reference instead
  Extractor& operator=(const Extractor&) = delete;

  // Cleans one document. `site_stats` holds the per-site line counts (site_lines.h); pass an empty
  // SiteLineStats when there are none. Thread-safe.
  ExtractResult extract(const RawDoc& doc, const SiteLineStats& site_stats) const;

 private:
  explicit Extractor(std::unique_ptr<Knowledge> knowledge);
  std::unique_ptr<Knowledge> knowledge_;
  // shared_ptr so that this header needs no complete HtmlExtractor type where Extractor is destroyed.
  std::shared_ptr<const HtmlExtractor> html_;
};

}  // namespace chronicle::extract
