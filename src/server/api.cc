// The endpoints of api.h: each validates its parameters (params.h), runs the store's queries and
// prints JSON. A handler never lets an exception out: answer_api() catches what nlohmann or the
// standard library could throw and answers 500, so one bad row never takes the server down.
#include "server/api.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>
#include <optional>

#include "server/params.h"
#include "store/delimited.h"
#include "store/queries_api.h"
#include "store/query_json.h"
#include "store/record_json.h"

namespace chronicle::server {
namespace {

using nlohmann::ordered_json;
using Query = std::multimap<std::string, std::string>;

// Per-endpoint caps below kMaxLimit: lists that carry more per row.
constexpr int64_t kEntityPageArticles = 20;  // newest articles on an entity page
constexpr int64_t kEntityPageQuotes = 20;    // quotes by, and about, on an entity page
constexpr int64_t kEntityNeighbours = 20;    // co-occurring entities on an entity page
constexpr int64_t kMaxPlaces = 500;          // named places for the map

std::string dump(const ordered_json& j) { return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

ordered_json or_null(const std::string& v) { return v.empty() ? ordered_json(nullptr) : ordered_json(v); }

ApiResponse json_response(const ordered_json& j) {
  ApiResponse r;
  r.body = dump(j);
  return r;
}

// The store marks matched words between « and »; the page gets parts to render as text, never HTML.
ordered_json snippet_parts(const std::string& snippet) {
  ordered_json parts = ordered_json::array();
  static const std::string open = "«", close = "»";
  size_t i = 0;
  while (i < snippet.size()) {
    size_t start = snippet.find(open, i);
    if (start == std::string::npos) {
      parts.push_back({{"text", snippet.substr(i)}, {"mark", false}});
      break;
    }
    size_t end = snippet.find(close, start + open.size());
    if (end == std::string::npos) {
      parts.push_back({{"text", snippet.substr(i)}, {"mark", false}});
      break;
    }
    if (start > i) parts.push_back({{"text", snippet.substr(i, start - i)}, {"mark", false}});
    parts.push_back({{"text", snippet.substr(start + open.size(), end - start - open.size())}, {"mark", true}});
    i = end + close.size();
  }
  return parts;
}

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.' || c == ':';
    if (!ok) return false;
  }
  return true;
}

store::Paging paging(Params& p, int64_t default_limit = 20) {
  store::Paging page;
  page.limit = p.integer("limit", default_limit, 1, kMaxLimit);
  page.offset = p.integer("offset", 0, 0, kMaxOffset);
  return page;
}

// A page of a list: `head` (the endpoint's own keys), then total (when the list counts it), limit,
// offset, and the rows under `name`, each printed by to_json.
template <typename Rows, typename ToJson>
ApiResponse page_response(const store::Paging& page, std::optional<int64_t> total, const char* name, const Rows& rows,
                          ToJson to_json, ordered_json head = ordered_json::object()) {
  if (total) head["total"] = *total;
  head["limit"] = page.limit;
  head["offset"] = page.offset;
  ordered_json list = ordered_json::array();
  for (const auto& row : rows) list.push_back(to_json(row));
  head[name] = std::move(list);
  return json_response(head);
}

// ---- Endpoints ------------------------------------------------------------------------------

const std::set<std::string> kFilterParams = {"source", "lang", "from", "to", "place", "person", "org", "story", "duplicates"};

store::ArticleFilter article_filter(Params& p) {
  store::ArticleFilter f;
  f.source = p.text("source");
  f.lang = p.text("lang", 8);
  f.date_from = p.date("from");
  f.date_to = p.date("to");
  f.place = p.text("place");
  f.person = p.text("person");
  f.org = p.text("org");
  f.story = p.text("story", kMaxIdBytes);
  f.include_duplicates = p.flag("duplicates", true);
  return f;
}

std::set<std::string> with(std::set<std::string> base, std::initializer_list<const char*> more) {
  for (const char* m : more) base.insert(m);
  return base;
}

ApiResponse search(store::Store& store, const Query& query) {
  Params p(query, with(kFilterParams, {"q", "limit", "offset", "facets"}));
  std::string q = p.text("q");
  store::ArticleFilter filter = article_filter(p);
  store::Paging page = paging(p);
  bool facets = p.flag("facets", true);
  if (p.ok() && q.find_first_not_of(" \t") == std::string::npos) return error_response(400, "q is required");
  if (!p.ok()) return error_response(400, p.error());
  if (store::Store::fts_query(q).empty()) return error_response(400, "q has no searchable words");
  store::SearchResult result = store.search(q, filter, page.limit, page.offset, facets);
  ordered_json o;
  o["query"] = q;
  o["total"] = result.total;
  o["limit"] = page.limit;
  o["offset"] = page.offset;
  ordered_json hits = ordered_json::array();
  for (const store::SearchHit& h : result.hits) {
    ordered_json hit = store::article_summary_json(h.article);
    hit["snippet"] = snippet_parts(h.snippet);
    hit["score"] = h.score;
    hits.push_back(std::move(hit));
  }
  o["hits"] = std::move(hits);
  ordered_json facet_json = ordered_json::object();
  for (const auto& [name, values] : result.facets) {
    ordered_json list = ordered_json::array();
    for (const store::FacetCount& c : values) list.push_back({{"value", c.value}, {"count", c.count}});
    facet_json[name] = std::move(list);
  }
  o["facets"] = std::move(facet_json);
  return json_response(o);
}

ApiResponse articles(store::Store& store, const Query& query) {
  Params p(query, with(kFilterParams, {"limit", "offset"}));
  store::ArticleFilter filter = article_filter(p);
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  return page_response(page, store.count_articles(filter), "articles", store.articles(filter, page.limit, page.offset),
                       store::article_summary_json);
}

ApiResponse article(store::Store& store, const std::string& id, const Query& query) {
  Params p(query, {});
  if (!p.ok()) return error_response(400, p.error());
  auto a = store.article(id);
  if (!a) return error_response(404, "no article with this id");
  return json_response(store::article_json(*a));
}

ApiResponse related(store::Store& store, const std::string& id, const Query& query) {
  Params p(query, {"limit"});
  int64_t limit = p.integer("limit", 10, 1, kMaxLimit);
  if (!p.ok()) return error_response(400, p.error());
  if (store::article_summaries(store, {id}).empty()) return error_response(404, "no article with this id");
  ordered_json o;
  o["article"] = id;
  ordered_json list = ordered_json::array();
  for (const auto& r : store::related_articles(store, id, limit)) list.push_back(store::related_row_json(r));
  o["related"] = std::move(list);
  return json_response(o);
}

ApiResponse stories(store::Store& store, const Query& query) {
  Params p(query, {"sort", "limit", "offset"});
  std::string sort = p.choice("sort", {"newest", "biggest"}, "newest");
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  int64_t total = 0;
  auto rows = store::list_stories(store, sort == "newest" ? store::StorySort::newest : store::StorySort::biggest, page, total);
  return page_response(page, total, "stories", rows, store::story_row_json, {{"sort", sort}});
}

ApiResponse story(store::Store& store, const std::string& id, const Query& query) {
  Params p(query, {});
  if (!p.ok()) return error_response(400, p.error());
  auto row = store::find_story(store, id);
  if (!row) return error_response(404, "no story with this id");
  ordered_json o = store::story_row_json(*row);
  ordered_json members = ordered_json::array();
  for (const auto& s : store::article_summaries(store, row->story.articles)) members.push_back(store::article_summary_json(s));
  o["members"] = std::move(members);
  return json_response(o);
}

ApiResponse storylines(store::Store& store, const Query& query) {
  Params p(query, {"limit", "offset"});
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  int64_t total = 0;
  auto lines = store::list_storylines(store, page, total);
  return page_response(page, total, "storylines", lines, store::storyline_json);
}

ApiResponse storyline(store::Store& store, const std::string& id, const Query& query) {
  Params p(query, {});
  if (!p.ok()) return error_response(400, p.error());
  auto line = store::find_storyline(store, id);
  if (!line) return error_response(404, "no storyline with this id");
  ordered_json o = store::storyline_json(*line);
  ordered_json stories = ordered_json::array();
  for (const std::string& sid : line->stories)
    if (auto row = store::find_story(store, sid)) stories.push_back(store::story_row_json(*row));
  o["story_details"] = std::move(stories);
  return json_response(o);
}

ApiResponse entities(store::Store& store, const Query& query) {
  Params p(query, {"type", "prefix", "limit", "offset"});
  store::EntityFilter f;
  f.type = p.choice("type", {"person", "org", "place", "other"}, "");
  f.prefix = p.text("prefix", 128);
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  return page_response(page, std::nullopt, "entities", store::list_entities(store, f, page), store::entity_row_json);
}

ApiResponse entity(store::Store& store, const std::string& id, const Query& query) {
  Params p(query, {});
  if (!p.ok()) return error_response(400, p.error());
  auto e = store::find_entity(store, id);
  if (!e) return error_response(404, "no entity with this id");
  ordered_json o = store::entity_row_json(*e);
  ordered_json timeline = ordered_json::array();
  for (const auto& t : store::entity_timeline(store, id))
    timeline.push_back({{"period", t.period}, {"articles", t.articles}, {"mentions", t.mentions}});
  o["timeline"] = std::move(timeline);
  store::Paging quotes_page{kEntityPageQuotes, 0};
  ordered_json by = ordered_json::array(), about = ordered_json::array();
  store::QuoteFilter by_filter, about_filter;
  by_filter.speaker = id;
  about_filter.about = id;
  for (const auto& q : store::list_quotes(store, by_filter, quotes_page)) by.push_back(store::quote_row_json(q));
  for (const auto& q : store::list_quotes(store, about_filter, quotes_page)) about.push_back(store::quote_row_json(q));
  o["quotes_by"] = std::move(by);
  o["quotes_about"] = std::move(about);
  ordered_json neighbours = ordered_json::array();
  for (const auto& n : store::cooccurring_entities(store, id, kEntityNeighbours)) neighbours.push_back(store::entity_row_json(n));
  o["cooccurring"] = std::move(neighbours);
  ordered_json recent = ordered_json::array();
  for (const auto& s : store::entity_articles(store, id, kEntityPageArticles)) recent.push_back(store::article_summary_json(s));
  o["recent_articles"] = std::move(recent);
  return json_response(o);
}

ApiResponse quotes(store::Store& store, const Query& query) {
  Params p(query, {"speaker", "about", "article", "limit", "offset"});
  store::QuoteFilter f;
  f.speaker = p.text("speaker", kMaxIdBytes);
  f.about = p.text("about", kMaxIdBytes);
  f.article = p.text("article", kMaxIdBytes);
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  return page_response(page, std::nullopt, "quotes", store::list_quotes(store, f, page), store::quote_row_json);
}

ApiResponse events(store::Store& store, const Query& query) {
  Params p(query, {"actor", "source", "target", "root", "code", "from", "to", "article", "format", "limit", "offset"});
  store::EventFilter f;
  f.actor = p.code("actor");
  f.source = p.code("source");
  f.target = p.code("target");
  f.root = p.code("root");
  f.code = p.code("code");
  f.date_from = p.date("from");
  f.date_to = p.date("to");
  f.article = p.text("article", kMaxIdBytes);
  std::string format = p.choice("format", {"json", "tsv"}, "json");
  store::Paging page = paging(p);
  if (!p.ok()) return error_response(400, p.error());
  auto rows = store::list_events(store, f, page);
  if (format == "tsv") {
    ApiResponse r;
    r.content_type = "text/tab-separated-values; charset=utf-8";
    r.body = store::tsv_row(store::event_tsv_header()) + "\n";
    for (const auto& row : rows)
      r.body += store::tsv_row(store::event_row_tsv_fields(row)) + "\n";
    return r;
  }
  return page_response(page, std::nullopt, "events", rows, store::event_row_json);
}

ApiResponse dyads(store::Store& store, const Query& query) {
  Params p(query, {"a", "b", "bucket"});
  std::string a = p.code("a"), b = p.code("b");
  std::string bucket = p.choice("bucket", {"day", "week", "month", "year"}, "month");
  if (p.ok() && (a.empty() || b.empty())) return error_response(400, "a and b are required (CAMEO actor codes)");
  if (!p.ok()) return error_response(400, p.error());
  store::Bucket kind = bucket == "day" ? store::Bucket::day
                       : bucket == "week" ? store::Bucket::week
                       : bucket == "year" ? store::Bucket::year
                                          : store::Bucket::month;
  ordered_json o;
  o["a"] = a;
  o["b"] = b;
  o["bucket"] = bucket;
  ordered_json series = ordered_json::array();
  for (const auto& point : store::dyad_series(store, a, b, kind)) {
    series.push_back({{"period", point.period},
                      {"count", point.count},
                      {"a_to_b", point.a_to_b},
                      {"b_to_a", point.b_to_a},
                      {"goldstein", point.goldstein},
                      {"quad_class", {point.quad[0], point.quad[1], point.quad[2], point.quad[3]}}});
  }
  o["series"] = std::move(series);
  return json_response(o);
}

ApiResponse places(store::Store& store, const Query& query) {
  Params p(query, {"country", "limit"});
  std::string country = p.code("country");
  int64_t limit = p.integer("limit", 200, 1, kMaxPlaces);
  if (!p.ok()) return error_response(400, p.error());
  ordered_json o;
  ordered_json countries = ordered_json::array();
  for (const auto& c : store::country_counts(store))
    countries.push_back({{"country", c.country}, {"articles", c.articles}, {"mentions", c.mentions}});
  o["countries"] = std::move(countries);
  ordered_json named = ordered_json::array();
  for (const auto& pl : store::list_places(store, country, limit)) {
    named.push_back({{"name", pl.name},
                     {"country", or_null(pl.country)},
                     {"lat", pl.lat ? ordered_json(*pl.lat) : ordered_json(nullptr)},
                     {"lon", pl.lon ? ordered_json(*pl.lon) : ordered_json(nullptr)},
                     {"articles", pl.articles}});
  }
  o["places"] = std::move(named);
  return json_response(o);
}

ApiResponse stats(store::Store& store, const Query& query) {
  Params p(query, {});
  if (!p.ok()) return error_response(400, p.error());
  store::StoreStats s = store.stats();
  int64_t total = 0;
  store::list_stories(store, store::StorySort::biggest, {1, 0}, total);
  ordered_json o;
  o["articles"] = s.articles;
  o["duplicates"] = s.duplicates;
  o["stories"] = total;
  o["entities"] = s.entities;
  o["quotes"] = s.quotes;
  o["events"] = s.events;
  o["places"] = s.places;
  o["sites"] = s.sites;
  o["first_date"] = or_null(s.first_date);
  o["last_date"] = or_null(s.last_date);
  o["schema_version"] = s.schema_version;
  return json_response(o);
}

using ListHandler = std::function<ApiResponse(store::Store&, const Query&)>;
using ItemHandler = std::function<ApiResponse(store::Store&, const std::string&, const Query&)>;

ApiResponse dispatch(store::Store& store, const std::string& path, const Query& query) {
  static const std::map<std::string, ListHandler> lists = {
      {"search", search},   {"articles", articles}, {"stories", stories}, {"storylines", storylines},
      {"entities", entities}, {"quotes", quotes},   {"events", events},   {"dyads", dyads},
      {"places", places},   {"stats", stats}};
  static const std::map<std::string, ItemHandler> items = {
      {"articles", article}, {"related", related}, {"stories", story}, {"storylines", storyline},
      {"entities", entity}};
  const std::string prefix = "/api/";
  if (path.compare(0, prefix.size(), prefix) != 0) return error_response(404, "no such endpoint");
  std::string rest = path.substr(prefix.size());
  size_t slash = rest.find('/');
  if (slash == std::string::npos) {
    auto it = lists.find(rest);
    if (it == lists.end()) return error_response(404, "no such endpoint");
    return it->second(store, query);
  }
  std::string name = rest.substr(0, slash), id = rest.substr(slash + 1);
  auto it = items.find(name);
  if (it == items.end()) return error_response(404, "no such endpoint");
  if (!valid_id(id))
    return error_response(400, "an id is 1 to " + std::to_string(kMaxIdBytes) + " letters, digits or - _ . :");
  return it->second(store, id, query);
}

}  // namespace

ApiResponse error_response(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  ordered_json o;
  o["error"] = {{"status", status}, {"message", message}};
  r.body = dump(o);
  return r;
}

ApiResponse answer_api(store::Store& store, const std::string& path, const Query& query) {
  try {
    return dispatch(store, path, query);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "chronicle: %s: %s\n", path.c_str(), e.what());
    return error_response(500, "the request failed inside the server");
  }
}

}  // namespace chronicle::server
