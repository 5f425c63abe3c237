// Knowledge::load: the data/extract files compile, and a missing, empty or malformed file is a
// start-up error naming the file and line. Plus the matchers on realistic lines.
#include "extract/knowledge.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace chronicle::extract {
namespace {

namespace fs = std::filesystem;

// A copy of data/ in a scratch directory, so a test can break one file.
fs::path copy_data(const std::string& name) {
  const char* tmp = std::getenv("CHRONICLE_TEST_TMP");
  fs::path root = fs::path(tmp ? tmp : fs::temp_directory_path().string()) / ("knowledge-" + name);
  fs::remove_all(root);
  fs::create_directories(root / "extract");
  for (const auto& entry : fs::directory_iterator(fs::path(CHRONICLE_DATA_DIR) / "extract"))
    fs::copy_file(entry.path(), root / "extract" / entry.path().filename());
  return root;
}

void write(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::trunc);
  out << content;
}

TEST(KnowledgeLoadTest, ProjectDataLoads) {
  std::string error;
  auto k = Knowledge::load(CHRONICLE_DATA_DIR, error);
  ASSERT_NE(k, nullptr) << error;
  EXPECT_EQ(error, "");
}

TEST(KnowledgeLoadTest, MissingDirectoryIsNamed) {
  std::string error;
  EXPECT_EQ(Knowledge::load("/nonexistent/chronicle-data", error), nullptr);
  EXPECT_NE(error.find("/nonexistent/chronicle-data/extract"), std::string::npos) << error;
}

TEST(KnowledgeLoadTest, MissingFileIsNamed) {
  fs::path root = copy_data("missing");
  fs::remove(root / "extract" / "promo.txt");
  std::string error;
  EXPECT_EQ(Knowledge::load(root.string(), error), nullptr);
  EXPECT_NE(error.find("promo.txt: cannot open knowledge file"), std::string::npos) << error;
}

TEST(KnowledgeLoadTest, EmptyFileIsAnError) {
  fs::path root = copy_data("empty");
  write(root / "extract" / "agencies.txt", "# only a comment\n\n");
  std::string error;
  EXPECT_EQ(Knowledge::load(root.string(), error), nullptr);
  EXPECT_NE(error.find("agencies.txt: knowledge file is empty"), std::string::npos) << error;
}

TEST(KnowledgeLoadTest, BadPatternNamesFileAndLine) {
  fs::path root = copy_data("pattern");
  write(root / "extract" / "player.txt", "# controls\nplay\n(pause\n");
  std::string error;
  EXPECT_EQ(Knowledge::load(root.string(), error), nullptr);
  EXPECT_NE(error.find("player.txt:3: bad pattern"), std::string::npos) << error;
}

TEST(KnowledgeLoadTest, TagHeaderKindIsChecked) {
  fs::path root = copy_data("tags");
  write(root / "extract" / "tag_headers.tsv", "Places\tplaces\nTopics\tsubjects\n");
  std::string error;
  EXPECT_EQ(Knowledge::load(root.string(), error), nullptr);
  EXPECT_NE(error.find("tag_headers.tsv:2: kind must be 'places' or 'topics'"), std::string::npos) << error;
}

TEST(KnowledgeLoadTest, OutletPatternNeedsOneGroup) {
  fs::path root = copy_data("outlet");
  write(root / "extract" / "outlet_cues.txt", "follow us on twitter\n");
  std::string error;
  EXPECT_EQ(Knowledge::load(root.string(), error), nullptr);
  EXPECT_NE(error.find("outlet_cues.txt:1: pattern needs exactly one capturing group"), std::string::npos) << error;
}

class KnowledgeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    k_ = Knowledge::load(CHRONICLE_DATA_DIR, error).release();
    ASSERT_NE(k_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete k_;
    k_ = nullptr;
  }
  static Knowledge* k_;
};
Knowledge* KnowledgeTest::k_ = nullptr;

