#include "nlp/quotes.h"

#include <gtest/gtest.h>

#include "nlp/entities.h"
#include "nlp/knowledge.h"
#include "nlp/nlp_test_util.h"

namespace chronicle::nlp {
namespace {

using testing::knowledge;

Article analyze(std::string text) { return testing::analyzed_by<EntityStage, QuoteStage>(std::move(text)); }

std::string quoted(const Article& a, const Quote& q) { return a.text.substr(q.span.start, q.span.size()); }

std::string dump(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes)
    out += "\n  [" + std::string(quote_kind_name(q.kind)) + "] " + quoted(a, q) + " | speaker=" + q.speaker_name +
           " cue=" + q.cue + " by=" + q.reported_by;
  return out;
}

// The first quote whose text contains `needle`.
const Quote* find(const Article& a, std::string_view needle) {
  for (const Quote& q : a.quotes)
    if (quoted(a, q).find(needle) != std::string::npos) return &q;
  return nullptr;
}

const Entity* entity(const Article& a, std::string_view id) {
  for (const Entity& e : a.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// The NPR seed's relay of Reuters, as the cleaner keeps it (tests/fixtures/seeds/000_*.txt).
constexpr const char* kNprRelay =
    "Laying the groundwork for planned Syrian peace talks, Secretary of State John Kerry is in Moscow for talks "
    "with Russian President Vladimir Putin and his foreign minister, Sergei Lavrov.\n\n"
    "Reuters reports:\n\n"
    "\" 'I look forward to making real progress,' Kerry said at the start of talks with Russian Foreign Minister "
    "Sergei Lavrov.\n\n"
    "\" 'I think the world benefits when powerful nations with a long history with each other have the ability to "
    "be able to find common ground,' he said.\n\n"
    "\"Kerry, who will meet Putin later on Tuesday, told Lavrov: 'Even when there have been differences between us "
    "we have been able to work effectively on specific issues.' \"\n\n"
    "The Washington Post reports that Lavrov said he was willing to talk about the \"terrorism of [the Islamic "
    "State].\"";

TEST(QuotesTest, RelayedQuotesCarryTheirSpeakerAndTheOutlet) {
  Article a = analyze(kNprRelay);
  const char* parts[] = {"I look forward to making real progress", "I think the world benefits",
                         "Even when there have been differences"};
  for (const char* part : parts) {
    const Quote* q = find(a, part);
    ASSERT_NE(q, nullptr) << part << dump(a);
    EXPECT_EQ(q->kind, QuoteKind::direct) << part << dump(a);
    EXPECT_EQ(q->reported_by, "Reuters") << part << dump(a);
    const Entity* e = entity(a, q->speaker);
    ASSERT_NE(e, nullptr) << part << dump(a);
    EXPECT_EQ(e->name, "John Kerry") << part << dump(a);
  }
  // The relay's own marks are not a quotation: no quote starts with the narrative "Kerry, who will meet".
  for (const Quote& q : a.quotes) EXPECT_EQ(quoted(a, q).rfind("Kerry, who", 0), std::string::npos) << dump(a);
}

TEST(QuotesTest, ReportThatSomeoneSaidGivesSpeakerAndOutlet) {
  Article a = analyze(kNprRelay);
  const Quote* q = find(a, "terrorism of");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->kind, QuoteKind::mixed) << dump(a);
  EXPECT_EQ(q->speaker_name, "Sergei Lavrov") << dump(a);
  EXPECT_EQ(q->reported_by, "The Washington Post") << dump(a);
}

TEST(QuotesTest, InvertedAttributionAfterTheQuote) {
  Article a = analyze(
      "\"John Kerry assured me that the opposition would be persuaded to come to Geneva without any "
      "preconditions,\" said Lavrov.");
  const Quote* q = find(a, "John Kerry assured me");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->speaker_name, "Lavrov") << dump(a);
  EXPECT_EQ(q->cue, "said");
  EXPECT_EQ(q->kind, QuoteKind::direct);
  EXPECT_FALSE(q->speaker.empty());
}

TEST(QuotesTest, UnnamedOfficialIsTheSpeakersName) {
  Article a = analyze(
      "A U.S. official briefing reporters after the talks said Washington was working closely with the Syrian "
      "opposition.\n\n"
      "\"The test is whether the Syrian government will come to Geneva prepared to negotiate,\" the U.S. official "
      "said.");
  const Quote* q = find(a, "The test is whether");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_NE(q->speaker_name.find("U.S. official"), std::string::npos) << dump(a);
  EXPECT_TRUE(q->speaker.empty());
  const Quote* ind = find(a, "Washington was working closely");
  ASSERT_NE(ind, nullptr) << dump(a);
  EXPECT_EQ(ind->kind, QuoteKind::indirect);
  EXPECT_NE(ind->speaker_name.find("U.S. official"), std::string::npos) << dump(a);
}

TEST(QuotesTest, NamedSpeakerWithAppositiveAndAFollowOnQuote) {
  Article a = analyze(
      "The humanitarian group Oxfam America said it was \"cautiously optimistic\" about the statements.\n\n"
      "\"We have seen similar promises come and go without any noticeable action,\" said Shannon Scribner, the "
      "group's humanitarian policy manager, adding that \"again, no firm date or plans are in place.\"");
  const Quote* q = find(a, "We have seen similar promises");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->speaker_name, "Shannon Scribner") << dump(a);
  const Quote* q2 = find(a, "no firm date");
  ASSERT_NE(q2, nullptr) << dump(a);
  EXPECT_EQ(q2->speaker_name, "Shannon Scribner") << dump(a);
  const Quote* mixed = find(a, "cautiously optimistic");
  ASSERT_NE(mixed, nullptr) << dump(a);
  EXPECT_EQ(mixed->kind, QuoteKind::mixed) << dump(a);
  EXPECT_EQ(mixed->speaker_name, "Oxfam America") << dump(a);
}

