// The event coder's knowledge, compiled: actors, agents, verbs with their patterns, discards.
//
// A Lexicon is filled by a reader (petrarch_reader.h for the TABARI/PETRARCH formats,
// chronicle_reader.h for Chronicle's own data/events files), then compile()d, then shared read-only
// by every coder thread. All phrases are stored as sequences of interned, lower-cased words, so
// that coding a sentence costs one hash lookup per token plus trie steps.
//
// Order of use (as RE2::Set): add_*() ... compile() ... match. Adding after compile() is a bug.
// After compile() a Lexicon is immutable and safe for concurrent use.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle::events {

inline constexpr uint32_t kNoWord = 0xffffffffu;

// ---- Words -------------------------------------------------------------------------------------

// Interns lower-cased words. Ids are dense from 0.
class WordTable {
 public:
  uint32_t intern(std::string_view word);
  uint32_t find(std::string_view word) const;  // kNoWord when absent
  size_t size() const { return ids_.size(); }
  // Every word, indexed by id (views into the table: valid until the next intern()).
  std::vector<std::string_view> by_id() const;

 private:
  // Transparent hashing: sentence words are looked up as string_views, without a copy per lookup
  // (keys() looks up each word's stems and singulars too).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

// Lower-cases ASCII letters and maps the typographic apostrophe to "'". Dictionary words and
// sentence words go through the same function so that they meet.
std::string normalize_word(std::string_view word);

// ---- Phrase trie -------------------------------------------------------------------------------

// Maps word sequences to values. The last word of a phrase may be a stem: it then also matches a
// sentence word that begins with it and has at most kMaxStemTail more characters (TABARI: an
// entry without a trailing underscore matches "ARGENTIN" in "Argentine" and "Argentina").
inline constexpr size_t kMaxStemTail = 5;

struct WordKeys {
  uint32_t exact = kNoWord;            // the word's own id
  std::vector<uint32_t> stems;         // ids of stem entries that prefix the word (longest first)
  std::vector<uint32_t> singular;      // ids of the word with a plural ending removed
};

class PhraseTrie {
 public:
  // Adds a phrase; returns false when it is empty. A phrase added twice keeps its first value.
  bool add(const std::vector<uint32_t>& words, bool last_is_stem, uint32_t value);
  // The longest phrase starting at words[i]; sets `end` (exclusive) and returns its value, or
  // kNoWord when none starts there.
  // `by_stem` (optional) tells whether that phrase's last word matched as a stem.
  uint32_t longest(const std::vector<WordKeys>& words, size_t i, size_t& end, bool* by_stem = nullptr) const;
  // The same over a sentence's keys held elsewhere (no copy of them per sentence).
  uint32_t longest(const WordKeys* const* words, size_t n, size_t i, size_t& end, bool* by_stem = nullptr) const;
  size_t size() const { return values_; }

 private:
  static uint64_t key(uint32_t node, uint32_t word, bool stem) {
    return (uint64_t(node) << 33) | (uint64_t(stem) << 32) | word;
  }
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node, word, stem) -> child
  // Per word id: 1 when a phrase starts with the word, 2 when a one-word stem phrase is the word.
  // Most sentence words start nothing; this answers them without hashing.
  std::vector<uint8_t> starts_;
  std::vector<uint32_t> value_;                   // per node, kNoWord when not terminal
  size_t values_ = 0;
};

// ---- Actors ------------------------------------------------------------------------------------

// One code of an actor with the dates it holds (YYYYMMDD as an integer, inclusive; 0 = open).
struct DatedCode {
  std::string code;  // "USAGOV", "FRO/BIL/SAM" for a compound entry, "---" for a null actor
  int from = 0;
  int to = 0;
};

struct ActorEntry {
  std::string name;                 // the entry's first phrase, for messages and event names
  std::string default_code;         // used when no dated code covers the date
  std::vector<DatedCode> dated;
  // The code in force on `date` (YYYYMMDD; 0 = unknown, then the default).
  const std::string& code_on(int date) const;
};

// ---- Agents ------------------------------------------------------------------------------------

// An agent joins its code to an actor's: "~GOV" as a suffix (Russian government -> RUSGOV),
// "NGO~" as a prefix (MSF Arnor -> NGOARN).
struct AgentEntry {
  std::string name;
  std::string code;    // without the "~"
  bool prefix = false;
};

// ---- Verbs -------------------------------------------------------------------------------------

// An event code as a dictionary gives it: "042", "032:033" (source->target, target->source),
// "---" (no event).
struct CodePair {
  std::string forward;   // "" = no event
  std::string backward;  // "" = none
  bool null() const { return forward.empty() && backward.empty(); }
};
// Parses "042", "032:033", "---" (no event). False when the text is empty.
bool parse_code_pair(std::string_view text, CodePair& out);

enum class ElementKind : uint8_t { word, synset, source, target, compound, skip };

struct PatternElement {
  ElementKind kind = ElementKind::word;
  uint32_t word = kNoWord;   // word id (kind == word)
  uint32_t synset = 0;       // synset index (kind == synset)
  bool adjacent = false;     // must directly follow the previous element ("_" in the pattern)
};

struct Pattern {
  // Elements before the verb, listed outward from the verb (nearest first); elements after it,
  // in order.
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  CodePair code;
  int literal_count = 0;     // words and synsets: more means more specific
  std::string text;          // as written, for messages and tests
  // Filled by Lexicon::compile(): the pattern's literal words, sorted. A sentence lacking any of
  // them cannot match, which lets the coder skip most of a big block's patterns without trying them.
  std::vector<uint32_t> required_words;
  std::vector<uint32_t> required_synsets;  // likewise: each must have a phrase's first word present
};

