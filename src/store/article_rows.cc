// Articles in and out of the store: the write of a batch, and the reads that rebuild the record.
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <map>

#include "store/quote_rows.h"
#include "store/sqlite_handle.h"
#include "store/store.h"
#include "store/index_state_rows.h"
#include "store/story_rows.h"

namespace chronicle::store {
namespace {

std::string spans_to_json(const std::vector<Span>& spans) {
  std::string out = "[";
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) out += ",";
    out += "[" + std::to_string(spans[i].start) + "," + std::to_string(spans[i].end) + "]";
  }
  return out + "]";
}

std::vector<Span> spans_from_json(const std::string& text) {
  std::vector<Span> spans;
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return spans;
  for (const auto& pair : parsed) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() || !pair[1].is_number_unsigned()) continue;
    spans.push_back({pair[0].get<uint32_t>(), pair[1].get<uint32_t>()});
  }
  return spans;
}

EntityType entity_type_from(const std::string& name) {
  if (name == "person") return EntityType::person;
  if (name == "org") return EntityType::org;
  if (name == "place") return EntityType::place;
  return EntityType::other;
}

RemovalReason removal_reason_from(const std::string& name) {
  for (int r = 0; r <= static_cast<int>(RemovalReason::empty); ++r) {
    auto reason = static_cast<RemovalReason>(r);
    if (removal_reason_name(reason) == name) return reason;
  }
  return RemovalReason::boilerplate;
}

// The prepared statements of one batch write, made once per batch.
struct BatchStatements {
  explicit BatchStatements(sqlite3* db)
      : article(db,
                "INSERT OR IGNORE INTO articles(id, source_id, origin, url, source, section, title, dek, author, date, "
                "lang, text, duplicate_of, story, extra_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        fts(db, "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)"),
        removed(db, "INSERT INTO removed(article, ord, reason, text) VALUES (?,?,?,?)"),
        tag(db, "INSERT INTO tags(article, kind, value, ord) VALUES (?,?,?,?)"),
        entity(db, "INSERT INTO entities(id, name, type, actor) VALUES (?,?,?,?) "
                   "ON CONFLICT(id) DO UPDATE SET actor = excluded.actor WHERE entities.actor = ''"),
        mention(db, "INSERT INTO entity_mentions(article, entity, ord, title, actor, mentions, count) VALUES (?,?,?,?,?,?,?)"),
        place(db, "INSERT INTO places(article, ord, name, country, lat, lon, mentions) VALUES (?,?,?,?,?,?,?)"),
        quote(db, "INSERT INTO quotes(article, ord, start, end, kind, speaker, speaker_name, cue, reported_by, "
                  "speaker_start, speaker_end, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        date(db, "INSERT INTO dates(article, ord, start, end, iso, relative) VALUES (?,?,?,?,?,?)"),
        event(db, "INSERT INTO events(article, ord, source_code, source_name, target_code, target_name, code, root, "
                  "quad_class, goldstein, negated, sentence_start, sentence_end, place, date) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        site(db, "INSERT INTO sites(site, pages) VALUES (?, ?) ON CONFLICT(site) DO UPDATE SET pages = pages + excluded.pages"),
        site_line(db, "INSERT INTO site_lines(site, line, pages) VALUES (?,?,?) "
                      "ON CONFLICT(site, line) DO UPDATE SET pages = pages + excluded.pages") {}

  std::string first_error() const {
    for (const Statement* s : {&article, &fts, &removed, &tag, &entity, &mention, &place, &quote, &date, &event, &site,
                              &site_line})
      if (!s->ok()) return s->error();
    return "";
  }

  Statement article, fts, removed, tag, entity, mention, place, quote, date, event, site, site_line;
};

bool write_annotations(BatchStatements& st, int64_t row, const Article& a, std::string& error) {
  for (size_t i = 0; i < a.removed.size(); ++i) {
    st.removed.bind(1, row).bind(2, static_cast<int64_t>(i)).bind(3, removal_reason_name(a.removed[i].reason)).bind(4, a.removed[i].text);
    if (!st.removed.run(error)) return false;
  }
  int64_t ord = 0;
  for (const auto& [kind, values] : {std::pair<const char*, const std::vector<std::string>*>{"place", &a.tags.places},
                                     {"topic", &a.tags.topics}}) {
    for (const std::string& value : *values) {
      st.tag.bind(1, row).bind(2, kind).bind(3, value).bind(4, ord++);
      if (!st.tag.run(error)) return false;
    }
  }
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    st.entity.bind(1, e.id).bind(2, e.name).bind(3, entity_type_name(e.type)).bind(4, e.actor);
    if (!st.entity.run(error)) return false;
    st.mention.bind(1, row).bind(2, e.id).bind(3, static_cast<int64_t>(i)).bind(4, e.title).bind(5, e.actor)
        .bind(6, spans_to_json(e.mentions)).bind(7, static_cast<int64_t>(e.mentions.size()));
    if (!st.mention.run(error)) return false;
  }
  for (size_t i = 0; i < a.places.size(); ++i) {
    const Place& p = a.places[i];
    st.place.bind(1, row).bind(2, static_cast<int64_t>(i)).bind(3, p.name).bind(4, p.country);
    if (p.lat) st.place.bind(5, *p.lat); else st.place.bind_null(5);
    if (p.lon) st.place.bind(6, *p.lon); else st.place.bind_null(6);
    st.place.bind(7, spans_to_json(p.mentions));
    if (!st.place.run(error)) return false;
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    st.quote.bind(1, row).bind(2, static_cast<int64_t>(i)).bind(3, static_cast<int64_t>(q.span.start))
        .bind(4, static_cast<int64_t>(q.span.end)).bind(5, quote_kind_name(q.kind)).bind(6, q.speaker)
        .bind(7, q.speaker_name).bind(8, q.cue).bind(9, q.reported_by)
        .bind(10, static_cast<int64_t>(q.speaker_span.start)).bind(11, static_cast<int64_t>(q.speaker_span.end))
        .bind(12, static_cast<int64_t>(q.cue_span.start)).bind(13, static_cast<int64_t>(q.cue_span.end));
    if (!st.quote.run(error)) return false;
  }
  for (size_t i = 0; i < a.dates.size(); ++i) {
    const DateMention& d = a.dates[i];
    st.date.bind(1, row).bind(2, static_cast<int64_t>(i)).bind(3, static_cast<int64_t>(d.span.start))
        .bind(4, static_cast<int64_t>(d.span.end)).bind(5, d.iso).bind(6, static_cast<int64_t>(d.relative));
    if (!st.date.run(error)) return false;
  }
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    st.event.bind(1, row).bind(2, static_cast<int64_t>(i)).bind(3, e.source.code).bind(4, e.source.name)
        .bind(5, e.target.code).bind(6, e.target.name).bind(7, e.code).bind(8, e.root)
        .bind(9, static_cast<int64_t>(e.quad_class)).bind(10, e.goldstein).bind(11, static_cast<int64_t>(e.negated))
        .bind(12, static_cast<int64_t>(e.sentence.start)).bind(13, static_cast<int64_t>(e.sentence.end))
        .bind(14, e.place).bind(15, e.date);
    if (!st.event.run(error)) return false;
  }
  return true;
}

}  // namespace

