// Listing and full-text search: the filters shared by `articles`, `search` and the HTTP API.
#include <sqlite3.h>

#include "store/sqlite_handle.h"
#include "store/summary_rows.h"
#include "store/store.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace chronicle::store {
namespace {

// WHERE clauses over `articles a` for a filter, with their parameters in order. Values are always
// bound, never spliced.
struct FilterSql {
  std::string where;  // "" or " AND …" clauses
  std::vector<std::string> params;
};

FilterSql filter_sql(const ArticleFilter& f) {
  FilterSql out;
  auto add = [&](const char* clause, const std::string& value) {
    out.where += clause;
    out.params.push_back(value);
  };
  if (!f.source.empty()) add(" AND a.source = ?", f.source);
  if (!f.lang.empty()) add(" AND a.lang = ?", f.lang);
  if (!f.date_from.empty()) add(" AND a.date >= ?", f.date_from);
  if (!f.date_to.empty()) {
    // Inclusive on the given precision: date_to "2013-08" keeps "2013-08-09T10:00:00Z".
    out.where += " AND a.date != '' AND substr(a.date, 1, length(?)) <= ?";
    out.params.insert(out.params.end(), {f.date_to, f.date_to});
  }
  if (!f.story.empty()) add(" AND a.story = ?", f.story);
  if (!f.include_duplicates) out.where += " AND a.duplicate_of = ''";
  if (!f.place.empty()) {
    out.where +=
        " AND (a.rowid IN (SELECT article FROM places WHERE name = ? COLLATE NOCASE OR country = ? COLLATE NOCASE)"
        " OR a.rowid IN (SELECT article FROM tags WHERE kind = 'place' AND value = ? COLLATE NOCASE))";
    out.params.insert(out.params.end(), {f.place, f.place, f.place});
  }
  for (const auto& [type, name] : {std::pair<const char*, const std::string*>{"person", &f.person}, {"org", &f.org}}) {
    if (name->empty()) continue;
    out.where += std::string(" AND a.rowid IN (SELECT m.article FROM entity_mentions m JOIN entities e ON e.id = m.entity "
                             "WHERE e.type = '") + type + "' AND (e.name = ? COLLATE NOCASE OR e.id = ?))";
    out.params.insert(out.params.end(), {*name, *name});
  }
  return out;
}

// Binds a filter's parameters from position `first`; returns the next free position.
int bind_filter(Statement& s, const FilterSql& f, int first) {
  int index = first;
  for (const std::string& p : f.params) s.bind(index++, p);
  return index;
}


}  // namespace

std::vector<ArticleSummary> Store::articles(const ArticleFilter& filter, int64_t limit, int64_t offset) {
  FilterSql f = filter_sql(filter);
  Statement rows(db_, std::string("SELECT ") + kSummaryColumns + " FROM articles a WHERE 1" + f.where +
                          " ORDER BY a.date, a.rowid LIMIT ? OFFSET ?");
  int next = bind_filter(rows, f, 1);
  rows.bind(next, limit).bind(next + 1, offset);
  std::vector<ArticleSummary> out;
  while (rows.step()) out.push_back(summary_from(rows, 0));
  return out;
}

int64_t Store::count_articles(const ArticleFilter& filter) {
  FilterSql f = filter_sql(filter);
  Statement row(db_, "SELECT count(*) FROM articles a WHERE 1" + f.where);
  bind_filter(row, f, 1);
  return row.step() ? row.integer(0) : 0;
}

std::string Store::fts_query(const std::string& words) {
  // Words become quoted FTS5 strings (so "U.S." or "AT&T" can never be syntax); "quoted phrases"
  // stay phrases; a bare OR between two terms is kept; everything else is implicit AND.
  std::string valid = text::is_valid_utf8(words) ? words : text::repair_utf8(words);
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < valid.size()) {
    char c = valid[i];
    if (c == '"') {
      size_t close = valid.find('"', i + 1);
      std::string phrase = valid.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
      std::string folded = text::comparison_key(phrase);
      if (!folded.empty()) terms.push_back("\"" + folded + "\"");
      i = close == std::string::npos ? valid.size() : close + 1;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      ++i;
      continue;
    }
    size_t end = valid.find_first_of(" \t\n\"", i);
    std::string word = valid.substr(i, end == std::string::npos ? std::string::npos : end - i);
    i = end == std::string::npos ? valid.size() : end;
    if (word == "OR") {
      if (!terms.empty() && terms.back() != "OR") terms.push_back("OR");
      continue;
    }
    // Inner punctuation splits a word into a phrase of its parts ("U.S." → "u s").
    std::string folded = text::comparison_key(word);
    if (!folded.empty()) terms.push_back("\"" + folded + "\"");
  }
  while (!terms.empty() && terms.back() == "OR") terms.pop_back();
  std::string out;
  for (const std::string& t : terms) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

