// PhraseLexicon: multi-word names and cue phrases grouped into classes (countries, cities, titles,
// organisations, first names...), matched over a token sequence in one left-to-right pass.
//
// Built once from the gazetteer and the data/nlp lists (LexiconSet::load), then const and safe to
// share between threads. Phrases are compared token by token after case folding, tokenised with the
// project tokenizer (tokens.h), so "Washington, D.C." matches the tokens "Washington" "," "D.C.".
//
// Order of use: add() every phrase, then match(). add() after match() is allowed but not thread-safe.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::nlp {

// Classes of the lexicon; their numbers are part of the NER model's features (ner.h): never renumber,
// append instead (and bump the model's feature version).
enum class LexClass : uint8_t {
  country = 0,     // country names and alternative spellings (gazetteer)
  demonym = 1,     // "Russian", "Syrian" (gazetteer + data/nlp/places.tsv)
  city = 2,        // cities and capitals (gazetteer)
  region = 3,      // first-level divisions: states, provinces (gazetteer)
  title = 4,       // "Secretary of State", "Foreign Minister", "Gen." (data/nlp/titles.tsv)
  org_word = 5,    // words that end or head organisation names: "Ministry", "Inc.", "Party" (data/nlp/org_words.txt)
  org = 6,         // known organisations and outlets: "Reuters", "State Department" (data/nlp/organizations.tsv)
  first_name = 7,  // common given names: "John", "Sergei" (data/nlp/first_names.txt)
};
inline constexpr int kLexClasses = 8;

// Positions of a token inside a matched phrase.
enum class LexPos : uint8_t { begin = 0, inside = 1, last = 2, unit = 3 };

// The case-folded key of one token (hash of its case-folded text; ’ and ' are the same).
uint64_t token_key(std::string_view token);

class PhraseLexicon {
 public:
  // Adds `phrase` (tokenised here) to `cls`. Phrases of more than kMaxPhraseTokens tokens are ignored.
  void add(std::string_view phrase, LexClass cls);
  static constexpr size_t kMaxPhraseTokens = 6;

  // For each token, the bits (1 << (class * 4 + position)) of the longest phrase of each class
  // starting at each capitalised token ("start" = a token whose `can_start` flag is set), written
  // to `out` (resized to keys.size()).
  void match(const std::vector<uint64_t>& keys, const std::vector<bool>& can_start,
             std::vector<uint32_t>& out) const;

  // The class bits (1 << class) of the exact phrase at keys[begin, end), 0 when none.
  uint32_t lookup(const uint64_t* keys, size_t n) const;

  size_t size() const { return entries_; }

 private:
  // Open-addressing table from a phrase key to its class bits (plus kPrefixBit when some longer
  // phrase starts with it). Key 0 marks an empty slot.
  static constexpr uint32_t kPrefixBit = 1u << 31;
  void insert(uint64_t key, uint32_t bits);
  uint32_t find(uint64_t key) const;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> bits_;
  size_t used_ = 0;
  size_t entries_ = 0;
};

// Combines the key so far with the next token's key (the key of a one-token phrase is not the
// token key itself, so phrase keys and token keys never collide by construction).
uint64_t extend_phrase_key(uint64_t key, uint64_t token_key);
inline constexpr uint64_t kPhraseKeySeed = 0x6a09e667f3bcc908ULL;

}  // namespace chronicle::nlp
