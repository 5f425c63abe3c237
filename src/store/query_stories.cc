// Stories and storylines for the HTTP API (queries_api.h).
//
// The index stage writes each article's `story` id into the articles table; that column is the
// complete membership. When the index's own `stories` / `storylines` tables exist, their title,
// summary and storyline are used; otherwise a story is described from its members: the earliest
// article's title and lead, the span of dates, the outlets, and the people and places its members
// mention most.
#include <algorithm>
#include <set>

#include "store/queries_api.h"
#include "store/sqlite_handle.h"
#include "store/summary_rows.h"

namespace chronicle::store {
namespace {

// Members shown in a story list; stories/ID lists them all.
constexpr int64_t kListMembers = 50;
// People and places named per story.
constexpr int64_t kStoryNames = 5;
// A derived summary is the lead of the earliest article, cut at a sentence end near this length.
constexpr size_t kSummaryChars = 320;

std::string lead_of(const std::string& text) {
  size_t para = text.find("\n\n");
  std::string lead = text.substr(0, para);
  if (lead.size() <= kSummaryChars) return lead;
  size_t cut = lead.rfind(". ", kSummaryChars);
  if (cut == std::string::npos || cut < kSummaryChars / 3) {
    cut = lead.rfind(' ', kSummaryChars);
    if (cut == std::string::npos) cut = kSummaryChars;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(lead[cut]) & 0xC0) == 0x80) --cut;
    return lead.substr(0, cut) + "…";
  }
  return lead.substr(0, cut + 1);
}

// Columns of a table, to read the index's tables without assuming more than they hold.
std::set<std::string> columns_of(Store& store, const std::string& table) {
  std::set<std::string> out;
  Statement info(store.handle(), "SELECT name FROM pragma_table_info(?)");
  info.bind(1, table);
  while (info.step()) out.insert(info.text(0));
  return out;
}

// Fills members, dates, sources, people and places of `row.story` from the articles table.
void describe_story(Store& store, StoryRow& row, int64_t max_members) {
  Story& s = row.story;
  sqlite3* db = store.handle();
  Statement members(db,
                    "SELECT id, title, source, date, text, duplicate_of FROM articles WHERE story = ? "
                    "ORDER BY date = '', date, rowid");
  members.bind(1, s.id);
  std::vector<std::string> sources;
  std::string lead_title, lead_text;
  row.size = 0;
  while (members.step()) {
    ++row.size;
    if (static_cast<int64_t>(s.articles.size()) < max_members) s.articles.push_back(members.text(0));
    std::string source = members.text(2);
    if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(source);
    std::string date = members.text(3);
    if (!date.empty()) {
      if (s.first.empty() || date < s.first) s.first = date;
      if (s.last.empty() || date > s.last) s.last = date;
    }
    if (lead_title.empty() && members.text(5).empty() && !members.text(1).empty()) {
      lead_title = members.text(1);
      lead_text = members.text(4);
    }
  }
  s.sources = std::move(sources);
  if (s.title.empty()) s.title = lead_title;
  if (s.summary.empty() && !lead_text.empty()) s.summary = lead_of(lead_text);
  auto top_names = [&](const char* sql) {
    std::vector<std::string> names;
    Statement q(db, sql);
    q.bind(1, s.id).bind(2, kStoryNames);
    while (q.step()) names.push_back(q.text(0));
    return names;
  };
  if (s.people.empty())
    s.people = top_names(
        "SELECT e.name FROM articles a JOIN entity_mentions m ON m.article = a.rowid JOIN entities e ON e.id = m.entity "
        "WHERE a.story = ? AND e.type = 'person' GROUP BY e.id ORDER BY count(DISTINCT a.rowid) DESC, sum(m.count) DESC, "
        "e.name LIMIT ?");
  if (s.places.empty())
    s.places = top_names(
        "SELECT p.name FROM articles a JOIN places p ON p.article = a.rowid WHERE a.story = ? "
        "GROUP BY p.name ORDER BY count(DISTINCT a.rowid) DESC, p.name LIMIT ?");
}

// Title, summary and storyline from the index's `stories` table, when it has them.
void read_story_header(Store& store, StoryRow& row) {
  if (!has_table(store, "stories")) return;
  std::set<std::string> cols = columns_of(store, "stories");
  if (!cols.count("id")) return;
  std::string select = "SELECT ";
  select += cols.count("title") ? "title" : "''";
  select += cols.count("summary") ? ", summary" : ", ''";
  select += cols.count("storyline") ? ", storyline" : ", ''";
  Statement q(store.handle(), select + " FROM stories WHERE id = ?");
  q.bind(1, row.story.id);
  if (!q.step()) return;
  row.story.title = q.text(0);
  row.story.summary = q.text(1);
  row.story.storyline = q.text(2);
}

}  // namespace

bool has_table(Store& store, const std::string& name) {
  Statement q(store.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, name);
  return q.step();
}

