// Readers of the TABARI/PETRARCH dictionary formats, unchanged, into a Lexicon: actors (with
// date-restricted codes), agents (with "~" affixes, plurals and !SUBSTITUTION! sets), verbs (with
// synsets, verb blocks and patterns using * $ + % ^ _ &) and discards.
//
// Formats, field by field, are in docs/events.md ("TABARI/PETRARCH dictionaries"). In short:
//   actors:   PHRASE[_] [CODE]   then "+SYNONYM" lines and tab-indented "[CODE <DATE]",
//             "[CODE >DATE]", "[CODE DATE-DATE]" lines; a trailing "_" means whole word only.
//   agents:   !SET! = A, B, C     PHRASE {PLURAL ...} [~CODE] or [CODE~]
//   verbs:    &SYNSET +PHRASE ...   --- NAME [CODE] ---   VERB {FORMS} [CODE]   - PATTERN [CODE]
//   discards: PHRASE   or   +PHRASE (the whole story)
// "#" starts a comment; "<!-- ... -->" comments may span lines.
//
// A reader never throws. A line it cannot read is skipped and named in `warnings`
// ("FILE:LINE: reason"); an unreadable or empty file is an error (returns false, `error` set).
#pragma once
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "events/lexicon.h"

namespace chronicle::events {

struct ReadReport {
  std::string error;                   // "" on success
  std::vector<std::string> warnings;   // skipped lines, "FILE:LINE: reason"
  size_t entries = 0;                  // actors, agents, verb patterns or discards read
};

bool read_petrarch_actors(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_petrarch_agents(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_petrarch_verbs(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);
bool read_petrarch_discards(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report);

// Dates in dictionaries: YYYYMMDD, or YYMMDD read as 19YY when YY >= 30 and 20YY otherwise (the
// CountryInfo convention). Returns 0 when `text` is not such a date.
int parse_dictionary_date(std::string_view text);

// Parses one bracketed actor code block body, "CODE", "CODE <DATE", "CODE >DATE",
// "CODE DATE-DATE" (spaces allowed around the operators). False when malformed.
bool parse_dated_code(std::string_view body, DatedCode& out, bool& dated);

// Adds a verb pattern ("- * DIPLOMATIC TIES [064]" without the leading "- ") to `block`.
// False with `error` set when it has no "*" or no code.
bool parse_verb_pattern(std::string_view text, Lexicon& lexicon, VerbBlock& block, std::string& error);

// The dictionary files of a directory, as bench/predict-events and `chronicle code` find them:
// every regular file whose name contains "actors", "agents", "verbs" or "discards".
struct DictionaryFiles {
  std::vector<std::string> actors, agents, verbs, discards;
};
DictionaryFiles find_dictionary_files(const std::string& dir);

// Loads a full lexicon from PETRARCH files (any list may be empty except verbs and actors) and
// compiles it. Returns false with `error` naming the file on failure.
bool load_petrarch_lexicon(const DictionaryFiles& files, Lexicon& lexicon, std::string& error,
                           std::vector<std::string>* warnings = nullptr);

}  // namespace chronicle::events
