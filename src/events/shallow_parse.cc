#include "events/shallow_parse.h"

#include <algorithm>
#include <array>

namespace chronicle::events {

namespace {

struct ClassEntry {
  std::string_view word;
  WordClass cls;
};

// Closed-class English: fixed grammar, not knowledge to tune.
constexpr std::array kClosedClass = {
    ClassEntry{"the", WordClass::determiner}, ClassEntry{"a", WordClass::determiner},
    ClassEntry{"an", WordClass::determiner}, ClassEntry{"this", WordClass::determiner},
    ClassEntry{"these", WordClass::determiner}, ClassEntry{"those", WordClass::determiner},
    ClassEntry{"its", WordClass::determiner}, ClassEntry{"their", WordClass::determiner},
    ClassEntry{"his", WordClass::determiner}, ClassEntry{"her", WordClass::determiner},
    ClassEntry{"our", WordClass::determiner}, ClassEntry{"my", WordClass::determiner},
    ClassEntry{"your", WordClass::determiner}, ClassEntry{"some", WordClass::determiner},
    ClassEntry{"any", WordClass::determiner}, ClassEntry{"each", WordClass::determiner},
    ClassEntry{"every", WordClass::determiner}, ClassEntry{"both", WordClass::determiner},
    ClassEntry{"all", WordClass::determiner}, ClassEntry{"another", WordClass::determiner},
    ClassEntry{"no", WordClass::determiner}, ClassEntry{"'s", WordClass::possessive},
    ClassEntry{"'", WordClass::possessive}, ClassEntry{"of", WordClass::preposition},
    ClassEntry{"in", WordClass::preposition}, ClassEntry{"on", WordClass::preposition},
    ClassEntry{"at", WordClass::preposition}, ClassEntry{"by", WordClass::preposition},
    ClassEntry{"for", WordClass::preposition}, ClassEntry{"with", WordClass::preposition},
    ClassEntry{"from", WordClass::preposition}, ClassEntry{"to", WordClass::preposition},
    ClassEntry{"into", WordClass::preposition}, ClassEntry{"against", WordClass::preposition},
    ClassEntry{"about", WordClass::preposition}, ClassEntry{"over", WordClass::preposition},
    ClassEntry{"under", WordClass::preposition}, ClassEntry{"after", WordClass::preposition},
    ClassEntry{"before", WordClass::preposition}, ClassEntry{"during", WordClass::preposition},
    ClassEntry{"between", WordClass::preposition}, ClassEntry{"among", WordClass::preposition},
    ClassEntry{"through", WordClass::preposition}, ClassEntry{"toward", WordClass::preposition},
    ClassEntry{"towards", WordClass::preposition}, ClassEntry{"without", WordClass::preposition},
    ClassEntry{"within", WordClass::preposition}, ClassEntry{"near", WordClass::preposition},
    ClassEntry{"across", WordClass::preposition}, ClassEntry{"amid", WordClass::preposition},
    ClassEntry{"despite", WordClass::preposition}, ClassEntry{"since", WordClass::preposition},
    ClassEntry{"until", WordClass::preposition}, ClassEntry{"via", WordClass::preposition},
    ClassEntry{"following", WordClass::preposition}, ClassEntry{"upon", WordClass::preposition},
    ClassEntry{"behind", WordClass::preposition}, ClassEntry{"than", WordClass::preposition},
    ClassEntry{"as", WordClass::preposition}, ClassEntry{"per", WordClass::preposition},
    ClassEntry{"and", WordClass::conjunction}, ClassEntry{"or", WordClass::conjunction},
    ClassEntry{"nor", WordClass::conjunction}, ClassEntry{"but", WordClass::conjunction},
    ClassEntry{"neither", WordClass::conjunction}, ClassEntry{"either", WordClass::conjunction},
    ClassEntry{"that", WordClass::subordinator}, ClassEntry{"which", WordClass::subordinator},
    ClassEntry{"who", WordClass::subordinator}, ClassEntry{"whom", WordClass::subordinator},
    ClassEntry{"whose", WordClass::subordinator}, ClassEntry{"because", WordClass::subordinator},
    ClassEntry{"while", WordClass::subordinator}, ClassEntry{"although", WordClass::subordinator},
    ClassEntry{"though", WordClass::subordinator}, ClassEntry{"if", WordClass::subordinator},
    ClassEntry{"whether", WordClass::subordinator}, ClassEntry{"unless", WordClass::subordinator},
    ClassEntry{"when", WordClass::subordinator}, ClassEntry{"where", WordClass::subordinator},
    ClassEntry{"be", WordClass::auxiliary}, ClassEntry{"am", WordClass::auxiliary},
    ClassEntry{"is", WordClass::auxiliary}, ClassEntry{"are", WordClass::auxiliary},
    ClassEntry{"was", WordClass::auxiliary}, ClassEntry{"were", WordClass::auxiliary},
    ClassEntry{"been", WordClass::auxiliary}, ClassEntry{"being", WordClass::auxiliary},
    ClassEntry{"have", WordClass::auxiliary}, ClassEntry{"has", WordClass::auxiliary},
    ClassEntry{"had", WordClass::auxiliary}, ClassEntry{"having", WordClass::auxiliary},
    ClassEntry{"do", WordClass::auxiliary}, ClassEntry{"does", WordClass::auxiliary},
    ClassEntry{"did", WordClass::auxiliary}, ClassEntry{"will", WordClass::auxiliary},
    ClassEntry{"would", WordClass::auxiliary}, ClassEntry{"shall", WordClass::auxiliary},
    ClassEntry{"should", WordClass::auxiliary}, ClassEntry{"can", WordClass::auxiliary},
    ClassEntry{"could", WordClass::auxiliary}, ClassEntry{"may", WordClass::auxiliary},
    ClassEntry{"might", WordClass::auxiliary}, ClassEntry{"must", WordClass::auxiliary},
    ClassEntry{"'ll", WordClass::auxiliary}, ClassEntry{"'d", WordClass::auxiliary},
    ClassEntry{"'ve", WordClass::auxiliary}, ClassEntry{"'re", WordClass::auxiliary},
    ClassEntry{"wo", WordClass::auxiliary}, ClassEntry{"ca", WordClass::auxiliary},
    ClassEntry{"not", WordClass::negation}, ClassEntry{"n't", WordClass::negation},
    ClassEntry{"never", WordClass::negation}, ClassEntry{"he", WordClass::pronoun},
    ClassEntry{"she", WordClass::pronoun}, ClassEntry{"it", WordClass::pronoun},
    ClassEntry{"they", WordClass::pronoun}, ClassEntry{"we", WordClass::pronoun},
    ClassEntry{"i", WordClass::pronoun}, ClassEntry{"you", WordClass::pronoun},
    ClassEntry{"him", WordClass::pronoun}, ClassEntry{"them", WordClass::pronoun},
    ClassEntry{"us", WordClass::pronoun}, ClassEntry{"me", WordClass::pronoun},
};

// Auxiliaries that make a following verb an intention rather than an act.
constexpr std::array<std::string_view, 7> kModalAux = {"will", "would", "shall", "'ll", "wo", "could", "may"};
// Words that, followed by "to VERB", express intent (plans to meet, agreed to hold, the need to
// convene, ready to send).
constexpr std::array<std::string_view, 40> kIntentCues = {
    "plan",    "plans",     "planned",  "planning", "intend",   "intends",  "intended", "agree",
    "agrees",  "agreed",    "promise",  "promises", "promised", "pledge",   "pledged",  "pledges",
    "vow",     "vowed",     "vows",     "expect",   "expects",  "expected", "hope",     "hopes",
    "hoped",   "want",      "wants",    "wanted",   "offer",    "offered",  "offers",   "seek",
    "seeks",   "sought",    "ready",    "willing",  "prepared", "need",     "decided",  "going"};
// Reporting verbs: "..., a Jordanian official confirmed" closes the reported clause, whether or not
// the dictionary codes the verb.
constexpr std::array<std::string_view, 24> kReporting = {
    "said",      "says",     "say",      "told",    "tells",    "reported", "reports",  "confirmed",
    "added",     "announced", "stated",  "noted",   "according", "quoted",  "claimed",  "insisted",
    "explained", "declared", "warned",   "argued",  "wrote",    "writes",   "disclosed", "revealed"};
constexpr std::array<std::string_view, 9> kBeForms = {"be", "am", "is", "are", "was", "were", "been", "being", "'s"};
// Adverbs that may sit inside a verb group without an "-ly" ending.
constexpr std::array<std::string_view, 12> kInnerAdverbs = {"also", "already", "still", "just", "again", "now",
                                                            "then", "soon", "later", "jointly", "ever", "even"};
// Spelled-out quantities behave as numbers: they open a noun phrase ("two artillery shells").
constexpr std::array<std::string_view, 24> kNumberWords = {
    "one",    "two",      "three",     "four",     "five",     "six",    "seven",   "eight",
    "nine",   "ten",      "eleven",    "twelve",   "twenty",   "dozen",  "dozens",  "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "several", "many",   "few"};
// Determiners that make the noun phrase they open singular or plural, for subject-verb agreement.
constexpr std::array<std::string_view, 6> kSingularDeterminers = {"a", "an", "this", "each", "every", "another"};
constexpr std::array<std::string_view, 3> kPluralDeterminers = {"these", "those", "both"};

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

WordClass classify(const text::Token& token, std::string_view norm) {
  if (token.kind == text::TokenKind::number) return WordClass::number;
  if (token.kind == text::TokenKind::quote) return WordClass::boundary;
  if (token.kind == text::TokenKind::punct) {
    if (norm == ",") return WordClass::comma;
    if (norm == "&" || norm == "$" || norm == "%" || norm == "-") return WordClass::content;
    return WordClass::boundary;
  }
  for (const ClassEntry& e : kClosedClass)
    if (e.word == norm) return e.cls;
  if (in(kNumberWords, norm)) return WordClass::number;
  return WordClass::content;
}

bool v_last_next_is_aux(const std::vector<ParsedWord>& W, size_t next) {
  return next < W.size() && W[next].cls == WordClass::auxiliary && W[next].norm != "to";
}

bool is_adverb(const ParsedWord& w) {
  return w.cls == WordClass::content && !w.capitalized &&
         ((w.norm.size() > 4 && w.norm.ends_with("ly")) || in(kInnerAdverbs, w.norm));
}

// True when the verb form at `first` cannot agree with the noun phrase right before it, which it
// then ends as its head noun: a bare lemma after a singular determiner ("an anti- Gondor parade",
// "an 800 million ducat trade protocol") or a third-person "-s" form after a plural quantifier ("two
// artillery shells"). The phrase is walked back over content words and numbers only.
// `after_agent`: the word before is an agent ("a senior official accused"), a subject that a past
// form agrees with.
bool noun_by_agreement(const std::vector<ParsedWord>& W, size_t first, const VerbForm& form, std::string_view head,
                       bool after_agent) {
  bool third_person = !form.base && head.size() > 2 && head.ends_with('s') && !head.ends_with("ss");
  if (!form.base && !third_person) return false;
  // TABARI dictionaries list some verbs by their past form ("SAID", "ACCUSED"), which reads as a
  // lemma here.
  if (form.base && (in(kReporting, head) || head.ends_with("ed") || after_agent)) return false;
  bool plural = false;
  size_t k = first;
  for (size_t steps = 0; k > 0 && steps < 6; ++steps) {
    const ParsedWord& w = W[k - 1];
    if (w.verb >= 0) break;
    if (w.cls == WordClass::number) plural = plural || w.norm != "one";
    else if (w.cls != WordClass::content) break;
    --k;
  }
  if (k == first) return false;
  std::string_view det = k > 0 ? std::string_view(W[k - 1].norm) : std::string_view();
  // "will abandon new global economic trade relations": a bare lemma right after another verb's
  // modifiers is inside that verb's object (a reported clause, "said rebels attack", is not).
  if (form.base && k > 0 && W[k - 1].verb >= 0 && !W[k - 1].reporting) return true;
  if (form.base) return in(kSingularDeterminers, det);
  return plural || in(kPluralDeterminers, det);
}

struct Hit {
  size_t first, end;
  bool actor;
  uint32_t id;
};

}  // namespace

std::string join_agent(const std::string& actor, const AgentEntry& agent) {
  std::string base = actor.empty() ? std::string("---") : actor;
  // Drop 3-letter blocks the actor already holds ("USAGOV" + "GOV", "HGWGOVMED" + "GOVMED").
  std::string add;
  for (size_t i = 0; i + 3 <= agent.code.size(); i += 3) {
    std::string block = agent.code.substr(i, 3);
    bool held = false;
    for (size_t j = 0; j + 3 <= base.size(); j += 3)
      if (base.compare(j, 3, block) == 0) held = true;
    if (!held) add += block;
  }
  if (agent.code.size() % 3 != 0) add = agent.code;  // not a block code: keep it as written
  if (agent.prefix) {
    if (base == "---") return add.empty() ? base : add;
    return add + base;
  }
  return base + add;
}

bool is_null_actor(std::string_view code) {
  return code.empty() || code.starts_with("---") || code == "###" || code == "+++";
}

void shallow_parse(std::string_view text, const text::Token* tokens, size_t count, const Lexicon& lexicon,
                   const ParseOptions& options, ActorMemory* memory, ShallowParse& out) {
  out.words.clear();
  out.verbs.clear();
  out.chunks.clear();
  out.groups.clear();
  auto& W = out.words;
  W.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    // "Dol_Amroth": an underscore glued between two words joins them as in the dictionaries.
    if (tokens[i].view(text) == "_" && i > 0 && i + 1 < count && tokens[i - 1].end == tokens[i].start &&
        tokens[i].end == tokens[i + 1].start)
      continue;
    ParsedWord w;
    w.text = tokens[i].view(text);
    w.norm = normalize_word(w.text);
    w.start = tokens[i].start;
    w.end = tokens[i].end;
    w.cls = classify(tokens[i], w.norm);
    w.capitalized = tokens[i].capitalized();
    w.keys = lexicon.keys(w.norm);
    w.reporting = w.cls == WordClass::content && in(kReporting, w.norm);
    W.push_back(std::move(w));
  }
  const size_t n = W.size();
  // A capitalised auxiliary inside the sentence is a name ("May Day", "Will Smith").
  for (size_t i = 1; i < n; ++i)
    if (W[i].cls == WordClass::auxiliary && W[i].capitalized && W[i - 1].cls != WordClass::boundary)
      W[i].cls = WordClass::content;
  // An HTML entity left in the text ("&amp;") is one character, not a clause boundary at its ";".
  for (size_t i = 2; i < n; ++i)
    if (W[i].norm == ";" && W[i - 2].norm == "&" && W[i - 2].end == W[i - 1].start && W[i - 1].end == W[i].start)
      W[i].cls = WordClass::content;

