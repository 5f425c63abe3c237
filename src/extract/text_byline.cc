#include "extract/text_byline.h"

#include <utf8proc.h>

#include <array>
#include <vector>

#include "text/dates.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace chronicle::extract {
namespace {

// Longest plausible personal name, in bytes; longer runs are sentences.
constexpr size_t kMaxNameBytes = 60;
constexpr size_t kMaxNameWords = 5;

// The grammar words of a byline. Tiny and fixed (they are English syntax, not knowledge about
// outlets), so they live here rather than in data/.
constexpr std::array<std::string_view, 13> kCues = {
    "written by ", "reported by ", "reporting by ", "words by ", "story by ", "posted by ", "text by ",
    "article by ", "byline: ", "authors: ", "author: ", "by: ", "by "};
constexpr std::array<std::string_view, 9> kStops = {" | ", " • ", " · ", " — ", " – ", " - ", " / ", " on ", " at "};
constexpr std::array<std::string_view, 6> kStopWords = {"updated", "published", "posted", "last", "modified",
                                                        "read"};
constexpr std::array<std::string_view, 17> kParticles = {"de", "da", "del", "della", "di", "du", "van", "von", "der",
                                                         "den", "ter", "bin", "ibn", "al", "el", "la", "le"};
constexpr std::array<std::string_view, 6> kSuffixes = {"jr", "sr", "ii", "iii", "iv", "phd"};
// Role words: a comma segment holding one of these describes the author, it is not an outlet.
constexpr std::array<std::string_view, 16> kRoles = {
    "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "staff", "producer",
    "journalist", "critic", "analyst", "intern", "fellow", "bureau", "chief", "special"};

// Nouns that make a capitalised phrase an outlet rather than a person ("Associated Press").
constexpr std::array<std::string_view, 20> kOutletNouns = {
    "press", "news", "agency", "times", "post", "journal", "herald", "tribune", "wire", "media",
    "network", "radio", "television", "tv", "daily", "gazette", "telegraph", "magazine", "service", "staff"};

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != prefix[i]) return false;
  return true;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// Strips trailing punctuation that separates a name from what follows ("Doe," "Doe:").
std::string_view strip_edges(std::string_view s) {
  s = text::trim(s);
  // A full stop stays: it ends an initial or "Jr." more often than it ends a byline.
  while (!s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == ';' || s.back() == '|'))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == ',' || s.front() == ':' || s.front() == '-' || s.front() == '|'))
    s.remove_prefix(1);
  return text::trim(s);
}

bool first_is_upper(std::string_view word) {
  if (word.empty()) return false;
  size_t pos = 0;
  char32_t cp = text::decode_code_point(word, pos);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool contains_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool is_name_word(std::string_view w) {
  std::string lw = ascii_lower(w);
  while (!lw.empty() && (lw.back() == '.' || lw.back() == ',')) lw.pop_back();
  for (std::string_view p : kParticles)
    if (lw == p) return true;
  // "al-Assad", "el-Sisi": a particle glued with a hyphen to a capitalised name.
  if ((lw.rfind("al-", 0) == 0 || lw.rfind("el-", 0) == 0) && w.size() > 3) return first_is_upper(w.substr(3));
  if (!first_is_upper(w)) return false;
  // Letters, and the marks names carry: hyphen, apostrophes, full stop of an initial.
  size_t pos = 0;
  while (pos < w.size()) {
    char32_t cp = text::decode_code_point(w, pos);
    if (cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.') continue;
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_LO) {
      if (cat == UTF8PROC_CATEGORY_MN) continue;
      return false;
    }
  }
  return true;
}

bool is_suffix_word(std::string_view w) {
  std::string lw = ascii_lower(w);
  while (!lw.empty() && (lw.back() == '.' || lw.back() == ',')) lw.pop_back();
  for (std::string_view s : kSuffixes)
    if (lw == s) return true;
  return false;
}

bool has_outlet_noun(std::string_view s) {
  for (std::string_view w : split_words(s)) {
    std::string lw = ascii_lower(w);
    while (!lw.empty() && !(lw.back() >= 'a' && lw.back() <= 'z')) lw.pop_back();
    for (std::string_view noun : kOutletNouns)
      if (lw == noun) return true;
  }
  return false;
}

bool has_role_word(std::string_view s) {
  for (std::string_view w : split_words(s)) {
    std::string lw = ascii_lower(w);
    while (!lw.empty() && !(lw.back() >= 'a' && lw.back() <= 'z')) lw.pop_back();
    if (!lw.empty() && lw.back() == 's') lw.pop_back();
    for (std::string_view role : kRoles)
      if (lw == role) return true;
  }
  return false;
}

// An outlet named in a byline: capitalised words (articles allowed), no digits, short.
bool looks_like_outlet(std::string_view s) {
  if (s.empty() || s.size() > kMaxNameBytes || contains_digit(s)) return false;
  auto words = split_words(s);
  if (words.empty() || words.size() > 6) return false;
  if (!first_is_upper(words.front())) return false;
  for (std::string_view w : words) {
    std::string lw = ascii_lower(w);
    if (lw == "the" || lw == "of" || lw == "and" || lw == "&" || lw == "for" || lw == "on") continue;
    if (!first_is_upper(w) && !(w.size() > 0 && w[0] >= '0' && w[0] <= '9')) return false;
  }
  return true;
}

// Cuts the part after the cue at the first separator, date, stop word or @handle.
std::string_view cut_tail(std::string_view rest) {
  size_t cut = rest.size();
  for (std::string_view stop : kStops) {
    size_t at = rest.find(stop);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  if (auto date = text::find_date(rest); date && date->begin < cut) cut = date->begin;
  size_t at = rest.find('@');
  if (at != std::string_view::npos && at < cut) cut = at;
  size_t paren = rest.find('(');
  if (paren != std::string_view::npos && paren < cut) cut = paren;
  // Stop words start a word: "Jane Doe Updated 3 hours ago".
  auto words = split_words(rest.substr(0, cut));
  for (std::string_view w : words) {
    std::string lw = ascii_lower(w);
    for (std::string_view stop : kStopWords) {
      if (lw == stop || lw == std::string(stop) + ":") {
        size_t pos = static_cast<size_t>(w.data() - rest.data());
        if (pos < cut) cut = pos;
      }
    }
  }
  return strip_edges(rest.substr(0, cut));
}

// Splits "A, B and C" / "A & B" into names.
std::vector<std::string_view> split_names(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  auto push = [&](size_t end) {
    std::string_view part = strip_edges(s.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
  };
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ',') {
      push(i);
      start = ++i;
    } else if (s.compare(i, 5, " and ") == 0) {
      push(i);
      i += 5;
      start = i;
    } else if (s.compare(i, 3, " & ") == 0) {
      push(i);
      i += 3;
      start = i;
    } else {
      ++i;
    }
  }
  push(s.size());
  return parts;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// "Reuters Staff", "AP Staff Writer": an outlet followed by role words.
std::string_view strip_role_tail(std::string_view s) {
  auto words = split_words(s);
  size_t keep = words.size();
  while (keep > 0 && has_role_word(words[keep - 1])) --keep;
  if (keep == 0 || keep == words.size()) return s;
  const char* end = words[keep - 1].data() + words[keep - 1].size();
  return s.substr(0, static_cast<size_t>(end - s.data()));
}

}  // namespace

bool looks_like_person_name(std::string_view s) {
  s = text::trim(s);
  if (s.empty() || s.size() > kMaxNameBytes || contains_digit(s)) return false;
  auto words = split_words(s);
  if (words.size() < 2 || words.size() > kMaxNameWords) return false;
  size_t capitalised = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (i > 0 && is_suffix_word(w)) continue;
    if (!is_name_word(w)) return false;
    if (first_is_upper(w) || w.find('-') != std::string_view::npos) ++capitalised;
  }
  // Particles alone are not a name, and a name does not end with a bare particle.
  std::string_view last = words.back();
  return capitalised >= 2 && (first_is_upper(last) || is_suffix_word(last) || last.find('-') != std::string_view::npos);
}

