#include "events/coder.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>
#include <tuple>

namespace chronicle::events {

namespace {

struct Binding {
  int source = -1, target = -1, compound = -1;  // group indices
  bool compound_after = false;  // "% " after the verb: the compound is the target ("agrees with %")
};

bool word_matches(const ParsedWord& w, uint32_t word) {
  if (w.keys.exact == word) return true;
  return std::find(w.keys.singular.begin(), w.keys.singular.end(), word) != w.keys.singular.end();
}

bool phrase_at(const ShallowParse& p, size_t k, const std::vector<uint32_t>& phrase) {
  if (k + phrase.size() > p.words.size()) return false;
  for (size_t m = 0; m < phrase.size(); ++m)
    if (!word_matches(p.words[k + m], phrase[m])) return false;
  return true;
}

// The synset phrase that starts (or, with `ending`, ends) at word k, the first in dictionary order
// when several do; its length, 0 when none. Only the phrases indexed under one of the word's keys
// (exact or singular, as word_matches) are tried; without compile()'s index, all of them.
size_t synset_phrase_at(const Synset& synset, const ShallowParse& p, size_t k, bool ending) {
  const auto& index = ending ? synset.by_last : synset.by_first;
  auto fits = [&](const std::vector<uint32_t>& phrase) {
    if (ending && phrase.size() > k + 1) return false;
    return phrase_at(p, ending ? k + 1 - phrase.size() : k, phrase);
  };
  if (index.size() != synset.phrases.size()) {
    for (const auto& phrase : synset.phrases)
      if (!phrase.empty() && fits(phrase)) return phrase.size();
    return 0;
  }
  uint32_t best = kNoWord;
  auto try_key = [&](uint32_t word) {
    auto lo = std::lower_bound(index.begin(), index.end(), std::make_pair(word, uint32_t(0)));
    for (; lo != index.end() && lo->first == word; ++lo)
      if (lo->second < best && fits(synset.phrases[lo->second])) best = lo->second;
  };
  const ParsedWord& w = p.words[k];
  if (w.keys.exact != kNoWord) try_key(w.keys.exact);
  for (uint32_t s : w.keys.singular) try_key(s);
  return best == kNoWord ? 0 : synset.phrases[best].size();
}

// The coded group of the first chunk at or after word `k` (forward) or of the last chunk at or
// before it (backward); -1 when none. By chunk, not by group span: "PORTS OF +" finds Lebanon in
// "the ports of Lebanon", which is one group.
int coded_group_at(const ShallowParse& p, size_t k) {
  int c = p.words[k].chunk;
  if (c < 0) return -1;
  int g = p.chunks[size_t(c)].group;
  return g >= 0 && !p.groups[size_t(g)].codes.empty() ? g : -1;
}
int group_after(const ShallowParse& p, size_t k) {
  for (; k < p.words.size(); ++k)
    if (int g = coded_group_at(p, k); g >= 0) return g;
  return -1;
}
int group_before(const ShallowParse& p, size_t k) {
  for (long i = long(k); i >= 0; --i)
    if (int g = coded_group_at(p, size_t(i)); g >= 0) return g;
  return -1;
}

bool match_pattern(const Lexicon& lex, const Pattern& pat, const ShallowParse& p, const VerbGroup& v, Binding& b) {
  const size_t n = p.words.size();
  // After the verb, in order.
  size_t pos = v.last + 1;
  for (size_t e = 0; e < pat.after.size(); ++e) {
    const PatternElement& el = pat.after[e];
    bool adjacent = el.adjacent;
    switch (el.kind) {
      case ElementKind::skip: {
        // "^" passes over one noun phrase, coded or not ("IFTAR IN ^ +": in Osgiliath, with +).
        size_t k = pos;
        while (k < n && p.words[k].chunk < 0) ++k;
        if (k >= n) return false;
        pos = p.chunks[size_t(p.words[k].chunk)].end;
        break;
      }
      case ElementKind::source:
      case ElementKind::target:
      case ElementKind::compound: {
        int g = group_after(p, pos);
        if (g < 0) return false;
        (el.kind == ElementKind::source ? b.source : el.kind == ElementKind::target ? b.target : b.compound) = g;
        if (el.kind == ElementKind::compound) b.compound_after = true;
        pos = p.groups[size_t(g)].end;
        break;
      }
      case ElementKind::word:
      case ElementKind::synset: {
        bool found = false;
        for (size_t k = pos; k < n && !found; ++k) {
          if (el.kind == ElementKind::word) {
            if (word_matches(p.words[k], el.word)) { pos = k + 1; found = true; }
          } else if (size_t len = synset_phrase_at(lex.synset(el.synset), p, k, false)) {
            pos = k + len;
            found = true;
          }
          if (adjacent) break;
        }
        if (!found) return false;
        break;
      }
    }
  }
  // Before the verb, outward.
  long cur = long(v.first) - 1;
  for (const PatternElement& el : pat.before) {
    switch (el.kind) {
      case ElementKind::skip: {
        long k = cur;
        while (k >= 0 && p.words[size_t(k)].chunk < 0) --k;
        if (k < 0) return false;
        cur = long(p.chunks[size_t(p.words[size_t(k)].chunk)].first) - 1;
        break;
      }
      case ElementKind::source:
      case ElementKind::target:
      case ElementKind::compound: {
        if (cur < 0) return false;
        int g = group_before(p, size_t(cur));
        if (g < 0) return false;
        (el.kind == ElementKind::source ? b.source : el.kind == ElementKind::target ? b.target : b.compound) = g;
        cur = long(p.groups[size_t(g)].first) - 1;
        break;
      }
      case ElementKind::word:
      case ElementKind::synset: {
        bool found = false;
        for (long k = cur; k >= 0 && !found; --k) {
          if (el.kind == ElementKind::word) {
            if (word_matches(p.words[size_t(k)], el.word)) { cur = k - 1; found = true; }
          } else if (size_t len = synset_phrase_at(lex.synset(el.synset), p, size_t(k), true)) {
            cur = k - long(len);
            found = true;
          }
          if (el.adjacent) break;
        }
        if (!found) return false;
        break;
      }
    }
  }
  return true;
}

// True when group g is directly followed (past auxiliaries and adverbs) by a finite verb: it is
// then that verb's subject ("said Russia had won"), not the object of the verb before it.
bool subject_of_next_verb(const ShallowParse& p, const ActorGroup& g) {
  for (size_t k = g.end; k < p.words.size(); ++k) {
    const ParsedWord& w = p.words[k];
    if (w.reporting) return true;
    if (w.verb >= 0) {
      const VerbGroup& v = p.verbs[size_t(w.verb)];
      return !v.infinitive && !v.noun && !v.modifier;
    }
    if (w.cls == WordClass::auxiliary || w.cls == WordClass::negation) {
      // An auxiliary right after a noun phrase starts its verb group.
      return true;
    }
    if (w.cls == WordClass::content && !w.capitalized && (w.norm.ends_with("ly"))) continue;
    return false;
  }
  return false;
}

// `bound` is a group a pattern already bound before the verb ("NOTED + *"): the subject is further
// left ("Gondor's minister noted that Mordor regretted": GONGOV regretted, Mordor the target).
int find_subject(const ShallowParse& p, const VerbGroup& v, int bound = -1) {
  const int own_clause = p.words[v.first].relative;
  // "Moscow's decision to grant": the possessor of the noun an infinitive completes is its subject,
  // even inside a prepositional phrase.
  if (v.infinitive && v.aux_first > 0) {
    size_t k = v.aux_first - 1;
    const ParsedWord& w = p.words[k];
    if (w.chunk >= 0) {
      const Chunk& c = p.chunks[size_t(w.chunk)];
      bool possessed = false;
      for (size_t m = c.first; m + 1 < c.end; ++m) possessed = possessed || p.words[m + 1].cls == WordClass::possessive;
      if (possessed && c.group >= 0 && !p.groups[size_t(c.group)].codes.empty() && c.has_country) return c.group;
    }
  }
  for (long k = long(v.aux_first) - 1; k >= 0; --k) {
    const ParsedWord& w = p.words[size_t(k)];
    if (w.relative >= 0 && w.relative != own_clause) continue;
    if (w.cls == WordClass::boundary && (w.norm == ";" || w.norm == ":")) return -1;
    if (w.chunk < 0) continue;
    const Chunk& c = p.chunks[size_t(w.chunk)];
    if (c.group < 0) continue;
    const ActorGroup& g = p.groups[size_t(c.group)];
    if (c.group == bound || (g.prep_object && g.first == c.first)) { k = long(g.first); continue; }
    if (c.prep_object) { k = long(c.first); continue; }
    if (g.codes.empty()) {
      // Infinitives are controlled by an actor further left ("signed an accord to supply"); a
      // pronoun stands for the actor before it ("Ethiopia indicated it would act": no coreference,
      // the nearest actor to the left); other uncoded subjects stop the search.
      if (v.infinitive || p.words[c.first].cls == WordClass::pronoun) { k = long(g.first); continue; }
      return -2;  // an uncoded subject
    }
    return c.group;
  }
  return -1;
}

int find_object(const ShallowParse& p, const VerbGroup& v, bool passive_agent) {
  // "demanded that its partners refuse", "urged that Moscow withdraw": the subject of a "that"
  // clause right after a (non-reporting) verb is the target of the demand.
  bool that_clause = false;
  for (size_t k = v.last + 1; k < p.words.size(); ++k) {
    const ParsedWord& w = p.words[k];
    if (w.cls == WordClass::boundary && (w.norm == ";" || w.norm == ":")) return -1;
    if (w.cls == WordClass::subordinator) {
      if (w.norm == "that" && !that_clause && !p.words[v.head].reporting && k <= v.last + 3) {
        that_clause = true;
        continue;
      }
      return -1;
    }
    if (w.cls == WordClass::boundary && w.norm != "(" && w.norm != ")") return -1;  // a closing quote ends the clause
    if (w.verb >= 0 && !p.verbs[size_t(w.verb)].noun && !p.verbs[size_t(w.verb)].modifier) {
      const VerbGroup& next = p.verbs[size_t(w.verb)];
      // A following infinitive or participle continues the clause only for the passive agent.
      if (!passive_agent || !next.infinitive) return -1;
    }
    if (w.cls == WordClass::conjunction && k + 1 < p.words.size() && p.words[k + 1].verb >= 0) return -1;
    if (w.chunk < 0) continue;
    const Chunk& c = p.chunks[size_t(w.chunk)];
    if (c.group < 0) continue;
    const ActorGroup& g = p.groups[size_t(c.group)];
    bool all_null = std::all_of(g.codes.begin(), g.codes.end(), [](const std::string& c) { return is_null_actor(c); });
    if (g.codes.empty() || all_null) { k = std::max(k, g.end - 1); continue; }
    if (that_clause) return c.group;
    if (subject_of_next_verb(p, g)) return -1;
    if (passive_agent && !(g.prep_object && p.words[g.first - 1].norm == "by")) {
      // Prefer an explicit "by" agent; otherwise the first coded group serves.
      for (size_t m = g.end; m + 1 < p.words.size(); ++m) {
        if (p.words[m].norm == "by" && p.words[m + 1].chunk >= 0) {
          const Chunk& bc = p.chunks[size_t(p.words[m + 1].chunk)];
          if (bc.group >= 0 && !p.groups[size_t(bc.group)].codes.empty()) return bc.group;
        }
        if (p.words[m].verb >= 0 || p.words[m].cls == WordClass::subordinator) break;
      }
    }
    return c.group;
  }
  return -1;
}

}  // namespace

int parse_event_date(std::string_view date) {
  std::string digits;
  for (char c : date) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == 'T' || c == ' ') break;
    else if (c != '-') return 0;
    if (digits.size() > 8) return 0;
  }
  if (digits.size() != 8) return 0;
  int value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc()) return 0;
  return value;
}

