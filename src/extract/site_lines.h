// Per-site line statistics: lines that recur across many pages of one site are that site's
// chrome ("Play Live Radio", "Get email updates from ..."), whatever words they use.
//
// The pipeline counts, for each site, how many pages it has seen and on how many of them each
// line key occurs (page_line_keys()), keeps the counts in the store, and gives the extractor a
// read-only SiteLineStats for the pages it cleans. A site is the URL's host, else the outlet; pages
// with neither belong to no site and learn nothing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/raw_doc.h"

namespace chronicle::extract {

// The site key of a document: url host without "www.", else the case-folded outlet, else "".
std::string site_key(const RawDoc& doc);

// The distinct keys of the page's lines (plain text) or blocks (HTML): hash64 of comparison_key()
// of each line of at most kMaxSiteLineBytes. Sorted, unique.
std::vector<uint64_t> page_line_keys(const RawDoc& doc);

// The key of one line, as page_line_keys() computes it.
uint64_t line_key(std::string_view line);

class SiteLineStats {
 public:
  // Thresholds, named for what they guard. A line is a site's boilerplate when the site has at
  // least kMinPages pages and the line is on at least kMinShare of them (and kMinLinePages pages):
  // below that, one site's handful of pages cannot tell chrome from a story followed up.
  static constexpr int kMinPages = 4;
  static constexpr double kMinShare = 0.5;
  static constexpr int kMinLinePages = 3;

  // Counting (the pipeline's side).
  void add_page(const std::string& site, const std::vector<uint64_t>& keys);
  void set_counts(const std::string& site, int pages, const std::vector<std::pair<uint64_t, int>>& lines);
  void clear();

  // Reading (the extractor's side); safe for concurrent readers once counting is done.
  int pages(std::string_view site) const;
  int pages_with_line(std::string_view site, uint64_t key) const;
  bool is_boilerplate(std::string_view site, uint64_t key) const;

  struct SiteCounts {
    int pages = 0;
    std::unordered_map<uint64_t, int> lines;
  };
  const std::unordered_map<std::string, SiteCounts>& sites() const { return sites_; }

 private:
  std::unordered_map<std::string, SiteCounts> sites_;
};

}  // namespace chronicle::extract
