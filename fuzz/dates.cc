// Fuzz target: date normalisation (src/text/dates.cc), which every reader's date field and every
// dateline goes through. Output is "" or ISO 8601 that names a real day.
#include <charconv>

#include "fuzz_support.h"
#include "text/dates.h"

using namespace chronicle;

namespace {

int number(std::string_view s) {
  int v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

// "YYYY", "YYYY-MM", "YYYY-MM-DD" optionally followed by "T..." : the day part must be real.
void check_iso(const std::string& iso, std::string_view input) {
  if (iso.empty()) return;
  fuzz::check(iso.size() >= 4, "normalised date too short", iso);
  int year = number(std::string_view(iso).substr(0, 4));
  fuzz::check(year >= 0, "normalised date without a year", iso);
  if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-') {
    int month = number(std::string_view(iso).substr(5, 2)), day = number(std::string_view(iso).substr(8, 2));
    fuzz::check(text::is_valid_ymd(year, month, day), "normalised date is not a real day", iso);
  }
  fuzz::check(text::is_valid_utf8(iso), "normalised date is not UTF-8", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input = text::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  check_iso(text::normalize_date(input), input);
  if (auto found = text::find_date(input)) {
    fuzz::check(found->begin <= found->end && found->end <= input.size(), "found date range outside the input", input);
    fuzz::check(!found->iso.empty(), "found date with no ISO form", input);
    check_iso(found->iso, input);
  }
  return 0;
}
