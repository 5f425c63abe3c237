// The coder's grammar, one feature per test, on sentences written here and a small dictionary in
// the PETRARCH formats (so the same tests cover the dictionary constructs end to end).
#include "events/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "events/petrarch_reader.h"

namespace chronicle::events {
namespace {

const char* kActors =
    "RUSSIA_ [RUS]\n+RUSSIAN_\n+MOSCOW_\n"
    "UNITED_STATES_ [USA]\n+U.S._\n+WASHINGTON_\n+AMERICAN_\n"
    "SYRIA_ [SYR]\n+SYRIAN_\n+DAMASCUS_\n"
    "THE_SYR [SYRREB]\n"
    "UKRAINE_ [UKR]\n+UKRAINIAN_\n+KIEV_\n"
    "FRANCE_ [FRA]\n+FRENCH_\n"
    "ISRAEL_ [ISR]\n+ISRAELI_\n"
    "LEBANON_ [LBN]\n+LEBANESE_\n"
    "GERMAN [DEU]\n"
    "SERGEI_LAVROV_ [RUSGOV]\n+LAVROV_\n"
    "JOHN_KERRY_\n+KERRY_\n\t[USALEG]\n\t[USAGOV 20130201-20170120]\n"
    "SECRETARY_OF_STATE_ [USAGOV]\n"
    "UNITED_NATIONS_ [IGOUNO]\n+U.N._\n";

const char* kAgents =
    "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
    "GOVERNMENT [~GOV]\nOFFICIAL [~GOV]\nFOREIGN_MINISTER [~GOV]\nPRESIDENT [~GOV]\n"
    "TROOPS {} [~MIL]\nSOLDIER [~MIL]\nREBEL [~REB]\nPOLICE {} [~COP]\nLAWMAKER [~LEG]\n"
    "CONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_GROUP [NGO~]\n";

const char* kVerbs =
    "&SANCTIONS\n+SANCTION\n+EMBARGO\n+TRADE_BAN\n\n"
    "--- MEET [040] ---\nMEET {MET}\n- * WITH + [040]\n- % * [044:044]\n- * BETWEEN % [045]\n"
    "--- VISIT [042:043] ---\nVISIT\n"
    "--- ATTACK [190] ---\nATTACK\nBOMB\n- * CONVOY [183]\n"
    "--- SHELL [194] ---\nSHELL\n"
    "--- CRITICIZE [111] ---\nCRITICIZE\nCONDEMN\n- REPORTED + * [112]\n"
    "--- IMPOSE [---] ---\nIMPOSE\n- * &SANCTIONS (ON +) [163]\n"
    "--- GRANT [---] ---\nGRANT\n- * ASYLUM [075]\n- * POLITICAL_ASYLUM [075]\n"
    "--- URGE [020] ---\nURGE\n- * TO_NEGOTIATE [026]\n"
    "--- ACCUSE [112] ---\nACCUSE\n- $ * + OF_SPYING [1125]\n"
    "--- HOST [043] ---\nHOST\n- + HOSTING * ^ $ [043]\n"
    "--- PRAISE [051] ---\nPRAISE\n"
    "--- WITHDRAW [---] ---\nWITHDRAW {WITHDREW WITHDRAWN}\n- * TROOPS [0874]\n"
    "--- SAY [---] ---\nSAY {SAID}\nTELL {TOLD}\n"
    "--- FIRE [190] ---\nFIRE\n- * MORTAR [194]\n"
    "--- LEAD [---] ---\nLEAD {LED}\n"
    "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n"
    "--- CELEBRATE [050] ---\nCELEBRATE\n- * HOLIDAY IN ^ + [057]\n- WARMLY_* [053]\n"
    "--- BLOCKADE [---] ---\nBLOCKADE\n- * BORDER [191]\n"
    "--- BLOCKADE [---] ---\nBLOCKADE\n- * PORTS OF + [192]\n"
    "--- APPROACH [036] ---\nAPPROACH\n"
    "--- SHUT [---] ---\nSHUT\nCLOSE\n";

const char* kDiscards = "FOOTBALL MATCH\n+WORLD CUP\n";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ReadReport r;
    std::istringstream verbs(kVerbs), actors(kActors), agents(kAgents), discards(kDiscards);
    ASSERT_TRUE(read_petrarch_verbs(verbs, "verbs", lex_, r)) << r.error;
    ASSERT_TRUE(read_petrarch_actors(actors, "actors", lex_, r)) << r.error;
    ASSERT_TRUE(read_petrarch_agents(agents, "agents", lex_, r)) << r.error;
    ASSERT_TRUE(read_petrarch_discards(discards, "discards", lex_, r)) << r.error;
    ASSERT_TRUE(r.warnings.empty()) << r.warnings[0];
    lex_.compile();
  }