TEST(QuotesTest, PronounResolvesToThePersonQuotedBefore) {
  Article a = analyze(
      "\u201CWe will not abandon our allies,\u201D Defense Secretary Chuck Hagel said on Friday in Brussels.\n\n"
      "\u201CThe alliance is stronger than it has ever been,\u201D he said.");
  const Quote* q = find(a, "The alliance is stronger");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->speaker_name, "Chuck Hagel") << dump(a);
  EXPECT_EQ(q->cue, "said");
}

TEST(QuotesTest, SpeakerBeforeTheQuoteWithColon) {
  Article a = analyze("Prime Minister David Cameron told parliament: \u201CWe cannot stand by while this happens.\u201D");
  const Quote* q = find(a, "We cannot stand by");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->speaker_name, "David Cameron") << dump(a);
  EXPECT_EQ(q->cue, "told");
  EXPECT_EQ(q->kind, QuoteKind::direct);
}

TEST(QuotesTest, QuoteOverSeveralParagraphsKeepsItsSpeaker) {
  Article a = analyze(
      "\u201CThe economy is recovering faster than anyone expected,\u201D said Janet Yellen, the Fed chair. "
      "\u201CBut the work is not done.\n\n"
      "\u201CWe will keep rates low for as long as it takes to bring unemployment down.\u201D");
  const Quote* q = find(a, "We will keep rates low");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->speaker_name, "Janet Yellen") << dump(a);
  const Quote* q2 = find(a, "But the work is not done");
  ASSERT_NE(q2, nullptr) << dump(a);
  EXPECT_EQ(q2->speaker_name, "Janet Yellen") << dump(a);
}

TEST(QuotesTest, TellingAnOutletMakesItTheReporter) {
  Article a = analyze(
      "\"There is no military solution to this conflict,\" the foreign minister told the Associated Press in an "
      "interview.");
  const Quote* q = find(a, "no military solution");
  ASSERT_NE(q, nullptr) << dump(a);
  EXPECT_EQ(q->reported_by, "Associated Press") << dump(a);
  EXPECT_EQ(q->cue, "told");
}

