#include "store/story_rows.h"

#include <nlohmann/json.hpp>

#include <set>

#include "store/sqlite_handle.h"

namespace chronicle::store {
namespace {

std::string list_json(const std::vector<std::string>& values) { return nlohmann::json(values).dump(); }

}  // namespace

bool write_story_updates(sqlite3* db, const StoryUpdates& updates, std::string& error) {
  Statement story(db,
                  "INSERT INTO stories(id, title, summary, first, last, storyline, sources, places, people) "
                  "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                  "summary = excluded.summary, first = excluded.first, last = excluded.last, "
                  "storyline = excluded.storyline, sources = excluded.sources, places = excluded.places, "
                  "people = excluded.people");
  Statement storyline(db,
                      "INSERT INTO storylines(id, title, first, last) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE "
                      "SET title = excluded.title, first = excluded.first, last = excluded.last");
  Statement link(db, "UPDATE stories SET storyline = ? WHERE id = ?");
  Statement clear_related(db, "DELETE FROM related WHERE article = ?");
  Statement related(db, "INSERT OR REPLACE INTO related(article, rank, related, score) VALUES (?,?,?,?)");
  for (const Statement* s : {&story, &storyline, &link, &clear_related, &related}) {
    if (!s->ok()) {
      error = s->error();
      return false;
    }
  }
  for (const Story& s : updates.stories) {
    story.bind(1, s.id).bind(2, s.title).bind(3, s.summary).bind(4, s.first).bind(5, s.last).bind(6, s.storyline)
        .bind(7, list_json(s.sources)).bind(8, list_json(s.places)).bind(9, list_json(s.people));
    if (!story.run(error)) return false;
  }
  for (const Storyline& l : updates.storylines) {
    storyline.bind(1, l.id).bind(2, l.title).bind(3, l.first).bind(4, l.last);
    if (!storyline.run(error)) return false;
  }
  for (const auto& [story_id, storyline_id] : updates.storyline_links) {
    link.bind(1, storyline_id).bind(2, story_id);
    if (!link.run(error)) return false;
  }
  std::set<std::string> cleared;
  for (const RelatedRow& r : updates.related) {
    if (cleared.insert(r.article).second) {
      clear_related.bind(1, r.article);
      if (!clear_related.run(error)) return false;
    }
    related.bind(1, r.article).bind(2, static_cast<int64_t>(r.rank)).bind(3, r.related).bind(4, r.score);
    if (!related.run(error)) return false;
  }
  return true;
}

}  // namespace chronicle::store
