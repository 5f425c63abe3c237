// Events, dyads and places for the HTTP API (queries_api.h).
//
// Actor filters are CAMEO code prefixes ("USA" matches "USAGOV", "USAMIL"), compared with
// substr(code, 1, length(?)) = ? so that no user text is ever a LIKE pattern.
#include "store/queries_api.h"
#include "store/sqlite_handle.h"

namespace chronicle::store {
namespace {

// An event's date: its own, else its article's.
constexpr const char* kEventDate = "(CASE WHEN e.date != '' THEN e.date ELSE a.date END)";

std::string bucket_expr(Bucket bucket) {
  std::string d = kEventDate;
  switch (bucket) {
    case Bucket::day: return "substr(" + d + ", 1, 10)";
    case Bucket::week: return "strftime('%Y-W%W', substr(" + d + ", 1, 10))";
    case Bucket::month: return "substr(" + d + ", 1, 7)";
    case Bucket::year: return "substr(" + d + ", 1, 4)";
  }
  return "substr(" + d + ", 1, 7)";
}

}  // namespace

std::vector<EventRow> list_events(Store& store, const EventFilter& f, const Paging& page) {
  std::string d = kEventDate;
  Statement q(store.handle(),
              "SELECT a.id, a.url, a.date, e.ord, e.source_code, e.source_name, e.target_code, e.target_name, e.code, "
              "e.root, e.quad_class, e.goldstein, e.negated, e.sentence_start, e.sentence_end, e.place, e.date "
              "FROM events e JOIN articles a ON a.rowid = e.article WHERE 1 "
              "AND (?1 = '' OR substr(e.source_code, 1, length(?1)) = ?1 OR substr(e.target_code, 1, length(?1)) = ?1) "
              "AND (?2 = '' OR substr(e.source_code, 1, length(?2)) = ?2) "
              "AND (?3 = '' OR substr(e.target_code, 1, length(?3)) = ?3) "
              "AND (?4 = '' OR e.root = ?4) "
              "AND (?5 = '' OR substr(e.code, 1, length(?5)) = ?5) "
              "AND (?6 = '' OR " + d + " >= ?6) "
              "AND (?7 = '' OR (" + d + " != '' AND substr(" + d + ", 1, length(?7)) <= ?7)) "
              "AND (?8 = '' OR a.id = ?8) "
              "ORDER BY " + d + " DESC, a.rowid DESC, e.ord LIMIT ?9 OFFSET ?10");
  q.bind(1, f.actor).bind(2, f.source).bind(3, f.target).bind(4, f.root).bind(5, f.code).bind(6, f.date_from)
      .bind(7, f.date_to).bind(8, f.article).bind(9, page.limit).bind(10, page.offset);
  std::vector<EventRow> out;
  while (q.step()) {
    EventRow r;
    r.article = q.text(0);
    r.url = q.text(1);
    r.article_date = q.text(2);
    r.ordinal = static_cast<size_t>(q.integer(3));
    Event& e = r.event;
    e.source = {q.text(4), q.text(5)};
    e.target = {q.text(6), q.text(7)};
    e.code = q.text(8);
    e.root = q.text(9);
    e.quad_class = static_cast<int>(q.integer(10));
    e.goldstein = q.real(11);
    e.negated = q.integer(12) != 0;
    e.sentence = {static_cast<uint32_t>(q.integer(13)), static_cast<uint32_t>(q.integer(14))};
    e.place = q.text(15);
    e.date = q.text(16);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<DyadPoint> dyad_series(Store& store, const std::string& a, const std::string& b, Bucket bucket) {
  std::string period = bucket_expr(bucket);
  // Direction 1 is a→b, 0 is b→a; an event between two actors that both match a and b (a == b)
  // counts once, as a→b.
  Statement q(store.handle(),
              "SELECT " + period + " AS period, "
              "sum(substr(e.source_code, 1, length(?1)) = ?1 AND substr(e.target_code, 1, length(?2)) = ?2), "
              "count(*), avg(e.goldstein), sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), "
              "sum(e.quad_class = 4) FROM events e JOIN articles a ON a.rowid = e.article "
              "WHERE ((substr(e.source_code, 1, length(?1)) = ?1 AND substr(e.target_code, 1, length(?2)) = ?2) "
              "    OR (substr(e.source_code, 1, length(?2)) = ?2 AND substr(e.target_code, 1, length(?1)) = ?1)) "
              "AND period IS NOT NULL AND period != '' GROUP BY 1 ORDER BY 1");
  q.bind(1, a).bind(2, b);
  std::vector<DyadPoint> out;
  while (q.step()) {
    DyadPoint p;
    p.period = q.text(0);
    p.a_to_b = q.integer(1);
    p.count = q.integer(2);
    p.b_to_a = p.count - p.a_to_b;
    p.goldstein = q.real(3);
    for (int i = 0; i < 4; ++i) p.quad[i] = q.integer(4 + i);
    out.push_back(p);
  }
  return out;
}

std::vector<CountryCount> country_counts(Store& store) {
  Statement q(store.handle(),
              "SELECT country, count(DISTINCT article), sum(json_array_length(mentions)) FROM places "
              "WHERE country != '' GROUP BY country ORDER BY 2 DESC, country");
  std::vector<CountryCount> out;
  while (q.step()) out.push_back({q.text(0), q.integer(1), q.integer(2)});
  return out;
}

std::vector<PlaceRow> list_places(Store& store, const std::string& country, int64_t limit) {
  Statement q(store.handle(),
              "SELECT name, country, avg(lat), avg(lon), count(DISTINCT article) FROM places "
              "WHERE (?1 = '' OR country = ?1) GROUP BY name, country "
              "ORDER BY avg(lat) IS NULL, 5 DESC, name LIMIT ?2");
  q.bind(1, country).bind(2, limit);
  std::vector<PlaceRow> out;
  while (q.step()) {
    PlaceRow p;
    p.name = q.text(0);
    p.country = q.text(1);
    if (!q.is_null(2)) p.lat = q.real(2);
    if (!q.is_null(3)) p.lon = q.real(3);
    p.articles = q.integer(4);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace chronicle::store
