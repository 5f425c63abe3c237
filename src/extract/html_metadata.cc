#include "extract/html_metadata.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "text/dates.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

using nlohmann::json;

// JSON-LD nests articles inside @graph, arrays, mainEntity; deeper than this is not an article.
constexpr int kMaxJsonLdDepth = 8;

std::string folded(std::string_view s) { return text::fold_whitespace(s); }

void set_if_empty(std::string& field, std::string_view value) {
  if (field.empty() && !value.empty()) field = folded(value);
}

void add_tag(std::vector<std::string>& tags, std::string_view raw) {
  std::string tag = folded(raw);
  if (tag.empty() || tag.size() > 100) return;
  if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
}

void add_tag_list(std::vector<std::string>& tags, std::string_view list) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    add_tag(tags, list.substr(start, comma - start));
    start = comma + 1;
  }
}

bool is_article_type(const std::string& type) {
  static constexpr std::string_view kTypes[] = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                                "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                                                "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
                                                "SocialMediaPosting", "TechArticle"};
  for (std::string_view t : kTypes)
    if (type == t) return true;
  return false;
}

bool has_article_type(const json& object) {
  auto it = object.find("@type");
  if (it == object.end()) return false;
  if (it->is_string()) return is_article_type(it->get<std::string>());
  if (it->is_array())
    for (const json& t : *it)
      if (t.is_string() && is_article_type(t.get<std::string>())) return true;
  return false;
}

const json* find_article(const json& node, int depth) {
  if (depth > kMaxJsonLdDepth) return nullptr;
  if (node.is_array()) {
    for (const json& item : node)
      if (const json* found = find_article(item, depth + 1)) return found;
    return nullptr;
  }
  if (!node.is_object()) return nullptr;
  if (has_article_type(node)) return &node;
  for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
    auto it = node.find(key);
    if (it != node.end())
      if (const json* found = find_article(*it, depth + 1)) return found;
  }
  return nullptr;
}

std::string string_of(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {
    auto name = it->find("name");
    if (name != it->end() && name->is_string()) return name->get<std::string>();
  }
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return {};
}

