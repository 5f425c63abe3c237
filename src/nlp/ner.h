// The named-entity tagger: a greedy left-to-right averaged perceptron over hashed features, with
// BILOU labels for four types (person, organisation, location, other), as CoNLL-2003 defines them.
//
// Features of a token (feature templates in ner.cc, each numbered): the word and its case-folded
// form, the two words either side, word shapes and their pairs, prefixes and suffixes up to four
// letters, the two labels already given to its left (with the word and the shape), PhraseLexicon
// matches at and around it (countries, cities, titles, organisations, first names), whether the
// sentence is an all-capitals headline, and two document-level cues: the label this word got
// earlier in the same document, and whether it also appears in lower case elsewhere in it.
//
// Weights live in a table of 2^hash_bits rows (one row per feature hash, one int16 per label); the
// model file (docs/nlp.md, "NER model file") starts with a magic and version checked on load.
// A loaded NerModel is immutable and safe to use from many threads. Tagging cost: linear in tokens.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/lexicon.h"

namespace chronicle::nlp {

enum class NerType : uint8_t { per = 0, org = 1, loc = 2, misc = 3 };
inline constexpr const char* kNerTypeNames[] = {"PER", "ORG", "LOC", "MISC"};

// Labels: 0 is O; 1 + 4 * type + position, position B=0, I=1, L=2, U=3.
inline constexpr int kNerLabels = 17;
inline constexpr uint8_t ner_label(NerType type, int pos) { return static_cast<uint8_t>(1 + 4 * static_cast<int>(type) + pos); }
inline NerType ner_label_type(uint8_t label) { return static_cast<NerType>((label - 1) / 4); }
inline int ner_label_pos(uint8_t label) { return (label - 1) % 4; }
// "O", "B-PER", "L-ORG", "U-LOC", ...
std::string ner_label_name(uint8_t label);

// One document as the tagger sees it: token texts and sentence token ranges [first, end).
struct NerDocument {
  std::vector<std::string_view> words;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
};

// An entity found by the tagger: a token range and a type.
struct NerSpan {
  uint32_t first = 0;  // token range [first, end)
  uint32_t end = 0;
  NerType type = NerType::misc;
};

class NerModel {
 public:
  // Reads a model file. nullptr with `error` = "PATH: reason" when it is missing, has the wrong
  // magic or version, or is truncated.
  static std::unique_ptr<NerModel> load(const std::string& path, std::string& error);
  bool save(const std::string& path, std::string& error) const;

  // Labels every token of `doc` (labels.size() == doc.words.size()); the labels always form valid
  // BILOU sequences within each sentence.
  void tag(const NerDocument& doc, const PhraseLexicon& lexicon, std::vector<uint8_t>& labels) const;

  // The entities of a label sequence.
  static std::vector<NerSpan> spans(const std::vector<uint8_t>& labels);

  uint32_t hash_bits() const { return hash_bits_; }

 private:
  friend class NerTrainer;
  uint32_t hash_bits_ = 20;
  float scale_ = 1.0f;          // weight = int16 * scale
  std::vector<int16_t> weights_;  // (1 << hash_bits) rows of kNerLabels
};

// ---- Training -------------------------------------------------------------------------------

// A CoNLL-2003 document: words, sentence ranges, and gold labels (converted to BILOU).
struct ConllDocument {
  std::vector<std::string> words;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<uint8_t> gold;              // BILOU labels; empty when the file has no tag column
  std::vector<std::string> lines;         // the input lines of each token, for printing back
};

// Reads a CoNLL file (token per line, tag in the last column, blank line between sentences,
// -DOCSTART- between documents). `with_tags`: the last column is an IOB1/IOB2 tag to learn from.
// false with `error` = "SOURCE:LINE: reason" on a malformed line.
bool read_conll(std::istream& in, std::string_view source, bool with_tags, std::vector<ConllDocument>& docs,
                std::string& error);

struct NerTrainOptions {
  int epochs = 12;
  uint32_t hash_bits = 20;
  uint64_t seed = 20031;     // shuffling of documents between epochs
  std::ostream* progress = nullptr;
};

std::unique_ptr<NerModel> train_ner(const std::vector<ConllDocument>& docs, const PhraseLexicon& lexicon,
                                    const NerTrainOptions& options);

// A NerDocument view of a ConllDocument (string_views into it).
NerDocument conll_view(const ConllDocument& doc);

}  // namespace chronicle::nlp
