// Bylines: who wrote a story, and for which outlet, from the line that says so.
//
// Shared by the plain-text cleaner and the HTML extractor (one parser, not two). Knowledge-free on
// purpose: a byline is recognised by its grammar ("By NAME[, OUTLET]"), not by a list of names, so
// it needs no data file and can be called from anywhere. Pure functions, thread-safe, no throws.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace chronicle::extract {

struct Byline {
  std::string author;  // "Jane Doe", "Jane Doe and John Smith"; "" when the byline names only an outlet
  std::string outlet;  // "Reuters" in "By Jane Doe, Reuters"; "" when none
};

// Parses one byline line. The line must open with a byline cue: "By", "Written by", "Reported by",
// "Reporting by", "Words by", "Story by", "Posted by", "Text by", "Author:", "Authors:" (any case).
// What follows is cut at a separator (" | ", " • ", " · ", " — ", " - "), a date, "Updated",
// "Published", "Posted", " on " or an "@handle"; then split into authors ("A, B and C", "A & B")
// and an outlet (", Reuters", " for The Guardian", "By Reuters Staff"). Role words after a comma
// ("Staff Writer", "Senior Correspondent") are dropped. All-capital names are title-cased.
// Returns nullopt when there is no cue, or when what follows is neither a person's name nor an
// outlet ("By the way, the talks ..."). Examples:
//   parse_byline("By Eyder Peralta")                 -> {"Eyder Peralta", ""}
//   parse_byline("By JANE DOE and John Smith, CNN")  -> {"Jane Doe and John Smith", "CNN"}
//   parse_byline("By Associated Press")              -> {"", "Associated Press"}
std::optional<Byline> parse_byline(std::string_view line);

// True for a string shaped like a person's name: 2 to 5 words, each capitalised, an initial
// ("E."), a particle ("de", "van", "al-", "bin") or a suffix ("Jr.", "III"); no digits; at most 60
// bytes. Shape only: "Play Live Radio" passes, so callers need context (a cue, a credit slash).
bool looks_like_person_name(std::string_view s);

// "JANE DOE" -> "Jane Doe"; a name that is not all capitals comes back unchanged.
std::string tidy_name(std::string_view s);

}  // namespace chronicle::extract