TEST(QuotesTest, IndirectSpeechPatterns) {
  Article a = analyze(
      "Russian Foreign Minister Sergei Lavrov told reporters that officials from the two countries will meet again "
      "by the end of the month.\n\n"
      "Sanctions will stay in place until Moscow withdraws its troops, a senior State Department official said.\n\n"
      "According to the United Nations, more than 100,000 people have been killed in the conflict.");
  const Quote* q1 = find(a, "officials from the two countries will meet again");
  ASSERT_NE(q1, nullptr) << dump(a);
  EXPECT_EQ(q1->kind, QuoteKind::indirect);
  EXPECT_EQ(q1->speaker_name, "Sergei Lavrov") << dump(a);
  const Quote* q2 = find(a, "Sanctions will stay in place");
  ASSERT_NE(q2, nullptr) << dump(a);
  EXPECT_NE(q2->speaker_name.find("official"), std::string::npos) << dump(a);
  const Quote* q3 = find(a, "more than 100,000 people");
  ASSERT_NE(q3, nullptr) << dump(a);
  EXPECT_EQ(q3->cue, "according to");
  EXPECT_EQ(q3->speaker_name, "United Nations") << dump(a);
}

// The quote containing `needle`, which must be there and spoken by `speaker`; null when missing.
const Quote* expect_quote(const Article& a, std::string_view needle, std::string_view speaker) {
  const Quote* q = find(a, needle);
  EXPECT_NE(q, nullptr) << "no quote with: " << needle << dump(a);
  if (q) EXPECT_EQ(q->speaker_name, speaker) << dump(a);
  return q;
}

TEST(QuotesTest, ReportedClausesInSentencesThatAlsoQuote) {
  Article a = analyze(
      "\"We are not there yet,\" Mayor Anna Berg said on Monday, and said the city would reopen the bridge in May.\n\n"
      "Governor Tom Ellis, a Democrat, said Tuesday that he had signed the budget, which angered the unions.\n\n"
      "The plan will cost more than expected, said Paul Ortega, an economist at the state university.\n\n"
      "Maria Soto, who said the vote was rigged, filed a complaint.\n\n"
      "Senator Ruth Kane became the first to endorse him and said she would campaign in Ohio.");
  if (const Quote* q = expect_quote(a, "We are not there yet", "Anna Berg")) EXPECT_EQ(q->kind, QuoteKind::direct);
  expect_quote(a, "the city would reopen the bridge", "Anna Berg");
  if (const Quote* q = expect_quote(a, "he had signed the budget", "Tom Ellis"))
    EXPECT_EQ(quoted(a, *q), "he had signed the budget") << "the writer's ', which ...' is not reported";
  expect_quote(a, "The plan will cost more", "Paul Ortega");
  if (const Quote* q = expect_quote(a, "the vote was rigged", "Maria Soto"))
    EXPECT_EQ(quoted(a, *q), "the vote was rigged");
  expect_quote(a, "she would campaign in Ohio", "Ruth Kane");
}

TEST(QuotesTest, AccordingToAnySourceAndPhrasesBetweenCueAndClause) {
  Article a = analyze(
      "Turnout fell by a third, according to exit polls reported by two networks.\n\n"
      "The council met for an hour, he said in an interview.\n\n"
      "Mayor Anna Berg said on Friday she met the governor last week.\n\n"
      "Governor Tom Ellis told reporters after four hours of talks with the unions in the capital that the "
      "strike was over.");
  expect_quote(a, "Turnout fell by a third", "exit polls reported by two networks");
  EXPECT_EQ(find(a, "an interview"), nullptr) << "a circumstance is not what was said" << dump(a);
  expect_quote(a, "she met the governor", "Anna Berg");
  if (const Quote* q = expect_quote(a, "the strike was over", "Tom Ellis")) EXPECT_EQ(quoted(a, *q), "the strike was over");
}

TEST(QuotesTest, TrailingAttributionOnlyWhenNothingIsReportedAfterIt) {
  Article a = analyze(
      "One survey counts 2,400 firms, another says there are about 1,800.\n\n"
      "His wife, he says, plans to leave the party.\n\n"
      "In a poll this week, 42% say they are liberal.\n\n"
      "Even India has more cultural pull, says political scientist Dana Omar in Almaty.");
  if (const Quote* q = find(a, "there are about 1,800")) EXPECT_EQ(quoted(a, *q), "there are about 1,800") << dump(a);
  else ADD_FAILURE() << dump(a);
  if (const Quote* q = find(a, "plans to leave the party")) EXPECT_EQ(quoted(a, *q).rfind("His wife", 0), 0u) << dump(a);
  else ADD_FAILURE() << dump(a);
  expect_quote(a, "they are liberal", "42%");
  expect_quote(a, "Even India has more cultural pull", "Dana Omar");
}