  // "SRC TGT CODE" triples, sorted, negated ones marked with "!".
  std::vector<std::string> code(std::string_view sentence, int date = 20150101, CoderOptions options = {}) {
    Coder coder(lex_, options);
    std::vector<std::string> out;
    for (const CodedEvent& e : coder.code_text(sentence, date))
      out.push_back((e.negated ? "!" : "") + e.source + " " + e.target + " " + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }
  using V = std::vector<std::string>;
  Lexicon lex_;
};

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(code("Russian warplanes attacked Syrian rebels near Aleppo on Tuesday."), V({"RUS SYRREB 190"}));
  EXPECT_EQ(code("The French government condemned Israel on Monday."), V({"FRAGOV ISR 111"}));
}

TEST_F(CoderTest, PatternWithTargetSlotAndSynset) {
  // "- * &SANCTIONS (ON +)": the synset matches "sanctions" (a generated plural).
  EXPECT_EQ(code("Washington imposed new sanctions on Moscow after the vote."), V({"USA RUS 163"}));
  EXPECT_EQ(code("Washington imposed a trade ban on Moscow."), V({"USA RUS 163"}));
  // Without the pattern's words, IMPOSE has the null code: nothing is coded.
  EXPECT_EQ(code("Washington imposed a curfew on Moscow."), V());
}

TEST_F(CoderTest, MoreSpecificPatternWins) {
  EXPECT_EQ(code("Syrian rebels bombed a Russian convoy."), V({"SYRREB RUS 183"}));
  EXPECT_EQ(code("Syrian rebels bombed Russian positions."), V({"SYRREB RUS 190"}));
}

TEST_F(CoderTest, SourceSlotBeforeTheVerb) {
  EXPECT_EQ(code("Moscow accused Kiev of spying for NATO."), V({"RUS UKR 1125"}));
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(code("Syrian rebels were attacked by Russian troops on Sunday."), V({"RUSMIL SYRREB 190"}));
  EXPECT_EQ(code("Israel was criticized by the U.N. for the raid."), V({"IGOUNO ISR 111"}));
}

TEST_F(CoderTest, PassiveWithoutByAgentKeepsItsSubjectAsSource) {
  // PETRARCH's convention: with no "by" agent the passive's subject is the source.
  EXPECT_EQ(code("Syria was criticized over its raids on Lebanon."), V({"SYR LBN 111"}));
}

TEST_F(CoderTest, CompoundSlotAfterTheVerbIsTheTarget) {
  EXPECT_EQ(code("Ukraine agreed with France and Israel that the talks should resume."),
            V({"UKR FRA 031", "UKR ISR 031"}));
  // With no subject the compound is both sides.
  EXPECT_EQ(code("Meeting between Russia and Ukraine ended without progress."), V({"RUS UKR 045", "UKR RUS 045"}));
}

TEST_F(CoderTest, SkipPassesOverOneNounPhrase) {
  // "^" skips Damascus; "+" is the next actor.
  EXPECT_EQ(code("Russia celebrated the holiday in Damascus with Syrian officials."), V({"RUS SYRGOV 057"}));
}

TEST_F(CoderTest, UnderscoreBeforeTheVerbMeansAdjacent) {
  EXPECT_EQ(code("France warmly celebrated with Israel."), V({"FRA ISR 053"}));
  EXPECT_EQ(code("Warmly, France celebrated with Israel."), V({"FRA ISR 050"}));
}

TEST_F(CoderTest, AVerbInTwoBlocksTakesThePatternsOfBoth) {
  EXPECT_EQ(code("Israel blockaded the border with Lebanon."), V({"ISR LBN 191"}));
  EXPECT_EQ(code("Israel blockaded the ports of Lebanon."), V({"ISR LBN 192"}));
}

TEST_F(CoderTest, IntensifiedWordIsNoVerb) {
  // "very close" is no verb ending the clause.
  EXPECT_EQ(code("Russian troops approached very close to the border with Ukraine."), V({"RUSMIL UKR 036"}));
}

TEST_F(CoderTest, HtmlEntityIsNoClauseBoundary) {
  EXPECT_EQ(code("Moscow criticized trade &amp; aid to Kiev."), V({"RUS UKR 111"}));
}

