#include "store/delimited.h"

#include <cstdio>

namespace chronicle::store {
namespace {

std::string number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

// The three-letter country part of a CAMEO actor code ("USAGOV" → "USA"), "" when the code does
// not start with a country (IGOs, bare roles).
std::string country_of(const std::string& code) {
  if (code.size() < 3) return "";
  for (int i = 0; i < 3; ++i)
    if (code[i] < 'A' || code[i] > 'Z') return "";
  static const char* kNotCountries[] = {"IGO", "NGO", "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "COP",
                                        "JUD", "LEG", "INS", "SPY", "UAF", "IMG", "EDU", "HLH", "REF", "LAB", "MNC"};
  for (const char* role : kNotCountries)
    if (code.compare(0, 3, role) == 0) return "";
  return code.substr(0, 3);
}

std::string role_of(const std::string& code) {
  std::string country = country_of(code);
  return code.size() >= country.size() + 3 ? code.substr(country.size(), 3) : "";
}

std::string gdelt_day(const std::string& iso) {
  // "2013-08-09…" → "20130809"; anything shorter is left empty rather than guessed.
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

std::string tsv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += '\t';
    for (char c : fields[i]) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

const std::vector<std::string>& article_csv_header() {
  static const std::vector<std::string> h = {"id", "source_id", "url", "source", "section", "title", "dek", "author",
                                             "date", "lang", "duplicate_of", "story", "places", "topics", "text"};
  return h;
}

std::vector<std::string> article_csv_fields(const Article& a) {
  auto joined = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
    return out;
  };
  return {a.id, a.source_id, a.url, a.source, a.section, a.title, a.dek, a.author, a.date, a.lang,
          a.duplicate_of, a.story, joined(a.tags.places), joined(a.tags.topics), a.text};
}

const std::vector<std::string>& quote_csv_header() {
  static const std::vector<std::string> h = {"article", "start", "end", "kind", "speaker", "speaker_name", "cue",
                                             "reported_by", "text"};
  return h;
}

std::vector<std::string> quote_csv_fields(const Article& a, const Quote& q) {
  std::string text = q.span.end <= a.text.size() ? a.text.substr(q.span.start, q.span.size()) : "";
  return {a.id, std::to_string(q.span.start), std::to_string(q.span.end), quote_kind_name(q.kind), q.speaker,
          q.speaker_name, q.cue, q.reported_by, text};
}

const std::vector<std::string>& event_csv_header() {
  static const std::vector<std::string> h = {"article", "ordinal", "date", "source_code", "source_name", "target_code",
                                             "target_name", "code", "root", "quad_class", "goldstein", "negated",
                                             "sentence_start", "sentence_end", "place", "source_url"};
  return h;
}

std::vector<std::string> event_csv_fields(const Article& a, const Event& e, size_t ordinal) {
  return {a.id, std::to_string(ordinal), e.date.empty() ? a.date : e.date, e.source.code, e.source.name, e.target.code,
          e.target.name, e.code, e.root, std::to_string(e.quad_class), number(e.goldstein), e.negated ? "1" : "0",
          std::to_string(e.sentence.start), std::to_string(e.sentence.end), e.place, a.url};
}

const std::vector<std::string>& event_tsv_header() {
  static const std::vector<std::string> h = {
      "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
      "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
      "NumArticles", "ActionGeo_FullName", "SOURCEURL", "ChronicleArticle", "ChronicleNegated",
      "ChronicleSentenceStart", "ChronicleSentenceEnd"};
  return h;
}

std::vector<std::string> event_tsv_fields(const Article& a, const Event& e, size_t ordinal) {
  std::string date = e.date.empty() ? a.date : e.date;
  std::string base = e.code.size() >= 3 ? e.code.substr(0, 3) : e.code;
  // GDELT marks an event "root" when it comes from an article's lead; the first sentence is ours.
  bool in_lead = e.sentence.start == 0;
  return {a.id + "-" + std::to_string(ordinal), gdelt_day(date), e.source.code, e.source.name, country_of(e.source.code),
          role_of(e.source.code), e.target.code, e.target.name, country_of(e.target.code), role_of(e.target.code),
          in_lead ? "1" : "0", e.code, base, e.root, std::to_string(e.quad_class), number(e.goldstein), "1", "1", "1",
          e.place, a.url, a.id, e.negated ? "1" : "0", std::to_string(e.sentence.start), std::to_string(e.sentence.end)};
}

}  // namespace chronicle::store
