#include "nlp/quotes.h"

#include <algorithm>
#include <optional>

#include "nlp/entities.h"
#include "nlp/quote_words.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

namespace qw = quote_words;
using text::Token;
using text::TokenKind;

constexpr uint32_t kNone = UINT32_MAX;
// How far from a quotation its attribution may be, in tokens (", said Shannon Scribner, the
// group's humanitarian policy manager" needs 10). Beyond this the words belong to another clause.
constexpr uint32_t kAttributionWindow = 10;
// A quotation of this many words or fewer, with no attribution next to it, is a scare quote or a
// title ('Real Progress'), not a quotation of its own.
constexpr int kScareQuoteWords = 4;
// How many sentences back "he said" may reach for the last person quoted.
constexpr uint32_t kPronounReach = 4;

// One pair of quotation marks (or an open mark and the end of its paragraph).
struct Region {
  uint32_t open = 0;      // token of the opening mark
  uint32_t close = 0;     // token of the closing mark, or one past the paragraph's last token
  bool closed = false;
  bool is_double = true;
  int parent = -1;        // enclosing region
  int next = -1;          // continuation in the next paragraph
  int prev = -1;
  bool transparent = false;  // a relayed passage (step 2): its marks are not a quotation
  std::string reported_by;
  uint32_t content_first() const { return open + 1; }
  uint32_t content_end() const { return close; }
};

// A speaker as found in the text.
struct Speaker {
  Span span;              // the words naming it
  int entity = -1;        // index into Article::entities
  std::string name;       // resolved name or description
  bool pronoun = false;
  bool valid() const { return !span.empty(); }
};

class Analyzer {
 public:
  Analyzer(const NlpKnowledge& k, Article& a) : k_(k), a_(a), text_(a.text) {}

