// Words for comparing documents, and the shingles (runs of k consecutive words) hashed from them.
//
// This is the text toolkit's comparison view of a document, used for duplicate detection and for
// the bag-of-words vectors of story clustering: a word is a maximal run of letters and digits
// (Unicode categories L* and N*), lower-cased code point by code point; an apostrophe between two
// letters stays inside the word ("o'brien") except for a possessive or clitic "'s" / "’s", which is
// dropped ("Kerry's" -> "kerry"). Everything else (punctuation, quotation marks, dashes, symbols)
// separates words and is not kept. Invalid UTF-8 bytes separate words too.
//
// None of these functions throws; all are thread-safe. Cost: linear in the text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::text {

struct Word {
  uint32_t start = 0;       // byte range of the word in the source text
  uint32_t end = 0;
  uint32_t key_start = 0;   // byte range of its lower-cased key in the WordList's buffer
  uint32_t key_size = 0;
  bool capitalized = false;  // first letter upper case in the source
  bool sentence_start = false;  // first word of the text, or after . ! ? or a blank line
  uint64_t hash = 0;        // hash64() of the key
};

struct WordList {
  std::string buffer;       // the keys, back to back
  std::vector<Word> words;  // in text order
  std::string_view key(const Word& w) const { return std::string_view(buffer).substr(w.key_start, w.key_size); }
};

// Splits `text` into comparison words (see the file comment), appending at most `max_words` of
// them to `out` (cleared first).
void split_words(std::string_view text, WordList& out, size_t max_words = SIZE_MAX);

// Hashes of every run of `k` consecutive words, in text order (duplicates kept). A text of fewer
// than k words (but at least one) gives one hash of all its words, so short texts still compare.
// k == 0 is treated as 1.
std::vector<uint64_t> shingle_hashes(const WordList& words, size_t k);

// The same hashes, sorted and without repeats: the shingle set a Jaccard similarity is taken over.
std::vector<uint64_t> shingle_set(const WordList& words, size_t k);

}  // namespace chronicle::text