bool Store::write_batch(const std::vector<Article>& articles, const std::vector<PageLines>& pages,
                        WriteResult& result, std::string& error, const StoryUpdates* stories) {
  result = WriteResult{};
  result.was_added.assign(articles.size(), false);
  if (std::string e = exec(db_, "BEGIN IMMEDIATE"); !e.empty()) {
    error = e;
    return false;
  }
  BatchStatements st(db_);
  bool ok = true;
  if (error = st.first_error(); !error.empty()) ok = false;
  for (size_t i = 0; ok && i < articles.size(); ++i) {
    const Article& a = articles[i];
    st.article.bind(1, a.id).bind(2, a.source_id).bind(3, a.origin).bind(4, a.url).bind(5, a.source)
        .bind(6, a.section).bind(7, a.title).bind(8, a.dek).bind(9, a.author).bind(10, a.date).bind(11, a.lang)
        .bind(12, a.text).bind(13, a.duplicate_of).bind(14, a.story).bind(15, a.extra_json);
    if (!(ok = st.article.run(error))) break;
    if (sqlite3_changes(db_) == 0) {
      ++result.already_stored;
      continue;
    }
    int64_t row = sqlite3_last_insert_rowid(db_);
    st.fts.bind(1, row).bind(2, a.title).bind(3, a.text);
    if (!(ok = st.fts.run(error))) break;
    if (!(ok = write_annotations(st, row, a, error))) break;
    result.was_added[i] = true;
    ++result.added;
  }
  // Site line counts, summed over the pages whose articles are new in this batch.
  std::map<std::string, std::pair<int, std::map<uint64_t, int>>> sites;
  for (size_t i = 0; ok && i < pages.size() && i < articles.size(); ++i) {
    if (!result.was_added[i] || pages[i].site.empty()) continue;
    auto& [page_count, lines] = sites[pages[i].site];
    ++page_count;
    for (uint64_t key : pages[i].keys) ++lines[key];
  }
  for (auto it = sites.begin(); ok && it != sites.end(); ++it) {
    st.site.bind(1, it->first).bind(2, static_cast<int64_t>(it->second.first));
    if (!(ok = st.site.run(error))) break;
    for (const auto& [key, n] : it->second.second) {
      // SQLite integers are signed: the key's bits are stored as they are.
      st.site_line.bind(1, it->first).bind(2, static_cast<int64_t>(key)).bind(3, static_cast<int64_t>(n));
      if (!(ok = st.site_line.run(error))) break;
    }
  }
  if (ok && stories) ok = write_story_updates(db_, *stories, error);
  if (ok && stories && stories->index_state) {
    if (index_generation_ < 0) {
      error = "index changes written before the saved index state was loaded";
      ok = false;
    } else {
      ok = write_index_changes(db_, *stories->index_state, index_generation_, error);
    }
  }
  if (ok) {
    if (std::string e = exec(db_, "COMMIT"); !e.empty()) {
      error = e;
      ok = false;
    }
  }
  if (ok && stories && stories->index_state) ++index_generation_;
  if (!ok) {
    exec(db_, "ROLLBACK");
    result = WriteResult{};
    result.was_added.assign(articles.size(), false);
  }
  return ok;
}