std::string names_of(const json& value) {
  std::vector<std::string> names;
  auto add = [&](const json& v) {
    std::string name;
    if (v.is_string()) name = v.get<std::string>();
    else if (v.is_object()) {
      auto n = v.find("name");
      if (n != v.end() && n->is_string()) name = n->get<std::string>();
    }
    name = folded(name);
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  if (value.is_array()) {
    for (const json& v : value) add(v);
  } else {
    add(value);
  }
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

void read_json_ld_article(const json& a, HtmlMetadata& meta) {
  meta.from_json_ld = true;
  set_if_empty(meta.title, string_of(a, "headline"));
  set_if_empty(meta.dek, string_of(a, "description"));
  set_if_empty(meta.date_published, text::normalize_date(string_of(a, "datePublished")));
  set_if_empty(meta.date_modified, text::normalize_date(string_of(a, "dateModified")));
  if (auto it = a.find("author"); it != a.end()) set_if_empty(meta.author, names_of(*it));
  set_if_empty(meta.source, string_of(a, "publisher"));
  set_if_empty(meta.section, string_of(a, "articleSection"));
  if (auto it = a.find("keywords"); it != a.end()) {
    if (it->is_string()) add_tag_list(meta.tags, it->get<std::string>());
    else if (it->is_array())
      for (const json& k : *it)
        if (k.is_string()) add_tag(meta.tags, k.get<std::string>());
  }
  if (meta.json_ld_body.empty()) meta.json_ld_body = string_of(a, "articleBody");
}

void read_json_ld(std::string_view script, HtmlMetadata& meta) {
  if (meta.from_json_ld) return;
  json parsed = json::parse(script.begin(), script.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return;
  if (const json* article = find_article(parsed, 0)) read_json_ld_article(*article, meta);
}

// Open Graph, article:* and the usual name= tags. Stronger keys are read first into `strong`,
// weaker ones later only fill gaps (set_if_empty).
struct MetaTags {
  std::string og_title, og_description, og_site_name, twitter_title, twitter_description, description;
  std::string published, modified, author, section, date, keywords, og_url;
  std::vector<std::string> tags;
};

void read_meta_tag(const xmlNode* node, MetaTags& m) {
  std::string_view key = attribute(node, "property");
  if (key.empty()) key = attribute(node, "name");
  if (key.empty()) key = attribute(node, "itemprop");
  std::string_view content = attribute(node, "content");
  if (key.empty() || content.empty()) return;
  std::string k(key);  // meta names are ASCII: a plain lowercase is enough
  for (char& c : k)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (k == "og:title") set_if_empty(m.og_title, content);
  else if (k == "og:description") set_if_empty(m.og_description, content);
  else if (k == "og:site_name") set_if_empty(m.og_site_name, content);
  else if (k == "og:url") set_if_empty(m.og_url, content);
  else if (k == "twitter:title") set_if_empty(m.twitter_title, content);
  else if (k == "twitter:description") set_if_empty(m.twitter_description, content);
  else if (k == "description") set_if_empty(m.description, content);
  else if (k == "article:published_time" || k == "datepublished" || k == "og:article:published_time" ||
           k == "article:published")
    set_if_empty(m.published, content);
  else if (k == "article:modified_time" || k == "datemodified" || k == "og:updated_time") set_if_empty(m.modified, content);
  else if (k == "article:author" || k == "author" || k == "byl" || k == "sailthru.author" || k == "parsely-author")
    set_if_empty(m.author, content);
  else if (k == "article:section" || k == "section" || k == "parsely-section") set_if_empty(m.section, content);
  else if (k == "date" || k == "pubdate" || k == "publishdate" || k == "dc.date" || k == "dc.date.issued" ||
           k == "parsely-pub-date" || k == "sailthru.date")
    set_if_empty(m.date, content);
  else if (k == "article:tag") add_tag(m.tags, content);
  else if (k == "keywords" || k == "news_keywords") set_if_empty(m.keywords, content);
}

// Walks the tree once for <title>, <meta>, <link rel=canonical>, JSON-LD and the first <time>.
struct Walk {
  HtmlMetadata& meta;
  MetaTags tags;
  std::string title_tag;
  std::string first_time;
  std::string canonical;

  void visit(const xmlNode* node, int depth) {
    if (depth > kMaxHtmlDepth) return;
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view tag = tag_name(c);
      if (tag == "script") {
        std::string_view type = attribute(c, "type");
        if (type.size() >= 19 && text::casefold(type).find("ld+json") != std::string::npos) {
          std::string content;
          append_text(c, content);
          read_json_ld(content, meta);
        }
        continue;
      }
      if (tag == "style" || tag == "svg" || tag == "noscript") continue;
      if (tag == "meta") {
        read_meta_tag(c, tags);
      } else if (tag == "title") {
        if (title_tag.empty()) append_text(c, title_tag);
      } else if (tag == "link") {
        if (canonical.empty() && text::casefold(attribute(c, "rel")) == "canonical") canonical = attribute(c, "href");
      } else if (tag == "time") {
        if (first_time.empty()) {
          std::string_view dt = attribute(c, "datetime");
          first_time = text::normalize_date(dt);
        }
      }
      visit(c, depth + 1);
    }
  }
};

// "Headline | Outlet" -> "Headline" when the outlet is known; also " - Outlet" and " — Outlet".
std::string strip_outlet(std::string title, std::string_view outlet) {
  if (outlet.empty()) return title;
  std::string t_key = text::casefold(title), o_key = text::casefold(outlet);
  for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: "}) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string tail = text::casefold(std::string_view(title).substr(pos + sep.size()));
    if (tail.find(o_key) != std::string::npos || o_key.find(tail) != std::string::npos) return title.substr(0, pos);
  }
  return title;
}

}  // namespace

HtmlMetadata read_html_metadata(const HtmlDom& dom) {
  HtmlMetadata meta;
  xmlNode* root = dom.root();
  if (!root) return meta;
  Walk walk{meta, {}, {}, {}, {}};
  walk.visit(root, 0);
  MetaTags& m = walk.tags;
  // JSON-LD values are in already (from_json_ld); the rest only fill what it left empty.
  set_if_empty(meta.source, m.og_site_name);
  set_if_empty(meta.title, m.og_title);
  set_if_empty(meta.title, m.twitter_title);
  set_if_empty(meta.title, strip_outlet(folded(walk.title_tag), meta.source));
  set_if_empty(meta.dek, m.og_description);
  set_if_empty(meta.dek, m.twitter_description);
  set_if_empty(meta.dek, m.description);
  // An author meta tag sometimes holds a profile URL (Facebook's article:author).
  if (m.author.find("://") == std::string::npos) set_if_empty(meta.author, m.author);
  set_if_empty(meta.date_published, text::normalize_date(m.published));
  set_if_empty(meta.date_published, text::normalize_date(m.date));
  set_if_empty(meta.date_published, walk.first_time);
  set_if_empty(meta.date_modified, text::normalize_date(m.modified));
  set_if_empty(meta.section, m.section);
  for (const std::string& t : m.tags) add_tag(meta.tags, t);
  if (!m.keywords.empty()) add_tag_list(meta.tags, m.keywords);
  set_if_empty(meta.canonical_url, walk.canonical);
  set_if_empty(meta.canonical_url, m.og_url);
  std::string_view lang = attribute(root, "lang");
  if (lang.empty()) lang = attribute(root, "xml:lang");
  if (!lang.empty()) {
    std::string code = text::casefold(lang.substr(0, lang.find_first_of("-_")));
    if (code.size() == 2 || code.size() == 3) meta.lang = code;
  }
  return meta;
}

}  // namespace chronicle::extract