// A verb form: the words of a (possibly multi-word) verb with the index of the verb word itself,
// e.g. "stir up" with head 0; "klm nop rst" with head 2.
struct VerbForm {
  std::vector<uint32_t> words;
  size_t head = 0;
  uint32_t block = 0;
  std::optional<CodePair> own_code;  // a verb line's own [code], else the block's
  bool participle = false;           // a past-participle form: may head a passive
  bool base = false;                 // the bare lemma ("meet", not "meets"/"met"): agreement tells a
                                     // noun from it ("an anti-Gondor parade" is no verb)
  bool noun = false;                 // an event noun ("talks", "discussion"), Chronicle's own
};

struct VerbBlock {
  std::string name;
  CodePair code;                     // the block's default
  std::vector<Pattern> patterns;
  // Filled by Lexicon::compile(): pattern indices, most literal words first (stable), so that the
  // first match found is the most specific one.
  std::vector<uint32_t> by_specificity;
};

// A synonym set: phrases, each matched as consecutive words.
struct Synset {
  std::string name;
  std::vector<std::vector<uint32_t>> phrases;
  // Filled by Lexicon::compile(): the first words of the phrases, sorted, so that a sentence
  // position is tried against the phrases only when its word can start one.
  std::vector<uint32_t> first_words;
  // Filled by Lexicon::compile(): (first word, phrase index) and (last word, phrase index), sorted,
  // so that matching at a position tries only the phrases that can start or end there.
  std::vector<std::pair<uint32_t, uint32_t>> by_first, by_last;
};

// ---- Discards ----------------------------------------------------------------------------------

struct Discard {
  std::vector<uint32_t> words;
  bool story = false;  // "+PHRASE": drops the whole story, else only the sentence
};

// ---- The lexicon -------------------------------------------------------------------------------

class Lexicon {
 public:
  WordTable& words() { return words_; }
  const WordTable& words() const { return words_; }
  // Splits a dictionary phrase on spaces and underscores, normalises and interns each word.
  std::vector<uint32_t> intern_phrase(std::string_view phrase);

  // Adding. Each returns false (and leaves the lexicon unchanged) when the phrase is empty.
  bool add_actor(std::string_view phrase, bool whole_word, uint32_t actor);
  uint32_t new_actor(ActorEntry entry);
  ActorEntry& edit_actor(uint32_t i) { return actors_[i]; }  // readers add dated codes
  bool add_agent(std::string_view phrase, AgentEntry entry);
  uint32_t new_verb_block(VerbBlock block);
  VerbBlock& verb_block(uint32_t i) { return blocks_[i]; }
  void add_verb_form(VerbForm form);
  uint32_t add_synset(Synset synset);
  int find_synset(std::string_view name) const;  // -1 when absent
  Synset& synset(uint32_t i) { return synsets_[i]; }
  void add_discard(std::string_view phrase, bool story);
  // Stems: a word that phrases may end with as a stem must be marked, so that sentence words can
  // find it by prefix.
  void mark_stem(uint32_t word);

  // Must be called once, after the last add and before coding.
  void compile();

  // Matching (after compile()).
  // Keys for one sentence word (already normalised).
  WordKeys keys(std::string_view norm) const;
  const PhraseTrie& actor_trie() const { return actor_trie_; }
  const PhraseTrie& agent_trie() const { return agent_trie_; }
  const ActorEntry& actor(uint32_t i) const { return actors_[i]; }
  const AgentEntry& agent(uint32_t i) const { return agents_[i]; }
  const VerbBlock& verb_block(uint32_t i) const { return blocks_[i]; }
  const Synset& synset(uint32_t i) const { return synsets_[i]; }
  // Verb forms whose head word is `word` (empty when none).
  const std::vector<uint32_t>& forms_with_head(uint32_t word) const;
  const VerbForm& form(uint32_t i) const { return forms_[i]; }
  const std::vector<Discard>& discards() const { return discards_; }
  // Indices into discards() of the phrases whose first word is `word` (empty when none).
  const std::vector<uint32_t>& discards_starting_with(uint32_t word) const;

  size_t actor_count() const { return actors_.size(); }
  size_t actor_phrase_count() const { return actor_trie_.size(); }
  size_t agent_count() const { return agents_.size(); }
  size_t verb_form_count() const { return forms_.size(); }
  size_t verb_block_count() const { return blocks_.size(); }
  size_t pattern_count() const;
  size_t synset_count() const { return synsets_.size(); }

 private:
  WordTable words_;
  std::vector<bool> is_stem_;
  // The stem words as a character trie, so that keys() finds a word's stem prefixes in one walk
  // instead of hashing every prefix. Built by compile().
  struct StemNode {
    std::vector<std::pair<char, uint32_t>> next;  // sorted by character
    uint32_t word = kNoWord;                      // the stem ending here
  };
  std::vector<StemNode> stem_trie_;
  PhraseTrie actor_trie_;
  PhraseTrie agent_trie_;
  std::vector<ActorEntry> actors_;
  std::vector<AgentEntry> agents_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbForm> forms_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> forms_by_head_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, uint32_t> synset_ids_;
  std::vector<Discard> discards_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> discards_by_first_;
  size_t max_stem_len_ = 0;
  bool compiled_ = false;
};

// English inflections used by both readers: regular verb forms ("meet" -> meets, meeting, meeted
// is generated too but harmless) and noun plurals.
std::vector<std::string> regular_verb_forms(std::string_view base);
std::vector<std::string> regular_plurals(std::string_view noun);

}  // namespace chronicle::events