namespace {

constexpr const char* kArticleColumns =
    "rowid, id, source_id, origin, url, source, section, title, dek, author, date, lang, text, duplicate_of, story, extra_json";

Article article_from_row(Statement& row) {
  Article a;
  a.id = row.text(1);
  a.source_id = row.text(2);
  a.origin = row.text(3);
  a.url = row.text(4);
  a.source = row.text(5);
  a.section = row.text(6);
  a.title = row.text(7);
  a.dek = row.text(8);
  a.author = row.text(9);
  a.date = row.text(10);
  a.lang = row.text(11);
  a.text = row.text(12);
  a.duplicate_of = row.text(13);
  a.story = row.text(14);
  a.extra_json = row.text(15);
  return a;
}

void load_annotations(sqlite3* db, int64_t row, Article& a) {
  Statement removed(db, "SELECT reason, text FROM removed WHERE article = ? ORDER BY ord");
  removed.bind(1, row);
  while (removed.step()) a.removed.push_back({removed.text(1), removal_reason_from(removed.text(0))});
  Statement tags(db, "SELECT kind, value FROM tags WHERE article = ? ORDER BY ord");
  tags.bind(1, row);
  while (tags.step()) (tags.text(0) == "place" ? a.tags.places : a.tags.topics).push_back(tags.text(1));
  Statement entities(db,
                     "SELECT m.entity, e.name, e.type, m.actor, m.title, m.mentions FROM entity_mentions m "
                     "JOIN entities e ON e.id = m.entity WHERE m.article = ? ORDER BY m.ord");
  entities.bind(1, row);
  while (entities.step()) {
    Entity e;
    e.id = entities.text(0);
    e.name = entities.text(1);
    e.type = entity_type_from(entities.text(2));
    e.actor = entities.text(3);
    e.title = entities.text(4);
    e.mentions = spans_from_json(entities.text(5));
    a.entities.push_back(std::move(e));
  }
  Statement places(db, "SELECT name, country, lat, lon, mentions FROM places WHERE article = ? ORDER BY ord");
  places.bind(1, row);
  while (places.step()) {
    Place p;
    p.name = places.text(0);
    p.country = places.text(1);
    if (!places.is_null(2)) p.lat = places.real(2);
    if (!places.is_null(3)) p.lon = places.real(3);
    p.mentions = spans_from_json(places.text(4));
    a.places.push_back(std::move(p));
  }
  Statement quotes(db, std::string("SELECT ") + kQuoteColumns + " FROM quotes q WHERE q.article = ? ORDER BY q.ord");
  quotes.bind(1, row);
  while (quotes.step()) a.quotes.push_back(quote_from(quotes));
  Statement dates(db, "SELECT start, end, iso, relative FROM dates WHERE article = ? ORDER BY ord");
  dates.bind(1, row);
  while (dates.step()) {
    DateMention d;
    d.span = {static_cast<uint32_t>(dates.integer(0)), static_cast<uint32_t>(dates.integer(1))};
    d.iso = dates.text(2);
    d.relative = dates.integer(3) != 0;
    a.dates.push_back(std::move(d));
  }
  Statement events(db,
                   "SELECT source_code, source_name, target_code, target_name, code, root, quad_class, goldstein, negated, "
                   "sentence_start, sentence_end, place, date FROM events WHERE article = ? ORDER BY ord");
  events.bind(1, row);
  while (events.step()) {
    Event e;
    e.source = {events.text(0), events.text(1)};
    e.target = {events.text(2), events.text(3)};
    e.code = events.text(4);
    e.root = events.text(5);
    e.quad_class = static_cast<int>(events.integer(6));
    e.goldstein = events.real(7);
    e.negated = events.integer(8) != 0;
    e.sentence = {static_cast<uint32_t>(events.integer(9)), static_cast<uint32_t>(events.integer(10))};
    e.place = events.text(11);
    e.date = events.text(12);
    a.events.push_back(std::move(e));
  }
}

}  // namespace

std::optional<Article> Store::article(const std::string& id) {
  Statement row(db_, std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  Article a = article_from_row(row);
  load_annotations(db_, row.integer(0), a);
  return a;
}

bool Store::contains(const std::string& id) {
  Statement row(db_, "SELECT 1 FROM articles WHERE id = ?");
  row.bind(1, id);
  return row.step();
}

void Store::for_each_article(const std::function<bool(const Article&)>& visit) {
  Statement rows(db_, std::string("SELECT ") + kArticleColumns + " FROM articles ORDER BY rowid");
  while (rows.step()) {
    Article a = article_from_row(rows);
    load_annotations(db_, rows.integer(0), a);
    if (!visit(a)) break;
  }
}

}  // namespace chronicle::store