  // 1. Actor and agent phrases: longest match wins, actors on ties. Actor names are proper names:
  //    one of their words must be capitalised ("US" the country, "us" the pronoun).
  std::vector<Hit> hits;
  std::vector<int> hit_at(n, -1);
  std::vector<const WordKeys*> keys;
  keys.reserve(n);
  for (const ParsedWord& w : W) keys.push_back(&w.keys);
  for (size_t i = 0; i < n;) {
    if (W[i].cls == WordClass::comma || W[i].cls == WordClass::boundary) { ++i; continue; }
    size_t actor_end = 0, agent_end = 0;
    bool by_stem = false;
    uint32_t actor = lexicon.actor_trie().longest(keys.data(), n, i, actor_end, &by_stem);
    // "THE_KU" would end on "Kuwait" as a stem; a word that starts an entry of its own is read as
    // that entry instead ("The Kuwait government" is KUWGOV).
    if (actor != kNoWord && by_stem && actor_end - i > 1) {
      size_t own_end = 0;
      if (lexicon.actor_trie().longest(keys.data(), n, actor_end - 1, own_end) != kNoWord) actor = kNoWord;
    }
    uint32_t agent = lexicon.agent_trie().longest(keys.data(), n, i, agent_end);
    if (actor != kNoWord) {
      bool cap = false;
      for (size_t k = i; k < actor_end; ++k) cap = cap || W[k].capitalized;
      if (!cap) actor = kNoWord;
    }
    if (actor == kNoWord && agent == kNoWord) { ++i; continue; }
    Hit h;
    if (actor != kNoWord && (agent == kNoWord || actor_end >= agent_end)) h = {i, actor_end, true, actor};
    else h = {i, agent_end, false, agent};
    for (size_t k = h.first; k < h.end; ++k) hit_at[k] = int(hits.size());
    hits.push_back(h);
    i = h.end;
  }

