// The coder's shallow parse of one sentence: no external parser, no tagger. It works from the
// tokens (text/tokens.h), the closed-class English words below, and the lexicon's actors, agents
// and verbs, and produces what the coder needs:
//   - verb groups: the dictionary verb, its auxiliaries, negation, modality, passive voice and
//     whether it is an infinitive ("to meet") or an event noun ("talks with");
//   - noun-phrase chunks with the actor code each names (country + agents, "~" affixes, dated
//     codes), and whether each is a prepositional object;
//   - actor groups: coordinated chunks ("U.S. and Russian officials", "Gondor, Rohan and Bree"),
//     agents distributed over coordinated adjectives, and "agent of/from/in COUNTRY" links.
// The closed-class lists are tiny and fixed grammar, so they live in shallow_parse.cc rather than
// in data/ (STYLE: "in one header per stage when tiny").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon.h"
#include "text/tokens.h"

namespace chronicle::events {

enum class WordClass : uint8_t {
  content,      // anything open-class
  determiner,   // the, a, its, their, this ...
  possessive,   // 's
  preposition,  // of, in, with, by ...
  conjunction,  // and, or, nor, but
  subordinator, // that, which, who, because, while, if ...
  auxiliary,    // be, have, do and the modals
  negation,     // not, n't, never
  pronoun,      // he, they, it ...
  comma,
  boundary,     // ; : ( ) and quotation marks: clause boundaries
  number,
};

// One word of the sentence with its lexicon keys.
struct ParsedWord {
  std::string_view text;     // as in the article
  std::string norm;          // normalise_word(text)
  uint32_t start = 0, end = 0;
  WordClass cls = WordClass::content;
  bool capitalized = false;
  WordKeys keys;
  int verb = -1;             // index into ShallowParse::verbs when a verb form starts here
  int chunk = -1;            // index into ShallowParse::chunks
  bool reporting = false;    // a reporting verb ("said", "told", "confirmed"): ends the clause before it
  int relative = -1;         // id of the comma-delimited relative clause (", which ... ,") holding it
};

struct VerbGroup {
  size_t first = 0, last = 0;  // the verb form's words [first, last]
  size_t head = 0;             // the verb word
  size_t aux_first = 0;        // first word of the auxiliary chain (== first when none)
  uint32_t form = 0;           // lexicon form index
  bool negated = false;
  bool passive = false;
  bool modal = false;          // will/would/shall/plans to/agreed to ... governs it
  bool infinitive = false;     // "to" right before it
  bool coordinated = false;    // "and"/"but" right before its auxiliary chain
  bool noun = false;           // used as an event noun ("for talks with")
  bool modifier = false;       // a bare "-ing" form after a noun ("roads leading into"): not finite,
                               // so it neither ends the clause before it nor has a subject of its own
};

struct Chunk {
  size_t first = 0, end = 0;   // words [first, end)
  std::vector<std::string> codes;  // actor codes it names (several for a compound actor); empty when none
  bool has_country = false;    // an actor entry (not only agents) named it
  bool has_agent = false;
  bool prep_object = false;    // directly governed by a preposition
  uint32_t prep_word = kNoWord;// that preposition
  std::string name;            // surface text of the chunk
  int group = -1;
};

struct ActorGroup {
  std::vector<size_t> chunks;      // coded member chunks
  std::vector<std::string> codes;  // one per coded member (compound entries expanded)
  std::vector<std::string> names;
  size_t first = 0, end = 0;       // words covered
  bool prep_object = false;
  uint32_t prep_word = kNoWord;
};

struct ParseOptions {
  int date = 0;                    // YYYYMMDD for dated actor codes, 0 = unknown
  // An actor adjective that only modifies a thing ("a Syrian peace conference") names no actor.
  // PETRARCH's dictionaries and unit tests expect the generous reading, so this is off for them.
  bool strict_heads = false;
};

// Names a person bound to an actor in this article ("Russian Foreign Minister Sergei Lavrov" ->
// Lavrov -> RUSGOV), and spans the NLP stage already resolved to an actor code.
struct ActorMemory {
  std::unordered_map<std::string, std::string> names;  // normalised surname -> code
  struct Resolved { uint32_t start, end; std::string code; };
  std::vector<Resolved> spans;                          // sorted by start
};

struct ShallowParse {
  std::vector<ParsedWord> words;
  std::vector<VerbGroup> verbs;
  std::vector<Chunk> chunks;
  std::vector<ActorGroup> groups;
};

// Parses the sentence made of `tokens` of `text`. `memory` may be null; when given, named people
// bound by this sentence are added to it.
void shallow_parse(std::string_view text, const text::Token* tokens, size_t count, const Lexicon& lexicon,
                   const ParseOptions& options, ActorMemory* memory, ShallowParse& out);

// Joins an agent code to an actor code: suffix agents append, prefix agents prepend, and a 3-letter
// block the code already holds is not repeated ("USAGOV" + "GOV" = "USAGOV").
std::string join_agent(const std::string& actor, const AgentEntry& agent);

// True for a code that names no country or organisation ("", "---GOV").
bool is_null_actor(std::string_view code);

}  // namespace chronicle::events
