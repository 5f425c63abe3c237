#include "text/dates.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

namespace chronicle::text {
namespace {

// Prose years outside this range are page counts, prices or addresses, not publication dates.
constexpr int kMinProseYear = 1800;
constexpr int kMaxProseYear = 2199;

enum class Kind { number, word, punct };

struct Token {
  Kind kind;
  size_t begin;
  size_t end;
  bool space_before;  // white space between this token and the previous one
};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    char c = s[i];
    if (is_blank(c)) {
      space = true;
      ++i;
      continue;
    }
    size_t start = i;
    Kind kind;
    if (is_digit(c)) {
      kind = Kind::number;
      while (i < s.size() && is_digit(s[i])) ++i;
    } else if (is_ascii_letter(c)) {
      kind = Kind::word;
      while (i < s.size() && is_ascii_letter(s[i])) ++i;
    } else {
      kind = Kind::punct;
      ++i;
      // A non-ASCII code point is one token (its continuation bytes go with it).
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    tokens.push_back({kind, start, i, space});
    space = false;
  }
  return tokens;
}

// The parse state: the string, its tokens, and helpers that read them with checks.
struct Cursor {
  std::string_view s;
  const std::vector<Token>& t;

  std::string_view text(size_t i) const { return s.substr(t[i].begin, t[i].end - t[i].begin); }
  bool is_num(size_t i, size_t min_digits, size_t max_digits) const {
    if (i >= t.size() || t[i].kind != Kind::number) return false;
    size_t n = t[i].end - t[i].begin;
    return n >= min_digits && n <= max_digits;
  }
  int num(size_t i) const {
    int value = 0;
    std::string_view v = text(i);
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || ptr != v.data() + v.size()) return -1;
    return value;
  }
  bool is_punct(size_t i, char c) const { return i < t.size() && t[i].kind == Kind::punct && s[t[i].begin] == c; }
  bool is_word(size_t i) const { return i < t.size() && t[i].kind == Kind::word; }
  bool is_word(size_t i, std::string_view w) const { return is_word(i) && iequals(text(i), w); }
  bool glued(size_t i) const { return i < t.size() && !t[i].space_before; }
};

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[static_cast<size_t>(month - 1)];
}

std::string format_date(int y, int m, int d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// A time of day after a date, and the zone when one is given.
struct Time {
  int hour = 0, minute = 0, second = 0;
  bool has_zone = false;  // Z, GMT, UTC or a numeric offset
  int offset_minutes = 0;
};

std::string format_timestamp(int y, int m, int d, const Time& time) {
  char buf[64];
  if (time.offset_minutes == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, time.hour, time.minute, time.second);
  } else {
    int off = time.offset_minutes < 0 ? -time.offset_minutes : time.offset_minutes;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, m, d, time.hour, time.minute,
                  time.second, time.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  }
  return buf;
}

std::string format_local(int y, int m, int d, const Time& time) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, time.hour, time.minute, time.second);
  return buf;
}

// Reads a zone at token i: "Z" glued to the time, GMT/UTC/UT, or +HHMM, +HH:MM, +HH. Advances i.
bool read_zone(const Cursor& c, size_t& i, Time& time) {
  if (c.is_word(i) && c.glued(i) && c.text(i) == "Z") {
    time.has_zone = true;
    ++i;
    return true;
  }
  if (c.is_word(i, "GMT") || c.is_word(i, "UTC") || c.is_word(i, "UT")) {
    time.has_zone = true;
    ++i;
    // "GMT+01:00" style: an offset glued to the zone name.
    size_t j = i;
    Time offset;
    if (j < c.t.size() && c.glued(j) && (c.is_punct(j, '+') || c.is_punct(j, '-')) && read_zone(c, j, offset) &&
        offset.has_zone) {
      time.offset_minutes = offset.offset_minutes;
      i = j;
    }
    return true;
  }
  if (c.is_punct(i, '+') || c.is_punct(i, '-')) {
    int sign = c.is_punct(i, '-') ? -1 : 1;
    size_t j = i + 1;
    if (!c.glued(j)) return false;
    int hours = -1, minutes = 0;
    if (c.is_num(j, 4, 4)) {
      int v = c.num(j);
      hours = v / 100;
      minutes = v % 100;
      ++j;
    } else if (c.is_num(j, 2, 2)) {
      hours = c.num(j);
      ++j;
      if (c.is_punct(j, ':') && c.glued(j) && c.is_num(j + 1, 2, 2) && c.glued(j + 1)) {
        minutes = c.num(j + 1);
        j += 2;
      }
    } else {
      return false;
    }
    if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59 || (hours == 14 && minutes > 0)) return false;
    time.has_zone = true;
    time.offset_minutes = sign * (hours * 60 + minutes);
    i = j;
    return true;
  }
  return false;
}