  // 2. Verb groups.
  for (size_t i = 0; i < n; ++i) {
    if (hit_at[i] >= 0 || W[i].keys.exact == kNoWord || W[i].cls != WordClass::content) continue;
    const auto& forms = lexicon.forms_with_head(W[i].keys.exact);
    if (forms.empty()) continue;
    for (uint32_t f : forms) {
      const VerbForm& form = lexicon.form(f);
      if (form.head > i || i - form.head + form.words.size() > n) continue;
      size_t first = i - form.head;
      bool ok = true;
      for (size_t k = 0; k < form.words.size() && ok; ++k) ok = W[first + k].keys.exact == form.words[k];
      if (!ok) continue;
      // A capitalised word inside the sentence is a name ("Hope", "Rich"), not a verb.
      bool sentence_initial = first == 0 || W[first - 1].cls == WordClass::boundary;
      if (W[first].capitalized && !sentence_initial) continue;
      VerbGroup v;
      v.first = first;
      v.last = first + form.words.size() - 1;
      v.head = i;
      v.form = f;
      // After a determiner or possessive it is a noun ("the attack", "Moscow's decision"), unless
      // the dictionary lists it as an event noun.
      bool after_det = first > 0 && (W[first - 1].cls == WordClass::determiner ||
                                     W[first - 1].cls == WordClass::possessive ||
                                     W[first - 1].cls == WordClass::number);
      if (after_det && !form.noun) continue;
      // After a preposition other than "to" it is a noun too ("in support of", "for talks"), and
      // a word followed by an auxiliary is a subject noun ("sanctions will continue").
      if (!form.noun && first > 0 && W[first - 1].cls == WordClass::preposition && W[first - 1].norm != "to") continue;
      if (!form.noun && v_last_next_is_aux(W, first + form.words.size())) continue;
      bool after_agent = first > 0 && hit_at[first - 1] >= 0 && !hits[size_t(hit_at[first - 1])].actor;
      if (!form.noun && noun_by_agreement(W, first, form, W[i].norm, after_agent)) continue;
      // "marched very close to": an intensifier grades an adjective or adverb, never a verb.
      if (!form.noun && first > 0 && (W[first - 1].norm == "very" || W[first - 1].norm == "too")) continue;
      v.noun = form.noun;
      // Auxiliary chain: auxiliaries, negation, inner adverbs and the infinitive "to".
      size_t a = first;
      bool be = false;
      while (a > 0) {
        const ParsedWord& p = W[a - 1];
        // "most certainly won't": "most" grading the adverb after it.
        bool grading = p.norm == "most" && a < first && is_adverb(W[a]);
        if (p.cls == WordClass::auxiliary || p.cls == WordClass::negation || is_adverb(p) || grading) {
          if (p.cls == WordClass::negation) v.negated = true;
          if (p.cls == WordClass::auxiliary && in(kBeForms, p.norm)) be = true;
          if (p.cls == WordClass::auxiliary && in(kModalAux, p.norm)) v.modal = true;
          --a;
          continue;
        }
        if (p.norm == "to" && !v.infinitive) {
          v.infinitive = true;
          --a;
          if (a > 0 && in(kIntentCues, W[a - 1].norm)) v.modal = true;
          // "the need to convene", "agreed on the need to": the cue may sit one noun back.
          if (a > 1 && W[a - 1].cls == WordClass::content && in(kIntentCues, W[a - 1].norm)) v.modal = true;
          continue;
        }
        break;
      }
      v.aux_first = a;
      v.passive = be && form.participle && !v.infinitive;
      v.modifier = a == first && W[i].norm.ends_with("ing") && first > 0 && W[first - 1].cls == WordClass::content;
      if (a > 0 && W[a - 1].cls == WordClass::conjunction && W[a - 1].norm != "nor") v.coordinated = true;
      for (size_t k = first; k <= v.last; ++k) W[k].verb = int(out.verbs.size());
      out.verbs.push_back(v);
      i = v.last;
      break;
    }
  }

