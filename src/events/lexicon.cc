#include "events/lexicon.h"

#include <algorithm>

namespace chronicle::events {

// ---- Words -------------------------------------------------------------------------------------

uint32_t WordTable::intern(std::string_view word) {
  auto [it, inserted] = ids_.try_emplace(std::string(word), uint32_t(ids_.size()));
  return it->second;
}

std::vector<std::string_view> WordTable::by_id() const {
  std::vector<std::string_view> out(ids_.size());
  for (const auto& [word, id] : ids_) out[id] = word;
  return out;
}

uint32_t WordTable::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNoWord : it->second;
}

std::string normalize_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = word[i];
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) is the apostrophe of most news text.
    if (c == 0xE2 && i + 2 < word.size() && (unsigned char)word[i + 1] == 0x80 &&
        ((unsigned char)word[i + 2] == 0x99 || (unsigned char)word[i + 2] == 0x98)) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c));
  }
  return out;
}

// ---- Phrase trie -------------------------------------------------------------------------------

bool PhraseTrie::add(const std::vector<uint32_t>& words, bool last_is_stem, uint32_t value) {
  if (words.empty()) return false;
  if (value_.empty()) value_.push_back(kNoWord);  // node 0 is the root
  if (starts_.size() <= words[0]) starts_.resize(size_t(words[0]) + 1, 0);
  starts_[words[0]] |= last_is_stem && words.size() == 1 ? 2 : 1;
  uint32_t node = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    bool stem = last_is_stem && i + 1 == words.size();
    auto [it, inserted] = edges_.try_emplace(key(node, words[i], stem), uint32_t(value_.size()));
    if (inserted) value_.push_back(kNoWord);
    node = it->second;
  }
  if (value_[node] == kNoWord) {
    value_[node] = value;
    ++values_;
  }
  return true;
}

uint32_t PhraseTrie::longest(const std::vector<WordKeys>& words, size_t i, size_t& end, bool* by_stem) const {
  std::vector<const WordKeys*> at;
  at.reserve(words.size());
  for (const WordKeys& w : words) at.push_back(&w);
  return longest(at.data(), at.size(), i, end, by_stem);
}

uint32_t PhraseTrie::longest(const WordKeys* const* words, size_t n, size_t i, size_t& end, bool* by_stem) const {
  if (value_.empty()) return kNoWord;
  uint32_t best = kNoWord;
  // Depth-first over the (few) live nodes: each word may continue by its exact id, or end a
  // phrase by one of its stems. Stems only end phrases, so they never extend the walk.
  uint32_t node = 0;
  if (i < n) {
    const WordKeys& w = *words[i];
    auto starts = [&](uint32_t id, uint8_t bit) { return id < starts_.size() && (starts_[id] & bit); };
    bool any = starts(w.exact, 1);
    for (uint32_t stem : w.stems) any = any || starts(stem, 2);
    if (!any) return kNoWord;
  }
  for (size_t j = i; j < n; ++j) {
    const WordKeys& w = *words[j];
    for (uint32_t stem : w.stems) {
      auto it = edges_.find(key(node, stem, true));
      if (it != edges_.end() && value_[it->second] != kNoWord) {
        best = value_[it->second];
        end = j + 1;
        if (by_stem) *by_stem = true;
        break;
      }
    }
    if (w.exact == kNoWord) break;
    auto it = edges_.find(key(node, w.exact, false));
    if (it == edges_.end()) break;
    node = it->second;
    if (value_[node] != kNoWord) {
      best = value_[node];
      end = j + 1;
      if (by_stem) *by_stem = false;
    }
  }
  return best;
}

// ---- Actors ------------------------------------------------------------------------------------

const std::string& ActorEntry::code_on(int date) const {
  if (date > 0) {
    for (const DatedCode& d : dated) {
      if ((d.from == 0 || date >= d.from) && (d.to == 0 || date <= d.to)) return d.code;
    }
  }
  if (!default_code.empty() || dated.empty()) return default_code;
  // No default given: TABARI falls back to the open-ended entry nearest the date.
  return dated.back().code;
}

// ---- Verbs -------------------------------------------------------------------------------------

bool parse_code_pair(std::string_view text, CodePair& out) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return false;
  out = CodePair{};
  size_t colon = text.find(':');
  std::string_view a = text.substr(0, colon);
  std::string_view b = colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
  auto clean = [](std::string_view s) {
    std::string code(s);
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    if (code == "---" || code == "--") return std::string();
    return code;
  };
  out.forward = clean(a);
  out.backward = clean(b);
  return true;
}

// ---- The lexicon -------------------------------------------------------------------------------

std::vector<uint32_t> Lexicon::intern_phrase(std::string_view phrase) {
  std::vector<uint32_t> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '_' || phrase[i] == '\t')) ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '_' && phrase[j] != '\t') ++j;
    if (j > i) out.push_back(words_.intern(normalize_word(phrase.substr(i, j - i))));
    i = j;
  }
  return out;
}