// Reads H:MM[:SS[.fff]] [am|pm|a.m.|p.m.] [zone] at token i. Advances i past what it read.
bool read_time(const Cursor& c, size_t& i, Time& time) {
  size_t j = i;
  if (!c.is_num(j, 1, 2) || !c.is_punct(j + 1, ':') || !c.glued(j + 1) || !c.is_num(j + 2, 2, 2) || !c.glued(j + 2))
    return false;
  time.hour = c.num(j);
  time.minute = c.num(j + 2);
  j += 3;
  if (c.is_punct(j, ':') && c.glued(j) && c.is_num(j + 1, 2, 2) && c.glued(j + 1)) {
    time.second = c.num(j + 1);
    j += 2;
    // Fractional seconds are dropped: publication times are not that precise.
    if ((c.is_punct(j, '.') || c.is_punct(j, ',')) && c.glued(j) && c.is_num(j + 1, 1, 9) && c.glued(j + 1)) j += 2;
  }
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return false;
  // am / pm, also written a.m. / p.m.
  if (c.is_word(j, "am") || c.is_word(j, "pm") || c.is_word(j, "a") || c.is_word(j, "p")) {
    std::string_view w = c.text(j);
    bool pm = lower(w[0]) == 'p';
    size_t k = j + 1;
    if (w.size() == 1) {
      if (!(c.is_punct(k, '.') && c.is_word(k + 1, "m"))) goto no_meridiem;
      k += 2;
      if (c.is_punct(k, '.') && c.glued(k)) ++k;
    }
    if (time.hour < 1 || time.hour > 12) return false;
    if (pm && time.hour != 12) time.hour += 12;
    if (!pm && time.hour == 12) time.hour = 0;
    j = k;
  }
no_meridiem:
  read_zone(c, j, time);
  i = j;
  return true;
}

// An optional time after a prose date: "Aug. 9, 2013, 8:03 am ET", "15 Dec 2015 10:00:00 +0000".
void read_trailing_time(const Cursor& c, size_t& i, Time& time, bool& has_time) {
  size_t j = i;
  if (c.is_punct(j, ',') || c.is_punct(j, '-') || c.is_punct(j, '|') || c.is_word(j, "at")) ++j;
  Time t;
  if (read_time(c, j, t)) {
    time = t;
    has_time = true;
    i = j;
  }
}

std::string finish(int y, int m, int d, const Time& time, bool has_time) {
  if (has_time && time.has_zone) return format_timestamp(y, m, d, time);
  return format_date(y, m, d);
}