SearchResult Store::search(const std::string& query, const ArticleFilter& filter, int64_t limit, int64_t offset,
                           bool with_facets) {
  SearchResult result;
  std::string match = fts_query(query);
  if (match.empty()) return result;
  FilterSql f = filter_sql(filter);
  // `ORDER BY rank` with the weights as a rank constraint lets FTS5 sort the matches itself and
  // compute snippet() only for the rows returned; `ORDER BY bm25(…)` made SQLite score, cut a
  // snippet from and sort every match, which on a large store cost seconds for a common word.
  const std::string from = " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?";
  const std::string ranked = from + " AND rank MATCH 'bm25(4.0, 1.0)'" + f.where + " ORDER BY rank";
  Statement rows(db_, std::string("SELECT ") + kSummaryColumns + ", snippet(articles_fts, 1, '«', '»', '…', 16), rank" +
                          ranked + " LIMIT ? OFFSET ?");
  rows.bind(1, match);
  int next = bind_filter(rows, f, 2);
  rows.bind(next, limit).bind(next + 1, offset);
  while (rows.step()) {
    SearchHit hit;
    hit.article = summary_from(rows, 0);
    hit.snippet = rows.text(11);
    hit.score = rows.real(12);
    result.hits.push_back(std::move(hit));
  }
  // Without a filter on the articles, the full-text index counts alone.
  Statement total(db_, f.where.empty() ? std::string("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")
                                       : "SELECT count(*)" + from + f.where);
  total.bind(1, match);
  bind_filter(total, f, 2);
  result.total = total.step() ? total.integer(0) : 0;
  if (!with_facets) return result;
  // Facets count the best kFacetHits matches: counting every match of a common word costs a row
  // lookup per match and facet, which no page needs to be exact. The best ones' rowids are taken
  // once and handed to each facet query as a JSON array.
  constexpr int kFacetHits = 1000;
  Statement best(db_, "SELECT a.rowid" + ranked + " LIMIT " + std::to_string(kFacetHits));
  best.bind(1, match);
  bind_filter(best, f, 2);
  std::string rowids = "[";
  while (best.step()) {
    if (rowids.size() > 1) rowids += ',';
    rowids += std::to_string(best.integer(0));
  }
  rowids += ']';
  const std::string matched = "SELECT value FROM json_each(?)";
  struct FacetSql {
    const char* name;
    std::string sql;
  };
  const FacetSql facets[] = {
      {"source", "SELECT a.source, count(*) FROM articles a WHERE a.source != '' AND a.rowid IN (" + matched +
                     ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
      {"lang", "SELECT a.lang, count(*) FROM articles a WHERE a.lang != '' AND a.rowid IN (" + matched +
                   ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
      {"place", "SELECT p.name, count(DISTINCT p.article) FROM places p WHERE p.article IN (" + matched +
                    ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
      {"person", "SELECT e.name, count(DISTINCT m.article) FROM entity_mentions m JOIN entities e ON e.id = m.entity "
                 "WHERE e.type = 'person' AND m.article IN (" + matched + ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
      {"org", "SELECT e.name, count(DISTINCT m.article) FROM entity_mentions m JOIN entities e ON e.id = m.entity "
              "WHERE e.type = 'org' AND m.article IN (" + matched + ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
  };
  for (const FacetSql& facet : facets) {
    Statement counts(db_, facet.sql);
    counts.bind(1, rowids);
    std::vector<FacetCount> values;
    while (counts.step()) values.push_back({counts.text(0), counts.integer(1)});
    result.facets.emplace_back(facet.name, std::move(values));
  }
  return result;
}

}  // namespace chronicle::store
