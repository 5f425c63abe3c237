#include "nlp/entities.h"

#include <algorithm>
#include <map>

#include "text/hash.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

EntityType entity_type_of(NerType t) {
  switch (t) {
    case NerType::per: return EntityType::person;
    case NerType::org: return EntityType::org;
    case NerType::loc: return EntityType::place;
    case NerType::misc: return EntityType::other;
  }
  return EntityType::other;
}

// One name found in the text, before linking.
struct Mention {
  uint32_t first = 0, end = 0;  // token range
  EntityType type = EntityType::other;
  std::string canonical;         // for known organisations, their canonical name
  std::string title;             // title written before a person
};

// The longest title ending right before token `end` (exclusive), with a demonym or country before
// it ("Russian Foreign Minister", "U.S. Secretary of State"). Returns the first token of the title,
// or `end` when there is none.
uint32_t find_title(const NlpKnowledge& k, const std::vector<uint64_t>& keys, uint32_t sentence_first,
                    uint32_t end) {
  uint32_t best = end;
  for (uint32_t len = 1; len <= 4 && len <= end - sentence_first; ++len) {
    uint32_t first = end - len;
    uint64_t key = kPhraseKeySeed;
    for (uint32_t i = first; i < end; ++i) key = extend_phrase_key(key, keys[i]);
    if (k.titles.count(key)) best = first;
  }
  if (best == end) return end;
  // A nationality or country in front of the title belongs to it.
  for (uint32_t len = 1; len <= 2 && len <= best - sentence_first; ++len) {
    uint32_t first = best - len;
    uint32_t bits = k.lexicon.lookup(&keys[first], len);
    if (bits & ((1u << static_cast<int>(LexClass::demonym)) | (1u << static_cast<int>(LexClass::country)))) {
      return first;
    }
  }
  return best;
}

// Steps 2-4: mentions from the tagger's labels, corrected by knowledge.
std::vector<Mention> find_mentions(const NlpKnowledge& k, std::string_view text, const std::vector<text::Token>& tokens,
                                   const std::vector<text::Sentence>& sentences, const std::vector<uint64_t>& keys) {
  NerDocument doc;
  doc.words.reserve(tokens.size());
  for (const auto& t : tokens) doc.words.push_back(t.view(text));
  for (const auto& s : sentences) doc.sentences.emplace_back(s.first_token, s.end_token);
  std::vector<uint8_t> labels;
  k.ner->tag(doc, k.lexicon, labels);

  std::vector<uint32_t> sentence_of(tokens.size());
  for (const auto& s : sentences)
    for (uint32_t i = s.first_token; i < s.end_token; ++i) sentence_of[i] = s.first_token;

  std::vector<Mention> out;
  for (const NerSpan& span : NerModel::spans(labels)) {
    Mention m;
    m.first = span.first;
    m.end = span.end;
    m.type = entity_type_of(span.type);
    // A title the tagger took into a person's name ("President Obama") goes to the title.
    if (m.type == EntityType::person) {
      uint32_t name_first = m.first;
      while (name_first + 1 < m.end) {
        bool title = false;
        for (uint32_t len = 1; len <= 3 && name_first + len < m.end; ++len) {
          uint64_t key = kPhraseKeySeed;
          for (uint32_t i = name_first; i < name_first + len; ++i) key = extend_phrase_key(key, keys[i]);
          if (k.titles.count(key)) {
            name_first += len;
            title = true;
            break;
          }
        }
        if (!title) break;
      }
      uint32_t tfirst = find_title(k, keys, sentence_of[m.first], name_first);
      if (tfirst < name_first) {
        m.title = std::string(text.substr(tokens[tfirst].start, tokens[name_first - 1].end - tokens[tfirst].start));
      }
      m.first = name_first;
    }
    // Known organisations and outlets keep their canonical name and are organisations.
    uint64_t key = kPhraseKeySeed;
    uint32_t first = m.first;
    for (uint32_t i = first; i < m.end; ++i) key = extend_phrase_key(key, keys[i]);
    auto org = k.organizations.find(key);
    if (org == k.organizations.end() && first > 0 && keys[first - 1] == token_key("the")) {
      // "The Post": the article belongs to the name.
      uint64_t with_the = extend_phrase_key(kPhraseKeySeed, keys[first - 1]);
      for (uint32_t i = first; i < m.end; ++i) with_the = extend_phrase_key(with_the, keys[i]);
      org = k.organizations.find(with_the);
    }
    if (org != k.organizations.end()) {
      m.type = EntityType::org;
      m.canonical = org->second.canonical;
    }
    out.push_back(std::move(m));
  }

  // Known organisations the tagger missed (capitalised, not inside another mention).
  std::vector<bool> covered(tokens.size(), false);
  for (const Mention& m : out)
    for (uint32_t i = m.first; i < m.end; ++i) covered[i] = true;
  for (const auto& s : sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (covered[i] || !tokens[i].capitalized()) continue;
      for (uint32_t len = std::min<uint32_t>(4, s.end_token - i); len >= 1; --len) {
        bool free = true;
        for (uint32_t j = i; j < i + len; ++j) free = free && !covered[j];
        if (!free) continue;
        uint64_t key = kPhraseKeySeed;
        for (uint32_t j = i; j < i + len; ++j) key = extend_phrase_key(key, keys[j]);
        auto org = k.organizations.find(key);
        if (org == k.organizations.end()) continue;
        // "WHO" and "AP" alone are too often something else ("WHO" in a capitalised headline).
        if (len == 1 && tokens[i].end - tokens[i].start <= 3) continue;
        Mention m;
        m.first = i;
        m.end = i + len;
        m.type = EntityType::org;
        m.canonical = org->second.canonical;
        for (uint32_t j = i; j < i + len; ++j) covered[j] = true;
        out.push_back(std::move(m));
        break;
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  return out;
}

// Name tokens of a mention, case-folded with variants folded, "'s" dropped.
std::vector<std::string> name_tokens(std::string_view text, const std::vector<text::Token>& tokens, const Mention& m) {
  std::vector<std::string> out;
  for (uint32_t i = m.first; i < m.end; ++i) {
    // "al-Assad" gives "al" and "assad": the surname is the last part.
    std::string key = text::comparison_key(tokens[i].view(text));
    size_t start = 0;
    while (start < key.size()) {
      size_t sp = key.find(' ', start);
      if (sp == std::string::npos) sp = key.size();
      if (sp > start) out.push_back(fold_name_variant(key.substr(start, sp - start)));
      start = sp + 1;
    }
  }
  return out;
}

bool compatible_given_names(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];  // an initial
  return false;
}

struct Cluster {
  EntityType type;
  std::vector<std::string> key_tokens;  // of the longest name
  std::string name;                     // its surface form
  std::string title;
  std::vector<Span> mentions;
};

}  // namespace

