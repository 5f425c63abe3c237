// End-to-end: the `chronicle` binary on the seeds and on bad input, as a user runs it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/run_binary.h"

namespace chronicle::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSeeds = std::string(CHRONICLE_FIXTURES) + "/seeds";
const std::string kNpr = kSeeds + "/000_e413add73ba56fae.txt";
const std::string kAjam = kSeeds + "/004_9ae9d91ca223d1d8.txt";

json parse_one(const std::string& out) {
  json j = json::parse(out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << out;
  return j;
}

bool removed_with(const json& record, const std::string& needle, const std::string& reason) {
  for (const auto& r : record["removed"])
    if (r["text"].get<std::string>().find(needle) != std::string::npos && r["reason"] == reason) return true;
  return false;
}

TEST(CliTest, ExtractKeepsTheBodyAndAccountsForTheChrome) {
  Result npr = chronicle({"extract", kNpr, "--json"});
  ASSERT_EQ(npr.status, 0) << npr.err;
  json a = parse_one(npr.out);
  std::string text = a["text"];
  EXPECT_NE(text.find("Laying the groundwork for planned Syrian peace talks"), std::string::npos);
  EXPECT_NE(text.find("'Palestinian settlement'"), std::string::npos);
  for (const char* chrome : {"Play Live Radio", "0:00", "Available On Air Stations", "Copyright 2020 NPR",
                             "consider becoming a member", "Ivan Sekretarev"})
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome;
  EXPECT_EQ(a["title"], "In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria");
  EXPECT_EQ(a["author"], "Eyder Peralta");
  EXPECT_EQ(a["source"], "NPR");
  EXPECT_FALSE(a["removed"].empty());
  for (const char* key : {"entities", "places", "quotes", "events", "removed"}) EXPECT_TRUE(a[key].is_array()) << key;

  Result ajam = chronicle({"extract", kAjam, "--json"});
  ASSERT_EQ(ajam.status, 0) << ajam.err;
  json b = parse_one(ajam.out);
  std::string body = b["text"];
  EXPECT_EQ(b["title"], "US and Russia plan Syria talks");
  EXPECT_EQ(b["dek"], "Secretary of State John Kerry and Russia Foreign Minister Lavrov meet amid tensions over Snowden");
  EXPECT_EQ(b["source"], "Al Jazeera America");
  EXPECT_EQ(b["tags"]["places"], json({"Russia", "Syria"}));
  EXPECT_EQ(b["tags"]["topics"], json({"Diplomacy"}));
  EXPECT_TRUE(removed_with(b, "Lavrov told reporters after five hours", "duplicate"));
  EXPECT_NE(body.find("Russian Foreign Minister Sergei Lavrov told reporters"), std::string::npos);
  EXPECT_NE(body.find("Moscow and Washington have been trying since May"), std::string::npos);
  for (const char* chrome : {"Related News", "Sign up for our weekly newsletter", "Paull J. Richards", "2013 AFP",
                             "Find Al Jazeera America on your TV", "International"})
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome;
}

TEST(CliTest, IngestThenShowGivesTheSameRecordAndReingestAddsNothing) {
  fs::path dir = e2e_dir();
  std::string db = (dir / "seeds.db").string();
  Result first = chronicle({"ingest", "--db", db, kSeeds});
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.out.find("read 2, added 2, duplicates 0, failed 0"), std::string::npos) << first.out;

  Result again = chronicle({"ingest", "--db", db, kSeeds});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("read 2, added 0, duplicates 2, failed 0"), std::string::npos) << again.out;

  Result list = chronicle({"articles", "--db", db, "--json"});
  ASSERT_EQ(list.status, 0) << list.err;
  auto rows = lines_of(list.out);
  ASSERT_EQ(rows.size(), 2u);
  json extracted = parse_one(chronicle({"analyze", kAjam, "--json"}).out);
  bool found = false;
  for (const std::string& row : rows) {
    std::string id = json::parse(row)["id"];
    Result show = chronicle({"show", id, "--db", db, "--json"});
    ASSERT_EQ(show.status, 0) << show.err;
    json stored = parse_one(show.out);
    if (stored["title"] == extracted["title"]) {
      found = true;
      EXPECT_EQ(stored["text"], extracted["text"]);
      EXPECT_EQ(stored["removed"], extracted["removed"]);
      EXPECT_EQ(stored["tags"], extracted["tags"]);
      EXPECT_EQ(stored["id"], extracted["id"]);
    }
  }
  EXPECT_TRUE(found);
}

TEST(CliTest, SearchFindsStemmedWordsWithSnippets) {
  fs::path dir = e2e_dir();
  std::string db = (dir / "s.db").string();
  ASSERT_EQ(chronicle({"ingest", "--db", db, kSeeds}).status, 0);
  Result hit = chronicle({"search", "negotiating transition", "--db", db, "--json"});
  ASSERT_EQ(hit.status, 0) << hit.err;
  auto rows = lines_of(hit.out);
  ASSERT_EQ(rows.size(), 1u);
  json row = json::parse(rows[0]);
  EXPECT_EQ(row["title"], "US and Russia plan Syria talks");
  EXPECT_NE(row["snippet"].get<std::string>().find("\xC2\xAB"), std::string::npos);
  Result none = chronicle({"search", "zeppelin", "--db", db});
  EXPECT_EQ(none.status, 0);
  EXPECT_NE(none.out.find("0 of 0 matches"), std::string::npos);
}

