// Page metadata from an HTML tree: headline, dek, author, dates, outlet, section, tags, canonical
// URL and language, from the places publishers put them.
//
// Sources, strongest first (a stronger source's value is never replaced by a weaker one's):
//   1. JSON-LD (<script type="application/ld+json">): the first object whose @type is a kind of
//      Article (NewsArticle, ReportageNewsArticle, BlogPosting, ...), found at the top, in arrays
//      or in "@graph": headline, description, datePublished, dateModified, author(s), publisher,
//      articleSection, keywords.
//   2. Open Graph, article:* and Twitter <meta> tags; then name="author", "description",
//      "keywords", "date" style tags.
//   3. <title> (with a trailing " | Outlet" or " - Outlet" cut when the outlet is known), the first
//      <time datetime>, <link rel="canonical">, <html lang>.
// Dates are normalised to ISO 8601 by text::normalize_date() (src/text/dates.h); a value it cannot
// read is dropped rather than passed on unnormalised (Article invariant 4).
#pragma once
#include <string>
#include <vector>

#include "extract/html_dom.h"

namespace chronicle::extract {

struct HtmlMetadata {
  std::string title;
  std::string dek;
  std::string author;          // several authors joined with ", "
  std::string date_published;  // ISO 8601
  std::string date_modified;   // ISO 8601
  std::string source;          // outlet (og:site_name, JSON-LD publisher)
  std::string section;
  std::vector<std::string> tags;  // article:tag, JSON-LD keywords, meta keywords; distinct, in order
  std::string canonical_url;
  std::string lang;            // from <html lang>, e.g. "en" (region dropped)
  bool from_json_ld = false;   // a JSON-LD article object was found
  std::string json_ld_body;    // JSON-LD articleBody, when the publisher gives one
};

// Reads the metadata of a parsed page. Never fails: absent values stay empty. Malformed JSON-LD
// is skipped. Cost: linear in the page.
HtmlMetadata read_html_metadata(const HtmlDom& dom);

}  // namespace chronicle::extract
