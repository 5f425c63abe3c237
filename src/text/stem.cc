#include "text/stem.h"

#include <libstemmer.h>

namespace chronicle::text {

Stemmer::Stemmer(const std::string& language) : stemmer_(sb_stemmer_new(language.c_str(), "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::stem(std::string_view word) {
  if (!stemmer_ || word.empty() || word.size() > kMaxWordBytes) return word;
  const sb_symbol* out =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  // libstemmer returns null only when it cannot allocate its buffer: keep the word then.
  if (!out) return word;
  return {reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer_))};
}

}  // namespace chronicle::text
