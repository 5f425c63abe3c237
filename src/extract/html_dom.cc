#include "extract/html_dom.h"

#include <climits>

namespace chronicle::extract {
namespace {

// libxml2 reports through a global error handler unless told not to; NOERROR/NOWARNING silence
// it, RECOVER keeps broken pages, NONET forbids fetching DTDs, IGNORE_ENC keeps our UTF-8
// decision over a <meta charset> that the reader has already honoured.
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

xmlNode* child_named(const xmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (tag_name(c) == name) return c;
  return nullptr;
}

// True when some element sits deeper than `limit`. Iterative, so a hostile tree cannot overflow.
bool deeper_than(const xmlNode* root, int limit) {
  const xmlNode* node = root;
  int depth = 0;
  while (node) {
    if (depth > limit) return true;
    if (node->children && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node && !node->next && node != root) {
      node = node->parent;
      --depth;
    }
    if (!node || node == root) break;
    node = node->next;
  }
  return false;
}

}  // namespace

std::unique_ptr<HtmlDom> HtmlDom::parse(std::string_view html, std::string& error) {
  if (html.size() > static_cast<size_t>(INT_MAX)) {
    error = "page too large to parse";
    return nullptr;
  }
  xmlDoc* doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", kParseOptions);
  if (!doc) {
    error = "not HTML: the parser produced no tree";
    return nullptr;
  }
  auto dom = std::unique_ptr<HtmlDom>(new HtmlDom(doc));
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) {
    error = "not HTML: no elements";
    return nullptr;
  }
  if (deeper_than(root, kMaxHtmlDepth)) {
    error = "elements nested deeper than " + std::to_string(kMaxHtmlDepth) + " levels";
    return nullptr;
  }
  return dom;
}

HtmlDom::~HtmlDom() { xmlFreeDoc(doc_); }

xmlNode* HtmlDom::root() const { return xmlDocGetRootElement(doc_); }
xmlNode* HtmlDom::head() const { return child_named(root(), "head"); }
xmlNode* HtmlDom::body() const { return child_named(root(), "body"); }

std::string_view attribute(const xmlNode* node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (!a->name || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) != 0) continue;
    const xmlNode* value = a->children;
    if (value && (value->type == XML_TEXT_NODE || value->type == XML_CDATA_SECTION_NODE) && value->content && !value->next)
      return reinterpret_cast<const char*>(value->content);
    return {};
  }
  return {};
}

void append_text(const xmlNode* node, std::string& out, int depth) {
  if (!node || depth > kMaxHtmlDepth) return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content) out += reinterpret_cast<const char*>(node->content);
    return;
  }
  if (node->type != XML_ELEMENT_NODE) return;
  for (const xmlNode* c = node->children; c; c = c->next) append_text(c, out, depth + 1);
}

}  // namespace chronicle::extract