std::string fold_name_variant(std::string_view token) {
  std::string t(token);
  // Muhammad: Mohammed, Mohamed, Mohammad, Muhammed.
  if (t.size() >= 7 && (t.rfind("moh", 0) == 0 || t.rfind("muh", 0) == 0) && (t.back() == 'd') &&
      t.find("am") != std::string::npos && t.size() <= 9)
    return "muhammad";
  // Transliterations from Russian: Aleksei/Alexei, Sergey/Sergei, Dmitry/Dmitri, Yuriy/Yuri.
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == 'k' && i + 1 < t.size() && t[i + 1] == 's') {
      out += 'x';
      ++i;
    } else {
      out += t[i];
    }
  }
  if (out.size() >= 4) {
    if (out.size() >= 2 && out.compare(out.size() - 2, 2, "iy") == 0) out.erase(out.size() - 1);
    else if (out.compare(out.size() - 2, 2, "ey") == 0) out[out.size() - 1] = 'i';
    else if (out.back() == 'y') out.back() = 'i';
  }
  return out;
}

std::string name_key(std::string_view name) {
  std::string key = text::comparison_key(name);
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= key.size()) {
    size_t sp = key.find(' ', start);
    std::string tok = key.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
    if (!(first && tok == "the") && !tok.empty()) {
      if (!out.empty()) out += ' ';
      out += fold_name_variant(tok);
    }
    first = false;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return out;
}

std::string entity_id(EntityType type, std::string_view canonical_name) {
  std::string key = std::string(entity_type_name(type)) + "|" + name_key(canonical_name);
  return text::hex64(text::hash64(key, 0xE17));
}

EntityStage::EntityStage(std::shared_ptr<const NlpKnowledge> knowledge) : knowledge_(std::move(knowledge)) {}