// 2015-12-15, 2015/12/15, with an optional "T10:00:00Z" or " 10:00:00+01:00".
std::optional<std::string> parse_iso(const Cursor& c, size_t& i) {
  size_t j = i;
  if (!c.is_num(j, 4, 4)) return std::nullopt;
  bool dash = c.is_punct(j + 1, '-');
  if (!(dash || c.is_punct(j + 1, '/')) || !c.glued(j + 1)) return std::nullopt;
  char sep = c.s[c.t[j + 1].begin];
  if (!c.is_num(j + 2, dash ? 2 : 1, 2) || !c.glued(j + 2) || !c.is_punct(j + 3, sep) || !c.glued(j + 3) ||
      !c.is_num(j + 4, dash ? 2 : 1, 2) || !c.glued(j + 4))
    return std::nullopt;
  int y = c.num(j), m = c.num(j + 2), d = c.num(j + 4);
  if (y < 1000 || !is_valid_ymd(y, m, d)) return std::nullopt;
  j += 5;
  // Not a date when more digits follow ("2015-12-15-3" is an identifier).
  if ((c.is_punct(j, '-') || c.is_punct(j, '/')) && c.glued(j) && c.is_num(j + 1, 1, 9) && c.glued(j + 1))
    return std::nullopt;
  Time time;
  bool has_time = false;
  size_t k = j;
  if (c.is_word(k) && c.glued(k) && (c.text(k) == "T" || c.text(k) == "t") && c.glued(k + 1)) {
    ++k;
    if (read_time(c, k, time)) has_time = true;
  } else if (read_time(c, k, time)) {
    has_time = true;
  }
  if (has_time) j = k;
  i = j;
  if (!has_time) return format_date(y, m, d);
  if (time.has_zone) return format_timestamp(y, m, d, time);
  return format_local(y, m, d, time);
}

// Skips an ordinal suffix glued to a day number ("9th").
void skip_ordinal(const Cursor& c, size_t& i) {
  if (c.is_word(i) && c.glued(i) &&
      (c.is_word(i, "st") || c.is_word(i, "nd") || c.is_word(i, "rd") || c.is_word(i, "th")))
    ++i;
}

bool read_prose_year(const Cursor& c, size_t i, int& year) {
  if (!c.is_num(i, 4, 4)) return false;
  year = c.num(i);
  return year >= kMinProseYear && year <= kMaxProseYear;
}

// Aug. 9, 2013 / August 9 2013 / Sept 3rd, 2019 8:03 am ET
std::optional<std::string> parse_month_first(const Cursor& c, size_t& i) {
  size_t j = i;
  if (!c.is_word(j)) return std::nullopt;
  int m = month_from_name(c.text(j));
  if (m == 0) return std::nullopt;
  ++j;
  if (c.is_punct(j, '.') && c.glued(j)) ++j;
  if (!c.is_num(j, 1, 2)) return std::nullopt;
  int d = c.num(j);
  ++j;
  skip_ordinal(c, j);
  if (c.is_punct(j, ',')) ++j;
  int y;
  if (!read_prose_year(c, j, y) || !is_valid_ymd(y, m, d)) return std::nullopt;
  ++j;
  Time time;
  bool has_time = false;
  read_trailing_time(c, j, time, has_time);
  i = j;
  return finish(y, m, d, time, has_time);
}

// 9 August 2013 / 15th of December, 2015 / 15 Dec 2015 10:00:00 +0000 (RFC 2822)
std::optional<std::string> parse_day_first(const Cursor& c, size_t& i) {
  size_t j = i;
  if (!c.is_num(j, 1, 2)) return std::nullopt;
  int d = c.num(j);
  ++j;
  skip_ordinal(c, j);
  if (c.is_word(j, "of")) ++j;
  if (!c.is_word(j)) return std::nullopt;
  int m = month_from_name(c.text(j));
  if (m == 0) return std::nullopt;
  ++j;
  if (c.is_punct(j, '.') && c.glued(j)) ++j;
  if (c.is_punct(j, ',')) ++j;
  int y;
  if (!read_prose_year(c, j, y) || !is_valid_ymd(y, m, d)) return std::nullopt;
  ++j;
  Time time;
  bool has_time = false;
  read_trailing_time(c, j, time, has_time);
  i = j;
  return finish(y, m, d, time, has_time);
}

