// The TABARI/PETRARCH dictionary readers, on dictionaries written here in those formats.
#include "events/petrarch_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace chronicle::events {
namespace {

WordKeys keys_of(const Lexicon& lex, std::string_view word) { return lex.keys(normalize_word(word)); }

// The actor code a phrase (space-separated words) resolves to on `date`, "" when none.
std::string actor_code(const Lexicon& lex, std::string_view phrase, int date) {
  std::vector<WordKeys> keys;
  std::istringstream in{std::string(phrase)};
  std::string w;
  while (in >> w) keys.push_back(keys_of(lex, w));
  size_t end = 0;
  uint32_t id = lex.actor_trie().longest(keys, 0, end);
  if (id == kNoWord || end != keys.size()) return "";
  return lex.actor(id).code_on(date);
}

const char* kActors =
    "<!-- a comment\n spanning lines -->\n"
    "ARNOR_  [ARN]  # whole word only\n"
    "ARGENTIN  [ARG]\n"
    "CALENARDHON  [CAL]\n"
    "+CALIMEHTAR\n"
    "SAM_GAMGEE [HOB]\n"
    "\t[HOBCIV <20080120]\n"
    "\t[ORCHOB 20100109-20100112]\n"
    "\t[HOBMIL 20080120-20121109]\n"
    "\t[HOBELI >20130119]\n"
    "GOLLUM\n"
    "+SMEAGOL\n"
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "THE_SHIRE [FRO/BIL/SAM]\n";

TEST(PetrarchActors, ReadsEntriesSynonymsAndComments) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(kActors);
  ASSERT_TRUE(read_petrarch_actors(in, "test.actors", lex, report)) << report.error;
  lex.compile();
  EXPECT_EQ(report.entries, 6u);
  EXPECT_EQ(actor_code(lex, "Arnor", 0), "ARN");
  EXPECT_EQ(actor_code(lex, "Calimehtar", 0), "CAL");  // a "+" synonym shares its entry's code
  EXPECT_EQ(actor_code(lex, "the Shire", 0), "FRO/BIL/SAM");
}

TEST(PetrarchActors, TrailingUnderscoreMeansWholeWordElseStem) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(kActors);
  ASSERT_TRUE(read_petrarch_actors(in, "test.actors", lex, report));
  lex.compile();
  EXPECT_EQ(actor_code(lex, "Argentina", 0), "ARG");
  EXPECT_EQ(actor_code(lex, "Argentine", 0), "ARG");
  EXPECT_EQ(actor_code(lex, "Arnorian", 0), "");  // ARNOR_ is whole-word only
  EXPECT_EQ(actor_code(lex, "Argentinaxxxxx", 0), "");  // a stem takes a short ending only
}

TEST(PetrarchActors, DateRestrictedCodesHonourTheDate) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(kActors);
  ASSERT_TRUE(read_petrarch_actors(in, "test.actors", lex, report));
  lex.compile();
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 19950104), "HOBCIV");
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 20080119), "HOBCIV");  // "<" is before, exclusive
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 20080120), "HOBMIL");  // intervals are inclusive
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 20100110), "ORCHOB");  // the first listed match wins
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 20130120), "HOBELI");
  EXPECT_EQ(actor_code(lex, "Sam Gamgee", 20121201), "HOB");     // no interval: the default
  // YYMMDD dates and spaces around operators; no default: the last listed code.
  EXPECT_EQ(actor_code(lex, "Smeagol", 19940101), "HOB");
  EXPECT_EQ(actor_code(lex, "Smeagol", 19970101), "HOBGOV");
}

TEST(PetrarchActors, BadCodeBlockIsAWarningNotAFailure) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in("GOLLUM [HOB]\n\t[950601-990815]\n");
  ASSERT_TRUE(read_petrarch_actors(in, "bad.actors", lex, report));
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0].rfind("bad.actors:2: bad actor code", 0), 0u) << report.warnings[0];
}

TEST(PetrarchActors, EmptyFileIsAnError) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in("# nothing here\n");
  EXPECT_FALSE(read_petrarch_actors(in, "empty.actors", lex, report));
  EXPECT_EQ(report.error, "empty.actors: no actor entries");
}

TEST(DictionaryDates, ReadsBothWidthsAndRejectsGarbage) {
  EXPECT_EQ(parse_dictionary_date("20130119"), 20130119);
  EXPECT_EQ(parse_dictionary_date("950601"), 19950601);
  EXPECT_EQ(parse_dictionary_date("140608"), 20140608);
  EXPECT_EQ(parse_dictionary_date("2013011"), 0);
  EXPECT_EQ(parse_dictionary_date("20131301"), 0);
  EXPECT_EQ(parse_dictionary_date("abcdefgh"), 0);
}