void Lexicon::mark_stem(uint32_t word) {
  if (is_stem_.size() <= word) is_stem_.resize(word + 1, false);
  is_stem_[word] = true;
}

uint32_t Lexicon::new_actor(ActorEntry entry) {
  actors_.push_back(std::move(entry));
  return uint32_t(actors_.size() - 1);
}

bool Lexicon::add_actor(std::string_view phrase, bool whole_word, uint32_t actor) {
  std::vector<uint32_t> words = intern_phrase(phrase);
  if (words.empty()) return false;
  if (!whole_word) mark_stem(words.back());
  // A stem entry also matches its own word exactly.
  actor_trie_.add(words, false, actor);
  if (!whole_word) actor_trie_.add(words, true, actor);
  return true;
}

bool Lexicon::add_agent(std::string_view phrase, AgentEntry entry) {
  std::vector<uint32_t> words = intern_phrase(phrase);
  if (words.empty()) return false;
  agents_.push_back(std::move(entry));
  agent_trie_.add(words, false, uint32_t(agents_.size() - 1));
  return true;
}

uint32_t Lexicon::new_verb_block(VerbBlock block) {
  blocks_.push_back(std::move(block));
  return uint32_t(blocks_.size() - 1);
}

void Lexicon::add_verb_form(VerbForm form) {
  if (form.words.empty() || form.head >= form.words.size()) return;
  forms_.push_back(std::move(form));
  uint32_t id = uint32_t(forms_.size() - 1);
  forms_by_head_[forms_.back().words[forms_.back().head]].push_back(id);
}

uint32_t Lexicon::add_synset(Synset synset) {
  auto [it, inserted] = synset_ids_.try_emplace(synset.name, uint32_t(synsets_.size()));
  if (inserted) {
    synsets_.push_back(std::move(synset));
  } else {
    auto& phrases = synsets_[it->second].phrases;
    phrases.insert(phrases.end(), synset.phrases.begin(), synset.phrases.end());
  }
  return it->second;
}

int Lexicon::find_synset(std::string_view name) const {
  auto it = synset_ids_.find(std::string(name));
  return it == synset_ids_.end() ? -1 : int(it->second);
}

void Lexicon::add_discard(std::string_view phrase, bool story) {
  Discard d;
  d.words = intern_phrase(phrase);
  d.story = story;
  if (d.words.empty()) return;
  discards_by_first_[d.words[0]].push_back(static_cast<uint32_t>(discards_.size()));
  discards_.push_back(std::move(d));
}

void Lexicon::compile() {
  is_stem_.resize(words_.size(), false);
  max_stem_len_ = 0;
  stem_trie_.assign(1, StemNode{});
  std::vector<std::string_view> spelled = words_.by_id();
  for (uint32_t id = 0; id < is_stem_.size(); ++id) {
    if (!is_stem_[id]) continue;
    uint32_t node = 0;
    for (char c : spelled[id]) {
      auto& next = stem_trie_[node].next;
      auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto& e, char ch) { return e.first < ch; });
      if (it != next.end() && it->first == c) {
        node = it->second;
      } else {
        uint32_t child = uint32_t(stem_trie_.size());
        next.insert(it, {c, child});
        stem_trie_.emplace_back();  // invalidates `next`; not used after this
        node = child;
      }
    }
    stem_trie_[node].word = id;
  }
  // Longer, more specific verb forms first, so a multi-word form wins over its head alone.
  for (auto& [head, ids] : forms_by_head_) {
    std::stable_sort(ids.begin(), ids.end(),
                     [&](uint32_t a, uint32_t b) { return forms_[a].words.size() > forms_[b].words.size(); });
  }
  auto sort_unique = [](std::vector<uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  for (Synset& synset : synsets_) {
    synset.first_words.clear();
    synset.by_first.clear();
    synset.by_last.clear();
    for (uint32_t k = 0; k < synset.phrases.size(); ++k) {
      const auto& phrase = synset.phrases[k];
      if (phrase.empty()) continue;
      synset.first_words.push_back(phrase.front());
      synset.by_first.emplace_back(phrase.front(), k);
      synset.by_last.emplace_back(phrase.back(), k);
    }
    sort_unique(synset.first_words);
    std::sort(synset.by_first.begin(), synset.by_first.end());
    std::sort(synset.by_last.begin(), synset.by_last.end());
  }
  for (VerbBlock& block : blocks_) {
    for (Pattern& pattern : block.patterns) {
      pattern.required_words.clear();
      pattern.required_synsets.clear();
      for (const auto* side : {&pattern.before, &pattern.after}) {
        for (const PatternElement& el : *side) {
          if (el.kind == ElementKind::word) pattern.required_words.push_back(el.word);
          if (el.kind == ElementKind::synset) pattern.required_synsets.push_back(el.synset);
        }
      }
      sort_unique(pattern.required_words);
      sort_unique(pattern.required_synsets);
    }
    block.by_specificity.resize(block.patterns.size());
    for (uint32_t k = 0; k < block.patterns.size(); ++k) block.by_specificity[k] = k;
    std::stable_sort(block.by_specificity.begin(), block.by_specificity.end(), [&](uint32_t a, uint32_t b) {
      return block.patterns[a].literal_count > block.patterns[b].literal_count;
    });
  }
  compiled_ = true;
}

