#include "pipeline/ingest_run.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/pipeline_test_util.h"
#include "store/record_json.h"
#include "store/sqlite_handle.h"

namespace chronicle::pipeline {
namespace {

namespace fs = std::filesystem;

// A corpus of wire-style stories from a few sites, each page wrapped in its site's chrome, so the
// per-site line statistics have something to learn.
std::string write_corpus(const fs::path& dir, int n) {
  std::string path = (dir / "corpus.jsonl").string();
  std::ofstream out(path);
  const char* sites[] = {"https://www.example-news.com/world/", "https://radio.example.org/stories/", "https://daily.example.net/"};
  const char* places[] = {"Geneva", "Moscow", "Washington", "Damascus", "Kiev", "Minsk"};
  for (int i = 0; i < n; ++i) {
    const char* site = sites[i % 3];
    std::string place = places[i % 6];
    std::string body = "Subscribe to our newsletter\nSkip to main content\n\nTalks in " + place + " resume, round " +
                       std::to_string(i) + "\n\nDiplomats met in " + place + " on day " + std::to_string(i) +
                       " to discuss a ceasefire, officials said, and agreed to meet again within " +
                       std::to_string(i % 9 + 2) + " weeks.\n\nThe talks, the " + std::to_string(i) +
                       "th of their kind, drew protesters to the streets of " + place +
                       " as negotiators worked late into the night.\n\nShare this story\n© 2024 Example Media";
    nlohmann::json record = {{"id", "doc-" + std::to_string(i)},
                             {"url", std::string(site) + std::to_string(i)},
                             {"date", "2015-12-" + std::to_string(10 + i % 18)},
                             {"text", body}};
    out << record.dump() << "\n";
  }
  return path;
}

std::vector<std::string> ingest_and_dump(const Fixture& fx, const std::string& db, const std::vector<std::string>& inputs,
                                         unsigned threads, size_t chunk, RunSummary* summary_out = nullptr) {
  std::string error;
  auto store = store::Store::open(db, store::OpenMode::read_write, error);
  EXPECT_TRUE(store) << error;
  IngestOptions options;
  options.threads = threads;
  options.chunk_size = chunk;
  std::vector<std::string> errors;
  IngestRun run(*fx.extractor, fx.stages, *store, options,
                [&](const std::string& input, const std::string& reason) { errors.push_back(input + ": " + reason); });
  RunSummary summary = run.run(inputs, nullptr);
  if (summary_out) *summary_out = summary;
  std::vector<std::string> dump;
  store->for_each_article([&](const Article& a) {
    dump.push_back(store::article_json(a).dump());
    return true;
  });
  return dump;
}

TEST(IngestRunTest, SameStoreWhateverTheThreadCount) {
  auto dir = test_dir();
  Fixture fx;
  std::string corpus = write_corpus(dir, 120);
  auto one = ingest_and_dump(fx, (dir / "one.db").string(), {corpus}, 1, 32);
  auto four = ingest_and_dump(fx, (dir / "four.db").string(), {corpus}, 4, 32);
  ASSERT_EQ(one.size(), 120u);
  EXPECT_EQ(one, four);
}

TEST(IngestRunTest, ReingestAddsNothingAndCountsDuplicates) {
  auto dir = test_dir();
  Fixture fx;
  std::string corpus = write_corpus(dir, 40);
  RunSummary first, second;
  ingest_and_dump(fx, (dir / "s.db").string(), {corpus}, 2, 16, &first);
  auto after = ingest_and_dump(fx, (dir / "s.db").string(), {corpus}, 2, 16, &second);
  EXPECT_EQ(first.added, 40u);
  EXPECT_EQ(second.added, 0u);
  EXPECT_EQ(second.duplicates, 40u);
  EXPECT_EQ(after.size(), 40u);
}

TEST(IngestRunTest, SiteChromeIsLearnedAcrossPages) {
  auto dir = test_dir();
  Fixture fx;
  std::string corpus = write_corpus(dir, 30);
  auto dump = ingest_and_dump(fx, (dir / "s.db").string(), {corpus}, 2, 30);
  ASSERT_EQ(dump.size(), 30u);
  for (const std::string& record : dump) {
    auto article = nlohmann::json::parse(record);
    std::string text = article["text"];
    EXPECT_EQ(text.find("Share this story"), std::string::npos) << text;
    EXPECT_EQ(text.find("Skip to main content"), std::string::npos) << text;
    EXPECT_NE(text.find("Diplomats met in"), std::string::npos) << text;
  }
}

TEST(IngestRunTest, BadRecordsAreCountedAndTheRestStored) {
  auto dir = test_dir();
  Fixture fx;
  std::string path = (dir / "mixed.jsonl").string();
  std::ofstream(path) << "{\"id\": \"ok\", \"text\": \"Lavrov said Russia had won the agreement of its ally.\"}\n"
                      << "{\"id\": \"broken\"\n"
                      << "{\"id\": \"empty\", \"text\": \"\"}\n";
  RunSummary summary;
  auto dump = ingest_and_dump(fx, (dir / "s.db").string(), {path}, 2, 8, &summary);
  EXPECT_EQ(dump.size(), 1u);
  EXPECT_EQ(summary.read, 3u);
  EXPECT_EQ(summary.added, 1u);
  EXPECT_EQ(summary.failed, 2u);
}

TEST(IngestRunTest, StopFlagEndsReadingAfterTheChunkInHand) {
  auto dir = test_dir();
  Fixture fx;
  std::string corpus = write_corpus(dir, 50);
  std::string error;
  auto store = store::Store::open((dir / "s.db").string(), store::OpenMode::read_write, error);
  ASSERT_TRUE(store);
  IngestOptions options;
  options.chunk_size = 10;
  std::atomic<bool> stop{true};
  IngestRun run(*fx.extractor, fx.stages, *store, options, [](const std::string&, const std::string&) {});
  RunSummary summary = run.run({corpus}, &stop);
  EXPECT_TRUE(summary.interrupted);
  EXPECT_EQ(summary.added, 0u);
  EXPECT_EQ(store->integrity_check(), "");
}

TEST(IngestRunTest, IndexAssignsStoriesAndWritesThemWithTheBatch) {
  auto dir = test_dir();
  Fixture fx;
  std::string error;
  auto knowledge = index::Knowledge::load(CHRONICLE_DATA_DIR, error);
  ASSERT_TRUE(knowledge) << error;
  auto store = store::Store::open((dir / "s.db").string(), store::OpenMode::read_write, error);
  ASSERT_TRUE(store) << error;
  IngestRun run(*fx.extractor, fx.stages, *store, IngestOptions{}, [](const std::string&, const std::string&) {},
                knowledge.get());
  // The seeds as a feed would carry them: with their publication dates (the texts give none).
  std::string corpus = (dir / "seeds.jsonl").string();
  {
    std::ofstream out(corpus);
    auto slurp = [](const std::string& path) {
      std::ifstream in(path);
      return std::string(std::istreambuf_iterator<char>(in), {});
    };
    std::string seeds = std::string(CHRONICLE_FIXTURES) + "/seeds/";
    out << nlohmann::json{{"id", "npr"}, {"date", "2015-12-15"}, {"text", slurp(seeds + "000_e413add73ba56fae.txt")}}.dump()
        << "\n"
        << nlohmann::json{{"id", "ajam"}, {"date", "2013-08-09"}, {"text", slurp(seeds + "004_9ae9d91ca223d1d8.txt")}}.dump()
        << "\n";
  }
  RunSummary summary = run.run({corpus}, nullptr);
  ASSERT_EQ(summary.store_error, "");
  ASSERT_EQ(summary.added, 2u);
  std::vector<std::string> stories;
  store->for_each_article([&](const Article& a) {
    stories.push_back(a.story);
    return true;
  });
  ASSERT_EQ(stories.size(), 2u);
  for (const std::string& story : stories) {
    ASSERT_FALSE(story.empty());
    store::Statement row(store->handle(), "SELECT title, storyline FROM stories WHERE id = ?");
    row.bind(1, story);
    ASSERT_TRUE(row.step()) << story;
    EXPECT_FALSE(row.text(0).empty());
  }
  // The 2013 and 2015 talks are two stories of one storyline.
  EXPECT_NE(stories[0], stories[1]);
  store::Statement lines(store->handle(), "SELECT count(DISTINCT storyline), min(storyline) FROM stories");
  ASSERT_TRUE(lines.step());
  EXPECT_EQ(lines.integer(0), 1);
  EXPECT_FALSE(lines.text(1).empty());
  EXPECT_EQ(store->integrity_check(), "");
}

}  // namespace
}  // namespace chronicle::pipeline