std::vector<StoryRow> list_stories(Store& store, StorySort sort, const Paging& page, int64_t& total) {
  sqlite3* db = store.handle();
  Statement count(db, "SELECT count(DISTINCT story) FROM articles WHERE story != ''");
  total = count.step() ? count.integer(0) : 0;
  std::string order = sort == StorySort::newest ? "last DESC, n DESC, story" : "n DESC, last DESC, story";
  Statement ids(db,
                "SELECT story, count(*) AS n, max(date) AS last FROM articles WHERE story != '' GROUP BY story "
                "ORDER BY " + order + " LIMIT ? OFFSET ?");
  ids.bind(1, page.limit).bind(2, page.offset);
  std::vector<StoryRow> out;
  while (ids.step()) {
    StoryRow row;
    row.story.id = ids.text(0);
    out.push_back(std::move(row));
  }
  for (StoryRow& row : out) {
    read_story_header(store, row);
    describe_story(store, row, kListMembers);
  }
  return out;
}

std::optional<StoryRow> find_story(Store& store, const std::string& id) {
  StoryRow row;
  row.story.id = id;
  read_story_header(store, row);
  describe_story(store, row, INT64_MAX);
  if (row.size == 0) return std::nullopt;
  return row;
}

std::vector<Storyline> list_storylines(Store& store, const Paging& page, int64_t& total) {
  total = 0;
  std::vector<Storyline> out;
  if (!has_table(store, "storylines") || !has_table(store, "stories")) return out;
  if (!columns_of(store, "stories").count("storyline")) return out;
  sqlite3* db = store.handle();
  Statement count(db, "SELECT count(*) FROM storylines");
  total = count.step() ? count.integer(0) : 0;
  Statement ids(db, "SELECT id FROM storylines ORDER BY rowid DESC LIMIT ? OFFSET ?");
  ids.bind(1, page.limit).bind(2, page.offset);
  std::vector<std::string> found;
  while (ids.step()) found.push_back(ids.text(0));
  for (const std::string& id : found)
    if (auto line = find_storyline(store, id)) out.push_back(std::move(*line));
  std::sort(out.begin(), out.end(), [](const Storyline& x, const Storyline& y) {
    return x.last != y.last ? x.last > y.last : x.id < y.id;
  });
  return out;
}

std::optional<Storyline> find_storyline(Store& store, const std::string& id) {
  if (!has_table(store, "storylines") || !has_table(store, "stories")) return std::nullopt;
  if (!columns_of(store, "stories").count("storyline")) return std::nullopt;
  std::set<std::string> cols = columns_of(store, "storylines");
  if (!cols.count("id")) return std::nullopt;
  sqlite3* db = store.handle();
  Statement head(db, std::string("SELECT ") + (cols.count("title") ? "title" : "''") + " FROM storylines WHERE id = ?");
  head.bind(1, id);
  if (!head.step()) return std::nullopt;
  Storyline line;
  line.id = id;
  line.title = head.text(0);
  Statement stories(db,
                    "SELECT s.id, min(NULLIF(a.date, '')), max(a.date) FROM stories s JOIN articles a ON a.story = s.id "
                    "WHERE s.storyline = ? GROUP BY s.id ORDER BY 2, s.id");
  stories.bind(1, id);
  while (stories.step()) {
    line.stories.push_back(stories.text(0));
    std::string first = stories.text(1), last = stories.text(2);
    if (!first.empty() && (line.first.empty() || first < line.first)) line.first = first;
    if (!last.empty() && last > line.last) line.last = last;
  }
  Statement articles(db,
                     "SELECT a.id FROM articles a JOIN stories s ON a.story = s.id WHERE s.storyline = ? "
                     "ORDER BY a.date = '', a.date, a.rowid");
  articles.bind(1, id);
  while (articles.step()) line.articles.push_back(articles.text(0));
  return line;
}

std::vector<ArticleSummary> article_summaries(Store& store, const std::vector<std::string>& ids) {
  std::vector<ArticleSummary> out;
  Statement row(store.handle(), std::string("SELECT ") + kSummaryColumns + " FROM articles a WHERE a.id = ?");
  for (const std::string& id : ids) {
    row.reset();
    row.bind(1, id);
    if (row.step()) out.push_back(summary_from(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const ArticleSummary& x, const ArticleSummary& y) {
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    return x.date < y.date;
  });
  return out;
}

std::vector<RelatedArticle> related_articles(Store& store, const std::string& id, int64_t limit) {
  std::vector<RelatedArticle> out;
  if (!has_table(store, "related")) return out;
  Statement q(store.handle(), std::string("SELECT r.rank, r.score, ") + kSummaryColumns +
                                  " FROM related r JOIN articles a ON a.id = r.related WHERE r.article = ? "
                                  "ORDER BY r.rank LIMIT ?");
  q.bind(1, id).bind(2, limit);
  while (q.step()) {
    RelatedArticle r;
    r.rank = q.integer(0);
    r.score = q.real(1);
    r.article = summary_from(q, 2);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace chronicle::store
