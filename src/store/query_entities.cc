// Entities for the HTTP API (queries_api.h): lists, one entity's timeline, its neighbours and its
// articles. Counts come from entity_mentions (one row per entity per article).
#include "store/queries_api.h"
#include "store/sqlite_handle.h"
#include "store/summary_rows.h"

namespace chronicle::store {
namespace {


EntityRow entity_from(Statement& row) {
  EntityRow e;
  e.id = row.text(0);
  e.name = row.text(1);
  e.type = row.text(2);
  e.actor = row.text(3);
  e.articles = row.integer(4);
  e.mentions = row.integer(5);
  return e;
}

// LIKE pattern for a prefix, with the user's own wildcards escaped (ESCAPE '\').
std::string like_prefix(const std::string& prefix) {
  std::string out;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

std::vector<EntityRow> list_entities(Store& store, const EntityFilter& filter, const Paging& page) {
  Statement q(store.handle(),
              "SELECT e.id, e.name, e.type, e.actor, count(m.article), coalesce(sum(m.count), 0) "
              "FROM entities e LEFT JOIN entity_mentions m ON m.entity = e.id "
              "WHERE (?1 = '' OR e.type = ?1) AND (?2 = '' OR e.name LIKE ?3 ESCAPE '\\') "
              "GROUP BY e.id ORDER BY 5 DESC, 6 DESC, e.name LIMIT ?4 OFFSET ?5");
  q.bind(1, filter.type).bind(2, filter.prefix).bind(3, like_prefix(filter.prefix)).bind(4, page.limit).bind(5, page.offset);
  std::vector<EntityRow> out;
  while (q.step()) out.push_back(entity_from(q));
  return out;
}

std::optional<EntityRow> find_entity(Store& store, const std::string& id) {
  Statement q(store.handle(),
              "SELECT e.id, e.name, e.type, e.actor, count(m.article), coalesce(sum(m.count), 0) "
              "FROM entities e LEFT JOIN entity_mentions m ON m.entity = e.id WHERE e.id = ? GROUP BY e.id");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return entity_from(q);
}

std::vector<PeriodCount> entity_timeline(Store& store, const std::string& id) {
  Statement q(store.handle(),
              "SELECT substr(a.date, 1, 7), count(*), sum(m.count) FROM entity_mentions m "
              "JOIN articles a ON a.rowid = m.article WHERE m.entity = ? AND a.date != '' GROUP BY 1 ORDER BY 1");
  q.bind(1, id);
  std::vector<PeriodCount> out;
  while (q.step()) out.push_back({q.text(0), q.integer(1), q.integer(2)});
  return out;
}

std::vector<EntityRow> cooccurring_entities(Store& store, const std::string& id, int64_t limit) {
  Statement q(store.handle(),
              "SELECT e.id, e.name, e.type, e.actor, count(DISTINCT o.article), sum(o.count) "
              "FROM entity_mentions m JOIN entity_mentions o ON o.article = m.article AND o.entity != m.entity "
              "JOIN entities e ON e.id = o.entity WHERE m.entity = ? "
              "GROUP BY e.id ORDER BY 5 DESC, 6 DESC, e.name LIMIT ?");
  q.bind(1, id).bind(2, limit);
  std::vector<EntityRow> out;
  while (q.step()) out.push_back(entity_from(q));
  return out;
}

std::vector<ArticleSummary> entity_articles(Store& store, const std::string& id, int64_t limit) {
  Statement q(store.handle(), std::string("SELECT ") + kSummaryColumns +
                                  " FROM entity_mentions m JOIN articles a ON a.rowid = m.article WHERE m.entity = ? "
                                  "ORDER BY a.date DESC, a.rowid DESC LIMIT ?");
  q.bind(1, id).bind(2, limit);
  std::vector<ArticleSummary> out;
  while (q.step()) out.push_back(summary_from(q));
  return out;
}

}  // namespace chronicle::store