std::string tidy_name(std::string_view s) {
  bool has_lower = false, has_upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') has_lower = true;
    if (c >= 'A' && c <= 'Z') has_upper = true;
  }
  if (has_lower || !has_upper) return std::string(s);
  std::string out(s);
  bool word_start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = (c == ' ' || c == '-' || c == '\'');
  }
  return out;
}

std::optional<Byline> parse_byline(std::string_view line) {
  std::string folded = text::fold_whitespace(line);
  std::string_view s = folded;
  size_t cue_len = 0;
  for (std::string_view cue : kCues) {
    if (starts_with_ci(s, cue)) {
      cue_len = cue.size();
      break;
    }
  }
  if (cue_len == 0) return std::nullopt;
  std::string_view rest = cut_tail(s.substr(cue_len));
  if (rest.empty()) return std::nullopt;

  Byline byline;
  // " for The Guardian", " for Reuters": the outlet the author wrote for.
  if (size_t f = rest.find(" for "); f != std::string_view::npos) {
    std::string_view outlet = strip_edges(rest.substr(f + 5));
    if (looks_like_outlet(outlet)) byline.outlet = std::string(outlet);
    rest = strip_edges(rest.substr(0, f));
  }
  // Segments after the first comma: more authors when the tail is a list ("A, B and C"), else
  // a role ("Staff Writer") or an outlet ("Reuters").
  std::vector<std::string_view> names;
  size_t comma = rest.find(',');
  std::string_view head = comma == std::string_view::npos ? rest : rest.substr(0, comma);
  std::string_view tail = comma == std::string_view::npos ? std::string_view() : strip_edges(rest.substr(comma + 1));
  bool tail_is_list = !tail.empty() && (tail.find(" and ") != std::string_view::npos ||
                                        tail.find(" & ") != std::string_view::npos);
  std::string_view author_part = tail_is_list ? rest : head;
  for (std::string_view name : split_names(author_part)) names.push_back(name);
  if (!tail_is_list && !tail.empty()) {
    for (std::string_view segment : split_names(tail)) {
      if (has_role_word(segment)) {
        std::string_view outlet = strip_role_tail(segment);
        if (outlet != segment && byline.outlet.empty() && looks_like_outlet(outlet)) byline.outlet = outlet;
        continue;
      }
      if (byline.outlet.empty() && looks_like_outlet(segment)) byline.outlet = std::string(segment);
      break;
    }
  }
  std::vector<std::string> authors;
  for (std::string_view name : names) {
    if (looks_like_person_name(name) && !has_outlet_noun(name)) {
      authors.push_back(tidy_name(name));
    } else if (authors.empty() && names.size() == 1 && byline.outlet.empty()) {
      // "By Reuters", "By The Associated Press", "By Reuters Staff": an outlet, no person.
      std::string_view outlet = strip_role_tail(name);
      if (outlet.size() > 4 && starts_with_ci(outlet, "the ")) outlet.remove_prefix(4);
      if (!looks_like_outlet(outlet) || !first_is_upper(outlet)) return std::nullopt;
      byline.outlet = std::string(outlet);
    } else {
      return std::nullopt;
    }
  }
  byline.author = join_names(authors);
  if (byline.author.empty() && byline.outlet.empty()) return std::nullopt;
  return byline;
}

}  // namespace chronicle::extract
