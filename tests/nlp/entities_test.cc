#include "nlp/entities.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/knowledge.h"
#include "nlp/nlp_test_util.h"

namespace chronicle::nlp {
namespace {

using testing::knowledge;

Article analyze(std::string text) { return testing::analyzed_by<EntityStage>(std::move(text)); }

const Entity* find(const Article& a, std::string_view name) {
  for (const Entity& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

std::string dump(const Article& a) {
  std::string out;
  for (const Entity& e : a.entities) out += e.name + "/" + entity_type_name(e.type) + "(" + std::to_string(e.mentions.size()) + ") ";
  return out;
}

TEST(EntitiesTest, PeopleOrganisationsAndPlacesInANewsParagraph) {
  Article a = analyze(
      "Laying the groundwork for planned Syrian peace talks, Secretary of State John Kerry is in Moscow for "
      "talks with Russian President Vladimir Putin and his foreign minister, Sergei Lavrov.");
  const Entity* kerry = find(a, "John Kerry");
  ASSERT_NE(kerry, nullptr) << dump(a);
  EXPECT_EQ(kerry->type, EntityType::person);
  EXPECT_EQ(kerry->title, "Secretary of State");
  const Entity* putin = find(a, "Vladimir Putin");
  ASSERT_NE(putin, nullptr) << dump(a);
  EXPECT_EQ(putin->title, "Russian President");
  ASSERT_NE(find(a, "Moscow"), nullptr) << dump(a);
  EXPECT_EQ(find(a, "Moscow")->type, EntityType::place);
  ASSERT_NE(find(a, "Sergei Lavrov"), nullptr) << dump(a);
}

TEST(EntitiesTest, SurnameLinksToTheFullNameBeforeIt) {
  Article a = analyze(
      "Defense Secretary Chuck Hagel met his Russian counterpart on Friday. Hagel said the talks were useful, "
      "and Mr. Hagel later flew home.");
  const Entity* hagel = find(a, "Chuck Hagel");
  ASSERT_NE(hagel, nullptr) << dump(a);
  EXPECT_EQ(hagel->mentions.size(), 3u) << dump(a);
  EXPECT_EQ(hagel->title, "Defense Secretary");
}

TEST(EntitiesTest, GivenNameSpellingVariantsAreOnePerson) {
  Article a = analyze(
      "Russian Foreign Minister Sergey Lavrov arrived in Geneva. Sergei Lavrov told reporters the talks would go on.");
  int lavrovs = 0;
  for (const Entity& e : a.entities) lavrovs += e.name.find("Lavrov") != std::string::npos;
  EXPECT_EQ(lavrovs, 1) << dump(a);
}

TEST(EntitiesTest, SameIdAcrossArticlesForVariantSpellings) {
  EXPECT_EQ(entity_id(EntityType::person, "Sergey Lavrov"), entity_id(EntityType::person, "Sergei Lavrov"));
  EXPECT_NE(entity_id(EntityType::person, "Sergei Lavrov"), entity_id(EntityType::org, "Sergei Lavrov"));
  EXPECT_EQ(entity_id(EntityType::org, "The Washington Post"), entity_id(EntityType::org, "Washington Post"));
  EXPECT_EQ(entity_id(EntityType::person, "John Kerry").size(), 16u);
}

TEST(EntitiesTest, KnownOutletsTakeTheirCanonicalName) {
  Article a = analyze(
      "The Washington Post reports that the two sides disagreed. The Post adds that talks will resume. "
      "Reuters reported the same.");
  const Entity* post = find(a, "The Washington Post");
  ASSERT_NE(post, nullptr) << dump(a);
  EXPECT_EQ(post->type, EntityType::org);
  EXPECT_EQ(post->mentions.size(), 2u) << dump(a);
  ASSERT_NE(find(a, "Reuters"), nullptr) << dump(a);
  EXPECT_EQ(find(a, "Reuters")->type, EntityType::org);
}

TEST(EntitiesTest, MentionsAreSortedAndPointIntoTheText) {
  Article a = analyze(
      "BEIRUT (Reuters) - Syrian President Bashar al-Assad said on Sunday that Damascus would attend the talks "
      "in Geneva. Assad spoke to state television.");
  for (const Entity& e : a.entities) {
    ASSERT_FALSE(e.mentions.empty());
    for (size_t i = 0; i < e.mentions.size(); ++i) {
      EXPECT_LE(e.mentions[i].end, a.text.size());
      if (i) EXPECT_LT(e.mentions[i - 1].start, e.mentions[i].start);  // span invariant 2
    }
  }
  for (size_t i = 1; i < a.entities.size(); ++i)
    EXPECT_LE(a.entities[i - 1].mentions.front().start, a.entities[i].mentions.front().start);
  const Entity* assad = nullptr;
  for (const Entity& e : a.entities)
    if (e.name.find("Assad") != std::string::npos && e.type == EntityType::person) assad = &e;
  ASSERT_NE(assad, nullptr) << dump(a);
  EXPECT_EQ(assad->mentions.size(), 2u) << dump(a);
}

TEST(EntitiesTest, EmptyTextHasNoEntities) {
  Article a = analyze("");
  EXPECT_TRUE(a.entities.empty());
}

TEST(EntitiesTest, NameKeyFoldsVariants) {
  EXPECT_EQ(name_key("Sergey Lavrov"), name_key("Sergei Lavrov"));
  EXPECT_EQ(name_key("Mohammed Morsi"), name_key("Muhammad Morsi"));
  EXPECT_EQ(name_key("Aleksei Navalny"), name_key("Alexei Navalny"));
  EXPECT_EQ(name_key("the Kremlin"), name_key("Kremlin"));
  EXPECT_NE(name_key("John Kerry"), name_key("John Kelly"));
}

}  // namespace
}  // namespace chronicle::nlp