  // Relative clauses set off by commas (", who will meet Putin later," / ", which has troops in
  // Syria,"): the subject search passes over them.
  for (size_t i = 0, id = 0; i + 1 < n; ++i) {
    if (W[i].cls != WordClass::comma) continue;
    std::string_view next = W[i + 1].norm;
    if (next != "who" && next != "which" && next != "whose") continue;
    size_t j = i + 1;
    while (j < n && W[j].cls != WordClass::comma && W[j].cls != WordClass::boundary) ++j;
    if (j >= n || W[j].cls != WordClass::comma) continue;
    for (size_t k = i; k <= j; ++k) W[k].relative = int(id);
    ++id;
    i = j;
  }

  // 3. Noun-phrase chunks: runs of content words, determiners, possessives and numbers; an actor
  //    or agent phrase is never split (it may hold "of": "Prince of Dol Amroth").
  // The adverbs of an auxiliary chain ("can't ever clash") belong to the verb, not to a noun phrase.
  std::vector<bool> in_aux(n, false);
  for (const VerbGroup& v : out.verbs)
    for (size_t k = v.aux_first; k < v.first; ++k) in_aux[k] = true;
  auto chunkable = [&](size_t i) {
    if (in_aux[i]) return false;
    if (hit_at[i] >= 0) return true;
    if (W[i].verb >= 0 && !out.verbs[size_t(W[i].verb)].noun) return false;
    WordClass c = W[i].cls;
    return c == WordClass::content || c == WordClass::determiner || c == WordClass::possessive ||
           c == WordClass::number || c == WordClass::pronoun;
  };
  for (size_t i = 0; i < n;) {
    auto verb_word = [&](size_t k) { return W[k].verb >= 0 && !out.verbs[size_t(W[k].verb)].noun; };
    if (!chunkable(i) || verb_word(i)) { ++i; continue; }
    Chunk c;
    c.first = i;
    size_t j = i;
    while (j < n && chunkable(j) && !verb_word(j)) {
      if (j > i && hit_at[j] < 0 && W[j].cls == WordClass::determiner && W[j - 1].cls != WordClass::possessive) break;
      if (j > i && W[j].cls == WordClass::pronoun) break;
      if (hit_at[j] >= 0) j = hits[size_t(hit_at[j])].end;
      else ++j;
    }
    c.end = j;
    if (i > 0 && W[i - 1].cls == WordClass::preposition) {
      c.prep_object = true;
      c.prep_word = W[i - 1].keys.exact;
    }
    c.name = std::string(text.substr(W[i].start, W[j - 1].end - W[i].start));
    for (size_t k = i; k < j; ++k) W[k].chunk = int(out.chunks.size());
    out.chunks.push_back(std::move(c));
    i = j;
  }

