#include "nlp/gazetteer.h"

#include <algorithm>
#include <charconv>

#include "nlp/lexicon.h"
#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

bool parse_kind(std::string_view s, PlaceKind& kind) {
  if (s == "country") kind = PlaceKind::country;
  else if (s == "demonym") kind = PlaceKind::demonym;
  else if (s == "capital") kind = PlaceKind::capital;
  else if (s == "city") kind = PlaceKind::city;
  else if (s == "admin1" || s == "region") kind = PlaceKind::region;
  else return false;
  return true;
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

uint64_t phrase_key_of(std::string_view name) {
  uint64_t key = kPhraseKeySeed;
  for (const text::Token& t : text::tokenize(name)) key = extend_phrase_key(key, token_key(t.view(name)));
  return key;
}

bool Gazetteer::add(std::istream& in, std::string_view source, std::string& error) {
  std::string line;
  size_t line_no = 0;
  std::string_view fields[6];
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::string_view rest = line;
    size_t n = 0;
    while (n < 6) {
      size_t tab = rest.find('\t');
      fields[n++] = rest.substr(0, tab);
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    auto fail = [&](const std::string& why) {
      error = std::string(source) + ":" + std::to_string(line_no) + ": " + why;
      return false;
    };
    if (n != 6) return fail("expected 6 tab-separated fields, got " + std::to_string(n));
    PlaceCandidate c;
    c.name = std::string(fields[0]);
    if (!parse_kind(fields[1], c.kind)) return fail("unknown kind '" + std::string(fields[1]) + "'");
    if (fields[2] != "---") {
      if (fields[2].size() != 3) return fail("expected an ISO 3166 alpha-3 code, got '" + std::string(fields[2]) + "'");
      c.iso3 = std::string(fields[2]);
    }
    if (!parse_number(fields[3], c.lat) || !parse_number(fields[4], c.lon) || !parse_number(fields[5], c.weight))
      return fail("bad number in lat, lon or weight");
    uint64_t key = phrase_key_of(c.name);
    places_[key].push_back(std::move(c));
  }
  return true;
}

void Gazetteer::finish() {
  for (auto& [key, cands] : places_)
    std::stable_sort(cands.begin(), cands.end(),
                     [](const PlaceCandidate& a, const PlaceCandidate& b) { return a.weight > b.weight; });
}

const std::vector<PlaceCandidate>* Gazetteer::find(uint64_t phrase_key) const {
  auto it = places_.find(phrase_key);
  return it == places_.end() ? nullptr : &it->second;
}

const std::vector<PlaceCandidate>* Gazetteer::find_name(std::string_view name) const {
  return find(phrase_key_of(name));
}

}  // namespace chronicle::nlp
