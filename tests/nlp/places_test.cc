#include "nlp/places.h"

#include <gtest/gtest.h>

#include <sstream>

#include "nlp/entities.h"
#include "nlp/knowledge.h"
#include "nlp/nlp_test_util.h"

namespace chronicle::nlp {
namespace {

using testing::knowledge;

Article analyze(std::string text) { return testing::analyzed_by<EntityStage, PlaceStage>(std::move(text)); }

const Place* find(const Article& a, std::string_view name) {
  for (const Place& p : a.places)
    if (p.name == name) return &p;
  return nullptr;
}

std::string dump(const Article& a) {
  std::string out;
  for (const Place& p : a.places) out += p.name + "=" + p.country + " ";
  return out;
}

TEST(PlacesTest, SeedPlacesResolveToTheirCountries) {
  Article a = analyze(
      "Secretary of State John Kerry is in Moscow for talks with Russian President Vladimir Putin. The situation "
      "in Ukraine is different: Lavrov said he hoped Washington could use its influence on Kiev, and an agreement "
      "was signed in Minsk. The conference in Geneva will include Syria and Damascus.");
  struct Want {
    const char* name;
    const char* iso;
  } wants[] = {{"Moscow", "RUS"}, {"Ukraine", "UKR"}, {"Washington", "USA"}, {"Kiev", "UKR"},
               {"Minsk", "BLR"},  {"Geneva", "CHE"},  {"Syria", "SYR"},      {"Damascus", "SYR"}};
  for (const Want& w : wants) {
    const Place* p = find(a, w.name);
    ASSERT_NE(p, nullptr) << w.name << ": " << dump(a);
    EXPECT_EQ(p->country, w.iso) << w.name;
    ASSERT_TRUE(p->lat.has_value());
    ASSERT_TRUE(p->lon.has_value());
  }
  const Place* moscow = find(a, "Moscow");
  EXPECT_NEAR(*moscow->lat, 55.75, 0.2);
  EXPECT_NEAR(*moscow->lon, 37.62, 0.2);
  const Place* washington = find(a, "Washington");
  EXPECT_NEAR(*washington->lat, 38.9, 0.2);  // the capital, not the state
}

TEST(PlacesTest, WashingtonStateWhenTheTextSaysSo) {
  Article a = analyze("Wildfires spread across eastern Washington state on Monday, officials in Olympia said.");
  const Place* p = find(a, "Washington");
  ASSERT_NE(p, nullptr) << dump(a);
  EXPECT_EQ(p->country, "USA");
  EXPECT_GT(*p->lat, 45.0);  // the state, in the north-west
}

TEST(PlacesTest, GeorgiaTheCountryByDefaultAndTheStateInAUsStory) {
  Article country = analyze("Russian troops moved deeper into Georgia on Tuesday, and shelling was reported near Tbilisi.");
  ASSERT_NE(find(country, "Georgia"), nullptr) << dump(country);
  EXPECT_EQ(find(country, "Georgia")->country, "GEO");
  Article state = analyze(
      "Voters in Georgia lined up early on Tuesday. In Atlanta and Savannah turnout was high, and officials in "
      "Macon said the count would be done by midnight.");
  ASSERT_NE(find(state, "Georgia"), nullptr) << dump(state);
  EXPECT_EQ(find(state, "Georgia")->country, "USA") << dump(state);
}

TEST(PlacesTest, QualifierDecidesATownsCountry) {
  Article a = analyze("The festival in Moscow, Idaho, drew thousands of visitors this weekend.");
  const Place* p = find(a, "Moscow");
  ASSERT_NE(p, nullptr) << dump(a);
  EXPECT_EQ(p->country, "USA");
}

TEST(PlacesTest, MissingGazetteerFailsLoudly) {
  std::string error;
  auto k = NlpKnowledge::load("/nonexistent-chronicle-data", false, error);
  EXPECT_EQ(k, nullptr);
  EXPECT_NE(error.find("scripts/setup.sh"), std::string::npos) << error;
}

TEST(PlacesTest, GazetteerRejectsMalformedLines) {
  Gazetteer g;
  std::string error;
  std::istringstream bad("Moscow\tcapital\tRUS\t55.75\n");
  EXPECT_FALSE(g.add(bad, "test.tsv", error));
  EXPECT_NE(error.find("test.tsv:1"), std::string::npos) << error;
  std::istringstream bad_number("Moscow\tcapital\tRUS\tabc\t37.6\t45\n");
  EXPECT_FALSE(g.add(bad_number, "test.tsv", error));
  std::istringstream good("# comment\nMoscow\tcapital\tRUS\t55.75\t37.62\t45\nEurope\tregion\t---\t50\t10\t40\n");
  EXPECT_TRUE(g.add(good, "test.tsv", error)) << error;
  g.finish();
  ASSERT_NE(g.find_name("moscow"), nullptr);
  EXPECT_EQ(g.find_name("Europe")->front().iso3, "");
}

}  // namespace
}  // namespace chronicle::nlp