std::string EntityStage::analyze(Article& article) const {
  const NlpKnowledge& k = *knowledge_;
  if (!k.ner) return "entities: no NER model loaded";
  std::string_view text = article.text;
  std::vector<text::Token> tokens = text::tokenize(text);
  std::vector<text::Sentence> sentences = text::split_sentences(text, tokens);
  std::vector<uint64_t> keys(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) keys[i] = token_key(tokens[i].view(text));
  std::vector<Mention> mentions = find_mentions(k, text, tokens, sentences, keys);

  // Step 5: link mentions into clusters. People: a later shorter name links to an earlier full
  // name with the same surname ("Kerry" -> "John Kerry"); a full name links to an earlier surname
  // alone; given names must agree up to spelling variants and initials.
  std::vector<Cluster> clusters;
  std::map<std::string, size_t> by_key;  // type|key -> cluster, for non-persons
  for (const Mention& m : mentions) {
    Span span{tokens[m.first].start, tokens[m.end - 1].end};
    std::string surface = std::string(text.substr(span.start, span.size()));
    if (m.type == EntityType::person) {
      std::vector<std::string> toks = name_tokens(text, tokens, m);
      if (toks.empty()) continue;
      int found = -1;
      for (int c = static_cast<int>(clusters.size()) - 1; c >= 0 && found < 0; --c) {
        Cluster& cl = clusters[c];
        if (cl.type != EntityType::person || cl.key_tokens.empty()) continue;
        if (cl.key_tokens.back() != toks.back()) continue;
        if (toks.size() == 1 || cl.key_tokens.size() == 1 || compatible_given_names(cl.key_tokens[0], toks[0]))
          found = c;
      }
      if (found < 0) {
        clusters.push_back(Cluster{EntityType::person, toks, surface, m.title, {span}});
      } else {
        Cluster& cl = clusters[found];
        cl.mentions.push_back(span);
        if (toks.size() > cl.key_tokens.size()) {
          cl.key_tokens = toks;
          cl.name = surface;
        }
        if (cl.title.empty()) cl.title = m.title;
      }
      continue;
    }
    std::string name = m.canonical.empty() ? surface : m.canonical;
    std::string key = std::string(entity_type_name(m.type)) + "|" + name_key(name);
    auto it = by_key.find(key);
    if (it == by_key.end()) {
      by_key.emplace(key, clusters.size());
      clusters.push_back(Cluster{m.type, {}, name, "", {span}});
    } else {
      clusters[it->second].mentions.push_back(span);
    }
  }

  // One name, one person per article: a capitalised surname the tagger left untagged is one more
  // mention of the person it names ("Assad spoke to state television").
  std::vector<bool> covered(tokens.size(), false);
  for (const Mention& m : mentions)
    for (uint32_t i = m.first; i < m.end; ++i) covered[i] = true;
  std::map<std::string, size_t> surnames;
  for (size_t c = 0; c < clusters.size(); ++c)
    if (clusters[c].type == EntityType::person && clusters[c].key_tokens.size() >= 2)
      surnames[clusters[c].key_tokens.back()] = c;
  // A surname the tagger typed as something else ("between Kerry and Lavrov" read as a place) is
  // the person when the article names that person in full.
  for (Cluster& cl : clusters) {
    if (cl.type == EntityType::person || cl.mentions.empty()) continue;
    std::string key = name_key(cl.name);
    if (key.find(' ') != std::string::npos) continue;
    auto it = surnames.find(key);
    if (it == surnames.end()) continue;
    Cluster& person = clusters[it->second];
    person.mentions.insert(person.mentions.end(), cl.mentions.begin(), cl.mentions.end());
    cl.mentions.clear();
  }
  if (!surnames.empty()) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (covered[i] || !tokens[i].capitalized() || tokens[i].all_caps()) continue;
      std::string key = text::comparison_key(tokens[i].view(text));
      auto it = surnames.find(fold_name_variant(key));
      if (it == surnames.end()) continue;
      clusters[it->second].mentions.push_back(Span{tokens[i].start, tokens[i].end});
    }
  }

  article.entities.clear();
  for (Cluster& cl : clusters) {
    if (cl.mentions.empty()) continue;
    Entity e;
    e.type = cl.type;
    e.name = cl.name;
    e.title = cl.title;
    e.id = entity_id(cl.type, cl.name);
    std::sort(cl.mentions.begin(), cl.mentions.end());
    e.mentions = std::move(cl.mentions);
    article.entities.push_back(std::move(e));
  }
  std::sort(article.entities.begin(), article.entities.end(),
            [](const Entity& a, const Entity& b) { return a.mentions.front() < b.mentions.front(); });
  return "";
}

}  // namespace chronicle::nlp
