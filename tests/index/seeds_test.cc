// The founding examples (DESIGN.md): the 2013 Al Jazeera America story and the 2015 NPR story on
// US-Russia talks about Syria land in one storyline, and a seed fed again under other chrome is
// marked duplicate_of it. The seeds are used as the plain-text pages they are, chrome included.
#include <gtest/gtest.h>

#include "index/index.h"
#include "index_test_util.h"

namespace chronicle::index {
namespace {

using chronicle::testing::index_knowledge;
using chronicle::testing::read_fixture;

Article npr_seed() {
  Article a;
  a.id = "seed-npr";
  a.source = "KCUR";
  a.date = "2015-12-15";
  a.title = "In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria";
  a.text = read_fixture("seeds/000_e413add73ba56fae.txt");
  return a;
}

Article ajam_seed() {
  Article a;
  a.id = "seed-ajam";
  a.source = "Al Jazeera America";
  a.date = "2013-08-09";
  a.title = "US and Russia plan Syria talks";
  a.text = read_fixture("seeds/004_9ae9d91ca223d1d8.txt");
  return a;
}

// The same page as another site shows it: its header and footer instead of the station's.
Article under_other_chrome(const Article& seed, const std::string& id, const std::string& first_line_of_body) {
  Article copy = seed;
  copy.id = id;
  copy.source = "Public Radio East";
  size_t body = seed.text.find(first_line_of_body);
  EXPECT_NE(body, std::string::npos);
  size_t cut = seed.text.find("Copyright", body);
  copy.text = "Public Radio East\nListen Live\nDonate\nMenu\n\n" +
              seed.text.substr(body, cut == std::string::npos ? std::string::npos : cut - body) +
              "\n\nSupport local journalism: give now.\nShare on Facebook\nShare on Twitter\nEmail";
  copy.date = "2015-12-16";
  return copy;
}

TEST(SeedsTest, TwoTalksTwoYearsApartShareOneStoryline) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  std::vector<Article> batch = {npr_seed(), ajam_seed()};
  BatchResult r = indexer.index_batch(batch);
  ASSERT_NE(batch[0].story, batch[1].story) << "two events, two years apart";
  ASSERT_EQ(r.storyline_links.size(), 1u);
  EXPECT_EQ(r.storyline_links[0].story, batch[1].story);  // the 2013 story, closed by 2015
  const std::string line = r.storyline_links[0].storyline;
  std::string npr_line;
  for (const Story& s : r.stories)
    if (s.id == batch[0].story) npr_line = s.storyline;
  EXPECT_EQ(npr_line, line);
  ASSERT_EQ(r.storylines.size(), 1u);
  EXPECT_EQ(r.storylines[0].first, "2013-08-09");
  EXPECT_EQ(r.storylines[0].last, "2015-12-15");
  EXPECT_EQ(r.storylines[0].title, "US and Russia plan Syria talks");
}

TEST(SeedsTest, SeedUnderOtherChromeIsMarkedDuplicateOfIt) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  Article seed = npr_seed();
  Article copy = under_other_chrome(seed, "seed-npr-copy", "Laying the groundwork");
  std::vector<Article> batch = {copy, seed, ajam_seed()};
  BatchResult r = indexer.index_batch(batch);
  EXPECT_EQ(batch[0].duplicate_of, "seed-npr");
  EXPECT_EQ(batch[0].story, batch[1].story);
  EXPECT_EQ(batch[1].duplicate_of, "");
  EXPECT_EQ(batch[2].duplicate_of, "") << "the 2013 story is no copy of the 2015 one";
  EXPECT_EQ(r.duplicates, 1u);
}

}  // namespace
}  // namespace chronicle::index
