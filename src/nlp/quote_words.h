// Closed word classes the quote stage reads grammar with (quotes.cc). Small and fixed, so they
// live here beside their one user rather than in data/ (STYLE.md: "one header per stage when tiny").
// Open-ended knowledge (cue verbs, outlets, titles) is in data/nlp/.
#pragma once
#include <algorithm>
#include <string_view>

namespace chronicle::nlp::quote_words {

// Subject pronouns that can name a speaker.
inline constexpr std::string_view kPronouns[] = {"he", "she", "they", "we", "i", "it"};

// Words that open a noun phrase describing a speaker ("a U.S. official", "two diplomats").
inline constexpr std::string_view kDeterminers[] = {
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "another", "other", "his", "her",
    "their", "its", "our", "this", "that", "these", "those", "most", "few", "both", "no"};

// Words after which a cue form is a noun ("the states", "his remarks"). Not "that" or "some":
// "officials that say", "some say" are verbs.
inline constexpr std::string_view kNounDeterminers[] = {"a",   "an",   "the",   "his",   "her", "their", "its",
                                                        "our", "my",   "your",  "these", "this"};

// Prepositions inside a speaker phrase ("officials traveling with Kerry", "a spokesman for the ministry").
inline constexpr std::string_view kPrepositions[] = {"after", "with", "of", "for", "from", "in", "at", "on",
                                                     "by", "to", "near", "about", "at", "inside", "within"};

// Words between a speaker and the cue that do not change who speaks ("Kerry also said").
inline constexpr std::string_view kAdverbs[] = {
    "also", "later", "then", "again", "has", "had", "have", "will", "would", "could", "may", "might", "did",
    "does", "do", "earlier", "previously", "recently", "once", "further", "repeatedly", "often", "still",
    "had", "'d", "reportedly", "privately", "publicly", "separately", "yesterday", "today", "first",
    "last", "is", "was", "were", "are", "has", "not", "never", "n't"};

// Words that open a phrase of time after a cue ("said Tuesday he would", "said last week that").
inline constexpr std::string_view kTimeWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                  "sunday", "last", "earlier", "yesterday", "today", "tonight",
                                                  "recently", "this", "late", "privately", "publicly"};

// Words that open a reported question ("asked whether", "asked about").
inline constexpr std::string_view kQuestionWords[] = {"whether", "if", "which", "who", "what", "why", "how",
                                                      "when", "where", "about"};

// Capitalised labels that open a paragraph with a colon without naming a speaker ("UPDATE: ...").
inline constexpr std::string_view kLabelWords[] = {"update", "updated", "correction", "note", "editor", "photo",
                                                   "video", "watch", "read", "related", "source", "sources",
                                                   "breaking", "exclusive", "analysis", "opinion", "q", "a"};

// Forms of "be" before a participle: "was revealed", "is expected" are passive, not a speaker's cue.
inline constexpr std::string_view kBeForms[] = {"is", "was", "were", "are", "been", "be", "being"};

// Words that end a speaker phrase when walking back from the cue.
inline constexpr std::string_view kClauseBreaks[] = {
    "that", "and", "but", "because", "when", "while", "as", "if", "although", "though", "since", "so",
    "or", "which", "who", "whom", "where", "after", "before", "until", "said", "says", "told", "than"};

// Words after a comma that start the writer's own clause, ending a reported one
// ("Ryan said he would no longer defend Trump, which has sparked a battle").
inline constexpr std::string_view kWriterClauses[] = {"which", "but", "while", "although", "though", "whereas",
                                                      "despite", "even", "prompting", "sparking"};

// Verbs that take a listener before their clause ("told reporters that", "assured me that").
inline constexpr std::string_view kListenerVerbs[] = {
    "told", "tells", "tell", "telling", "assured", "assures", "warned", "warns", "urged", "urges", "asked",
    "asks", "informed", "informs", "reminded", "reminds", "promised", "promises"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view lower_word) {
  return std::find(std::begin(list), std::end(list), lower_word) != std::end(list);
}

}  // namespace chronicle::nlp::quote_words
