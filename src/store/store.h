// Store: Chronicle's embedded record, one SQLite file in WAL mode (one writer, many readers).
//
// Holds articles with their removed blocks, publisher tags and stand-off annotations, per-site
// line statistics, and an FTS5 index over title and text. The schema is versioned (migrations.h).
// A batch is written in one transaction: it commits whole or not at all, and re-writing an article
// that is already stored (same id) adds nothing. The store never includes a stage: it reads and
// writes the model's structs only.
//
// Thread safety: one Store is one SQLite connection; use it from one thread at a time. Open one
// Store per thread for concurrent readers (WAL lets them read while a writer commits).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/article.h"
#include "model/index_state.h"
#include "model/story.h"

struct sqlite3;

namespace chronicle::store {

// ---- Opening -------------------------------------------------------------------------------

enum class OpenMode { read_write, read_only };

// ---- Results of writes and queries ---------------------------------------------------------

struct WriteResult {
  size_t added = 0;           // new articles
  size_t already_stored = 0;  // ids that were in the store before
  std::vector<bool> was_added;  // per input article, in order
};

// The line keys of one page of a site (extract/site_lines.h), written beside its article: the
// store adds them to the site's counts only when the article is new, so re-ingesting the same
// pages never inflates the counts.
struct PageLines {
  std::string site;
  std::vector<uint64_t> keys;
};

// What the index stage made of a batch, written in the batch's transaction: stories created or
// changed (upserted whole), storyline headers, earlier stories that joined a storyline, each
// article's related articles, and what changed in the index's own state (saved with the batch, so
// that a killed run leaves a state matching the committed articles). Article membership is the
// articles table's `story` column.
struct RelatedRow {
  std::string article, related;
  double score = 0;
  int rank = 0;
};

struct StoryUpdates {
  std::vector<Story> stories;
  std::vector<Storyline> storylines;
  std::vector<std::pair<std::string, std::string>> storyline_links;  // story → storyline
  std::vector<RelatedRow> related;
  std::optional<IndexStateChanges> index_state;
};

struct ArticleSummary {
  std::string id, source_id, date, source, author, title, lang, url, duplicate_of, story;
  size_t chars = 0;
};

struct ArticleFilter {
  std::string source;     // exact outlet
  std::string lang;
  std::string date_from;  // inclusive ISO prefix comparison
  std::string date_to;
  std::string place;      // a place name or ISO alpha-3 (places or publisher tags)
  std::string person;     // an entity name (type person)
  std::string org;        // an entity name (type org)
  std::string story;
  bool include_duplicates = true;
};

struct SearchHit {
  ArticleSummary article;
  std::string snippet;  // matched words between « and »
  double score = 0;     // bm25, lower is better (SQLite's sign)
};

struct FacetCount {
  std::string value;
  int64_t count = 0;
};

struct SearchResult {
  std::vector<SearchHit> hits;
  int64_t total = 0;
  // facet name ("source", "lang", "place", "person", "org") → top values among the best 1,000
  // matches by rank (all of them when fewer match)
  std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;
};

struct StoreStats {
  int64_t articles = 0, duplicates = 0, sites = 0, entities = 0, quotes = 0, events = 0, places = 0;
  std::string first_date, last_date;
  int schema_version = 0;
};

class Store {
 public:
  // Opens (creating when read_write and missing) and migrates the store at `path`. Null with
  // `error` set ("not a Chronicle store", "store schema 7 is newer than this chronicle (3)",
  // SQLite's message) on failure.
  static std::unique_ptr<Store> open(const std::string& path, OpenMode mode, std::string& error);
  ~Store();
  Store(const Store&) = delete;  // one connection; open another Store for another thread
  Store& operator=(const Store&) = delete;

  // ---- Writing (one writer) ----

  // Writes a batch in one transaction. `pages` is empty or parallel to `articles` (each article's
  // site and line keys). On failure nothing of the batch is stored and `error` is set.
  bool write_batch(const std::vector<Article>& articles, const std::vector<PageLines>& pages,
                   WriteResult& result, std::string& error, const StoryUpdates* stories = nullptr);

  // The index stage's state as the last committed batch left it (empty when none was saved), for
  // the next run's index to continue from. false with `error` for a state version this chronicle
  // does not read or a damaged row: the caller must not index into this store then. Index changes
  // written by write_batch afterwards must build on this state: a batch whose changes meet a state
  // another connection saved meanwhile is refused and rolled back.
  bool load_index_state(IndexState& state, std::string& error);

  // Loads the stored line counts of `site` (pages, and each line key with its page count).
  bool site_line_counts(const std::string& site, int& pages, std::vector<std::pair<uint64_t, int>>& lines);

  // Run bookkeeping: start returns the run id; finish records the counts and status.
  int64_t begin_run(const std::string& inputs);
  void finish_run(int64_t run, size_t read, size_t added, size_t duplicates, size_t failed, const std::string& status);

  // ---- Reading ----

  // The whole record of one article; nullopt when `id` is unknown.
  std::optional<Article> article(const std::string& id);
  bool contains(const std::string& id);
  std::vector<ArticleSummary> articles(const ArticleFilter& filter, int64_t limit, int64_t offset);
  int64_t count_articles(const ArticleFilter& filter);

  // Full-text search. `query` is the user's words: each word must match (stemmed), "quoted
  // phrases" match as phrases, OR between words is honoured; nothing else of FTS5's syntax is
  // passed through, so no query can fail to parse.
  SearchResult search(const std::string& query, const ArticleFilter& filter, int64_t limit, int64_t offset,
                      bool with_facets);

  // Visits every article in rowid (ingest) order; stop by returning false.
  void for_each_article(const std::function<bool(const Article&)>& visit);

  StoreStats stats();

  // PRAGMA integrity_check; "" when ok.
  std::string integrity_check();

  sqlite3* handle() { return db_; }  // for stage-specific persistence files in src/store/

  // Turns user words into an FTS5 query (exposed for tests).
  static std::string fts_query(const std::string& words);

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  bool migrate(std::string& error);
  sqlite3* db_;
  int64_t index_generation_ = -1;  // saves of the index state this connection builds on; -1: not loaded
};

}  // namespace chronicle::store
