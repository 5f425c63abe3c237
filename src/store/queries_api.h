// Read-only queries behind the HTTP API that store.h does not hold: stories and storylines as the
// store knows them, entities with their timelines and neighbours, quotes, events, dyads and places.
//
// Each function takes an open Store (read-only is enough) and returns plain structs; the server
// turns them into JSON. Every value is bound as an SQL parameter, never spliced into SQL text.
// Results are bounded by the caller's `limit` (the server caps it); the cost notes say what is
// linear in the store.
//
// Stories: when the index stage's tables (`stories`, `storylines`) are present they are read; when
// they are not (an older store, or a store written before story persistence landed), stories are
// derived from the articles' `story` column: title of the earliest article, dates, sources.
//
// Thread safety: as Store (one connection per thread).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/annotations.h"
#include "model/story.h"
#include "store/store.h"

namespace chronicle::store {

// ---- Paging ---------------------------------------------------------------------------------

struct Paging {
  int64_t limit = 20;
  int64_t offset = 0;
};

// ---- Stories and storylines -----------------------------------------------------------------

enum class StorySort { newest, biggest };

struct StoryRow {
  Story story;       // articles: the member ids (all of them for stories/ID, at most 50 in lists)
  int64_t size = 0;  // member articles
};

// Stories sorted newest (by last date) or biggest (by members); `total` is the number of stories.
std::vector<StoryRow> list_stories(Store& store, StorySort sort, const Paging& page, int64_t& total);
// One story with all its member ids; nullopt when unknown.
std::optional<StoryRow> find_story(Store& store, const std::string& id);

std::vector<Storyline> list_storylines(Store& store, const Paging& page, int64_t& total);
std::optional<Storyline> find_storyline(Store& store, const std::string& id);

// Summaries of the given article ids, in date order (unknown ids are skipped).
std::vector<ArticleSummary> article_summaries(Store& store, const std::vector<std::string>& ids);

struct RelatedArticle {
  int64_t rank = 0;    // 1 = most related
  double score = 0;    // the index stage's similarity (0..1)
  ArticleSummary article;
};
// The index stage's related articles of `id`, best first; empty for an unknown id or an older store.
std::vector<RelatedArticle> related_articles(Store& store, const std::string& id, int64_t limit);

// ---- Entities -------------------------------------------------------------------------------

struct EntityRow {
  std::string id, name, type, actor;
  int64_t articles = 0;  // articles mentioning it
  int64_t mentions = 0;  // mentions in all of them
};

struct EntityFilter {
  std::string type;    // person | org | place | other, "" for all
  std::string prefix;  // name starts with (case-insensitive), "" for all
};

// Entities by number of articles (most first). Cost: one pass over entity_mentions per call.
std::vector<EntityRow> list_entities(Store& store, const EntityFilter& filter, const Paging& page);
std::optional<EntityRow> find_entity(Store& store, const std::string& id);

struct PeriodCount {
  std::string period;  // "2013-08" (month buckets)
  int64_t articles = 0;
  int64_t mentions = 0;
};
// Articles and mentions of an entity per month of the articles' dates (undated articles left out).
std::vector<PeriodCount> entity_timeline(Store& store, const std::string& id);
// Entities that share articles with `id`, by shared articles.
std::vector<EntityRow> cooccurring_entities(Store& store, const std::string& id, int64_t limit);
// The newest articles mentioning the entity.
std::vector<ArticleSummary> entity_articles(Store& store, const std::string& id, int64_t limit);

// ---- Quotes ---------------------------------------------------------------------------------

struct QuoteRow {
  std::string article, title, source, date;  // the article that carries it
  std::string text;                          // the quoted span of the article's text
  Quote quote;
};

struct QuoteFilter {
  std::string speaker;  // entity id: quotes by
  std::string about;    // entity id: quotes whose span contains a mention of it
  std::string article;  // article id
};
std::vector<QuoteRow> list_quotes(Store& store, const QuoteFilter& filter, const Paging& page);

// ---- Events and dyads -----------------------------------------------------------------------

struct EventRow {
  std::string article, url, article_date;
  size_t ordinal = 0;  // the event's position in its article
  Event event;
};

struct EventFilter {
  std::string actor;      // CAMEO code prefix on either side ("USA" matches "USAGOV")
  std::string source;     // code prefix of the source actor
  std::string target;     // code prefix of the target actor
  std::string root;       // CAMEO root ("04")
  std::string code;       // CAMEO code prefix ("04" or "042")
  std::string date_from;  // ISO prefix, inclusive; the event's date, else its article's
  std::string date_to;
  std::string article;
};
std::vector<EventRow> list_events(Store& store, const EventFilter& filter, const Paging& page);

enum class Bucket { day, week, month, year };

struct DyadPoint {
  std::string period;         // "2015", "2015-06", "2015-W23", "2015-06-09"
  int64_t count = 0;          // events a→b and b→a
  int64_t a_to_b = 0, b_to_a = 0;
  double goldstein = 0;       // mean Goldstein of all of them
  int64_t quad[4] = {0, 0, 0, 0};  // counts per quad class 1..4
};
// Events between actors whose codes start with `a` and `b`, in either direction, per period, in
// period order. Dated by the event's date, else its article's; undated events are left out.
std::vector<DyadPoint> dyad_series(Store& store, const std::string& a, const std::string& b, Bucket bucket);

// ---- Places ---------------------------------------------------------------------------------

struct CountryCount {
  std::string country;  // ISO alpha-3
  int64_t articles = 0;
  int64_t mentions = 0;
};
std::vector<CountryCount> country_counts(Store& store);

struct PlaceRow {
  std::string name, country;
  std::optional<double> lat, lon;
  int64_t articles = 0;
};
// Named places by articles, those with coordinates first; `country` "" for all.
std::vector<PlaceRow> list_places(Store& store, const std::string& country, int64_t limit);

// ---- Change detection -----------------------------------------------------------------------

// True when the store has a table of this name (the index stage's tables may be absent).
bool has_table(Store& store, const std::string& name);

}  // namespace chronicle::store
