#include "store/index_state_rows.h"

#include "store/sqlite_handle.h"
#include "store/state_blob.h"
#include "store/store.h"

namespace chronicle::store {
namespace {

// Deletes the `n` oldest rows (lowest seq) of an append-only window table.
bool drop_oldest(sqlite3* db, const char* table, size_t n, std::string& error) {
  if (n == 0) return true;
  Statement drop(db, std::string("DELETE FROM ") + table + " WHERE seq IN (SELECT seq FROM " + table +
                         " ORDER BY seq LIMIT ?)");
  drop.bind(1, static_cast<int64_t>(n));
  return drop.run(error);
}

}  // namespace

bool write_index_changes(sqlite3* db, const IndexStateChanges& c, int64_t generation, std::string& error) {
  // The first save inserts the row (and fails on one another ingest inserted); later ones update
  // it only at the generation they were taken against.
  Statement header(db, generation == 0
                           ? "INSERT INTO index_state(version, documents, current_day, df_buckets, generation, id) "
                             "VALUES (?,?,?,?,?,1)"
                           : "UPDATE index_state SET version = ?, documents = ?, current_day = ?, df_buckets = ?, "
                             "generation = ? WHERE id = 1 AND generation = ?");
  Statement term(db, "INSERT OR REPLACE INTO index_terms(bucket, count) VALUES (?,?)");
  Statement signature(db,
                      "INSERT INTO index_signatures(article, root, story, day, exact, simhash, shingles, minhash) "
                      "VALUES (?,?,?,?,?,?,?,?)");
  Statement close_story(db, "DELETE FROM index_stories WHERE id = ?");
  // ON CONFLICT keeps the row's seq: stories load back in creation order.
  Statement story(db, "INSERT INTO index_stories(id, state) VALUES (?,?) ON CONFLICT(id) DO UPDATE SET state = excluded.state");
  Statement profile(db,
                    "INSERT INTO index_profiles(story, storyline, central, title, first, last, last_day, terms) "
                    "VALUES (?,?,?,?,?,?,?,?)");
  Statement relink(db, "UPDATE index_profiles SET storyline = ? WHERE story = ?");
  Statement forget(db, "DELETE FROM index_storylines WHERE id = ?");
  Statement storyline(db, "INSERT OR REPLACE INTO index_storylines(id, title, first, last, last_day) VALUES (?,?,?,?,?)");
  for (const Statement* s : {&header, &term, &signature, &close_story, &story, &profile, &relink, &forget, &storyline}) {
    if (!s->ok()) {
      error = s->error();
      return false;
    }
  }
  header.bind(1, static_cast<int64_t>(c.version)).bind(2, static_cast<int64_t>(c.documents))
      .bind(3, static_cast<int64_t>(c.current_day)).bind(4, static_cast<int64_t>(c.df_buckets))
      .bind(5, generation + 1);
  if (generation > 0) header.bind(6, generation);
  header.step();
  if (!header.error().empty() || sqlite3_changes(db) != 1) {
    error = "another ingest saved this store's index state since this run started (" +
            (header.error().empty() ? std::string("it is past save ") + std::to_string(generation) : header.error()) +
            "); run this ingest again";
    return false;
  }
  for (const auto& [bucket, count] : c.df) {
    term.bind(1, static_cast<int64_t>(bucket)).bind(2, static_cast<int64_t>(count));
    if (!term.run(error)) return false;
  }
  if (!drop_oldest(db, "index_signatures", c.signatures_dropped, error)) return false;
  for (const SignatureEntry& e : c.signatures) {
    // SQLite integers are signed: the hashes' bits are stored as they are.
    signature.bind(1, e.article).bind(2, e.root).bind(3, e.story).bind(4, static_cast<int64_t>(e.day))
        .bind(5, static_cast<int64_t>(e.exact)).bind(6, static_cast<int64_t>(e.simhash))
        .bind(7, static_cast<int64_t>(e.shingles)).bind_blob(8, encode_u32s(e.minhash));
    if (!signature.run(error)) return false;
  }
  for (const std::string& id : c.stories_closed) {
    close_story.bind(1, id);
    if (!close_story.run(error)) return false;
  }
  for (const StoryState& s : c.stories) {
    story.bind(1, s.id).bind_blob(2, encode_story_state(s));
    if (!story.run(error)) return false;
  }
  if (!drop_oldest(db, "index_profiles", c.profiles_dropped, error)) return false;
  for (const StoryProfileState& p : c.profiles) {
    profile.bind(1, p.story).bind(2, p.storyline).bind(3, p.central).bind(4, p.title).bind(5, p.first)
        .bind(6, p.last).bind(7, static_cast<int64_t>(p.last_day)).bind_blob(8, encode_terms(p.terms));
    if (!profile.run(error)) return false;
  }
  for (const auto& [story_id, storyline_id] : c.profile_storylines) {
    relink.bind(1, storyline_id).bind(2, story_id);
    if (!relink.run(error)) return false;
  }
  for (const std::string& id : c.storylines_forgotten) {
    forget.bind(1, id);
    if (!forget.run(error)) return false;
  }
  for (const StorylineState& l : c.storylines) {
    storyline.bind(1, l.id).bind(2, l.title).bind(3, l.first).bind(4, l.last).bind(5, static_cast<int64_t>(l.last_day));
    if (!storyline.run(error)) return false;
  }
  return true;
}

bool read_index_state(sqlite3* db, IndexState& state, int64_t& generation, std::string& error) {
  state = IndexState{};
  generation = 0;
  Statement header(db, "SELECT version, documents, current_day, df_buckets, generation FROM index_state WHERE id = 1");
  if (!header.step()) {
    error = header.error();
    return error.empty();  // nothing saved yet: the empty state
  }
  int64_t version = header.integer(0);
  if (version != IndexState::kVersion) {
    error = "the saved index state has version " + std::to_string(version) + ", this chronicle reads version " +
            std::to_string(IndexState::kVersion) + " only";
    return false;
  }
  state.documents = static_cast<uint64_t>(header.integer(1));
  state.current_day = static_cast<int32_t>(header.integer(2));
  state.df_buckets = static_cast<uint32_t>(header.integer(3));
  generation = header.integer(4);
  auto damaged = [&](const char* what, const std::string& key) {
    error = std::string("the saved index state is damaged: ") + what + " " + key;
    return false;
  };

  Statement terms(db, "SELECT bucket, count FROM index_terms ORDER BY bucket");
  while (terms.step())
    state.df.emplace_back(static_cast<uint32_t>(terms.integer(0)), static_cast<uint32_t>(terms.integer(1)));
  Statement signatures(db,
                       "SELECT article, root, story, day, exact, simhash, shingles, minhash FROM index_signatures "
                       "ORDER BY seq");
  while (signatures.step()) {
    SignatureEntry e;
    e.article = signatures.text(0);
    e.root = signatures.text(1);
    e.story = signatures.text(2);
    e.day = static_cast<int32_t>(signatures.integer(3));
    e.exact = static_cast<uint64_t>(signatures.integer(4));
    e.simhash = static_cast<uint64_t>(signatures.integer(5));
    e.shingles = static_cast<uint32_t>(signatures.integer(6));
    if (!decode_u32s(signatures.blob(7), e.minhash)) return damaged("signature of article", e.article);
    state.signatures.push_back(std::move(e));
  }
  Statement stories(db, "SELECT id, state FROM index_stories ORDER BY seq");
  while (stories.step()) {
    StoryState s;
    if (!decode_story_state(stories.blob(1), s)) return damaged("story", stories.text(0));
    state.stories.push_back(std::move(s));
  }
  Statement profiles(db,
                     "SELECT story, storyline, central, title, first, last, last_day, terms FROM index_profiles "
                     "ORDER BY seq");
  while (profiles.step()) {
    StoryProfileState p;
    p.story = profiles.text(0);
    p.storyline = profiles.text(1);
    p.central = profiles.text(2);
    p.title = profiles.text(3);
    p.first = profiles.text(4);
    p.last = profiles.text(5);
    p.last_day = static_cast<int32_t>(profiles.integer(6));
    if (!decode_terms(profiles.blob(7), p.terms)) return damaged("profile of story", p.story);
    state.profiles.push_back(std::move(p));
  }
  Statement storylines(db, "SELECT id, title, first, last, last_day FROM index_storylines ORDER BY id");
  while (storylines.step())
    state.storylines.push_back({storylines.text(0), storylines.text(1), storylines.text(2), storylines.text(3),
                                static_cast<int32_t>(storylines.integer(4))});
  for (const Statement* s : {&terms, &signatures, &stories, &profiles, &storylines})
    if (!s->error().empty()) {
      error = s->error();
      return false;
    }
  return true;
}

bool Store::load_index_state(IndexState& state, std::string& error) {
  return read_index_state(db_, state, index_generation_, error);
}

}  // namespace chronicle::store
