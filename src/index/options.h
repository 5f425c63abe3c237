// The index stage's thresholds and sizes, each a named field saying what it guards and where its
// value came from. One configuration serves every corpus (the rule): the defaults are the
// values measured in docs/benchmarks.md ("Duplicates and stories") with bench/predict-stories and
// bench/dup-bench, and nothing in the code reads a corpus name.
#pragma once
#include <cstddef>
#include <cstdint>

namespace chronicle::index {

enum class NearDuplicateMethod { minhash, simhash };

struct DuplicateOptions {
  NearDuplicateMethod method = NearDuplicateMethod::minhash;
  // Words per shingle. Four keeps a light edit (one changed word) from breaking more than four
  // shingles, yet two unrelated texts on one topic share almost none (bench/dup-bench).
  size_t shingle_words = 4;
  // A text with fewer words than this is compared by its exact hash only: a headline or a
  // one-line brief has too few shingles for a similarity to mean anything.
  size_t min_words = 25;
  // Words read per article for duplicates (a very long page is judged on its first part).
  size_t max_words = 3000;
  // MinHash: bands x rows hash values. 42 bands of 3 find a pair at Jaccard 0.5 with
  // probability 0.996 and at 0.3 with 0.68, so the verification below decides, not the banding.
  size_t bands = 42;
  size_t rows = 3;
  // A candidate is a copy when its estimated Jaccard similarity reaches min_jaccard, or when the
  // shorter text is (estimated) at least min_containment inside the longer one: a wire story
  // trimmed by an outlet keeps most of its shingles but loses Jaccard with its length, and its
  // chrome adds shingles of its own. bench/dup-bench: containment 0.55 finds 99.5% of copies at
  // precision 0.999; 0.8 finds 96.6%.
  double min_jaccard = 0.5;
  double min_containment = 0.55;
  // The shorter text must still hold this share of the longer one's shingles for containment to
  // count: a one-paragraph brief quoting a long report is not a copy of it.
  double min_size_ratio = 0.3;
  // SimHash (measured against MinHash in bench/dup-bench): 64-bit fingerprints at Hamming
  // distance at most this are copies. The candidate search (4 tables of 16-bit blocks) is exact
  // up to 3.
  int simhash_max_distance = 3;
  // Window: a copy is looked for among articles at most this many days older, and at most
  // max_entries of them (memory stays flat however long the stream).
  int window_days = 30;
  size_t max_entries = 400000;
};

struct StoryOptions {
  // Words of the body read per article: the lead carries the event; the rest adds background
  // shared by many stories (and costs time).
  size_t lead_words = 250;
  // Weight of a title word against a body word, and the extra weight of a proper noun (a word
  // capitalised inside a sentence, or inside an entity or place mention).
  float title_weight = 3.0f;
  float proper_weight = 2.0f;
  // Terms kept per article vector and per story centroid.
  size_t article_terms = 60;
  size_t centroid_terms = 300;
  // Document frequencies: a prior of this many virtual documents keeps the first articles of a
  // stream from taking their own few words as rare.
  double idf_prior_documents = 200;
  uint32_t df_buckets = 1u << 20;
  // An article joins the most similar active story when cosine(article, centroid) x time decay
  // reaches join_similarity; otherwise it starts a story.
  double join_similarity = 0.20;
  // Two long reports of one event share a smaller part of their words than two short ones (each
  // outlet adds its own background), so a long article's threshold is lower: it falls linearly
  // from join_similarity at short_text_words of body to long_join_similarity at long_text_words
  // and beyond. Measured (bench/predict-stories): full texts (wikinews, median 580 words) are best
  // near 0.12, excerpts (allsides, 95 words) and headlines (uci) near 0.20.
  double long_join_similarity = 0.12;
  size_t short_text_words = 120;
  size_t long_text_words = 400;
  // Candidate search: stories are found through the article's `query_terms` strongest terms, and
  // the best `rescored_candidates` of them are then scored on all terms. Without the cut a common
  // term ("mln", "pct" in wire copy) visits every story (bench/index-speed).
  size_t query_terms = 16;
  size_t rescored_candidates = 32;
  // A term shared by very many active stories is looked up in its most recent max_postings only.
  size_t max_postings = 1000;
  // Nearest member: for the best `member_candidates` stories by centroid, the article's best
  // cosine with one of the story's last `member_window` members, times member_weight, may stand
  // in for the centroid cosine. Many outlets rewrite one wire headline; such an article is closer
  // to one member than to the story's average (uci-news-stories, headlines only).
  size_t member_candidates = 5;
  size_t member_window = 64;
  double member_weight = 0.7;
  // Decay per day between the article and the story's last article: exp(-days / decay_days).
  double decay_days = 3.0;
  // A story takes no article more than window_days after its last one, nor more than
  // max_span_days after its first.
  int window_days = 3;
  int max_span_days = 21;
  // Members kept per active story for titles, summaries and the places/people counts.
  size_t max_members = 400;
  size_t summary_bytes = 400;
};

struct StorylineOptions {
  // A new story joins the storyline of the most similar earlier story (active or closed) when
  // their cosine similarity reaches this: lower than join_similarity, because a storyline links
  // different events of one long-running matter (the 2013 and 2015 talks on Syria).
  double link_similarity = 0.12;
  // Closed stories remembered for linking and related articles (the oldest are forgotten first)
  // and the terms kept of each.
  size_t max_profiles = 50000;
  size_t profile_terms = 40;
  // Candidate search over the profiles, as StoryOptions::query_terms and rescored_candidates.
  size_t query_terms = 16;
  size_t rescored_candidates = 32;
  size_t max_postings = 2000;
  // A storyline not extended for this many days is forgotten by the index (the store keeps it).
  int max_gap_days = 3 * 365;
};

struct RelatedOptions {
  size_t count = 5;               // related articles listed per article
  double min_similarity = 0.10;   // below this, nothing is related
};

struct IndexOptions {
  DuplicateOptions duplicates;
  StoryOptions stories;
  StorylineOptions storylines;
  RelatedOptions related;
};

}  // namespace chronicle::index