TEST(CliTest, JsonLinesKeepSourceIdAndExtraThroughExport) {
  fs::path dir = e2e_dir();
  std::string db = (dir / "j.db").string();
  std::string input = (dir / "in.jsonl").string();
  std::ofstream(input) << R"({"id": "reuters-17", "url": "https://www.reuters.com/article/x", "source": "Reuters", "date": "1987-03-02", "title": "Cocoa talks", "text": "Cocoa producers met in London on Monday to discuss a new buffer stock.\n\nThe talks continue on Tuesday, delegates said.", "topics": ["cocoa"]})"
                       << "\n";
  Result ingest = chronicle({"ingest", "--db", db, input});
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  Result out = chronicle({"export", "--db", db, "--what", "articles", "--format", "jsonl"});
  ASSERT_EQ(out.status, 0) << out.err;
  json record = parse_one(lines_of(out.out).at(0));
  EXPECT_EQ(record["source_id"], "reuters-17");
  EXPECT_EQ(record["source"], "Reuters");
  EXPECT_EQ(record["date"], "1987-03-02");
  EXPECT_EQ(record["extra"]["topics"], json({"cocoa"}));
  Result csv = chronicle({"export", "--db", db, "--what", "articles", "--format", "csv"});
  ASSERT_EQ(csv.status, 0);
  EXPECT_EQ(lines_of(csv.out).at(0).substr(0, 13), "id,source_id,");
  EXPECT_NE(csv.out.find("reuters-17"), std::string::npos);
}

TEST(CliTest, StdinIsJsonLines) {
  fs::path dir = e2e_dir();
  std::string input = (dir / "stdin.jsonl").string();
  std::ofstream(input) << "{\"id\": \"s1\", \"text\": \"Oxfam said it was cautiously optimistic about the talks.\"}\n";
  Result run = chronicle({"ingest", "--db", (dir / "s.db").string(), "-"}, input);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("added 1"), std::string::npos);
}

TEST(CliTest, BadInputsAreNamedGoodOnesStoredNothingLost) {
  fs::path dir = e2e_dir();
  std::string db = (dir / "b.db").string();
  ASSERT_EQ(chronicle({"ingest", "--db", db, kNpr}).status, 0);

  fs::path bad = dir / "batch";
  fs::create_directories(bad);
  std::ofstream(bad / "binary.bin", std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
  std::ofstream(bad / "empty.txt") << "";
  std::ofstream(bad / "lines.jsonl") << "{\"id\": \"good\", \"text\": \"Good record about the Geneva talks.\"}\n"
                                     << "{\"id\": \"bad\", \"text\": \"unterminated}\n";
  std::ofstream(bad / "latin1.txt", std::ios::binary) << "Caf\xE9 diplomacy in Gen\xE8ve, officials said on Friday.\n";
  {
    // A 200 MB single line: refused by the line limit, with bounded memory, while the rest goes on.
    std::ofstream huge(bad / "zz-huge.jsonl", std::ios::binary);
    huge << "{\"id\": \"huge\", \"text\": \"";
    std::string block(1 << 20, 'x');
    for (int i = 0; i < 200; ++i) huge << block;
    huge << "\"}\n{\"id\": \"after\", \"text\": \"The record after the huge line.\"}\n";
  }
  Result run = chronicle({"ingest", "--db", db, bad.string(), kAjam});
  EXPECT_EQ(run.status, 1);
  auto errors = lines_of(run.err);
  ASSERT_EQ(errors.size(), 4u) << run.err;
  EXPECT_NE(run.err.find((bad / "binary.bin").string() + ": binary content"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find((bad / "empty.txt").string() + ": empty file"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find((bad / "lines.jsonl").string() + ":2: malformed JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find((bad / "zz-huge.jsonl").string() + ":1: line longer than"), std::string::npos) << run.err;
  for (const std::string& line : errors) EXPECT_EQ(line.rfind("chronicle: ", 0), 0u) << line;
  // good, latin1, after, AJAM seed: stored; the NPR seed from before: still there.
  EXPECT_NE(run.out.find("added 4"), std::string::npos) << run.out;
  Result list = chronicle({"articles", "--db", db, "--json", "--limit", "100"});
  EXPECT_EQ(lines_of(list.out).size(), 5u);
  Result latin = chronicle({"search", "diplomacy Genève", "--db", db, "--json"});
  EXPECT_EQ(lines_of(latin.out).size(), 1u) << latin.out;
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(chronicle({"frobnicate"}).status, 2);
  EXPECT_EQ(chronicle({}).status, 2);
  Result bad_format = chronicle({"ingest", "--format", "pdf", kNpr, "--db", (e2e_dir() / "x.db").string()});
  EXPECT_EQ(bad_format.status, 2);
  EXPECT_NE(bad_format.err.find("chronicle: --format: unknown format 'pdf'"), std::string::npos) << bad_format.err;
  EXPECT_EQ(chronicle({"export", "--what", "planets"}).status, 2);
  EXPECT_EQ(chronicle({"--version"}).status, 0);
}

TEST(CliTest, QueriesOnAMissingOrForeignStoreFailCleanly) {
  fs::path dir = e2e_dir();
  Result missing = chronicle({"articles", "--db", (dir / "nope.db").string()});
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err.rfind("chronicle: ", 0), 0u) << missing.err;
  std::ofstream(dir / "text.db") << "definitely not a database, just some text that is long enough\n";
  Result foreign = chronicle({"ingest", "--db", (dir / "text.db").string(), kNpr});
  EXPECT_EQ(foreign.status, 1);
  EXPECT_NE(foreign.err.find("not a Chronicle store"), std::string::npos) << foreign.err;
  Result unknown = chronicle({"show", "0000000000000000", "--db", (dir / "text.db").string()});
  EXPECT_EQ(unknown.status, 1);
}

}  // namespace
}  // namespace chronicle::testing
