#include "events/event_stage.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <tuple>

#include "events/chronicle_reader.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace chronicle::events {

std::unique_ptr<EventStage> EventStage::load(const std::string& data_dir, std::string& error) {
  auto lexicon = std::make_unique<Lexicon>();
  IntentTable intents;
  if (!load_chronicle_lexicon(data_dir, *lexicon, intents, error)) return nullptr;
  auto codebook = std::make_unique<Codebook>();
  std::string path = data_dir + "/events/codebook.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open";
    return nullptr;
  }
  if (!codebook->load(in, path, error)) return nullptr;
  return std::unique_ptr<EventStage>(new EventStage(std::move(lexicon), std::move(codebook), std::move(intents)));
}

EventStage::EventStage(std::unique_ptr<Lexicon> lexicon, std::unique_ptr<Codebook> codebook, IntentTable intents)
    : lexicon_(std::move(lexicon)), codebook_(std::move(codebook)) {
  CoderOptions options;
  // In articles a one-sided event ("Moscow granted asylum to Snowden", the target uncoded) is
  // still worth keeping; the record shows the target's absence as an empty code.
  options.require_dyad = false;
  options.strict_heads = true;
  options.keep_null_actors = false;
  coder_ = std::make_unique<Coder>(*lexicon_, options, std::move(intents));
}

std::string EventStage::analyze(Article& article) const {
  article.events.clear();
  const std::string& text = article.text;
  std::vector<text::Token> tokens = text::tokenize(text);
  std::vector<text::Sentence> sentences = text::split_sentences(text, tokens);
  int date = parse_event_date(article.date);
  std::string date_iso;
  if (date > 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    date_iso = buf;
  }
  ActorMemory memory;
  for (const Entity& e : article.entities) {
    if (e.actor.empty()) continue;
    for (const Span& m : e.mentions) memory.spans.push_back({m.start, m.end, e.actor});
  }
  std::sort(memory.spans.begin(), memory.spans.end(),
            [](const ActorMemory::Resolved& a, const ActorMemory::Resolved& b) { return a.start < b.start; });
  std::set<std::tuple<std::string, std::string, std::string, bool>> seen;
  for (const text::Sentence& s : sentences) {
    if (s.end_token <= s.first_token) continue;
    std::string discarded;
    std::vector<CodedEvent> coded = coder_->code_sentence(text, tokens.data() + s.first_token,
                                                          s.end_token - s.first_token, date, &memory, &discarded);
    if (discarded == "story") {
      article.events.clear();
      return "";
    }
    std::string place;
    for (const Place& p : article.places) {
      for (const Span& m : p.mentions)
        if (s.span.contains(m)) { place = p.name; break; }
      if (!place.empty()) break;
    }
    for (CodedEvent& c : coded) {
      // An event is told once per article even when the text repeats it.
      if (!seen.insert({c.source, c.target, c.code, c.negated}).second) continue;
      Event e;
      e.source = {c.source, c.source_name};
      e.target = {c.target, c.target_name};
      e.code = c.code;
      e.root = Codebook::root(c.code);
      if (const CodeInfo* info = codebook_->find(c.code)) {
        e.quad_class = info->quad_class;
        e.goldstein = info->goldstein;
      } else {
        e.quad_class = Codebook::quad_of_root(e.root);
      }
      e.negated = c.negated;
      e.sentence = s.span;
      e.place = place;
      e.date = date_iso;
      article.events.push_back(std::move(e));
    }
  }
  bind_entity_actors(article, date, memory);
  return "";
}

// An entity's actor is what its name codes to on its own, with the people this article bound to
// actors while coding ("Russian Foreign Minister Sergei Lavrov" made "Lavrov" RUSGOV): so the
// entity "Sergei Lavrov" is RUSGOV, "Moscow" is RUS, "Oxfam America" is the NGO code.
void EventStage::bind_entity_actors(Article& article, int date, const ActorMemory& memory) const {
  // Spans are offsets into the article, not into a name: only the bound names carry over (copied
  // once; what a name adds while parsed is a binding the article's text makes anyway).
  ActorMemory names_only;
  names_only.names = memory.names;
  ParseOptions options;
  options.date = date;
  std::vector<text::Token> tokens;
  ShallowParse parse;
  for (Entity& entity : article.entities) {
    if (!entity.actor.empty()) continue;
    text::tokenize(entity.name, tokens);
    parse = ShallowParse{};
    shallow_parse(entity.name, tokens.data(), tokens.size(), *lexicon_, options, &names_only, parse);
    for (const Chunk& chunk : parse.chunks) {
      auto coded = std::find_if(chunk.codes.begin(), chunk.codes.end(),
                                [](const std::string& code) { return !is_null_actor(code); });
      if (coded == chunk.codes.end()) continue;
      entity.actor = *coded;
      break;
    }
  }
}

}  // namespace chronicle::events
