// extract_html: an HTML page (RawDoc with format html) in, an Article out.
//
// The chain (docs/extract-html.md describes each step and its thresholds):
//   0. refuse what is not a page: binary bytes, no tree, nesting past kMaxHtmlDepth, frames only;
//   1. parse (html_dom.h) and read the metadata (html_metadata.h);
//   2. segment the <body> into blocks, skipping scripts, styles, forms controls, hidden elements
//      and comments (html_blocks.h);
//   3. score elements and pick the main containers (html_score.h);
//   4. filter chrome inside them (html_filters.h): nav/aside/footer/figure and class/id hints,
//      link-dense blocks, stray labels, the headline and dek, per-site boilerplate, duplicates;
//   5. join the kept blocks as paragraphs; list every other block with its reason.
// Container metadata in the RawDoc (url, title, outlet) wins over the page's; for the date the
// page's own publication date (JSON-LD, article:published_time, <time>) wins over the
// container's, which for a crawl is the fetch date.
//
// HtmlExtractor is built once (it owns the compiled hints) and is then safe for concurrent use.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/html_hints.h"

namespace chronicle::extract {

class HtmlExtractor {
 public:
  // Loads data_dir/html/hints.tsv. Null with `error` naming the file and line on failure.
  static std::unique_ptr<HtmlExtractor> load(const std::string& data_dir, std::string& error);
  explicit HtmlExtractor(std::unique_ptr<HtmlHints> hints) : hints_(std::move(hints)) {}

  // Extracts one page. On a page that gives no article the result's error says why ("binary
  // content", "page has only frames", "no text in the page body", ...), and the article keeps what
  // metadata there was. Never throws. Article::lang holds <html lang> here; Extractor::extract
  // replaces it with the detected language.
  ExtractResult extract(const RawDoc& doc, const SiteLineStats& site_stats) const;

 private:
  std::unique_ptr<HtmlHints> hints_;
};

// The text of each block of an HTML page, in order, as segmentation sees it (used to key blocks
// for the per-site statistics: site_lines.h page_line_keys()). Empty for a page that cannot be
// parsed.
std::vector<std::string> html_block_texts(std::string_view html);

}  // namespace chronicle::extract