// 12/15/2015 (US), 15/12/2015 when the first number cannot be a month, 15.12.2015 (day first).
std::optional<std::string> parse_numeric(const Cursor& c, size_t& i) {
  size_t j = i;
  if (!c.is_num(j, 1, 2)) return std::nullopt;
  char sep = 0;
  if (c.is_punct(j + 1, '/')) sep = '/';
  else if (c.is_punct(j + 1, '.')) sep = '.';
  else if (c.is_punct(j + 1, '-')) sep = '-';
  else return std::nullopt;
  if (!c.glued(j + 1) || !c.is_num(j + 2, 1, 2) || !c.glued(j + 2) || !c.is_punct(j + 3, sep) || !c.glued(j + 3) ||
      !c.is_num(j + 4, 4, 4) || !c.glued(j + 4))
    return std::nullopt;
  int a = c.num(j), b = c.num(j + 2), y = c.num(j + 4);
  if (y < kMinProseYear || y > kMaxProseYear) return std::nullopt;
  int m, d;
  if (sep == '.' || a > 12) {
    d = a;
    m = b;
  } else {
    m = a;
    d = b;
  }
  if (!is_valid_ymd(y, m, d)) return std::nullopt;
  j += 5;
  // "12/15/2015/7" is a path, not a date.
  if ((c.is_punct(j, sep) || c.is_punct(j, '/')) && c.glued(j) && c.is_num(j + 1, 1, 9) && c.glued(j + 1))
    return std::nullopt;
  Time time;
  bool has_time = false;
  read_trailing_time(c, j, time, has_time);
  i = j;
  return finish(y, m, d, time, has_time);
}

bool is_weekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kFull = {"monday", "tuesday", "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
  for (std::string_view day : kFull) {
    if (iequals(w, day)) return true;
    if (w.size() == 3 && iequals(w, day.substr(0, 3))) return true;
  }
  return iequals(w, "tues") || iequals(w, "thur") || iequals(w, "thurs") || iequals(w, "weds");
}

// A named zone abbreviation after a date ("ET", "EDT", "BST"): upper-case, 2-5 letters.
bool is_zone_name(std::string_view w) {
  if (w.size() < 2 || w.size() > 5) return false;
  for (char ch : w)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

}  // namespace

bool is_valid_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year, month);
}

int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (iequals(word, kMonths[m])) return static_cast<int>(m) + 1;
    // Three-letter abbreviations, and "Sept".
    if (word.size() == 3 && iequals(word, kMonths[m].substr(0, 3))) return static_cast<int>(m) + 1;
  }
  if (iequals(word, "sept")) return 9;
  return 0;
}

std::optional<FoundDate> find_date(std::string_view s) {
  std::vector<Token> tokens = tokenize(s);
  Cursor c{s, tokens};
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A date starts a token run: not in the middle of a word or number ("A2015-12-15", "x9 May").
    if (i > 0 && tokens[i].kind != Kind::punct && !tokens[i].space_before && tokens[i - 1].kind != Kind::punct)
      continue;
    size_t j = i;
    std::optional<std::string> iso;
    if (tokens[i].kind == Kind::number) {
      iso = parse_iso(c, j);
      if (!iso) iso = parse_day_first(c, j = i);
      if (!iso) iso = parse_numeric(c, j = i);
    } else if (tokens[i].kind == Kind::word) {
      iso = parse_month_first(c, j);
    }
    if (iso) return FoundDate{*iso, tokens[i].begin, tokens[j - 1].end};
  }
  return std::nullopt;
}

std::string normalize_date(std::string_view s) {
  std::optional<FoundDate> found = find_date(s);
  if (!found) return "";
  // Only a weekday and punctuation may come before the date; only punctuation and a named zone after.
  std::vector<Token> before = tokenize(s.substr(0, found->begin));
  for (const Token& t : before) {
    if (t.kind == Kind::number) return "";
    if (t.kind == Kind::word && !is_weekday(s.substr(t.begin, t.end - t.begin))) return "";
  }
  std::string_view rest = s.substr(found->end);
  std::vector<Token> after = tokenize(rest);
  for (const Token& t : after) {
    if (t.kind == Kind::number) return "";
    if (t.kind == Kind::word && !is_zone_name(rest.substr(t.begin, t.end - t.begin))) return "";
  }
  return found->iso;
}

}  // namespace chronicle::text
