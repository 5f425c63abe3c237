// NlpKnowledge: everything the entity, place and quote stages know, loaded once from data/.
//
// Files (formats in docs/nlp.md, each also described at the top of the file itself):
//   data/generated/gazetteer.tsv   compiled at set-up by scripts/build-gazetteer.js (required:
//                                  loading fails naming scripts/setup.sh when it is missing)
//   data/nlp/places.tsv            the project's own place names, same format
//   data/nlp/titles.tsv            titles and roles ("Foreign Minister", "Gen.")
//   data/nlp/organizations.tsv     known organisations and news outlets, with canonical names
//   data/nlp/org_words.txt         words that head or end organisation names
//   data/nlp/first_names.txt       common given names
//   data/nlp/cue_verbs.tsv         reporting verbs for quotes ("said", "told", "according to")
//   data/nlp/ner.model             the trained entity tagger (ner.h)
// After load() the object is immutable and shared by every worker thread.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"
#include "nlp/ner.h"

namespace chronicle::nlp {

enum class OrgKind : uint8_t { outlet, agency, intl, ngo, party, company, armed };

struct KnownOrg {
  OrgKind kind = OrgKind::agency;
  std::string canonical;
};

enum class TitleKind : uint8_t { gov, mil, civ, honorific };

struct CueVerb {
  std::string lemma;       // "say"
  bool speech = true;      // a speech verb (say, tell) rather than thought (believe)
};

struct NlpKnowledge {
  PhraseLexicon lexicon;   // every list above, by class (the tagger's lexicon features)
  Gazetteer gazetteer;
  std::unordered_map<uint64_t, KnownOrg> organizations;  // phrase key -> organisation
  std::unordered_map<uint64_t, TitleKind> titles;        // phrase key -> title kind
  std::unordered_set<uint64_t> first_names;              // token keys
  std::unordered_map<uint64_t, CueVerb> cue_verbs;       // token key of an inflected form -> verb
  std::unordered_set<uint64_t> cue_phrases;              // phrase keys: "according to", "quoted as saying"
  std::unique_ptr<NerModel> ner;                         // null when loaded without the model

  // Loads every file under `data_dir`. With `with_model` false the tagger is not loaded (training
  // builds the lexicon first). nullptr with `error` naming the file and line on failure.
  static std::unique_ptr<NlpKnowledge> load(const std::string& data_dir, bool with_model, std::string& error);
};

}  // namespace chronicle::nlp