TEST(QuotesTest, QuotedTermsInsideAReportMakeOneMixedQuote) {
  Article a = analyze(
      "Union leader Rita Reed said the members also want to 'review terms' on what she called the 'final "
      "offer' of the board.\n\n"
      "The Herald reports that Mayor Anna Berg said she was ready to close the \"budget gap.\"");
  if (const Quote* q = expect_quote(a, "review terms", "Rita Reed")) {
    EXPECT_EQ(q->kind, QuoteKind::mixed);
    EXPECT_EQ(quoted(a, *q).rfind("the members also want to", 0), 0u) << dump(a);
  }
  EXPECT_EQ(find(a, "final offer' of the board"), find(a, "review terms")) << "one quote, not two" << dump(a);
  for (const Quote& q : a.quotes) EXPECT_NE(quoted(a, q), "Mayor Anna Berg said") << dump(a);
}

TEST(QuotesTest, QuestionsPutAndReportsToAnOutlet) {
  Article a = analyze(
      "Asked whether the bridge would reopen, the mayor smiled.\n\n"
      "The pilot was careful and calm, a Cairo airport official told The New York Times.");
  if (const Quote* q = find(a, "whether the bridge would reopen")) {
    EXPECT_EQ(quoted(a, *q), "whether the bridge would reopen");
    EXPECT_TRUE(q->speaker_name.empty()) << "the asker is not named" << dump(a);
  } else {
    ADD_FAILURE() << dump(a);
  }
  expect_quote(a, "The pilot was careful and calm", "a Cairo airport official");
}

TEST(QuotesTest, TranscriptTurnsAreTheirSpeakersWords) {
  Article a = analyze(
      "HOLT: Do you think the governor can still win the primary?\n\n"
      "MARTINEZ: Well, I think the race is wide open and anything can happen.\n\n"
      "UPDATE: The debate was moved to Thursday night.");
  expect_quote(a, "Do you think the governor", "HOLT");
  expect_quote(a, "the race is wide open", "MARTINEZ");
  EXPECT_EQ(find(a, "The debate was moved"), nullptr) << "a label is no speaker" << dump(a);
}

TEST(QuotesTest, IntentionsAreReportedWithTheirInfinitive) {
  Article a = analyze(
      "The Berg campaign plans to send the mayor to every county before the vote.\n\n"
      "Governor Tom Ellis declined to comment on the strike.");
  expect_quote(a, "to send the mayor to every county", "The Berg campaign");
  if (const Quote* q = expect_quote(a, "to comment on the strike", "Tom Ellis"))
    EXPECT_EQ(quoted(a, *q), "to comment on the strike");
}

TEST(QuotesTest, CueWordsUsedAsNounsOrPassivesOpenNoReport) {
  Article a = analyze(
      "He has an \u201cexcellent chance\u201d to win many of the states voting on Tuesday.\n\n"
      "Thiel was revealed as a delegate by the party.\n\n"
      "Her remarks on the economy drew little notice.");
  for (const Quote& q : a.quotes) EXPECT_TRUE(q.speaker_name.empty() || q.kind != QuoteKind::indirect) << dump(a);
  EXPECT_EQ(find(a, "a delegate by the party"), nullptr) << dump(a);
  EXPECT_EQ(find(a, "on the economy"), nullptr) << dump(a);
}

TEST(QuotesTest, ScareQuotesAndTitlesAreNotQuotations) {
  Article a = analyze("In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria\n\nThe so-called \"reset\" failed.");
  EXPECT_TRUE(a.quotes.empty()) << dump(a);
}

TEST(QuotesTest, ApostrophesAreNotQuotationMarks) {
  Article a = analyze("The officials\u2019 statement came after Russia\u2019s decision, Lavrov\u2019s aides said.");
  for (const Quote& q : a.quotes) EXPECT_NE(q.kind, QuoteKind::direct) << dump(a);
}

TEST(QuotesTest, SpansAreSortedAndInsideTheText) {
  Article a = analyze(kNprRelay);
  ASSERT_FALSE(a.quotes.empty());
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    EXPECT_LE(a.quotes[i].span.end, a.text.size());
    EXPECT_LT(a.quotes[i].span.start, a.quotes[i].span.end);
    if (i) EXPECT_LE(a.quotes[i - 1].span.start, a.quotes[i].span.start);
  }
}

}  // namespace
}  // namespace chronicle::nlp
