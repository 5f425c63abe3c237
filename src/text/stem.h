// Stemming: Snowball stemmers (libstemmer) behind a small RAII class.
//
// A Stemmer owns one libstemmer instance, which keeps a work buffer: it is NOT safe for concurrent
// use. Give each thread its own Stemmer (the index stage's Featurizer holds one per worker).
// Input words are expected lower-cased UTF-8; the result views the stemmer's buffer and is valid
// until the next call to stem() on the same Stemmer.
#pragma once
#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace chronicle::text {

class Stemmer {
 public:
  // `language` is a Snowball algorithm name ("english", "porter", "german", ...). An unknown name
  // gives a Stemmer whose ok() is false and whose stem() returns the word unchanged.
  explicit Stemmer(const std::string& language = "english");
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  bool ok() const { return stemmer_ != nullptr; }

  // The stem of `word` ("talks" -> "talk", "negotiations" -> "negoti"). Words longer than
  // kMaxWordBytes come back unchanged (no real word is that long; it bounds the work per call).
  std::string_view stem(std::string_view word);

  static constexpr size_t kMaxWordBytes = 64;

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace chronicle::text