const std::vector<uint32_t>& Lexicon::discards_starting_with(uint32_t word) const {
  static const std::vector<uint32_t> kNone;
  auto it = discards_by_first_.find(word);
  return it == discards_by_first_.end() ? kNone : it->second;
}

size_t Lexicon::pattern_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks_) n += b.patterns.size();
  return n;
}

const std::vector<uint32_t>& Lexicon::forms_with_head(uint32_t word) const {
  static const std::vector<uint32_t> kNone;
  auto it = forms_by_head_.find(word);
  return it == forms_by_head_.end() ? kNone : it->second;
}

WordKeys Lexicon::keys(std::string_view norm) const {
  WordKeys k;
  k.exact = words_.find(norm);
  // Stems: prefixes that leave a tail of 0..kMaxStemTail characters, longest first.
  size_t min_len = norm.size() > kMaxStemTail ? norm.size() - kMaxStemTail : 1;
  if (stem_trie_.empty()) {  // not compiled yet: look each prefix up
    for (size_t len = norm.size(); len >= min_len && len > 0; --len) {
      uint32_t id = len == norm.size() ? k.exact : words_.find(norm.substr(0, len));
      if (id != kNoWord && id < is_stem_.size() && is_stem_[id]) k.stems.push_back(id);
    }
  }
  uint32_t node = 0;
  for (size_t len = 1; len <= norm.size() && node < stem_trie_.size(); ++len) {
    const auto& next = stem_trie_[node].next;
    char c = norm[len - 1];
    auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto& e, char ch) { return e.first < ch; });
    if (it == next.end() || it->first != c) break;
    node = it->second;
    if (len >= min_len && stem_trie_[node].word != kNoWord) k.stems.push_back(stem_trie_[node].word);
  }
  std::reverse(k.stems.begin(), k.stems.end());
  // Singular forms for pattern words ("ties" matches TIE, "assets" ASSET, "parties" PARTY).
  auto push = [&](std::string s) {
    uint32_t id = words_.find(s);
    if (id != kNoWord && id != k.exact) k.singular.push_back(id);
  };
  size_t n = norm.size();
  if (n > 3 && norm.ends_with("ies")) push(std::string(norm.substr(0, n - 3)) + "y");
  if (n > 2 && norm.ends_with("es")) push(std::string(norm.substr(0, n - 2)));
  if (n > 1 && norm.back() == 's' && !norm.ends_with("ss")) push(std::string(norm.substr(0, n - 1)));
  return k;
}

// ---- Inflections -------------------------------------------------------------------------------

namespace {
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
}  // namespace

std::vector<std::string> regular_verb_forms(std::string_view base_in) {
  std::string base = normalize_word(base_in);
  std::vector<std::string> out{base};
  if (base.empty()) return out;
  size_t n = base.size();
  char last = base.back();
  auto add = [&](std::string s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  // Third person.
  if (last == 's' || last == 'x' || last == 'z' || base.ends_with("ch") || base.ends_with("sh"))
    add(base + "es");
  else if (last == 'y' && n > 1 && !is_vowel(base[n - 2]))
    add(base.substr(0, n - 1) + "ies");
  else
    add(base + "s");
  // Past and present participle.
  if (last == 'e') {
    add(base + "d");
    add(base.substr(0, n - 1) + "ing");
    if (base.ends_with("ee")) add(base + "ing");
  } else if (last == 'y' && n > 1 && !is_vowel(base[n - 2])) {
    add(base.substr(0, n - 1) + "ied");
    add(base + "ing");
  } else {
    add(base + "ed");
    add(base + "ing");
    // Consonant doubling for short verbs ending consonant-vowel-consonant (ban, plan, stop).
    if (n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
        is_vowel(base[n - 2]) && !is_vowel(base[n - 3])) {
      add(base + last + "ed");
      add(base + last + "ing");
    }
  }
  return out;
}

std::vector<std::string> regular_plurals(std::string_view noun_in) {
  std::string noun = normalize_word(noun_in);
  std::vector<std::string> out;
  if (noun.empty()) return out;
  size_t n = noun.size();
  char last = noun.back();
  if (last == 's' || last == 'x' || last == 'z' || noun.ends_with("ch") || noun.ends_with("sh"))
    out.push_back(noun + "es");
  else if (last == 'y' && n > 1 && !is_vowel(noun[n - 2]))
    out.push_back(noun.substr(0, n - 1) + "ies");
  else if (noun.ends_with("man"))
    out.push_back(noun.substr(0, n - 3) + "men");
  else
    out.push_back(noun + "s");
  return out;
}

}  // namespace chronicle::events
