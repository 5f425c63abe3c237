#include "nlp/lexicon.h"

#include "text/hash.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace chronicle::nlp {

uint64_t token_key(std::string_view token) {
  // ASCII fast path: fold case in a stack buffer; anything else goes through Unicode case folding.
  char buf[64];
  if (token.size() <= sizeof(buf)) {
    bool ascii = true;
    for (size_t i = 0; i < token.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(token[i]);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (ascii) return text::hash64(std::string_view(buf, token.size()), 0x51);
  }
  std::string folded = text::casefold(token);
  // The typographic apostrophe folds to the ASCII one, so "Kerry’s" and "Kerry's" share keys.
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\u2019") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += folded[i];
    }
  }
  return text::hash64(out, 0x51);
}

uint64_t extend_phrase_key(uint64_t key, uint64_t tk) {
  uint64_t h = text::mix64(key ^ (tk + 0x9E3779B97F4A7C15ULL));
  return h == 0 ? 1 : h;
}

void PhraseLexicon::insert(uint64_t key, uint32_t bits) {
  if ((used_ + 1) * 2 > keys_.size()) {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_bits = std::move(bits_);
    size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(cap, 0);
    bits_.assign(cap, 0);
    used_ = 0;
    for (size_t i = 0; i < old_keys.size(); ++i)
      if (old_keys[i]) insert(old_keys[i], old_bits[i]);
  }
  size_t mask = keys_.size() - 1;
  size_t slot = text::mix64(key) & mask;
  while (keys_[slot] && keys_[slot] != key) slot = (slot + 1) & mask;
  if (!keys_[slot]) {
    keys_[slot] = key;
    ++used_;
  }
  bits_[slot] |= bits;
}

uint32_t PhraseLexicon::find(uint64_t key) const {
  if (keys_.empty()) return 0;
  size_t mask = keys_.size() - 1;
  size_t slot = text::mix64(key) & mask;
  while (keys_[slot]) {
    if (keys_[slot] == key) return bits_[slot];
    slot = (slot + 1) & mask;
  }
  return 0;
}

void PhraseLexicon::add(std::string_view phrase, LexClass cls) {
  std::vector<text::Token> toks = text::tokenize(phrase);
  if (toks.empty() || toks.size() > kMaxPhraseTokens) return;
  uint64_t key = kPhraseKeySeed;
  for (size_t i = 0; i < toks.size(); ++i) {
    key = extend_phrase_key(key, token_key(toks[i].view(phrase)));
    if (i + 1 < toks.size()) insert(key, kPrefixBit);
  }
  insert(key, 1u << static_cast<int>(cls));
  ++entries_;
}

uint32_t PhraseLexicon::lookup(const uint64_t* keys, size_t n) const {
  uint64_t key = kPhraseKeySeed;
  for (size_t i = 0; i < n; ++i) key = extend_phrase_key(key, keys[i]);
  return find(key) & ~kPrefixBit;
}

void PhraseLexicon::match(const std::vector<uint64_t>& keys, const std::vector<bool>& can_start,
                          std::vector<uint32_t>& out) const {
  const size_t n = keys.size();
  out.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!can_start[i]) continue;
    int longest[kLexClasses] = {0};
    uint64_t key = kPhraseKeySeed;
    for (size_t len = 1; len <= kMaxPhraseTokens && i + len <= n; ++len) {
      key = extend_phrase_key(key, keys[i + len - 1]);
      uint32_t bits = find(key);
      if (!bits) break;
      for (int c = 0; c < kLexClasses; ++c)
        if (bits & (1u << c)) longest[c] = static_cast<int>(len);
      if (!(bits & kPrefixBit)) break;
    }
    for (int c = 0; c < kLexClasses; ++c) {
      int len = longest[c];
      if (!len) continue;
      if (len == 1) {
        out[i] |= 1u << (c * 4 + static_cast<int>(LexPos::unit));
        continue;
      }
      out[i] |= 1u << (c * 4 + static_cast<int>(LexPos::begin));
      for (int k = 1; k + 1 < len; ++k) out[i + k] |= 1u << (c * 4 + static_cast<int>(LexPos::inside));
      out[i + len - 1] |= 1u << (c * 4 + static_cast<int>(LexPos::last));
    }
  }
}

}  // namespace chronicle::nlp