  // 4. Each chunk's codes.
  struct ChunkParts {
    std::vector<std::string> bases;       // actor codes (a compound "A/B" entry gives several)
    std::vector<const AgentEntry*> agents;
  };
  std::vector<ChunkParts> parts(out.chunks.size());
  for (size_t ci = 0; ci < out.chunks.size(); ++ci) {
    Chunk& c = out.chunks[ci];
    ChunkParts& p = parts[ci];
    size_t last_hit_end = c.first;
    bool actor_then_possessive = false;
    for (size_t k = c.first; k < c.end;) {
      if (hit_at[k] < 0) { ++k; continue; }
      const Hit& h = hits[size_t(hit_at[k])];
      if (h.actor) {
        if (p.bases.empty()) {
          const std::string& code = lexicon.actor(h.id).code_on(options.date);
          size_t s = 0;
          while (s <= code.size()) {
            size_t slash = code.find('/', s);
            if (slash == std::string::npos) slash = code.size();
            if (slash > s) p.bases.push_back(code.substr(s, slash - s));
            s = slash + 1;
          }
          if (p.bases.empty()) p.bases.push_back("---");  // an entry coded [---]: a known non-actor
          c.has_country = true;
          actor_then_possessive = h.end < c.end && W[h.end].cls == WordClass::possessive;
        }
      } else {
        p.agents.push_back(&lexicon.agent(h.id));
        c.has_agent = true;
      }
      last_hit_end = h.end;
      k = h.end;
    }
    // Memory: a chunk naming no actor may name a person this article bound earlier, or a span the
    // NLP stage resolved.
    if (!c.has_country && memory) {
      for (const auto& r : memory->spans) {
        if (r.start < W[c.end - 1].end && W[c.first].start < r.end) {
          p.bases = {r.code};
          c.has_country = true;
          break;
        }
      }
      if (!c.has_country) {
        for (size_t k = c.end; k-- > c.first;) {
          if (!W[k].capitalized || hit_at[k] >= 0) continue;
          auto it = memory->names.find(W[k].norm);
          if (it != memory->names.end()) {
            p.bases = {it->second};
            c.has_country = true;
            break;
          }
        }
      }
    }
    if (p.bases.empty() && p.agents.empty()) continue;
    // Strict heads: "a Syrian peace conference" is a conference, not Syria. A chunk whose head (its
    // last word, after the actor) is an event noun of the dictionary names an event, not an actor.
    if (options.strict_heads && c.has_country && !c.has_agent && !actor_then_possessive && last_hit_end < c.end) {
      bool event_head = false;
      const ParsedWord& head = W[c.end - 1];
      if (head.cls == WordClass::content && !head.capitalized && head.keys.exact != kNoWord) {
        for (uint32_t f : lexicon.forms_with_head(head.keys.exact)) event_head = event_head || lexicon.form(f).noun;
      }
      if (event_head) {
        p.bases.clear();
        c.has_country = false;
        continue;
      }
    }
    std::vector<std::string> bases = p.bases.empty() ? std::vector<std::string>{"---"} : p.bases;
    for (std::string code : bases) {
      for (const AgentEntry* a : p.agents) code = join_agent(code, *a);
      c.codes.push_back(code);
    }
    // Bind the person the chunk names: capitalised words after its last actor/agent phrase
    // ("Russian Foreign Minister Sergei Lavrov" binds "lavrov" and "sergei lavrov").
    if (memory && c.codes.size() == 1 && !is_null_actor(c.codes[0]) && (c.has_agent || c.codes[0].size() > 3)) {
      size_t k = c.end;
      while (k > last_hit_end && W[k - 1].capitalized && hit_at[k - 1] < 0 && W[k - 1].cls == WordClass::content) --k;
      if (k < c.end && k >= last_hit_end && k > c.first) memory->names[W[c.end - 1].norm] = c.codes[0];
    }
  }