TEST_F(CoderTest, TargetBoundBeforeTheVerbIsNotItsSubject) {
  // "REPORTED + *" binds Israel; the source is the reporter further left.
  EXPECT_EQ(code("Lavrov reported that Israel criticized Lebanon."), V({"RUSGOV ISR 112"}));
}

TEST_F(CoderTest, NounOfACountryTakesItsCode) {
  EXPECT_EQ(code("The people of Syria criticized Israel."), V({"SYR ISR 111"}));
  // The last member of a compound too; with its own determiner it shares no agent.
  EXPECT_EQ(code("Israel and the government of France criticized Syria."), V({"FRAGOV SYR 111", "ISR SYR 111"}));
}

TEST_F(CoderTest, CapitalisedAuxiliaryAndGluedUnderscore) {
  // "May Day" is a name, not the modal that would make "celebrated" a noun.
  EXPECT_EQ(code("Russia celebrated May Day with Syrian officials."), V({"RUS SYRGOV 050"}));
  EXPECT_EQ(code("Russia criticized the United_States."), V({"RUS USA 111"}));
}

TEST_F(CoderTest, NegationIsMarked) {
  EXPECT_EQ(code("Russia did not attack Ukrainian troops, the ministry said."), V({"!RUS UKRMIL 190"}));
  EXPECT_EQ(code("Russia never criticized Syria."), V({"!RUS SYR 111"}));
}

TEST_F(CoderTest, CoordinatedActorsMultiply) {
  // "U.S. and Russian officials": the agent applies to both adjectives.
  EXPECT_EQ(code("U.S. and Russian officials criticized Damascus."), V({"RUSGOV SYR 111", "USAGOV SYR 111"}));
  EXPECT_EQ(code("France praised Israel, Lebanon and Syria."), V({"FRA ISR 051", "FRA LBN 051", "FRA SYR 051"}));
}

TEST_F(CoderTest, CompoundSubjectMeetsItself) {
  // "% * [044:044]": a compound subject codes each direction.
  EXPECT_EQ(code("Russia and the United States met in Geneva."), V({"RUS USA 044", "USA RUS 044"}));
}

TEST_F(CoderTest, ReverseCodeOfAPair) {
  // VISIT [042:043]: the visitor visits, the host hosts.
  EXPECT_EQ(code("Lavrov visited Israel last week."), V({"ISR RUSGOV 043", "RUSGOV ISR 042"}));
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedClause) {
  // "said Russia had ...": Russia is the subject of the reported clause, not the target of "said".
  EXPECT_EQ(code("Kerry said Russia had attacked Ukrainian troops."), V({"RUS UKRMIL 190"}));
  EXPECT_EQ(code("Lavrov told reporters that Moscow would criticize Washington."), V({"RUS USA 111"}));
}

TEST_F(CoderTest, CommaClausesAreSkipped) {
  // An apposition between the subject and its verb, and a trailing attribution.
  EXPECT_EQ(code("Lavrov, the Russian foreign minister, criticized Israel, officials said."), V({"RUSGOV ISR 111"}));
  EXPECT_EQ(code("Russia, which has troops in Syria, condemned Israel."), V({"RUS ISR 111"}));
}

TEST_F(CoderTest, CoordinatedVerbsShareTheSubject) {
  EXPECT_EQ(code("The Syrian government condemned the attack and praised Russian troops."),
            V({"SYRGOV RUSMIL 051"}));
}

TEST_F(CoderTest, PrepositionalObjectIsNotTheSubject) {
  // "crowds" is the uncoded subject of "attacked": nothing is coded, Russia is not the source.
  EXPECT_EQ(code("In Russia, crowds attacked the Syrian embassy."), V());
}

TEST_F(CoderTest, AgentOfCountry) {
  EXPECT_EQ(code("Soldiers from Ukraine attacked Russian troops."), V({"UKRMIL RUSMIL 190"}));
  EXPECT_EQ(code("Lawmakers in France and Israel criticized Syria."), V({"FRALEG SYR 111", "ISRLEG SYR 111"}));
}

TEST_F(CoderTest, PrefixAgentAndSubstitutionSet) {
  EXPECT_EQ(code("A French human rights group criticized Syria."), V({"NGOFRA SYR 111"}));
  EXPECT_EQ(code("American congressmen criticized Damascus."), V({"USALEG SYR 111"}));
}

TEST_F(CoderTest, DatedCodesFollowTheDate) {
  EXPECT_EQ(code("Kerry criticized Moscow.", 20150101), V({"USAGOV RUS 111"}));
  EXPECT_EQ(code("Kerry criticized Moscow.", 20050101), V({"USALEG RUS 111"}));
}