std::string agent_code_after(const Lexicon& lex, std::string_view word, bool* prefix = nullptr) {
  std::vector<WordKeys> keys;
  std::istringstream in{std::string(word)};
  std::string w;
  while (in >> w) keys.push_back(keys_of(lex, w));
  size_t end = 0;
  uint32_t id = lex.agent_trie().longest(keys, 0, end);
  if (id == kNoWord || end != keys.size()) return "";
  if (prefix) *prefix = lex.agent(id).prefix;
  return lex.agent(id).code;
}

TEST(PetrarchAgents, AffixesPluralsAndSubstitutionSets) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
      "FOREIGN_MINISTER [~GOVFRM]\n"
      "POLICE {} [ ~COP]\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "MSF {}  [NGO~]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "PARLIAMENT_MEMBER\n");
  ASSERT_TRUE(read_petrarch_agents(in, "test.agents", lex, report)) << report.error;
  lex.compile();
  EXPECT_EQ(agent_code_after(lex, "foreign minister"), "GOVFRM");
  EXPECT_EQ(agent_code_after(lex, "foreign ministers"), "GOVFRM");  // regular plural
  EXPECT_EQ(agent_code_after(lex, "police"), "COP");
  EXPECT_EQ(agent_code_after(lex, "polices"), "");                   // {} : no plural
  EXPECT_EQ(agent_code_after(lex, "golden geese"), "GGS");           // irregular plural
  EXPECT_EQ(agent_code_after(lex, "golden gooses"), "");
  bool prefix = false;
  EXPECT_EQ(agent_code_after(lex, "MSF", &prefix), "NGO");
  EXPECT_TRUE(prefix);
  EXPECT_EQ(agent_code_after(lex, "congresswomen"), "LEG");          // !PERSON! expanded
  ASSERT_EQ(report.warnings.size(), 1u);                              // the line with no code
  EXPECT_NE(report.warnings[0].find("test.agents:7"), std::string::npos);
}

const char* kVerbs =
    "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n"
    "&CURRENCY\n+DOLLAR\n+SWISS FRANC\n\n"
    "--- ABANDON  [345]  ---\n"
    "ABANDON\n"
    "- * &TIETYPES TIES [902]\n"
    "- * DIPLOMATIC_TIES [901]\n"
    "--- MEET  [031:031]  ---\n"
    "MEET {MET}\n"
    "- % HAVE POSTPONED *  [191]\n"
    "- + HOSTING * TABASKI ^ $ [042]\n"
    "--- STIR [---] ---\n"
    "+STIR_UP {+STIRS_UP +STIRRED_UP}\n"
    "KLM_NOP_+RST [002]\n"
    "- * TROUBLE [138]\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

TEST(PetrarchVerbs, BlocksFormsAndSynsets) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(kVerbs);
  ASSERT_TRUE(read_petrarch_verbs(in, "test.verbs", lex, report)) << report.error;
  lex.compile();
  EXPECT_EQ(lex.verb_block_count(), 3u);
  EXPECT_EQ(lex.pattern_count(), 5u);
  EXPECT_TRUE(report.warnings.empty()) << report.warnings[0];
  // Regular forms are generated, irregular ones read from braces.
  for (const char* w : {"abandon", "abandons", "abandoned", "abandoning", "met", "meets"})
    EXPECT_FALSE(lex.forms_with_head(lex.words().find(w)).empty()) << w;
  // "+STIR_UP": head is STIR, followed by UP; "KLM_NOP_+RST": head RST after two words.
  const auto& stir = lex.forms_with_head(lex.words().find("stirred"));
  ASSERT_FALSE(stir.empty());
  EXPECT_EQ(lex.form(stir[0]).words.size(), 2u);
  EXPECT_EQ(lex.form(stir[0]).head, 0u);
  const auto& rst = lex.forms_with_head(lex.words().find("rst"));
  ASSERT_FALSE(rst.empty());
  EXPECT_EQ(lex.form(rst[0]).head, 2u);
  ASSERT_TRUE(lex.form(rst[0]).own_code.has_value());
  EXPECT_EQ(lex.form(rst[0]).own_code->forward, "002");
  // Synsets hold their phrases plus regular plurals.
  int currency = lex.find_synset("&CURRENCY");
  ASSERT_GE(currency, 0);
  EXPECT_EQ(lex.synset(uint32_t(currency)).phrases.size(), 4u);
}