  // 5. Groups: coordination ("A and B", "A, B and C", "between A and B"), agents distributed over
  //    coordinated adjectives ("U.S. and Russian officials"), and "AGENT of/from/in COUNTRY".
  auto link_between = [&](size_t a_end, size_t b_first, bool& has_conj) {
    has_conj = false;
    if (b_first <= a_end) return false;
    for (size_t k = a_end; k < b_first; ++k) {
      if (W[k].cls == WordClass::comma) continue;
      if (W[k].cls == WordClass::conjunction && W[k].norm != "but") { has_conj = true; continue; }
      return false;
    }
    return true;
  };
  size_t ci = 0;
  while (ci < out.chunks.size()) {
    // The run of chunks linked to ci.
    size_t cj = ci;
    bool any_conj = false;
    while (cj + 1 < out.chunks.size()) {
      bool conj = false;
      if (!link_between(out.chunks[cj].end, out.chunks[cj + 1].first, conj)) break;
      any_conj = any_conj || conj;
      ++cj;
    }
    // A list of commas without "and" is not coordination (appositions, reporting clauses).
    if (!any_conj) cj = ci;
    // A member that is immediately followed by a verb of its own ends the group unless it is last
    // (handled naturally: verbs break chunks).
    ActorGroup g;
    g.first = out.chunks[ci].first;
    g.end = out.chunks[cj].end;
    g.prep_object = out.chunks[ci].prep_object;
    g.prep_word = out.chunks[ci].prep_word;
    // Distribute the last member's agents over earlier bare actor adjectives.
    const ChunkParts& last = parts[cj];
    for (size_t k = ci; k <= cj; ++k) {
      Chunk& c = out.chunks[k];
      // "Ithilen and the government": a last member with its own determiner is a noun phrase of
      // its own, not a head shared with the adjectives before it.
      bool shared_head = W[out.chunks[cj].first].cls != WordClass::determiner;
      if (k < cj && c.has_country && !c.has_agent && !last.agents.empty() && shared_head) {
        // Only an actor adjective ending its chunk ("Senior Hungarian"), no head noun of its own.
        if (hit_at[c.end - 1] >= 0) {
          c.codes.clear();
          for (std::string code : parts[k].bases) {
            for (const AgentEntry* a : last.agents) code = join_agent(code, *a);
            c.codes.push_back(code);
          }
        }
      }
      c.group = int(out.groups.size());
      for (const std::string& code : c.codes) {
        g.codes.push_back(code);
        g.names.push_back(c.name);
        g.chunks.push_back(k);
      }
    }
    out.groups.push_back(std::move(g));
    ci = cj + 1;
  }
  // "AGENT of/from/in GROUP": an agent-only chunk takes the countries of the group after it, and so
  // does an uncoded noun with "of" ("the people of Gondor"). Either may be the last member of a
  // compound ("Ithilen and the government of Gondor": ITH, GONGOV).
  for (size_t gi = 0; gi + 1 < out.groups.size(); ++gi) {
    ActorGroup& g = out.groups[gi];
    ActorGroup& next = out.groups[gi + 1];
    if (next.codes.empty() || next.first != g.end + 1 || W[g.end - 1].chunk < 0) continue;
    const size_t lc = size_t(W[g.end - 1].chunk);
    const Chunk& last = out.chunks[lc];
    std::string_view prep = W[g.end].norm;
    const ChunkParts& agent_parts = parts[lc];
    bool agent_only = !agent_parts.agents.empty() && !last.has_country;
    bool uncoded_of = last.codes.empty() && !last.has_agent && prep == "of" && W[last.first].cls != WordClass::pronoun;
    if (!agent_only && !uncoded_of) continue;
    if (prep != "of" && prep != "from" && prep != "in" && prep != "at") continue;
    // "withdrew troops from Ukraine": an object's "from" names where it leaves, not whose it is.
    if (prep == "from" && g.first > 0 && W[g.first - 1].verb >= 0) continue;
    bool all_bare = true;
    for (size_t k : next.chunks) all_bare = all_bare && !out.chunks[k].has_agent;
    if (!all_bare) continue;
    std::string name(text.substr(W[last.first].start, W[next.end - 1].end - W[last.first].start));
    for (size_t m = g.chunks.size(); m-- > 0;) {
      if (g.chunks[m] != lc) continue;
      g.chunks.erase(g.chunks.begin() + long(m));
      g.codes.erase(g.codes.begin() + long(m));
      g.names.erase(g.names.begin() + long(m));
    }
    for (std::string code : next.codes) {
      if (agent_only)
        for (const AgentEntry* a : agent_parts.agents) code = join_agent(code, *a);
      g.codes.push_back(std::move(code));
      g.names.push_back(name);
      g.chunks.push_back(lc);
    }
    g.end = next.end;
    next.codes.clear();
    next.names.clear();
    next.chunks.clear();
    for (size_t k = next.first; k < next.end; ++k)
      if (W[k].chunk >= 0) out.chunks[size_t(W[k].chunk)].group = int(gi);
  }
}

}  // namespace chronicle::events
