#include "extract/site_lines.h"

#include <algorithm>

#include "extract/html_extract.h"
#include "text/hash.h"
#include "text/normalize.h"
#include "text/url.h"

namespace chronicle::extract {
namespace {

// Lines longer than this are body text, not chrome: never counted, so a wire story reprinted by
// many pages of one site is not learned as boilerplate.
constexpr size_t kMaxSiteLineBytes = 300;

}  // namespace

std::string site_key(const RawDoc& doc) {
  if (std::string host = text::url_host(doc.url); !host.empty()) return host;
  return text::comparison_key(doc.source);
}

uint64_t line_key(std::string_view line) { return text::hash64(text::comparison_key(line), 0x6c696e65ULL); }

std::vector<uint64_t> page_line_keys(const RawDoc& doc) {
  // HTML pages are counted by the text of their blocks (html_block_texts()), the same texts the
  // HTML extractor keys with line_key() when it asks is_boilerplate().
  std::vector<uint64_t> keys;
  if (doc.format == BodyFormat::html) {
    for (const std::string& block : html_block_texts(doc.body))
      if (block.size() <= kMaxSiteLineBytes) keys.push_back(line_key(block));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }
  std::string_view body = doc.body;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = text::trim(body.substr(start, end - start));
    if (!line.empty() && line.size() <= kMaxSiteLineBytes) keys.push_back(line_key(line));
    start = end + 1;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void SiteLineStats::add_page(const std::string& site, const std::vector<uint64_t>& keys) {
  if (site.empty()) return;
  SiteCounts& counts = sites_[site];
  counts.pages += 1;
  for (uint64_t key : keys) counts.lines[key] += 1;
}

void SiteLineStats::set_counts(const std::string& site, int pages,
                               const std::vector<std::pair<uint64_t, int>>& lines) {
  SiteCounts& counts = sites_[site];
  counts.pages = pages;
  counts.lines.clear();
  for (const auto& [key, n] : lines) counts.lines[key] = n;
}

void SiteLineStats::clear() { sites_.clear(); }

int SiteLineStats::pages(std::string_view site) const {
  auto it = sites_.find(std::string(site));
  return it == sites_.end() ? 0 : it->second.pages;
}

int SiteLineStats::pages_with_line(std::string_view site, uint64_t key) const {
  auto it = sites_.find(std::string(site));
  if (it == sites_.end()) return 0;
  auto line = it->second.lines.find(key);
  return line == it->second.lines.end() ? 0 : line->second;
}

bool SiteLineStats::is_boilerplate(std::string_view site, uint64_t key) const {
  if (site.empty()) return false;
  auto it = sites_.find(std::string(site));
  if (it == sites_.end() || it->second.pages < kMinPages) return false;
  auto line = it->second.lines.find(key);
  if (line == it->second.lines.end()) return false;
  return line->second >= kMinLinePages && line->second >= kMinShare * it->second.pages;
}

}  // namespace chronicle::extract