TEST_F(CoderTest, InfinitiveTakesTheControllingSubject) {
  EXPECT_EQ(code("Russia urged Syria to negotiate with the rebels."), V({"RUS SYR 026"}));
}

TEST_F(CoderTest, ParticipleFormsAndIrregulars) {
  EXPECT_EQ(code("Russia withdrew troops from Ukraine."), V({"RUS UKR 0874"}));
}

TEST_F(CoderTest, NounAfterDeterminerIsNotAVerb) {
  // "the attack" is a noun: only "condemned" is coded.
  EXPECT_EQ(code("Syria condemned the attack on Israel."), V({"SYR ISR 111"}));
}

TEST_F(CoderTest, AgreementTellsANounFromAVerb) {
  // "shells" cannot agree with "two ...", "attack" cannot agree with "a ...": both head the noun
  // phrase, so neither ends the clause before the target.
  EXPECT_EQ(code("Syrian troops fired two mortar shells at Israel on Monday."), V({"SYRMIL ISR 194"}));
  EXPECT_EQ(code("Russia condemned a U.S. bomb attack near Aleppo."), V({"RUS USA 111"}));
}

TEST_F(CoderTest, LemmaAfterAVerbsModifiersIsInItsObject) {
  EXPECT_EQ(code("Russia criticized new Syrian attack plans."), V({"RUS SYR 111"}));
}

TEST_F(CoderTest, StemDoesNotSwallowAWordWithItsOwnEntry) {
  // "THE_SYR" would end on "Syrian" as a stem; "Syrian" is an entry of its own.
  EXPECT_EQ(code("The Syrian government criticized Israel."), V({"SYRGOV ISR 111"}));
}

TEST_F(CoderTest, AdverbsInsideTheAuxiliaryChain) {
  EXPECT_EQ(code("Russia can't ever attack Ukraine."), V({"!RUS UKR 190"}));
  EXPECT_EQ(code("Moscow most certainly won't criticize Damascus."), V({"!RUS SYR 111"}));
}

TEST_F(CoderTest, PronounSubjectStandsForTheActorBefore) {
  EXPECT_EQ(code("Israel indicated it would criticize Lebanon."), V({"ISR LBN 111"}));
}

TEST_F(CoderTest, BareParticipleAfterANounDoesNotEndTheClause) {
  EXPECT_EQ(code("Soldiers from Russia shelled the roads leading into Ukraine."), V({"RUSMIL UKR 194"}));
}

TEST_F(CoderTest, DiscardedSentencesAreNotCoded) {
  Coder coder(lex_, {});
  std::string why;
  EXPECT_TRUE(coder.code_text("Russia attacked France in the football match on Sunday.", 20150101, &why).empty());
  EXPECT_EQ(why, "sentence");
  EXPECT_TRUE(coder.code_text("At the World Cup, Russia attacked France.", 20150101, &why).empty());
  EXPECT_EQ(why, "story");
}

TEST_F(CoderTest, OneSidedEventsOnlyWithoutRequireDyad) {
  EXPECT_EQ(code("Moscow granted asylum to Snowden."), V());
  CoderOptions one_sided;
  one_sided.require_dyad = false;
  EXPECT_EQ(code("Moscow granted asylum to Snowden.", 20130801, one_sided), V({"RUS  075"}));
}

TEST_F(CoderTest, ModalityMapsToIntentWhenATableIsGiven) {
  IntentTable intents{{"04", "036"}};
  Coder coder(lex_, {}, intents);
  auto events = coder.code_text("Lavrov will meet with Kerry in Geneva.", 20150101);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "036");
  events = coder.code_text("Lavrov met with Kerry in Geneva.", 20150101);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "040");
}

TEST_F(CoderTest, EmptyAndPunctuationOnlyInputCodeNothing) {
  EXPECT_EQ(code(""), V());
  EXPECT_EQ(code("... ,,, ;;"), V());
  EXPECT_EQ(code("\xff\xfe broken bytes attacked"), V());
}

TEST(EventDate, ParsesIsoAndCompactDates) {
  EXPECT_EQ(parse_event_date("2013-08-02"), 20130802);
  EXPECT_EQ(parse_event_date("20130802"), 20130802);
  EXPECT_EQ(parse_event_date("2013-08-02T10:00:00Z"), 20130802);
  EXPECT_EQ(parse_event_date("Aug 2, 2013"), 0);
  EXPECT_EQ(parse_event_date(""), 0);
}

}  // namespace
}  // namespace chronicle::events