TEST(PetrarchVerbs, PatternElementsAndCodes) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(kVerbs);
  ASSERT_TRUE(read_petrarch_verbs(in, "test.verbs", lex, report));
  const VerbBlock& meet = lex.verb_block(1);
  EXPECT_EQ(meet.code.forward, "031");
  EXPECT_EQ(meet.code.backward, "031");
  ASSERT_EQ(meet.patterns.size(), 2u);
  const Pattern& hosting = meet.patterns[1];
  // "+ HOSTING * TABASKI ^ $": before the verb, outward: HOSTING then +; after: TABASKI, ^, $.
  ASSERT_EQ(hosting.before.size(), 2u);
  EXPECT_EQ(hosting.before[0].kind, ElementKind::word);
  EXPECT_EQ(hosting.before[1].kind, ElementKind::target);
  ASSERT_EQ(hosting.after.size(), 3u);
  EXPECT_EQ(hosting.after[1].kind, ElementKind::skip);
  EXPECT_EQ(hosting.after[2].kind, ElementKind::source);
  EXPECT_EQ(meet.patterns[0].before.back().kind, ElementKind::compound);
  // "_" joins adjacent words.
  const Pattern& ties = lex.verb_block(0).patterns[1];
  ASSERT_EQ(ties.after.size(), 2u);
  EXPECT_FALSE(ties.after[0].adjacent);
  EXPECT_TRUE(ties.after[1].adjacent);
  // "[---]" is the null code.
  EXPECT_TRUE(lex.verb_block(2).code.null());
}

TEST(PetrarchVerbs, PatternWithoutVerbOrUnknownSynsetIsNamed) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in("--- ASK [090] ---\nASK\n- FOR AID [023]\n- * &NOSUCH [023]\n- * FOR\n");
  ASSERT_TRUE(read_petrarch_verbs(in, "v.txt", lex, report));
  ASSERT_EQ(report.warnings.size(), 3u);
  EXPECT_NE(report.warnings[0].find("v.txt:3: pattern without the verb"), std::string::npos) << report.warnings[0];
  EXPECT_NE(report.warnings[1].find("unknown synset &NOSUCH"), std::string::npos);
  EXPECT_NE(report.warnings[2].find("without a [code]"), std::string::npos);
}

TEST(PetrarchDiscards, SentenceAndStoryDiscards) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in("# comment\nMONTHS LATER\n+World Golf Championships   # pas\n");
  ASSERT_TRUE(read_petrarch_discards(in, "d.txt", lex, report));
  ASSERT_EQ(lex.discards().size(), 2u);
  EXPECT_FALSE(lex.discards()[0].story);
  EXPECT_TRUE(lex.discards()[1].story);
  EXPECT_EQ(lex.discards()[1].words.size(), 3u);
}

TEST(DatedCode, ParsesTheThreeForms) {
  DatedCode c;
  bool dated = false;
  ASSERT_TRUE(parse_dated_code("USAGOV", c, dated));
  EXPECT_FALSE(dated);
  ASSERT_TRUE(parse_dated_code("HOBMIL 20080120-20121109", c, dated));
  EXPECT_TRUE(dated);
  EXPECT_EQ(c.from, 20080120);
  EXPECT_EQ(c.to, 20121109);
  ASSERT_TRUE(parse_dated_code("EGYGOV >140608", c, dated));
  EXPECT_EQ(c.from, 20140609);
  EXPECT_FALSE(parse_dated_code("950601-990815", c, dated));
  EXPECT_FALSE(parse_dated_code("HOB <2008", c, dated));
}

}  // namespace
}  // namespace chronicle::events

namespace chronicle::events {
namespace {

TEST(PetrarchVerbs, TabariLayoutEachVerbLineOpensABlock) {
  Lexicon lex;
  ReadReport report;
  std::istringstream in(
      "ABANDON  [345] ;pas 15 Jul 2003\n- * EFFORT  [987] ;pas\n"
      "ADMIT  [013:012]\n- WERE * TO  [064] ;tony\n");
  ASSERT_TRUE(read_petrarch_verbs(in, "tabari.verbs", lex, report)) << report.error;
  ASSERT_EQ(lex.verb_block_count(), 2u);
  EXPECT_EQ(lex.verb_block(0).code.forward, "345");
  EXPECT_EQ(lex.verb_block(1).code.backward, "012");
  EXPECT_EQ(lex.verb_block(0).patterns.size(), 1u);
  EXPECT_EQ(lex.verb_block(0).patterns[0].code.forward, "987");
}

}  // namespace
}  // namespace chronicle::events