  void run() {
    text::tokenize(text_, tokens_);
    sentences_ = text::split_sentences(text_, tokens_);
    const size_t n = tokens_.size();
    sent_of_.assign(n, 0);
    para_of_.assign(n, 0);
    lower_.resize(n);
    keys_.resize(n);
    for (size_t s = 0; s < sentences_.size(); ++s)
      for (uint32_t i = sentences_[s].first_token; i < sentences_[s].end_token; ++i) sent_of_[i] = static_cast<uint32_t>(s);
    uint32_t para = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i && tokens_[i].newlines >= 2) ++para;
      para_of_[i] = para;
      std::string_view w = tokens_[i].view(text_);
      std::string low(w);
      for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (low == "\u2019s") low = "'s";
      lower_[i] = std::move(low);
      keys_[i] = token_key(w);
    }
    map_entities();
    pair_quote_marks();
    find_relays();
    attribute_direct();
    find_transcript_turns();
    find_indirect();
    std::sort(a_.quotes.begin(), a_.quotes.end(),
              [](const Quote& x, const Quote& y) { return x.span.start < y.span.start; });
  }

 private:
  // ---- token helpers ------------------------------------------------------------------------
  bool is_word(uint32_t i) const { return tokens_[i].kind == TokenKind::word || tokens_[i].kind == TokenKind::number; }
  bool is_quote(uint32_t i) const { return tokens_[i].kind == TokenKind::quote; }
  std::string_view view(uint32_t i) const { return tokens_[i].view(text_); }
  uint32_t sent_first(uint32_t i) const { return sentences_[sent_of_[i]].first_token; }
  uint32_t sent_end(uint32_t i) const { return sentences_[sent_of_[i]].end_token; }
  Span span_of(uint32_t first, uint32_t end) const { return Span{tokens_[first].start, tokens_[end - 1].end}; }
  std::string surface(Span s) const { return std::string(text_.substr(s.start, s.size())); }

  // A cue at token i: its verb (or phrase) and the token after it. kNone when none.
  uint32_t cue_end(uint32_t i, const CueVerb** verb) const {
    if (!is_word(i)) return kNone;
    if (lower_[i] == "according" && i + 1 < tokens_.size() && lower_[i + 1] == "to") {
      static const CueVerb kAccording{"according to", true};
      *verb = &kAccording;
      return i + 2;
    }
    // "easier said than done" reports nothing.
    if (lower_[i] == "said" && i + 1 < tokens_.size() && lower_[i + 1] == "than") return kNone;
    // A capitalised cue mid-sentence is a name ("Says Law"), not a verb.
    if (tokens_[i].capitalized() && i != sent_first(i)) return kNone;
    // After an article or a possessive a cue form is a noun: "many of the states", "his notes";
    // after a preposition an adjective: "the groundwork for planned talks".
    if (i > sent_first(i) && (qw::in(qw::kNounDeterminers, lower_[i - 1]) || qw::in(qw::kPrepositions, lower_[i - 1])))
      return kNone;
    auto it = k_.cue_verbs.find(keys_[i]);
    if (it == k_.cue_verbs.end()) return kNone;
    *verb = &it->second;
    return i + 1;
  }
  bool is_cue(uint32_t i) const {
    const CueVerb* v = nullptr;
    return cue_end(i, &v) != kNone;
  }

  // ---- entities -----------------------------------------------------------------------------
  void map_entities() {
    const size_t n = tokens_.size();
    entity_at_.assign(n, -1);
    mention_first_.assign(n, 0);
    mention_end_.assign(n, 0);
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      for (const Span& m : a_.entities[e].mentions) {
        uint32_t first = token_at_or_after(m.start, 0, static_cast<uint32_t>(n));
        uint32_t end = first;
        while (end < n && tokens_[end].end <= m.end) ++end;
        for (uint32_t i = first; i < end; ++i) {
          entity_at_[i] = static_cast<int>(e);
          mention_first_[i] = first;
          mention_end_[i] = end;
        }
      }
    }
  }
  bool is_person(int e) const { return e >= 0 && a_.entities[e].type == EntityType::person; }
  std::optional<KnownOrg> outlet_of(int e) const {
    if (e < 0 || a_.entities[e].type != EntityType::org) return std::nullopt;
    auto it = k_.organizations.find(phrase_key_of(a_.entities[e].name));
    if (it == k_.organizations.end() || it->second.kind != OrgKind::outlet) return std::nullopt;
    return it->second;
  }

  // ---- step 1: quotation marks ----------------------------------------------------------------
  enum class Dir { open, close, either, apostrophe };
  static bool double_mark(std::string_view m) {
    return m == "\"" || m == "\u201C" || m == "\u201D" || m == "\u00AB" || m == "\u00BB" || m == "\u201E" ||
           m == "``" || m == "''" || m == "\u201F";
  }
  static Dir direction(std::string_view m) {
    if (m == "\u201C" || m == "\u2018" || m == "\u00AB" || m == "\u201E" || m == "``" || m == "\u2039" ||
        m == "\u201A" || m == "\u201F" || m == "\u201B")
      return Dir::open;
    // '' closes in Penn Treebank style but opens and closes in the New York Times' own text.
    if (m == "\u201D" || m == "\u00BB" || m == "\u203A") return Dir::close;
    if (m == "\u2019") return Dir::apostrophe;
    return Dir::either;
  }

  void pair_quote_marks() {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    in_region_.assign(n, -1);
    uint32_t i = 0;
    int last_unclosed_double = -1;  // the previous paragraph's open double quotation
    while (i < n) {
      uint32_t para_end = i + 1;
      while (para_end < n && para_of_[para_end] == para_of_[i]) ++para_end;
      std::vector<int> stack;
      bool first_in_para = true;
      for (uint32_t t = i; t < para_end; ++t) {
        if (!is_quote(t)) {
          if (is_word(t)) first_in_para = false;
          continue;
        }
        std::string_view m = view(t);
        bool dbl = double_mark(m);
        Dir dir = direction(m);
        auto open_of = [&](bool want_double) {
          for (int k = static_cast<int>(stack.size()) - 1; k >= 0; --k)
            if (regions_[stack[k]].is_double == want_double) return k;
          return -1;
        };
        auto close_at = [&](int k) {
          int r = stack[k];
          regions_[r].close = t;
          regions_[r].closed = true;
          stack.resize(k);  // inner unclosed single marks were apostrophes
        };
        auto open_new = [&]() {
          Region r;
          r.open = t;
          r.is_double = dbl;
          r.parent = stack.empty() ? -1 : stack.back();
          regions_.push_back(r);
          int id = static_cast<int>(regions_.size()) - 1;
          if (dbl && first_in_para && last_unclosed_double >= 0) {
            regions_[last_unclosed_double].next = id;
            regions_[id].prev = last_unclosed_double;
          }
          stack.push_back(id);
        };
        bool next_attached = t + 1 < para_end && !tokens_[t + 1].space_before;
        bool prev_attached = !tokens_[t].space_before && t > i;
        if (dbl) {
          int k = open_of(true);
          if (dir == Dir::close || (dir == Dir::either && k >= 0 && !(tokens_[t].space_before && next_attached &&
                                                                         t + 1 < para_end && is_word(t + 1)))) {
            if (k >= 0) close_at(k);
          } else if (dir == Dir::open || dir == Dir::either) {
            open_new();
          }
        } else {
          int k = open_of(false);
          if (dir == Dir::open) {
            open_new();
          } else if (dir == Dir::apostrophe || dir == Dir::close) {
            if (k >= 0 && !(next_attached && t + 1 < para_end && is_word(t + 1))) close_at(k);
          } else {  // straight '
            if (k >= 0 && (prev_attached || !next_attached)) close_at(k);
            else if (!prev_attached && next_attached) open_new();
          }
        }
        first_in_para = false;
      }
      last_unclosed_double = -1;
      for (int r : stack) {
        regions_[r].close = para_end;
        if (regions_[r].is_double && regions_[r].parent < 0) last_unclosed_double = r;
      }
      // Unclosed single marks were apostrophes after all, unless a double one runs on.
      i = para_end;
    }
    // Drop unclosed single quotations (apostrophes), keep the rest.
    for (Region& r : regions_)
      if (!r.closed && !r.is_double) r.transparent = true;
    for (size_t r = 0; r < regions_.size(); ++r) {
      if (regions_[r].transparent) continue;
      for (uint32_t t = regions_[r].open; t < regions_[r].close && t < n; ++t) in_region_[t] = static_cast<int>(r);
      if (regions_[r].closed) in_region_[regions_[r].close] = static_cast<int>(r);
    }
  }

  // ---- step 2: relays ---------------------------------------------------------------------------
  // The outlet introducing the text before token `open`: "Reuters reports:", "The Post adds:".
  std::string relay_outlet(uint32_t open) const {
    if (open == 0) return "";
    uint32_t colon = open - 1;
    if (view(colon) != ":") return "";
    uint32_t first = sent_first(colon);
    bool has_cue = false;
    std::string outlet;
    for (uint32_t t = first; t < colon; ++t) {
      if (is_cue(t)) has_cue = true;
      if (outlet.empty())
        if (auto org = outlet_of(entity_at_[t])) outlet = org->canonical;
    }
    return has_cue ? outlet : "";
  }

  void find_relays() {
    for (size_t r = 0; r < regions_.size(); ++r) {
      Region& head = regions_[r];
      if (!head.is_double || head.prev >= 0 || head.parent >= 0) continue;
      std::string outlet = relay_outlet(head.open);
      if (outlet.empty()) continue;
      // A passage with no quotation inside is the outlet's own words, quoted: not a relay.
      bool inner = false;
      for (int c = static_cast<int>(r); c >= 0; c = regions_[c].next)
        for (size_t o = 0; o < regions_.size(); ++o)
          inner = inner || (regions_[o].parent == c && !regions_[o].transparent);
      if (!inner) continue;
      for (int c = static_cast<int>(r); c >= 0; c = regions_[c].next) {
        regions_[c].transparent = true;
        regions_[c].reported_by = outlet;
        uint32_t end = regions_[c].closed ? regions_[c].close + 1 : regions_[c].close;
        for (uint32_t t = regions_[c].open; t < end; ++t) {
          relay_of_.resize(tokens_.size());
          relay_of_[t] = outlet;
          if (in_region_[t] == c) in_region_[t] = -1;
        }
      }
    }
    relay_of_.resize(tokens_.size());
    // Regions inside a relay become top-level.
    for (Region& r : regions_) {
      while (r.parent >= 0 && regions_[r.parent].transparent) r.parent = regions_[r.parent].parent;
    }
  }

  // ---- step 5: speakers ---------------------------------------------------------------------------
  Speaker from_entity(uint32_t t) const {
    Speaker s;
    s.entity = entity_at_[t];
    s.span = span_of(mention_first_[t], mention_end_[t]);
    s.name = a_.entities[s.entity].name;
    return s;
  }

  Speaker resolve_pronoun(uint32_t t) const {
    Speaker s;
    s.span = span_of(t, t + 1);
    s.pronoun = true;
    s.name = std::string(view(t));
    const std::string& p = lower_[t];
    if (p == "he" || p == "she") {
      uint32_t sent = sent_of_[t];
      if (last_person_ >= 0 && last_speaker_sentence_ + kPronounReach >= sent) {
        s.entity = last_person_;
        s.name = a_.entities[last_person_].name;
        return s;
      }
      for (uint32_t k = t; k-- > 0;) {
        if (is_person(entity_at_[k]) && in_region_[k] < 0) {
          s.entity = entity_at_[k];
          s.name = a_.entities[s.entity].name;
          break;
        }
      }
    } else if (p == "they") {
      for (uint32_t k = t; k-- > 0 && k + 60 > t;) {
        int e = entity_at_[k];
        if (e >= 0 && a_.entities[e].type == EntityType::org && in_region_[k] < 0) {
          s.entity = e;
          s.name = a_.entities[e].name;
          break;
        }
      }
    }
    return s;
  }

  // A description ending at token p ("the U.S. official", "State Department officials traveling with
  // Kerry"), walking back to a determiner, the sentence start or a clause break.
  Speaker description_ending(uint32_t p, uint32_t limit_first) const {
    Speaker s;
    uint32_t first = p + 1;
    for (uint32_t k = p + 1; k-- > limit_first;) {
      if (p - k >= 12) break;
      if (!is_word(k) && view(k) != "-" && view(k) != "%" && lower_[k] != "'s") break;
      bool preposition = qw::in(qw::kPrepositions, lower_[k]);
      if (!preposition && qw::in(qw::kClauseBreaks, lower_[k])) break;
      if (is_cue(k) && k != p) break;
      first = k;
      if (qw::in(qw::kDeterminers, lower_[k])) {
        // "a senior official", and "officials briefing reporters after the talks": a determiner
        // after a preposition is inside the phrase, not its start.
        while (first > limit_first && qw::in(qw::kDeterminers, lower_[first - 1])) --first;
        if (first > limit_first && qw::in(qw::kPrepositions, lower_[first - 1])) {
          k = first;
          continue;
        }
        break;
      }
    }
    // A phrase cannot start with a preposition.
    while (first <= p && qw::in(qw::kPrepositions, lower_[first])) ++first;
    if (first > p) return s;
    // A lone lower-case word is not a speaker ("and officials" is; "probably" is not).
    // A quantifier alone stands for people ("another says", "many believe"); an article does not.
    bool has_noun = first == p && !qw::in(qw::kNounDeterminers, lower_[p]);
    for (uint32_t k = first; k <= p; ++k)
      if ((is_word(k) || view(k) == "%") && !qw::in(qw::kDeterminers, lower_[k])) has_noun = true;
    if (!has_noun) return s;
    s.span = span_of(first, p + 1);
    s.name = surface(s.span);
    // "the secretary of state" is the person who holds that title in this article.
    std::string key = name_key(s.name);
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      const Entity& ent = a_.entities[e];
      if (ent.type == EntityType::person && !ent.title.empty() && name_key(ent.title) == key) {
        s.entity = static_cast<int>(e);
        s.name = ent.name;
        break;
      }
    }
    // The same unnamed speaker again: "A U.S. official said ..." ... "the U.S. official said".
    if (s.entity < 0) {
      std::string bare = strip_determiner(s.name);
      for (const auto& [desc, name] : descriptions_)
        if (desc == bare) s.name = name;
    }
    return s;
  }

  static std::string strip_determiner(const std::string& phrase) {
    std::string key = name_key(phrase);
    for (std::string_view det : {"a ", "an ", "the "})
      if (key.rfind(det, 0) == 0) return key.substr(det.size());
    return key;
  }

  // The speaker of cue token q when it stands before the cue (subject position).
  Speaker speaker_before(uint32_t q) const {
    uint32_t first = sent_first(q);
    if (q == first) return {};
    uint32_t p = q - 1;
    while (p > first && qw::in(qw::kAdverbs, lower_[p])) --p;
    // An appositive or relative clause between speaker and cue: "Kerry, who will meet Putin, told".
    if (view(p) == "," && p > first) {
      uint32_t r = p;
      while (r-- > first && p - r < 25) {
        if (is_quote(r) || view(r) == ";" || view(r) == ":") return {};
        if (view(r) == ",") break;
      }
      if (r < first || r >= p || view(r) != "," || r == first) return {};
      p = r - 1;
    }
    // A party and state after a name: "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said".
    if (view(p) == ")") {
      uint32_t r = p;
      while (r > first && p - r < 8 && view(r) != "(") --r;
      if (view(r) != "(" || r == first) return {};
      p = r - 1;
    }
    if (is_quote(p) || (!is_word(p) && view(p) != "%")) return {};
    // "Army Capt. Christian Pardo, who said ...": the relative pronoun speaks for its antecedent.
    if (lower_[p] == "who" && p > first + 1 && view(p - 1) == ",") {
      Speaker antecedent = speaker_before_comma(p - 1);
      if (!antecedent.valid()) return {};
      antecedent.span = span_of(p, p + 1);
      antecedent.pronoun = true;
      return antecedent;
    }
    if (entity_at_[p] >= 0 && a_.entities[entity_at_[p]].type != EntityType::place) {
      // "officials traveling with Kerry said": a name after a preposition is not the subject.
      uint32_t mf = mention_first_[p];
      if (mf > first && qw::in(qw::kPrepositions, lower_[mf - 1]))
        return description_ending(p, std::max(first, in_region_[p] >= 0 ? p : first));
      return from_entity(p);
    }
    if (qw::in(qw::kPronouns, lower_[p])) return resolve_pronoun(p);
    if (qw::in(qw::kClauseBreaks, lower_[p])) return {};
    return description_ending(p, std::max(first, in_region_[p] >= 0 ? p : first));
  }

  // The person or description ending just before the comma at token c.
  Speaker speaker_before_comma(uint32_t c) const {
    uint32_t p = c - 1;
    if (!is_word(p)) return {};
    if (entity_at_[p] >= 0 && a_.entities[entity_at_[p]].type != EntityType::place) return from_entity(p);
    return description_ending(p, sent_first(p));
  }

  // The speaker right after cue end `e` (inverted order: "said Lavrov", "said a U.S. official").
  Speaker speaker_after(uint32_t e) const {
    if (e >= tokens_.size() || sent_of_[e] != sent_of_[e - 1]) return {};
    uint32_t t = e;
    if (entity_at_[t] >= 0 && a_.entities[entity_at_[t]].type != EntityType::place) return from_entity(t);
    if (qw::in(qw::kPronouns, lower_[t]) && lower_[t] != "it") return resolve_pronoun(t);
    // A role before the name: "said pollster Frank Luntz", "said former Utah governor Michael Leavitt".
    if (!qw::in(qw::kDeterminers, lower_[t])) {
      uint32_t limit = std::min<uint32_t>(sent_end(t), t + 6);
      // ("suggested business mogul Donald Trump's refusal": a possessive name is not the speaker.)
      for (uint32_t k = t; k < limit && is_word(k) && !qw::in(qw::kClauseBreaks, lower_[k]); ++k)
        if (entity_at_[k] >= 0 && a_.entities[entity_at_[k]].type == EntityType::person)
          return mention_end_[k] < tokens_.size() && lower_[mention_end_[k]] == "'s" ? Speaker{} : from_entity(k);
      return {};
    }
    // "the United Nations", "the Associated Press": the organisation itself.
    // ("one GOP source in the room" is a description: the name does not end the phrase.)
    if (t + 1 < tokens_.size() && entity_at_[t + 1] >= 0 && mention_first_[t + 1] == t + 1 &&
        a_.entities[entity_at_[t + 1]].type == EntityType::org &&
        (mention_end_[t + 1] >= tokens_.size() || !is_word(mention_end_[t + 1])))
      return from_entity(t + 1);
    uint32_t end = t;
    uint32_t limit = std::min<uint32_t>(sent_end(t), t + 10);
    while (end < limit && (is_word(end) || lower_[end] == "'s") && !qw::in(qw::kClauseBreaks, lower_[end])) {
      // "said the official Kerry" stops at the name; "said one GOP source" reads on past the party.
      if (entity_at_[end] >= 0 && a_.entities[entity_at_[end]].type == EntityType::person && end > t &&
          lower_[end - 1] != "'s" && !tokens_[end - 1].capitalized())
        break;
      ++end;
    }
    if (end == t + 1) return {};
    return description_ending(end - 1, t);
  }

  // ---- quotes -------------------------------------------------------------------------------------
  void remember_speaker(const Speaker& s, uint32_t at) {
    if (is_person(s.entity)) {
      last_person_ = s.entity;
      last_speaker_sentence_ = sent_of_[at];
    }
    if (s.entity < 0 && !s.pronoun && !s.name.empty()) {
      std::string bare = strip_determiner(s.name);
      bool known = false;
      for (const auto& [desc, name] : descriptions_) known = known || desc == bare;
      if (!known) descriptions_.emplace_back(bare, s.name);
    }
  }

  void add_quote(Span content, QuoteKind kind, const Speaker& s, const std::string& cue, Span cue_span,
                 const std::string& reported_by, uint32_t at) {
    if (content.empty()) return;
    Quote q;
    q.span = content;
    q.kind = kind;
    if (s.entity >= 0) q.speaker = a_.entities[s.entity].id;
    q.speaker_name = s.name;
    q.speaker_span = s.span;
    q.cue = cue;
    q.cue_span = cue_span;
    q.reported_by = reported_by;
    a_.quotes.push_back(std::move(q));
    // A cue that attributed one quote does not open a reported clause of its own.
    if (!cue_span.empty()) {
      for (uint32_t t = token_at_or_after(cue_span.start, 0, static_cast<uint32_t>(tokens_.size()));
           t < tokens_.size() && tokens_[t].start < cue_span.end; ++t)
        cue_quote_[t] = static_cast<int>(a_.quotes.size()) - 1;
    }
    remember_speaker(s, at);
  }

  // The listener after a cue, when it is an outlet: "told the Associated Press".
  std::string outlet_heard(uint32_t e) const {
    for (uint32_t t = e; t < tokens_.size() && t < e + 3; ++t)
      if (auto org = outlet_of(entity_at_[t])) return org->canonical;
    return "";
  }

  // The outlet of an enclosing "X reports that ..." earlier in the sentence.
  std::string outlet_reporting(uint32_t first, uint32_t before) const {
    for (uint32_t t = first; t < before; ++t) {
      if (!is_cue(t)) continue;
      for (uint32_t k = first; k < t; ++k)
        if (auto org = outlet_of(entity_at_[k])) return org->canonical;
    }
    return "";
  }

  std::string reported_by_at(uint32_t t) const { return t < relay_of_.size() ? relay_of_[t] : ""; }

  int count_words(uint32_t first, uint32_t end) const {
    int n = 0;
    for (uint32_t t = first; t < end; ++t) n += is_word(t);
    return n;
  }

  // Last token of a clause before the sentence-final punctuation and closing marks.
  uint32_t clause_end(uint32_t first, uint32_t end) const {
    while (end > first && (tokens_[end - 1].kind == TokenKind::punct || is_quote(end - 1))) {
      std::string_view v = view(end - 1);
      if (v == ")" || v == "]") break;
      if (is_quote(end - 1) && in_region_[end - 1] >= 0) break;  // keep a closing mark of a quote inside
      --end;
    }
    return end;
  }

  // Where the reported clause after cue end `e` starts: after "that" if it comes soon, after a
  // listener ("told reporters that"), else right after the cue. kNone when no clause follows.
  uint32_t clause_start(uint32_t cue, const CueVerb& verb, uint32_t e, uint32_t end) const {
    // "Voters say by a 7-point margin, 49 percent to 42 percent, that ...": a phrase before "that".
    // "told reporters after five hours of meetings in Washington that ...": a listener and a phrase.
    bool phrase_first = e < end && opens_circumstance(e);
    uint32_t reach = phrase_first || qw::in(qw::kListenerVerbs, lower_[cue]) ? 16 : 8;
    for (uint32_t t = e; t < end && t < e + reach; ++t) {
      if (lower_[t] == "that" && !(t + 1 < end && (view(t + 1) == "." || view(t + 1) == ","))) return t + 1;
      if (is_quote(t) || view(t) == ";") break;
    }
    uint32_t t = e;
    if (qw::in(qw::kListenerVerbs, lower_[cue])) {
      // skip the listener: a name, a pronoun or a short noun phrase
      uint32_t k = t;
      while (k < end && k < t + 4 && is_word(k) && !qw::in(qw::kClauseBreaks, lower_[k])) ++k;
      if (k < end && view(k) == ",") ++k;
      t = k;
    }
    if (t < end && view(t) == ",") ++t;
    // An intention keeps its infinitive ("plans to employ ..."); after a speech verb "to" opens no report.
    if (t == e && t < end && lower_[t] == "to" && !verb.speech) return t;
    if (t < end && (lower_[t] == "to" || lower_[t] == "by" || lower_[t] == "for" || lower_[t] == "of")) return kNone;
    if (t < end && opens_circumstance(t)) t = after_circumstance(t, end);
    return t < end ? t : kNone;
  }

  // Whether tokens [t, end) hold no reported clause: nothing, a short phrase of time or place ("on
  // Tuesday", "in Almaty"), or a participle clause of the speaker's own (", adding that ...").
  bool nothing_reported_after(uint32_t t, uint32_t end) const {
    if (t >= end) return true;
    if (view(t) == "," && t + 1 < end) {
      const std::string& w = lower_[t + 1];
      return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    }
    return opens_circumstance(t) && end - t <= 5;
  }

  // The token after the listener of a cue ending at e: a name ("told The New York Times"), a
  // pronoun or a short noun phrase ("told reporters").
  uint32_t after_listener(uint32_t e, uint32_t end) const {
    if (e < end && entity_at_[e] >= 0) return std::min(end, mention_end_[e]);
    if (e < end && qw::in(qw::kDeterminers, lower_[e]) && e + 1 < end && entity_at_[e + 1] >= 0)
      return std::min(end, mention_end_[e + 1]);
    uint32_t k = e;
    while (k < end && k < e + 3 && is_word(k) && !tokens_[k].capitalized() && !qw::in(qw::kClauseBreaks, lower_[k]) &&
           !qw::in(qw::kPrepositions, lower_[k]) && !qw::in(qw::kTimeWords, lower_[k]))
      ++k;
    return k;
  }

  // "Asked which county was his favorite, he demurred": the question put, by someone unnamed.
  // Returns the token after it, or kNone.
  uint32_t question_asked(uint32_t q, uint32_t first, uint32_t ce, const std::string& relay) {
    bool opens = q == first || (q > first && (lower_[q - 1] == "when" || lower_[q - 1] == "after" || lower_[q - 1] == "if"));
    if (!opens || q + 2 >= ce) return kNone;
    uint32_t t = q + 1;
    if (qw::in(qw::kPrepositions, lower_[t]) && lower_[t] != "about") t = after_circumstance(t, ce);
    if (t == kNone || t + 1 >= ce || !qw::in(qw::kQuestionWords, lower_[t])) return kNone;
    uint32_t stop = t + 1;
    while (stop < ce && view(stop) != "," && !used_[stop]) ++stop;
    if (stop == ce || used_[stop]) return kNone;
    add_quote(span_of(t, stop), QuoteKind::indirect, Speaker{}, std::string(view(q)), span_of(q, q + 1), relay, q);
    return stop;
  }

  // Whether token t opens a phrase of time or place ("on Friday", "in Almaty", "last week").
  bool opens_circumstance(uint32_t t) const {
    return qw::in(qw::kPrepositions, lower_[t]) || qw::in(qw::kTimeWords, lower_[t]);
  }

  // "said on Friday he met ...", "said in an interview, the party ...": the clause after a phrase of
  // time or place. kNone when no clause follows it ("he said in an interview.").
  uint32_t after_circumstance(uint32_t t, uint32_t end) const {
    for (uint32_t k = t + 1; k < end && k < t + 8; ++k) {
      if (view(k) == ",") return k + 1;
      if (!is_word(k)) return kNone;
      if (qw::in(qw::kPronouns, lower_[k]) || lower_[k] == "the" || lower_[k] == "a") return k;
    }
    return kNone;
  }

  // ---- step 3 ------------------------------------------------------------------------------------
  void attribute_direct() {
    used_.assign(tokens_.size(), false);
    cue_quote_.assign(tokens_.size(), -1);
    for (size_t r = 0; r < regions_.size(); ++r) {
      const Region& reg = regions_[r];
      if (reg.transparent || reg.parent >= 0) continue;
      uint32_t cf = reg.content_first(), ce = reg.content_end();
      if (cf >= ce || used_[cf]) continue;  // empty, or inside a mixed quote found before
      int words = count_words(cf, ce);
      if (words == 0) continue;
      std::string relay = reported_by_at(reg.open);

      Speaker spk;
      std::string cue;
      Span cue_span;
      QuoteKind kind = QuoteKind::direct;
      Span content = span_of(cf, ce);

      // (a) after the closing mark: '," Kerry said' / '," said Lavrov' / '," the official said'.
      if (reg.closed) {
        uint32_t t = reg.close + 1;
        uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), t + kAttributionWindow);
        if (t < limit && (view(t) == "," || view(t) == "\u2014" || view(t) == "--")) ++t;
        // An attribution in the next sentence must be that whole short sentence ('..." Kerry said.'),
        // not the start of another report ('... in Ukraine." The Post adds:').
        if (t < limit && sent_of_[t] != sent_of_[reg.close]) {
          uint32_t se = sent_end(t);
          if (se - t > 8 || view(se - 1) != ".") limit = t;
        }
        for (uint32_t q = t; q < limit; ++q) {
          if (para_of_[q] != para_of_[reg.close] || is_quote(q) || view(q) == "." || view(q) == ";") break;
          const CueVerb* verb = nullptr;
          uint32_t e = cue_end(q, &verb);
          if (e == kNone) continue;
          if (q == t) {
            spk = speaker_after(e);
          } else {
            // The speaker opens the attribution ('," the official said'); a subject further on
            // belongs to another clause ('"excellent chance" to win many of the states voting').
            spk = speaker_before(q);
            if (spk.valid() && !opens_attribution(t, spk.span.start)) spk = {};
          }
          if (spk.valid()) {
            cue = std::string(view(q));
            cue_span = span_of(q, e);
            if (relay.empty()) relay = outlet_heard(e);
          }
          break;
        }
      }
      // (b) before the opening mark: 'Kerry told Lavrov: ...' / 'said Lavrov, "...' / mixed.
      if (!spk.valid()) {
        uint32_t first = sent_first(reg.open);
        uint32_t search_first = first;
        // 'Kerry said:' ending the sentence (or paragraph) before a quotation that opens one.
        if (reg.open == first && first > 0 && view(first - 1) == ":") search_first = sent_first(first - 1);
        for (uint32_t q = reg.open; q-- > search_first;) {
          if (in_region_[q] >= 0 && in_region_[q] != static_cast<int>(r)) break;
          const CueVerb* verb = nullptr;
          uint32_t e = cue_end(q, &verb);
          if (e == kNone) continue;
          // "Lavrov said the Russians also want to 'exchange views'": an intention inside the report,
          // whose speaker is further back.
          if (!verb->speech && e < reg.open && lower_[e] == "to") continue;
          Speaker s = speaker_before(q);
          if (!s.valid()) s = speaker_after(e);
          // "adding that '...'": a participle continues the previous quotation's speaker.
          if (!s.valid() && lower_[q].size() > 4 && lower_[q].compare(lower_[q].size() - 3, 3, "ing") == 0 &&
              !a_.quotes.empty() && last_quote_sentence_ == sent_of_[q]) {
            s = last_speaker_;
          }
          if (!s.valid()) break;
          spk = s;
          cue = std::string(view(q));
          cue_span = span_of(q, e);
          if (relay.empty()) relay = outlet_heard(e);
          if (relay.empty()) relay = outlet_reporting(first, q);
          // Words between the cue (and its listener) and the mark other than ':' or ',': mixed.
          uint32_t before = reg.open;
          uint32_t gap_first = e;
          if (qw::in(qw::kListenerVerbs, lower_[q]))
            while (gap_first < before && (is_word(gap_first) && entity_at_[gap_first] >= 0)) ++gap_first;
          if (spk.span.start >= tokens_[e].start) gap_first = std::max<uint32_t>(gap_first, mention_or(e));
          int gap_words = 0;
          for (uint32_t g = gap_first; g < before; ++g)
            if (is_word(g) && !(g >= e && spk.span.contains(span_of(g, g + 1)))) ++gap_words;
          bool introduced = before > 0 && (view(before - 1) == ":" || view(before - 1) == ",");
          if (gap_words > (introduced ? 3 : 0) && sent_of_[q] == sent_of_[reg.open]) {
            uint32_t cs = clause_start(q, *verb, e, sent_end(reg.open));
            uint32_t end = reg.closed ? std::max(reg.close + 1, clause_end(reg.close + 1, sent_end(reg.close))) : ce;
            if (cs != kNone && cs < reg.open) {
              kind = QuoteKind::mixed;
              content = span_of(cs, std::min<uint32_t>(end, static_cast<uint32_t>(tokens_.size())));
            } else if (words <= kScareQuoteWords) {
              spk = {};  // a term in quotation marks far from its cue: 'rated it "True."'
            }
          }
          break;
        }
      }
      // (c) no attribution of its own: it runs on from the quotation before it.
      if (!spk.valid() && (reg.prev >= 0 || (words > kScareQuoteWords && !a_.quotes.empty() &&
                                             sent_of_[reg.open] <= last_quote_sentence_ + 2))) {
        spk = last_speaker_;
        cue = last_cue_;
        if (relay.empty()) relay = last_relay_;
      }
      if (!spk.valid() && words <= kScareQuoteWords) continue;  // a scare quote or a title
      add_quote(content, kind, spk, cue, cue_span, relay, reg.open);
      last_speaker_ = spk;
      last_cue_ = cue;
      last_relay_ = relay;
      last_quote_sentence_ = sent_of_[reg.closed ? reg.close : reg.close - 1];
      mark_used(content);
    }
  }

  // Whether only a title or role stands between token t and the speaker starting at `start`
  // ('," Judicial Watch president Tom Fitton said'), not another clause ('" to win many ... said').
  bool opens_attribution(uint32_t t, uint32_t start) const {
    if (tokens_[t].start > start) return false;
    for (uint32_t k = t; k < tokens_.size() && tokens_[k].start < start; ++k) {
      if (k - t >= 8) return false;
      // Prepositions other than "of" ("Secretary of State") and "what" open another clause: "'exchange
      // views' on what he called".
      bool role_word = (is_word(k) || view(k) == "." || view(k) == "-") && lower_[k] != "what" &&
                       !qw::in(qw::kClauseBreaks, lower_[k]) &&
                       (lower_[k] == "of" || !qw::in(qw::kPrepositions, lower_[k]));
      if (!role_word) return false;
    }
    return true;
  }

  uint32_t mention_or(uint32_t t) const { return entity_at_[t] >= 0 ? mention_end_[t] : t; }

  void mark_used(Span s) {
    for (uint32_t t = token_at_or_after(s.start, 0, static_cast<uint32_t>(tokens_.size()));
         t < tokens_.size() && tokens_[t].start < s.end; ++t)
      if (tokens_[t].end <= s.end) used_[t] = true;
  }

  // ---- step 3b: transcripts ----------------------------------------------------------------------
  // "FALLIN: Well, I think the whole nation ..." / "Alex Seitz-Wald: She is right ...": a paragraph
  // opened by a speaker's name and a colon is that speaker's turn, verbatim without quotation marks.
  void find_transcript_turns() {
    struct Turn {
      uint32_t first, colon, para_end;
    };
    std::vector<Turn> turns;
    int capital_labels = 0;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t t = 0; t < n;) {
      uint32_t para_end = t + 1;
      while (para_end < n && para_of_[para_end] == para_of_[t]) ++para_end;
      uint32_t colon = t;
      while (colon < para_end && colon < t + 5 && is_word(colon)) ++colon;
      if (colon > t && colon + 2 < para_end && view(colon) == ":" && !any_used(t, para_end)) {
        turns.push_back({t, colon, para_end});
        capital_labels += capital_label(t, colon);
      }
      t = para_end;
    }
    for (const Turn& turn : turns) {
      Speaker s = named_turn_speaker(turn.first, turn.colon);
      // A name in capitals speaks only in a transcript: two turns or more ("WASHINGTON: ..." once is
      // a dateline).
      if (!s.valid() && capital_labels >= 2 && capital_label(turn.first, turn.colon)) {
        s.span = span_of(turn.first, turn.colon);
        s.name = surface(s.span);
      }
      uint32_t ce = clause_end(turn.colon + 1, turn.para_end);
      // A lone short one is a subheading ("Christie: A closing surge.").
      int min_words = turns.size() >= 2 ? 3 : 8;
      if (!s.valid() || count_words(turn.colon + 1, ce) < min_words) continue;
      add_quote(span_of(turn.colon + 1, ce), QuoteKind::direct, s, "", Span{}, "", turn.colon);
      mark_used(span_of(turn.colon + 1, ce));
    }
  }

  // A person or organisation named whole before the colon.
  Speaker named_turn_speaker(uint32_t first, uint32_t colon) const {
    int e = entity_at_[first];
    if (e >= 0 && mention_first_[first] == first && mention_end_[first] == colon &&
        (a_.entities[e].type == EntityType::person || a_.entities[e].type == EntityType::org))
      return from_entity(first);
    return {};
  }

  // One word in capitals that is not a label such as "UPDATE".
  bool capital_label(uint32_t first, uint32_t colon) const {
    return colon == first + 1 && tokens_[first].all_caps() && view(first).size() >= 3 &&
           !qw::in(qw::kLabelWords, lower_[first]);
  }

  // ---- step 4 ------------------------------------------------------------------------------------
  // The noun phrase after "according to" when it names no person or organisation ("according to
  // exit polls reported by CNN", "according to the department"): up to the next comma.
  Speaker source_after(uint32_t t, uint32_t end) const {
    Speaker s = speaker_after(t);
    if (s.valid()) return s;
    uint32_t k = t;
    while (k < end && k < t + 12 && view(k) != "," && view(k) != ")" && !is_quote(k)) ++k;
    if (k == t) return {};
    s.span = span_of(t, k);
    s.name = surface(s.span);
    return s;
  }

  // Where a reported clause starting at token cs ends: before a clause of the writer's own
  // (", which ...", ", but ...", "; ..."), before text already quoted, or at `end`.
  uint32_t report_end(uint32_t cs, uint32_t end) const {
    for (uint32_t k = cs + 1; k < end; ++k) {
      if (used_[k] || view(k) == ";" || view(k) == "\u2014" || view(k) == "--") return k;
      if (view(k) != "," || k + 1 >= end) continue;
      const std::string& next = lower_[k + 1];
      if (qw::in(qw::kWriterClauses, next)) return k;
      if (next == "and" && k + 2 < end && is_cue(k + 2)) return k;
      if (is_cue(k + 1) && k + 2 < end && !is_word(k + 2)) continue;  // "X, he said, Y" is handled by the caller
    }
    return end;
  }

  // The first token in [first, end) that starts at or after byte `pos`.
  uint32_t token_at_or_after(uint32_t pos, uint32_t first, uint32_t end) const {
    return static_cast<uint32_t>(std::lower_bound(tokens_.begin() + first, tokens_.begin() + end, pos,
                                                  [](const Token& tk, uint32_t p) { return tk.start < p; }) -
                                 tokens_.begin());
  }

  // The speaker of the last quote whose cue stands in tokens [first, before).
  Speaker speaker_of_cue_between(uint32_t first, uint32_t before) const {
    Speaker s;
    for (uint32_t t = before; t-- > first;) {
      if (cue_quote_[t] < 0) continue;
      const Quote& q = a_.quotes[cue_quote_[t]];
      s.span = q.speaker_span;
      s.name = q.speaker_name;
      s.entity = -1;
      for (size_t e = 0; e < a_.entities.size(); ++e)
        if (!q.speaker.empty() && a_.entities[e].id == q.speaker) s.entity = static_cast<int>(e);
      break;
    }
    return s;
  }

  // The subject opening the sentence, when it is a name or a pronoun ("But Sanders ...", "He ...",
  // "Senator Ruth Kane ...").
  Speaker sentence_subject(uint32_t first, uint32_t before) const {
    uint32_t k = first;
    while (k < before && (lower_[k] == "but" || lower_[k] == "and" || lower_[k] == "still" || lower_[k] == "meanwhile"))
      ++k;
    for (uint32_t title = 0; title < 3 && k < before && entity_at_[k] < 0 && tokens_[k].capitalized(); ++title) {
      ++k;
      if (k < before && view(k) == ".") ++k;
    }
    if (k >= before || !is_word(k)) return {};
    if (entity_at_[k] >= 0 && mention_first_[k] == k && a_.entities[entity_at_[k]].type != EntityType::place)
      return from_entity(k);
    if (qw::in(qw::kPronouns, lower_[k]) && lower_[k] != "it") return resolve_pronoun(k);
    return {};
  }

  bool any_used(uint32_t first, uint32_t end) const {
    for (uint32_t t = first; t < end; ++t)
      if (used_[t]) return true;
    return false;
  }

  // "According to X, CLAUSE." / "CLAUSE, according to X." / "(CLAUSE, according to X)".
  // Returns the token after the quote it added, or kNone.
  uint32_t according_to(uint32_t t, uint32_t first, uint32_t ce, const std::string& relay) {
    uint32_t src = t + 2;
    Span cue_span = span_of(t, src);
    uint32_t clause_first = first;
    for (uint32_t k = t; k-- > first;)
      if (view(k) == "(" || used_[k] || view(k) == ";") {
        clause_first = k + 1;
        break;
      }
    if (t == clause_first) {
      uint32_t c = src;
      while (c < ce && view(c) != ",") ++c;
      Speaker spk = source_after(src, c);
      if (!spk.valid() || c + 1 >= ce) return kNone;
      uint32_t e = report_end(c + 1, ce);
      if (any_used(c + 1, e)) return kNone;
      add_quote(span_of(c + 1, e), QuoteKind::indirect, spk, "according to", cue_span, relay, t);
      return e;
    }
    if (t < clause_first + 3 || view(t - 1) != ",") return kNone;
    uint32_t stop = src;
    while (stop < ce && view(stop) != "," && view(stop) != ")") ++stop;
    Speaker spk = source_after(src, stop);
    if (!spk.valid() || any_used(clause_first, t - 1)) return kNone;
    add_quote(span_of(clause_first, t - 1), QuoteKind::indirect, spk, "according to", cue_span, relay, t);
    return stop;
  }

  void find_indirect() {
    for (const text::Sentence& s : sentences_) {
      uint32_t first = s.first_token, end = s.end_token;
      uint32_t ce = clause_end(first, end);
      if (ce <= first + 2) continue;
      std::string relay = reported_by_at(first);

      for (uint32_t q = first; q < ce; ++q) {
        if (used_[q] || in_region_[q] >= 0 || cue_quote_[q] >= 0) continue;
        if (lower_[q] == "according" && q + 2 < ce && lower_[q + 1] == "to") {
          uint32_t next = according_to(q, first, ce, relay);
          if (next != kNone) q = next;
          continue;
        }
        if (lower_[q] == "asked") {
          uint32_t next = question_asked(q, first, ce, relay);
          if (next != kNone) {
            q = next;
            continue;
          }
        }
        const CueVerb* verb = nullptr;
        uint32_t e = cue_end(q, &verb);
        if (e == kNone) continue;
        // CLAUSE, CUE SPEAKER.  /  CLAUSE, SPEAKER CUE.
        uint32_t tail_first = q;
        Speaker spk;
        bool trailing = false;
        if (q > first + 2 && view(q - 1) == ",") {
          // "CLAUSE, said Howard Rubel(, a senior analyst at Jefferies)."
          Speaker inverted = speaker_after(e);
          uint32_t after = inverted.valid() ? token_at_or_after(inverted.span.end, e, end) : end;
          if (inverted.valid() && (after >= ce || view(after) == "," || nothing_reported_after(after, ce))) {
            spk = inverted;
            trailing = true;
          }
        }
        if (!spk.valid()) {
          spk = speaker_before(q);
          if (spk.valid()) {
            uint32_t sf = token_at_or_after(spk.span.start, first, end);
            tail_first = sf;
            // "CLAUSE, Kerry said (on Tuesday)." with at most a short phrase after the cue.
            uint32_t after_cue = qw::in(qw::kListenerVerbs, lower_[q]) ? after_listener(e, ce) : e;
            trailing = sf > first + 2 && view(sf - 1) == "," && verb->speech && nothing_reported_after(after_cue, ce);
          } else if (q > first && (lower_[q - 1] == "and" || lower_[q - 1] == "but")) {
            // "Ms. Dong said she planned to travel ..., and said she was not concerned";
            // "Gary Emineth, a former state party chairman, became a delegate and said ...".
            spk = speaker_of_cue_between(first, q);
            if (!spk.valid()) spk = sentence_subject(first, q);
          }
        }
        if (!spk.valid()) continue;
        std::string relay_here = relay.empty() ? outlet_heard(e) : relay;
        if (trailing) {
          if (!any_used(first, tail_first - 1))
            add_quote(span_of(first, tail_first - 1), QuoteKind::indirect, spk, std::string(view(q)), span_of(q, e),
                      relay_here, q);
          break;
        }
        if (spk.span.start > tokens_[q].start) continue;  // an inverted cue mid-sentence: not a report
        if (q > first && qw::in(qw::kBeForms, lower_[q - 1])) continue;  // "Thiel was revealed as": passive
        uint32_t cs = clause_start(q, *verb, e, ce);
        if (cs == kNone || ce - cs < 3 || used_[cs] || !is_word(cs)) continue;
        // "he said in an interview", "said at the time": a circumstance, not what was said.
        bool infinitive = lower_[cs] == "to" && !verb->speech;
        if ((qw::in(qw::kPrepositions, lower_[cs]) && !infinitive) || lower_[cs] == "over" || lower_[cs] == "during" ||
            lower_[cs] == "according")
          continue;
        // A belief is reported as a clause ("believes that ...", "fears he ..."); "hardly expected such a
        // result" has an object, not a report.
        bool clause_opens = (cs > e && lower_[cs - 1] == "that") || qw::in(qw::kPronouns, lower_[cs]) || lower_[cs] == "the" ||
                            lower_[cs] == "to" ||
                            tokens_[cs].capitalized();
        if (!verb->speech && !clause_opens) continue;
        // A parenthetical "X, he said, Y": the report is the whole sentence around it.
        uint32_t content_end = report_end(cs, ce);
        // The clause runs into a quotation already attributed ("The Post reports that Lavrov said he
        // was willing to talk about the \"terrorism ...\""): that quote carries the report; a cut
        // fragment ("Lavrov said") is not one of its own.
        if (content_end < ce && used_[content_end]) continue;
        // "Juanita Broaddrick, who said Clinton raped her, recounted ...": the relative clause ends it.
        if (lower_[token_at_or_after(spk.span.start, first, end)] == "who")
          for (uint32_t k = cs; k < content_end; ++k)
            if (view(k) == ",") content_end = k;
        Span content = span_of(cs, content_end);
        if (tail_first > first + 1 && view(tail_first - 1) == "," && view(e) == "," && !any_used(first, ce))
          content = span_of(first, content_end = ce);
        if (content_end < cs + 2) continue;
        if (relay_here.empty()) relay_here = outlet_reporting(first, q);
        add_quote(content, QuoteKind::indirect, spk, std::string(view(q)), span_of(q, e), relay_here, q);
        q = content_end;
      }
    }
  }

  const NlpKnowledge& k_;
  Article& a_;
  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<text::Sentence> sentences_;
  std::vector<uint32_t> sent_of_, para_of_;
  std::vector<std::string> lower_;
  std::vector<uint64_t> keys_;
  std::vector<int> entity_at_;
  std::vector<uint32_t> mention_first_, mention_end_;
  std::vector<Region> regions_;
  std::vector<int> in_region_;
  std::vector<std::string> relay_of_;
  std::vector<bool> used_;
  std::vector<int> cue_quote_;  // per token: the quote whose cue it is, -1 when none
  std::vector<std::pair<std::string, std::string>> descriptions_;  // bare description -> as first written
  int last_person_ = -1;
  uint32_t last_speaker_sentence_ = 0;
  Speaker last_speaker_;
  std::string last_cue_, last_relay_;
  uint32_t last_quote_sentence_ = 0;
};

}  // namespace

QuoteStage::QuoteStage(std::shared_ptr<const NlpKnowledge> knowledge) : knowledge_(std::move(knowledge)) {}

std::string QuoteStage::analyze(Article& article) const {
  article.quotes.clear();
  Analyzer(*knowledge_, article).run();
  return "";
}

}  // namespace chronicle::nlp
