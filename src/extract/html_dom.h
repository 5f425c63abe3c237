// HtmlDom: an HTML page parsed into a tree by libxml2's HTML parser, which recovers from broken
// markup the way browsers do (unclosed tags, stray end tags, misnested inline elements).
//
// The parser is told the input is UTF-8 (readers have decoded it already) and never touches the
// network. It builds at most kMaxDepth levels: a page nested deeper (a hostile or broken page) is
// refused with an error instead of a tree whose every walk is a stack risk.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <libxml/HTMLparser.h>

namespace chronicle::extract {

// Deepest element nesting accepted. Real news pages nest 20 to 60 levels; libxml2 refuses past
// 256 itself, and every walk in the extractor is bounded by this too.
inline constexpr int kMaxHtmlDepth = 256;

// Removes the content of elements no reader sees and the extractor never reads, before libxml2
// spends time on it: <script> (except JSON-LD, which metadata reads), <style>, <svg>, <template>
// and comments. The elements' tags stay, empty. Two thirds of a typical news page's bytes are
// inline scripts, styles and icons (the dev split of the extraction benchmark: 64%), and libxml2
// reads them character by character. The end of each is found as browsers find it: the first
// "</script" (any case) ends a script, "-->" ends a comment. Cost: one pass with memchr.
std::string strip_invisible_content(std::string_view html);

// Most attributes one start tag keeps. libxml2 2.9 compares each attribute of a tag with every
// earlier one (its duplicate check), so a tag with two million attributes costs 10^12 comparisons
// and the ingest never ends (hostile input `html_attributes`). Real tags carry a few dozen at most.
inline constexpr size_t kMaxHtmlAttributes = 200;

// Drops every attribute past `max` from each start tag, in one pass; the tags and all text stay.
// Returns false, leaving `out` untouched, when no tag has more (the common case: no copy).
bool drop_excess_attributes(std::string_view html, size_t max, std::string& out);

class HtmlDom {
 public:
  // Parses `html` (UTF-8) after strip_invisible_content() and drop_excess_attributes(). Null with `error` set ("not HTML: no elements", "nesting deeper than
  // 256 levels") when no usable tree comes out. Thread-safe (each call has its own parser).
  static std::unique_ptr<HtmlDom> parse(std::string_view html, std::string& error);
  ~HtmlDom();
  HtmlDom(const HtmlDom&) = delete;  // owns the libxml2 tree
  HtmlDom& operator=(const HtmlDom&) = delete;

  xmlNode* root() const;   // <html>
  xmlNode* head() const;   // null when the page has none
  xmlNode* body() const;   // null when the page has none (a frameset page)

 private:
  explicit HtmlDom(xmlDoc* doc) : doc_(doc) {}
  xmlDoc* doc_;
};

// Small helpers over libxml2 nodes, shared by the extraction files.
// The element's lowercase tag name, "" for non-elements.
inline std::string_view tag_name(const xmlNode* node) {
  if (!node || node->type != XML_ELEMENT_NODE || !node->name) return {};
  return reinterpret_cast<const char*>(node->name);
}
// The value of attribute `name` ("" when absent). The view lives as long as the tree.
std::string_view attribute(const xmlNode* node, const char* name);
// All text under `node` (no depth past kMaxHtmlDepth), appended raw to `out`.
void append_text(const xmlNode* node, std::string& out, int depth = 0);

}  // namespace chronicle::extract