Coder::Coder(const Lexicon& lexicon, CoderOptions options, IntentTable intents)
    : lexicon_(lexicon), options_(options), intents_(std::move(intents)) {}

std::vector<CodedEvent> Coder::code_text(std::string_view sentence, int date, std::string* discarded) const {
  std::vector<text::Token> tokens = text::tokenize(sentence);
  ActorMemory memory;
  return code_sentence(sentence, tokens.data(), tokens.size(), date, &memory, discarded);
}

std::vector<CodedEvent> Coder::code_sentence(std::string_view text, const text::Token* tokens, size_t count,
                                             int date, ActorMemory* memory, std::string* discarded) const {
  std::vector<CodedEvent> events;
  if (count == 0) return events;
  ParseOptions popts;
  popts.date = date;
  popts.strict_heads = options_.strict_heads;
  ShallowParse p;
  shallow_parse(text, tokens, count, lexicon_, popts, memory, p);

  // Discards: a phrase anywhere in the sentence, looked up by the word it starts with.
  for (size_t k = 0; k < p.words.size(); ++k) {
    if (p.words[k].keys.exact == kNoWord) continue;
    for (uint32_t i : lexicon_.discards_starting_with(p.words[k].keys.exact)) {
      const Discard& d = lexicon_.discards()[i];
      if (k + d.words.size() > p.words.size()) continue;
      bool hit = true;
      for (size_t m = 1; m < d.words.size() && hit; ++m) hit = p.words[k + m].keys.exact == d.words[m];
      if (hit) {
        if (discarded) *discarded = d.story ? "story" : "sentence";
        return events;
      }
    }
  }
  // Every word id a pattern's literal word can match here (word_matches: exact or singular).
  std::vector<uint32_t> present;
  for (const ParsedWord& w : p.words) {
    if (w.keys.exact != kNoWord) present.push_back(w.keys.exact);
    present.insert(present.end(), w.keys.singular.begin(), w.keys.singular.end());
  }
  std::sort(present.begin(), present.end());
  auto is_present = [&](uint32_t word) { return std::binary_search(present.begin(), present.end(), word); };
  // Per synset, whether one of its phrases can start here (0 unknown, 1 no, 2 yes): big synsets
  // are asked by many patterns, so each is answered once per sentence, from the smaller side.
  std::vector<uint8_t> synset_here(lexicon_.synset_count(), 0);
  auto synset_may_match = [&](uint32_t synset) {
    uint8_t& known = synset_here[synset];
    if (known == 0) {
      const auto& firsts = lexicon_.synset(synset).first_words;
      bool any;
      if (firsts.empty()) any = true;  // a lexicon built without compile(): try the pattern
      else if (firsts.size() <= present.size()) any = std::any_of(firsts.begin(), firsts.end(), is_present);
      else any = std::any_of(present.begin(), present.end(), [&](uint32_t w) {
        return std::binary_search(firsts.begin(), firsts.end(), w);
      });
      known = any ? 2 : 1;
    }
    return known == 2;
  };
  auto could_match = [&](const Pattern& pat) {
    for (uint32_t word : pat.required_words)
      if (!is_present(word)) return false;
    for (uint32_t synset : pat.required_synsets)
      if (!synset_may_match(synset)) return false;
    return true;
  };

  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<size_t> events_of_verb(p.verbs.size(), 0);
  std::vector<size_t> first_event_of_verb(p.verbs.size(), 0);
  int last_subject = -1;
  for (size_t vi = 0; vi < p.verbs.size(); ++vi) {
    const VerbGroup& v = p.verbs[vi];
    first_event_of_verb[vi] = events.size();
    const VerbForm& form = lexicon_.form(v.form);
    const VerbBlock& block = lexicon_.verb_block(form.block);
    // 1. Patterns: the most specific match. A verb listed in several blocks (TABARI dictionaries
    // repeat "SHOT" with other patterns) takes the patterns of all of them; the first block gives
    // the default code.
    const Pattern* best = nullptr;
    Binding bind;
    auto try_pattern = [&](const Pattern& pat) {
      if (best && pat.literal_count <= best->literal_count) return false;
      if (!could_match(pat)) return false;
      Binding b;
      if (!match_pattern(lexicon_, pat, p, v, b)) return false;
      best = &pat;
      bind = b;
      return true;
    };
    auto try_block = [&](const VerbBlock& b_) {
      if (b_.by_specificity.size() != b_.patterns.size()) {  // a lexicon built without compile()
        for (const Pattern& pat : b_.patterns) try_pattern(pat);
        return;
      }
      // Most specific first: the first match is the block's best.
      for (uint32_t k : b_.by_specificity) {
        if (best && b_.patterns[k].literal_count <= best->literal_count) return;
        if (try_pattern(b_.patterns[k])) return;
      }
    };
    try_block(block);
    for (uint32_t f : lexicon_.forms_with_head(form.words[form.head])) {
      const VerbForm& other = lexicon_.form(f);
      if (other.block != form.block && other.words == form.words) try_block(lexicon_.verb_block(other.block));
    }
    CodePair code = best ? best->code : form.own_code ? *form.own_code : block.code;
    // 2-3. Source and target groups.
    int source = bind.source, target = bind.target;
    // A compound slot is the source before the verb ("% have postponed") and the target after it
    // when the verb has a subject ("Eriador agrees with %"); without one ("talks between %") the
    // compound is both sides. A compound source with no target meets itself (step 4).
    bool compound = bind.compound >= 0 && !bind.compound_after;
    if (compound) source = bind.compound;
    else if (bind.compound >= 0 && target < 0) target = bind.compound;
    bool passive = v.passive;
    if (passive && source < 0) {
      // Only an explicit "by" agent turns the sentence round; without one PETRARCH codes the
      // passive's subject as the source ("Manila was criticized over its dispute with Hanoi").
      int agent = find_object(p, v, true);
      bool by = agent >= 0 && p.groups[size_t(agent)].prep_object && p.groups[size_t(agent)].first > 0 &&
                p.words[p.groups[size_t(agent)].first - 1].norm == "by";
      if (by) source = agent;
      else passive = false;
    }
    if (passive) {
      if (target < 0) {
        int s = find_subject(p, v);
        target = s >= 0 ? s : -1;
      }
    } else {
      if (source < 0) {
        if (v.coordinated && last_subject >= 0) source = last_subject;
        else source = find_subject(p, v, target >= 0 && p.groups[size_t(target)].end <= v.first ? target : -1);
      }
      if (target < 0 && !compound) target = find_object(p, v, false);
    }
    if (source < 0 && bind.compound_after && target == bind.compound) {
      source = bind.compound;
      target = -1;
      compound = true;
    }
    if (source >= 0) last_subject = source;
    if (code.null() || source < 0) continue;
    // Intentions.
    if (v.modal && !intents_.empty()) {
      auto map = [&](std::string& c) {
        if (c.size() < 2) return;
        auto it = intents_.find(c.substr(0, 2));
        if (it != intents_.end()) c = it->second;
      };
      map(code.forward);
      map(code.backward);
    }
    // 4. Pairs.
    const ActorGroup& sg = p.groups[size_t(source)];
    std::vector<std::pair<size_t, size_t>> pairs;  // (source member, target member) as indices
    std::vector<std::string> tcodes, tnames;
    if (target >= 0) {
      tcodes = p.groups[size_t(target)].codes;
      tnames = p.groups[size_t(target)].names;
    }
    std::function<void(const std::string&, const std::string&, const std::string&)> emit_one_sided;
    auto emit = [&](const std::string& s, const std::string& sname, const std::string& t, const std::string& tname,
                    const std::string& c) {
      if (c.empty() || s == t) return;
      if (options_.require_dyad && (is_null_actor(s) || is_null_actor(t))) return;
      if (!options_.keep_null_actors && is_null_actor(s)) return;
      if (!options_.keep_null_actors && !t.empty() && is_null_actor(t)) {
        emit_one_sided(s, sname, c);
        return;
      }
      if (!seen.insert({s, t, c}).second) return;
      CodedEvent e;
      e.source = s;
      e.target = t;
      e.source_name = sname;
      e.target_name = tname;
      e.code = c;
      e.negated = v.negated;
      e.verb_start = p.words[v.first].start;
      e.verb_end = p.words[v.last].end;
      events.push_back(std::move(e));
    };
    emit_one_sided = [&](const std::string& s, const std::string& sname, const std::string& c) {
      emit(s, sname, "", "", c);
    };
    if (!tcodes.empty()) {
      for (size_t a = 0; a < sg.codes.size(); ++a)
        for (size_t b = 0; b < tcodes.size(); ++b) {
          emit(sg.codes[a], sg.names[a], tcodes[b], tnames[b], code.forward);
          emit(tcodes[b], tnames[b], sg.codes[a], sg.names[a], code.backward);
        }
    } else if (sg.codes.size() >= 2 && (compound || options_.reciprocal_compounds)) {
      for (size_t a = 0; a < sg.codes.size(); ++a)
        for (size_t b = 0; b < sg.codes.size(); ++b) {
          if (a == b) continue;
          emit(sg.codes[a], sg.names[a], sg.codes[b], sg.names[b], code.forward);
        }
    } else if (!options_.require_dyad) {
      for (size_t a = 0; a < sg.codes.size(); ++a) emit(sg.codes[a], sg.names[a], "", "", code.forward);
    }
    events_of_verb[vi] = events.size() - first_event_of_verb[vi];
  }
  // 5. "agreed to convene": when an intended infinitive was coded, the verb governing it is not
  // a second event.
  std::vector<bool> drop(events.size(), false);
  for (size_t vi = 1; vi < p.verbs.size(); ++vi) {
    const VerbGroup& v = p.verbs[vi];
    if (!v.infinitive || events_of_verb[vi] == 0) continue;
    size_t prev = vi - 1;
    if (events_of_verb[prev] == 0) continue;
    bool coded_between = false;
    for (size_t k = p.verbs[prev].last + 1; k < v.first; ++k) {
      const ParsedWord& w = p.words[k];
      if (w.chunk >= 0 && p.chunks[size_t(w.chunk)].group >= 0 &&
          !p.groups[size_t(p.chunks[size_t(w.chunk)].group)].codes.empty())
        coded_between = true;
    }
    if (coded_between || v.first - p.verbs[prev].last > 8) continue;
    for (size_t e = first_event_of_verb[prev]; e < first_event_of_verb[prev] + events_of_verb[prev]; ++e)
      drop[e] = true;
  }
  std::vector<CodedEvent> kept;
  kept.reserve(events.size());
  for (size_t e = 0; e < events.size(); ++e)
    if (!drop[e]) kept.push_back(std::move(events[e]));
  return kept;
}

}  // namespace chronicle::events
