#include "nlp/dates.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "text/dates.h"
#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

// A month-day without a year more than this many days after the article is last year's
// ("on Dec. 28" in a January article).
constexpr int kFutureSlackDays = 60;

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms, written out here).
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::string iso_day(int64_t days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string iso_month(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
  return buf;
}

// ISO week of a day: "YYYY-Www".
std::string iso_week(int64_t days) {
  int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  int64_t thursday = days - weekday + 3;
  int y, m, d;
  civil_from_days(thursday, y, m, d);
  int64_t week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-W%02d", y, static_cast<int>(week));
  return buf;
}

bool parse_article_date(std::string_view iso, int64_t& days) {
  if (iso.size() < 10) return false;
  int y = 0, m = 0, d = 0;
  auto num = [&](size_t at, size_t len, int& out) {
    auto [p, ec] = std::from_chars(iso.data() + at, iso.data() + at + len, out);
    return ec == std::errc() && p == iso.data() + at + len;
  };
  if (!num(0, 4, y) || iso[4] != '-' || !num(5, 2, m) || iso[7] != '-' || !num(8, 2, d)) return false;
  if (!text::is_valid_ymd(y, m, d)) return false;
  days = days_from_civil(y, m, d);
  return true;
}

int weekday_from_name(std::string_view w) {  // 0 = Monday, -1 when not a weekday
  static constexpr std::string_view kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kNames[i]) return i;
  return -1;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, std::string_view article_date) {
  std::vector<DateMention> out;
  std::vector<bool> taken;  // per byte would be large: keep spans and check overlap instead
  auto overlaps = [&](Span s) {
    return std::any_of(out.begin(), out.end(), [&](const DateMention& d) { return d.span.overlaps(s); });
  };

  // 1. Absolute dates.
  size_t pos = 0;
  while (pos < text.size()) {
    auto found = text::find_date(text.substr(pos));
    if (!found) break;
    DateMention d;
    d.span = Span{static_cast<uint32_t>(pos + found->begin), static_cast<uint32_t>(pos + found->end)};
    d.iso = found->iso;
    out.push_back(d);
    pos += std::max<size_t>(found->end, 1);
  }

  int64_t today = 0;
  bool dated = parse_article_date(article_date, today);
  if (!dated) {
    std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.span < b.span; });
    return out;
  }
  int ty, tm, td;
  civil_from_days(today, ty, tm, td);

  std::vector<text::Token> toks = text::tokenize(text);
  std::vector<std::string> low(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) low[i] = lower(toks[i].view(text));
  auto add = [&](size_t first, size_t end, std::string iso) {
    Span s{toks[first].start, toks[end - 1].end};
    if (overlaps(s)) return;
    out.push_back(DateMention{s, std::move(iso), true});
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& w = low[i];
    const std::string prev = i ? low[i - 1] : "";
    // 2. Month and day: "Jan. 12", "December 3".
    std::string_view bare = w;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);  // "Jan."
    if (int month = text::month_from_name(bare); month && toks[i].capitalized() && i + 1 < toks.size() &&
                                              toks[i + 1].kind == text::TokenKind::number) {
      int day = 0;
      std::string_view dv = toks[i + 1].view(text);
      auto [p, ec] = std::from_chars(dv.data(), dv.data() + dv.size(), day);
      if (ec == std::errc() && p == dv.data() + dv.size() && text::is_valid_ymd(ty, month, day) && w != "may") {
        int year = ty;
        if (days_from_civil(year, month, day) > today + kFutureSlackDays) --year;
        if (text::is_valid_ymd(year, month, day)) add(i, i + 2, iso_day(days_from_civil(year, month, day)));
        continue;
      }
    }
    // 3. Weekdays and today / yesterday / tomorrow.
    if (int wd = weekday_from_name(w); wd >= 0 && toks[i].capitalized()) {
      int64_t today_wd = ((today % 7) + 7 + 3) % 7;
      int64_t back = (today_wd - wd + 7) % 7;
      int64_t day = today - back;
      size_t first = i;
      if (prev == "next") {
        day = today + ((wd - today_wd + 7) % 7 == 0 ? 7 : (wd - today_wd + 7) % 7);
        first = i - 1;
      } else if (prev == "last") {
        if (back == 0) day -= 7;
        first = i - 1;
      }
      add(first, i + 1, iso_day(day));
      continue;
    }
    if (w == "today") add(i, i + 1, iso_day(today));
    else if (w == "yesterday") add(i, i + 1, iso_day(today - 1));
    else if (w == "tomorrow") add(i, i + 1, iso_day(today + 1));
    // 4. Periods.
    if (i + 1 < toks.size() && (w == "this" || w == "last" || w == "next")) {
      const std::string& unit = low[i + 1];
      int delta = w == "last" ? -1 : w == "next" ? 1 : 0;
      size_t first = (i > 0 && (prev == "earlier" || prev == "later")) ? i - 1 : i;
      if (unit == "year") add(first, i + 2, std::to_string(ty + delta));
      else if (unit == "month") {
        int m = tm + delta, y = ty;
        if (m == 0) m = 12, --y;
        if (m == 13) m = 1, ++y;
        add(first, i + 2, iso_month(y, m));
      } else if (unit == "week") add(first, i + 2, iso_week(today + 7 * delta));
    }
    if (w == "in" && i + 1 < toks.size()) {
      std::string_view next = toks[i + 1].view(text);
      int month = text::month_from_name(low[i + 1]);
      bool next_is_number = i + 2 < toks.size() && toks[i + 2].kind == text::TokenKind::number;
      if (month && toks[i + 1].capitalized() && !next_is_number && low[i + 1].size() >= 3 && low[i + 1] != "mar") {
        add(i + 1, i + 2, iso_month(ty, month));
      } else if (toks[i + 1].kind == text::TokenKind::number && next.size() == 4) {
        int year = 0;
        auto [p, ec] = std::from_chars(next.data(), next.data() + 4, year);
        if (ec == std::errc() && year >= 1800 && year <= 2199) add(i + 1, i + 2, std::string(next));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.span < b.span; });
  return out;
}

std::string DateStage::analyze(Article& article) const {
  article.dates = find_dates(article.text, article.date);
  return "";
}

}  // namespace chronicle::nlp
