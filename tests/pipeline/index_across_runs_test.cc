// The index's window survives between ingests: the store saves the index state with every batch
// and the next `chronicle ingest` continues it (issue 6: "ingesting in several batches gives the
// same stories as one batch"; a wire copy ingested a day later is still a copy).
#include <bit>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "index/news_fixtures.h"
#include "pipeline/ingest_run.h"
#include "pipeline/pipeline_test_util.h"
#include "store/sqlite_handle.h"

namespace chronicle::pipeline {
namespace {

using chronicle::testing::make_article;

// A wire story as another outlet runs it a day later: its own headline, a line of its own
// before the wire text, and the wire text with its last paragraph cut.
Article quake_copy() {
  return make_article("quake-copy", "Coastal Courier", "2024-03-05T01:00:00Z",
                      "Quake off Antofagasta: what we know",
                      "From our correspondents and wire reports.\n\n"
                      "SANTIAGO (GW) - A magnitude 6.4 earthquake struck off the coast of northern Chile early on "
                      "Monday, shaking buildings in the port city of Antofagasta and sending residents into the "
                      "streets, the U.S. Geological Survey said.\n\nChile's navy said the quake did not meet the "
                      "conditions for a tsunami along the coast. There were no immediate reports of deaths.");
}

// The quake reported on the next day, in new words (joins the open story across the two runs).
Article quake_next_day() {
  return make_article("quake-damage", "Andes Daily", "2024-03-05T11:00:00Z",
                      "Antofagasta counts the cost of Monday's 6.4 earthquake",
                      "Engineers in Antofagasta inspected the port and schools on Tuesday, a day after a magnitude "
                      "6.4 earthquake struck off northern Chile. Officials said damage was minor and that the navy "
                      "had been right to rule out a tsunami.\n\nCopper mines near the city said output was back to "
                      "normal, and the Geological Survey recorded several small aftershocks offshore.");
}

// Three ingests in publication order: the first day; the next day (the landing, a copy of the
// quake wire story, a follow-up); the aftershock nine days on (a new story of the quake's storyline).
std::vector<std::vector<Article>> three_runs() {
  using namespace chronicle::testing;
  std::vector<Article> day1 = quake_reports();
  for (auto& a : rate_reports()) day1.push_back(a);
  std::vector<Article> day2 = landing_reports();
  day2.push_back(quake_copy());
  day2.push_back(quake_next_day());
  return {day1, day2, {quake_aftershock()}};
}

std::string write_jsonl(const std::filesystem::path& path, const std::vector<Article>& articles) {
  std::ofstream out(path);
  for (const Article& a : articles) {
    std::string site = a.source;
    for (char& c : site) c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out << nlohmann::json{{"id", a.id},       {"url", "https://" + site + ".example/" + a.id},
                          {"source", a.source}, {"date", a.date},
                          {"title", a.title}, {"text", a.text}}
               .dump()
        << "\n";
  }
  return path.string();
}

// The three runs' articles in publication order, as one batch would visit them, written as JSON Lines.
std::string write_all_runs_in_date_order(const std::filesystem::path& path) {
  std::vector<Article> all;
  for (auto& r : three_runs()) all.insert(all.end(), r.begin(), r.end());
  std::sort(all.begin(), all.end(), [](const Article& a, const Article& b) { return a.date < b.date; });
  return write_jsonl(path, all);
}

RunSummary ingest(const Fixture& fx, store::Store& store, const std::vector<std::string>& inputs, size_t chunk = 256) {
  IngestOptions options;
  options.threads = 2;
  options.chunk_size = chunk;
  IngestRun run(*fx.extractor, fx.stages, store, options,
                [](const std::string& input, const std::string& reason) { ADD_FAILURE() << input << ": " << reason; },
                fx.index.get());
  return run.run(inputs, nullptr);
}

std::unique_ptr<store::Store> open(const std::filesystem::path& path) {
  std::string error;
  auto s = store::Store::open(path.string(), store::OpenMode::read_write, error);
  EXPECT_TRUE(s) << error;
  return s;
}

// Every story-related fact of a store, keyed by the inputs' own ids so two stores compare line by
// line: each article's story and duplicate_of, the stories and storylines tables, related links.
std::vector<std::string> index_facts(store::Store& store) {
  std::map<std::string, std::string> by_id;  // article id -> input id
  std::vector<std::string> facts;
  store.for_each_article([&](const Article& a) {
    by_id[a.id] = a.source_id;
    return true;
  });
  store.for_each_article([&](const Article& a) {
    facts.push_back("article " + a.source_id + " story=" + a.story + " duplicate_of=" + by_id[a.duplicate_of]);
    return true;
  });
  auto rows = [&](const char* label, const char* sql, int columns) {
    store::Statement q(store.handle(), sql);
    while (q.step()) {
      std::string line = label;
      for (int c = 0; c < columns; ++c) line += " " + (by_id.count(q.text(c)) ? by_id[q.text(c)] : q.text(c));
      facts.push_back(line);
    }
    EXPECT_EQ(q.error(), "");
  };
  rows("story", "SELECT id, title, summary, first, last, storyline, sources, places, people FROM stories ORDER BY id", 9);
  rows("storyline", "SELECT id, title, first, last FROM storylines ORDER BY id", 4);
  rows("related", "SELECT article, rank, related, printf('%.6f', score) FROM related ORDER BY article, rank", 4);
  std::sort(facts.begin(), facts.end());
  return facts;
}

// The saved state as text (floats by their bits), to compare two states exactly.
std::string describe(const IndexState& s) {
  std::string out = "v" + std::to_string(s.version) + " docs " + std::to_string(s.documents) + " day " +
                    std::to_string(s.current_day) + " buckets " + std::to_string(s.df_buckets) + "\n";
  auto terms = [&](const TermVector& v) {
    for (const auto& [t, w] : v) out += " " + std::to_string(t) + ":" + std::to_string(std::bit_cast<uint32_t>(w));
    out += "\n";
  };
  for (const auto& [b, c] : s.df) out += "df " + std::to_string(b) + "=" + std::to_string(c) + "\n";
  for (const auto& e : s.signatures) {
    out += "sig " + e.article + " " + e.root + " " + e.story + " " + std::to_string(e.day) + " " +
           std::to_string(e.exact) + " " + std::to_string(e.simhash) + " " + std::to_string(e.shingles);
    for (uint32_t m : e.minhash) out += " " + std::to_string(m);
    out += "\n";
  }
  for (const auto& st : s.stories) {
    out += "story " + st.id + " " + st.storyline + " " + st.first + " " + st.last + " " + std::to_string(st.first_day) +
           " " + std::to_string(st.last_day) + " " + st.title + " | " + st.summary + " | " + st.central;
    terms(st.centroid);
    for (const auto& m : st.members) {
      out += "  member " + m.article + " " + m.source + " " + m.title + " | " + m.lead;
      terms(m.vector);
    }
    for (const auto& [n, c] : st.places) out += "  place " + n + " " + std::to_string(c) + "\n";
    for (const auto& [n, c] : st.people) out += "  person " + n + " " + std::to_string(c) + "\n";
  }
  for (const auto& p : s.profiles) {
    out += "profile " + p.story + " " + p.storyline + " " + p.central + " " + p.title + " " + p.first + " " + p.last +
           " " + std::to_string(p.last_day);
    terms(p.terms);
  }
  for (const auto& l : s.storylines)
    out += "storyline " + l.id + " " + l.title + " " + l.first + " " + l.last + " " + std::to_string(l.last_day) + "\n";
  return out;
}

IndexState saved_state(store::Store& store) {
  IndexState state;
  std::string error;
  EXPECT_TRUE(store.load_index_state(state, error)) << error;
  return state;
}

std::string source_field(store::Store& store, const std::string& source_id, const char* column) {
  store::Statement q(store.handle(), std::string("SELECT ") + column + " FROM articles WHERE source_id = ?");
  q.bind(1, source_id);
  return q.step() ? q.text(0) : "(no article " + source_id + ")";
}

// A store holding the first day's ingest (day1.jsonl in its directory).
struct FirstDayStore {
  std::filesystem::path dir = test_dir();
  Fixture fx;
  std::vector<std::vector<Article>> runs = three_runs();
  std::unique_ptr<store::Store> store = open(dir / "s.db");
  FirstDayStore() { EXPECT_EQ(ingest(fx, *store, {write_jsonl(dir / "day1.jsonl", runs[0])}).store_error, ""); }
};

TEST(IndexAcrossRunsTest, ThreeIngestsGiveTheStoriesOfOne) {
  auto dir = test_dir();
  Fixture fx;
  auto runs = three_runs();
  std::vector<std::string> inputs;
  for (size_t i = 0; i < runs.size(); ++i)
    inputs.push_back(write_jsonl(dir / ("run" + std::to_string(i) + ".jsonl"), runs[i]));

  auto one = open(dir / "one.db");
  RunSummary all = ingest(fx, *one, inputs);
  ASSERT_EQ(all.store_error, "");
  ASSERT_EQ(all.added, 12u);
  auto many = open(dir / "many.db");
  for (const std::string& input : inputs) {
    RunSummary r = ingest(fx, *many, {input});
    ASSERT_EQ(r.store_error, "") << input;
  }

  auto facts = index_facts(*one);
  EXPECT_EQ(facts, index_facts(*many));
  EXPECT_EQ(describe(saved_state(*one)), describe(saved_state(*many)));

  // What continuing means, checked on the store of three runs: the next day's copy of the wire
  // story points to the first run's article and joins its story; the follow-up joins it too;
  // the aftershock is a new story of the quake's storyline.
  std::string wire = source_field(*many, "quake-wire", "id"), quake = source_field(*many, "quake-wire", "story");
  ASSERT_FALSE(quake.empty());
  EXPECT_EQ(source_field(*many, "quake-copy", "duplicate_of"), wire);
  EXPECT_EQ(source_field(*many, "quake-copy", "story"), quake);
  EXPECT_EQ(source_field(*many, "quake-damage", "story"), quake);
  EXPECT_EQ(source_field(*many, "quake-damage", "duplicate_of"), "");
  std::string after = source_field(*many, "quake-after", "story");
  EXPECT_NE(after, quake);
  store::Statement lines(many->handle(), "SELECT count(DISTINCT storyline), min(storyline) FROM stories WHERE id IN (?, ?)");
  lines.bind(1, quake).bind(2, after);
  ASSERT_TRUE(lines.step());
  EXPECT_EQ(lines.integer(0), 1);
  EXPECT_FALSE(lines.text(1).empty());
  // The rate decision and the landing stay three stories in all.
  std::set<std::string> stories;
  for (const char* id : {"ecb-wire", "ecb-fin", "ecb-times", "jet-wire", "jet-local", "jet-times"})
    stories.insert(source_field(*many, id, "story"));
  EXPECT_EQ(stories.size(), 2u);
  EXPECT_EQ(many->integrity_check(), "");
}

TEST(IndexAcrossRunsTest, SavedStateIsTheSameWhateverTheBatchSize) {
  auto dir = test_dir();
  Fixture fx;
  std::string input = write_all_runs_in_date_order(dir / "all.jsonl");
  auto whole = open(dir / "whole.db");
  auto single = open(dir / "single.db");
  ASSERT_EQ(ingest(fx, *whole, {input}).store_error, "");
  // One article per transaction: twelve sets of changes applied in turn.
  ASSERT_EQ(ingest(fx, *single, {input}, 1).store_error, "");
  IndexState saved = saved_state(*whole);
  EXPECT_EQ(describe(saved), describe(saved_state(*single)));
  EXPECT_EQ(saved.documents, 11u) << "the copy adds nothing to the term statistics";
  EXPECT_EQ(index_facts(*whole), index_facts(*single));
}

TEST(IndexAcrossRunsTest, ReingestLeavesStoriesAndStateAlone) {
  FirstDayStore f;
  auto& [dir, fx, runs, s] = f;
  std::string state = describe(saved_state(*s));
  auto facts = index_facts(*s);
  RunSummary again = ingest(fx, *s, {(dir / "day1.jsonl").string()});
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(describe(saved_state(*s)), state);
  EXPECT_EQ(index_facts(*s), facts);
}

TEST(IndexAcrossRunsTest, OldStoriesLeaveTheSavedWindow) {
  FirstDayStore f;
  auto& [dir, fx, runs, s] = f;
  IndexState before = saved_state(*s);
  EXPECT_EQ(before.stories.size(), 2u);
  EXPECT_EQ(before.signatures.size(), 6u);
  // Two months later: every first-day story is closed (kept as a profile only) and its
  // signatures are past the 30-day duplicate window.
  Article later = make_article("vote-wire", "Global Wire", "2024-05-06T09:00:00Z",
                               "Parliament approves new budget after all-night session",
                               "The national parliament approved the government's budget early on Monday after an "
                               "all-night session, with 212 lawmakers voting in favour and 148 against. The "
                               "finance minister said the plan would cut the deficit by a third within two years, "
                               "while opposition leaders promised to challenge spending cuts in the courts.");
  ASSERT_EQ(ingest(fx, *s, {write_jsonl(dir / "later.jsonl", {later})}).store_error, "");
  IndexState after = saved_state(*s);
  ASSERT_EQ(after.stories.size(), 1u);
  EXPECT_EQ(after.stories[0].members.size(), 1u);
  EXPECT_EQ(after.signatures.size(), 1u);
  EXPECT_EQ(after.profiles.size(), 2u);
  for (const auto& p : after.profiles) EXPECT_LE(p.terms.size(), 40u);
  store::Statement rows(s->handle(), "SELECT (SELECT count(*) FROM index_stories), (SELECT count(*) FROM index_signatures)");
  ASSERT_TRUE(rows.step());
  EXPECT_EQ(rows.integer(0), 1);
  EXPECT_EQ(rows.integer(1), 1);
}

TEST(IndexAcrossRunsTest, RefusesASavedStateOfAnotherVersion) {
  FirstDayStore f;
  auto& [dir, fx, runs, s] = f;
  ASSERT_EQ(store::exec(s->handle(), "UPDATE index_state SET version = 99"), "");
  IngestOptions options;
  IngestRun run(*fx.extractor, fx.stages, *s, options, [](const std::string&, const std::string&) {}, fx.index.get());
  RunSummary r = run.run({write_jsonl(dir / "day2.jsonl", runs[1])}, nullptr);
  EXPECT_NE(r.store_error.find("version 99"), std::string::npos) << r.store_error;
  EXPECT_NE(r.store_error.find("nothing was read"), std::string::npos) << r.store_error;
  EXPECT_EQ(r.read, 0u) << "nothing is read into a store whose index cannot continue";
  EXPECT_EQ(s->stats().articles, 6);
}

TEST(IndexAcrossRunsTest, RefusesADamagedSavedStory) {
  FirstDayStore f;
  auto& [dir, fx, runs, s] = f;
  ASSERT_EQ(store::exec(s->handle(), "UPDATE index_stories SET state = substr(state, 1, 40)"), "");
  IndexState state;
  std::string error;
  EXPECT_FALSE(s->load_index_state(state, error));
  EXPECT_NE(error.find("damaged: story s"), std::string::npos) << error;
}

TEST(IndexAcrossRunsTest, RefusesToSaveOverAnotherIngestsState) {
  auto dir = test_dir();
  auto first = open(dir / "s.db");
  auto second = open(dir / "s.db");
  IndexState state;
  std::string error;
  ASSERT_TRUE(first->load_index_state(state, error)) << error;
  ASSERT_TRUE(second->load_index_state(state, error)) << error;
  auto batch = [](const std::string& id) {
    store::StoryUpdates updates;
    updates.index_state = IndexStateChanges{};
    updates.index_state->documents = 1;
    return std::make_pair(std::vector<Article>{make_article(id, "Wire", "2024-03-04", "Title " + id, "Text of " + id)},
                          updates);
  };
  store::WriteResult written;
  auto [a, a_updates] = batch("a");
  ASSERT_TRUE(second->write_batch(a, {}, written, error, &a_updates)) << error;
  // `first` built its window from the state before `second` saved: its changes no longer apply.
  auto [b, b_updates] = batch("b");
  EXPECT_FALSE(first->write_batch(b, {}, written, error, &b_updates));
  EXPECT_NE(error.find("another ingest"), std::string::npos) << error;
  EXPECT_EQ(first->stats().articles, 1) << "the refused batch is rolled back whole";
  // Reloaded, it goes on.
  ASSERT_TRUE(first->load_index_state(state, error)) << error;
  EXPECT_TRUE(first->write_batch(b, {}, written, error, &b_updates)) << error;
}

TEST(IndexAcrossRunsTest, AnInterruptedRunLeavesAStateTheNextRunContinues) {
  auto dir = test_dir();
  Fixture fx;
  std::string input = write_all_runs_in_date_order(dir / "all.jsonl");
  auto reference = open(dir / "reference.db");
  ASSERT_EQ(ingest(fx, *reference, {input}, 3).store_error, "");
  // The batch holding the landing's wire story fails as a crash would end it: rolled back whole,
  // with the index changes of that batch, after two batches committed.
  auto crashed = open(dir / "crashed.db");
  ASSERT_EQ(store::exec(crashed->handle(),
                        "CREATE TRIGGER crash BEFORE INSERT ON articles WHEN NEW.source_id = 'jet-wire' "
                        "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"),
            "");
  RunSummary cut = ingest(fx, *crashed, {input}, 3);
  ASSERT_NE(cut.store_error.find("simulated crash"), std::string::npos) << cut.store_error;
  EXPECT_EQ(cut.store_error.rfind("batch not written, rolled back: ", 0), 0u) << cut.store_error;
  EXPECT_EQ(crashed->stats().articles, 6);
  EXPECT_EQ(saved_state(*crashed).signatures.size(), 6u) << "the state matches the committed articles";
  ASSERT_EQ(store::exec(crashed->handle(), "DROP TRIGGER crash"), "");
  RunSummary rest = ingest(fx, *crashed, {input}, 3);
  ASSERT_EQ(rest.store_error, "");
  EXPECT_EQ(rest.added, 6u);
  EXPECT_EQ(index_facts(*crashed), index_facts(*reference));
  EXPECT_EQ(describe(saved_state(*crashed)), describe(saved_state(*reference)));
}

}  // namespace
}  // namespace chronicle::pipeline
