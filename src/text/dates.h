// Dates: the forms news text writes dates in, normalised to ISO 8601.
//
// Recognised forms (English month names, full or abbreviated, with or without a full stop; an
// optional leading weekday; ordinals "9th"; an optional time after the date):
//   ISO 8601        2015-12-15, 2015-12-15T10:00:00Z, 2015-12-15 10:00:00.250+01:00, 2015/12/15
//   RFC 2822        Tue, 15 Dec 2015 10:00:00 +0000 (also GMT, UTC)
//   month first     Aug. 9, 2013   December 15, 2015   Sept 3 2019, 8:03 am ET
//   day first       9 August 2013   15th of December, 2015
//   numeric         12/15/2015 (US month/day/year; read day/month when the first number is above
//                   12), 15.12.2015 (day.month.year)
// The result is "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z" or "+HH:MM" when a time comes with
// an explicit zone (Z, GMT, UTC or a numeric offset). A prose time with a named local zone ("8:03
// am ET") gives the date only: the offset of such names depends on the season and the place, and a
// wrong timestamp is worse than a date. A time in an ISO form without a zone is kept as local time.
//
// Every number is read with std::from_chars and checked: month 1-12, day within that month (leap
// years included), hours 0-23, minutes and seconds 0-59, offsets within ±14:00. Prose years must lie
// in 1800-2199 (so "3 May 1" or a page count is not a date); ISO years in 1000-9999. Two-digit years
// are not read: "8/9/13" is ambiguous.
//
// None of these functions throws; all are thread-safe.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle::text {

// A date found inside a longer string: its ISO form and the byte range [begin, end) it covers.
struct FoundDate {
  std::string iso;
  size_t begin = 0;
  size_t end = 0;
};

// Normalises a string that is a date and nothing else (surrounding white space and punctuation, a
// weekday, and a trailing named zone such as "ET" or "BST" are allowed). "" when it is not one.
//   normalize_date("Aug. 9, 2013") == "2013-08-09"
//   normalize_date("Tue, 15 Dec 2015 10:00:00 GMT") == "2015-12-15T10:00:00Z"
std::string normalize_date(std::string_view s);

// Finds the first date expression in `s` (a dateline, "Updated 10:42 AM EDT, Tue June 4, 2019",
// "Published: 12 March 2018"). Empty when there is none. Cost linear in s.size().
std::optional<FoundDate> find_date(std::string_view s);

// True when year/month/day name a real calendar day (proleptic Gregorian).
bool is_valid_ymd(int year, int month, int day);

// 1-12 for an English month name or its abbreviation ("Sept", "aug"), case-insensitive; 0 otherwise.
int month_from_name(std::string_view word);

}  // namespace chronicle::text
