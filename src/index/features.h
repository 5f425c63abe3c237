// Features: what the index stage reads from one article, computed per article and in parallel.
//
// featurize() is pure given its Featurizer (which holds a Stemmer and scratch buffers, so each
// worker thread needs its own Featurizer); the corpus-level part (document frequencies, windows,
// stories) is the Indexer's, in index.h. It reads the article's title, text, date, entities and
// places, and never changes the article.
#pragma once
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "index/options.h"
#include "model/article.h"
#include "model/index_state.h"
#include "text/shingles.h"
#include "text/stem.h"

namespace chronicle::index {

// The index stage's knowledge: the stop list (data/index/stopwords.txt, format in docs/index.md).
// Immutable once loaded; safe for concurrent use.
class Knowledge {
 public:
  // Reads data_dir/index/stopwords.txt. Null with `error` naming the file on failure; an empty
  // list is an error (it would let "the" and "said" decide which story an article joins).
  static std::unique_ptr<Knowledge> load(const std::string& data_dir, std::string& error);
  // Parses a stop list: one lower-case word per line; '#' starts a comment; blank lines skipped.
  static std::unique_ptr<Knowledge> parse(std::istream& in, std::string_view source, std::string& error);

  // `word_hash` is hash64() of a comparison word (text::Word::hash).
  bool is_stopword(uint64_t word_hash) const { return stop_.count(word_hash) != 0; }
  size_t size() const { return stop_.size(); }

 private:
  std::unordered_set<uint64_t> stop_;
};

// A publication time read from an ISO 8601 date: "YYYY-MM-DD", optionally followed by
// "THH:MM[:SS[.fff]]" and "Z" or "+HH:MM"; a space may stand for the "T". Numbers are checked
// (std::from_chars, calendar ranges). nullopt when `iso` is not such a date.
struct Timestamp {
  int64_t seconds = 0;  // UTC seconds since 1970-01-01 (local time when no zone is given)
  int32_t day = 0;      // the calendar day of the date as written, days since 1970-01-01
};
std::optional<Timestamp> parse_timestamp(std::string_view iso);

// Days since 1970-01-01 of a proleptic Gregorian date (no range check).
int32_t days_from_civil(int year, int month, int day);

struct ArticleFeatures {
  std::optional<Timestamp> time;   // from Article::date
  // Duplicates.
  uint64_t exact = 0;              // hash of the normalised words (title when there is no text); 0: empty
  bool near_comparable = false;    // enough words for shingle similarity (DuplicateOptions::min_words)
  uint32_t shingles = 0;           // shingle set size
  uint32_t body_words = 0;         // comparison words of the body (all of them, not the lead only)
  uint64_t simhash = 0;
  std::vector<uint32_t> minhash;   // bands x rows values, empty when !near_comparable
  // Stories: term frequencies (stemmed words, weighted by where they occur), sorted by term.
  TermVector terms;
  // Story facts.
  std::vector<std::string> places;  // place names (Article::places)
  std::vector<std::string> people;  // person entity names
  std::string lead;                 // the first sentences of the text, for summaries
};

class Featurizer {
 public:
  Featurizer(const Knowledge& knowledge, const IndexOptions& options);
  ArticleFeatures featurize(const Article& article);

 private:
  void add_terms(std::string_view text, const text::WordList& words, float weight, bool is_title,
                 const std::vector<Span>& proper_spans, std::vector<std::pair<uint64_t, float>>& out);

  const Knowledge& knowledge_;
  IndexOptions options_;
  text::Stemmer stemmer_;
  text::WordList words_;
  std::vector<uint64_t> multipliers_;  // MinHash: one odd multiplier and offset per hash function
  std::vector<uint64_t> offsets_;
};

// MinHash of a shingle set: for each of `a.size()` hash functions, the least hashed shingle.
std::vector<uint32_t> minhash(const std::vector<uint64_t>& shingle_set, const std::vector<uint64_t>& a,
                              const std::vector<uint64_t>& b);

// SimHash of a shingle set: each bit is the majority vote of the shingles' hash bits.
uint64_t simhash(const std::vector<uint64_t>& shingle_set);

// The first sentences of `text`, at most about `max_bytes` (cut at a sentence end when one falls
// inside, else at a word boundary). Valid UTF-8 in, valid UTF-8 out.
std::string lead_sentences(std::string_view text, size_t max_bytes);

}  // namespace chronicle::index