TEST_F(KnowledgeTest, CueLinesFromSeveralOutlets) {
  EXPECT_EQ(k_->match_line_cue("0:00 0:00"), RemovalReason::player);
  EXPECT_EQ(k_->match_line_cue("Listen · 3:45"), RemovalReason::player);
  EXPECT_EQ(k_->match_line_cue("Copyright © 2019, Los Angeles Times | Terms of Service"), RemovalReason::copyright);
  EXPECT_EQ(k_->match_line_cue("© 2021 Cable News Network. A Warner Media Company."), RemovalReason::copyright);
  EXPECT_EQ(k_->match_line_cue("Support local journalism: become a member of WNYC today."), RemovalReason::appeal);
  EXPECT_EQ(k_->match_line_cue("Sign up for the Morning Briefing newsletter"), RemovalReason::promo);
  EXPECT_EQ(k_->match_line_cue("Download the BBC News app"), RemovalReason::promo);
  EXPECT_EQ(k_->match_line_cue("Related Stories"), RemovalReason::related);
  EXPECT_EQ(k_->match_line_cue("Read more: Storm batters Cornish coast"), RemovalReason::related);
  EXPECT_EQ(k_->match_line_cue("34 Comments"), RemovalReason::comments);
  EXPECT_EQ(k_->match_line_cue("(Reed Saxon / Associated Press)"), RemovalReason::credit);
  EXPECT_EQ(k_->match_line_cue("Photograph: Stefan Rousseau/PA"), RemovalReason::credit);
  EXPECT_EQ(k_->match_line_cue("2013 AFP"), RemovalReason::credit);
  EXPECT_EQ(k_->match_line_cue("Image caption"), RemovalReason::caption);
  EXPECT_EQ(k_->match_line_cue("Skip to main content"), RemovalReason::navigation);
  EXPECT_EQ(k_->match_line_cue("Advertisement"), RemovalReason::navigation);
  EXPECT_EQ(k_->match_line_cue("We use cookies to give you the best experience on our website."),
            RemovalReason::boilerplate);
}

TEST_F(KnowledgeTest, BodySentencesAreNotCues) {
  EXPECT_FALSE(k_->match_line_cue("Kerry said he would register his concerns with Lavrov on Tuesday."));
  EXPECT_FALSE(k_->match_line_cue("The firm said its Copenhagen office would close next year."));
  EXPECT_FALSE(k_->match_line_cue("Reuters reports:"));
  // A long body paragraph is not promo even with "sign up" and "email" in it: the promo cues are
  // tried on short lines only.
  std::string long_para =
      "Officials urged residents to sign up for the county's emergency alert system, which sends a text message "
      "and an email whenever a flood warning is issued for their area, and said more than 40,000 people had "
      "already registered since the storms began last week, far more than in any previous season on record.";
  EXPECT_FALSE(k_->match_line_cue(long_para));
}

TEST_F(KnowledgeTest, AgenciesAndTagHeaders) {
  EXPECT_TRUE(k_->is_agency("Getty Images"));
  EXPECT_TRUE(k_->is_agency("afp"));
  EXPECT_FALSE(k_->is_agency("Kerry"));
  EXPECT_EQ(k_->tag_header("Places"), TagKind::places);
  EXPECT_EQ(k_->tag_header("Topics:"), TagKind::topics);
  std::string items;
  EXPECT_EQ(k_->tag_header("Filed under: Elections, Congress", &items), TagKind::topics);
  EXPECT_EQ(items, "Elections, Congress");
  EXPECT_FALSE(k_->tag_header("Filed under: Elections"));  // inline items need the out-parameter
  EXPECT_FALSE(k_->tag_header("Diplomacy"));
}

TEST_F(KnowledgeTest, OutletCues) {
  auto o = k_->outlet_from_line("Get email updates from Al Jazeera America");
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->first, "Al Jazeera America");
  o = k_->outlet_from_line("Find Al Jazeera America on your TV");
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->first, "Al Jazeera America");
  o = k_->outlet_from_line("Copyright 2020 NPR. To see more, visit https://www.npr.org.");
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->first, "NPR");
  o = k_->outlet_from_line("© 2019 The Seattle Times Company. All rights reserved.");
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->first, "Seattle Times Company");
  EXPECT_FALSE(k_->outlet_from_line("Kerry met Lavrov in Moscow."));
}

TEST_F(KnowledgeTest, Bios) {
  auto bio = k_->match_bio("Eyder Peralta is NPR's East Africa correspondent based in Nairobi, Kenya.");
  ASSERT_TRUE(bio.has_value());
  EXPECT_EQ(bio->author, "Eyder Peralta");
  EXPECT_EQ(bio->outlet, "NPR");
  bio = k_->match_bio("Meg James is a corporate media reporter for the Los Angeles Times, covering television.");
  ASSERT_TRUE(bio.has_value());
  EXPECT_EQ(bio->author, "Meg James");
  EXPECT_EQ(bio->outlet, "Los Angeles Times");
  bio = k_->match_bio("Anna Fifield was The Washington Post's bureau chief in Beijing.");
  ASSERT_TRUE(bio.has_value());
  EXPECT_EQ(bio->outlet, "The Washington Post");
  // A news sentence with a job title is not a bio: the subject is not a bare name.
  EXPECT_FALSE(k_->match_bio("The Post's correspondent in Moscow is expected to return next week."));
  EXPECT_FALSE(k_->match_bio("Secretary of State John Kerry is in Moscow for talks with the foreign minister."));
}

}  // namespace
}  // namespace chronicle::extract
