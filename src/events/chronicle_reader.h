// Readers of Chronicle's own event dictionaries in data/events/ (formats in docs/events.md):
//   countries.tsv      ISO3 <TAB> names <TAB> adjectives and demonyms <TAB> capitals (metonyms)
//   actors.tsv,        phrase|phrase <TAB> code [<TAB> from <TAB> to]   (ISO dates, "-" = open)
//   titles.tsv,          titles that imply a country, dated office holders, IGOs and NGOs;
//   officeholders.tsv,   several lines for one phrase list make one actor with dated codes; a
//   organisations.tsv    line without dates is its default code
//   agents.tsv         phrase|phrase <TAB> ~CODE or CODE~   (regular plurals are generated)
//   verbs.tsv          VERB <TAB> PATTERN <TAB> CODE   (VERB: "lemma {irregular forms}", or
//                      "n:noun" for an event noun; PATTERN in PETRARCH syntax, "-" = the verb alone)
//   discards.txt       PETRARCH discards format
//   intents.tsv        ROOT <TAB> CODE   (the intent code a verb of that root takes under modality)
// Every phrase is matched whole-word and case-insensitively.
//
// The loaders never throw; a malformed line is an error naming "FILE:LINE: reason".
#pragma once
#include <istream>
#include <string>
#include <string_view>

#include "events/coder.h"
#include "events/lexicon.h"
#include "events/petrarch_reader.h"

namespace chronicle::events {

bool read_countries(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_actor_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_agent_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_verb_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_intents(std::istream& in, std::string_view source, IntentTable& intents, std::string& error);

// Loads every data/events file of `data_dir` (its "events" subfolder) into `lexicon` and compiles
// it; also fills `intents`. False with `error` naming the file on failure.
bool load_chronicle_lexicon(const std::string& data_dir, Lexicon& lexicon, IntentTable& intents, std::string& error);

// ISO date "2013-08-02" -> 20130802; "-" or "" -> 0 (open). -1 when malformed.
int parse_iso_day(std::string_view text);

}  // namespace chronicle::events
