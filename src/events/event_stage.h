// The events stage (AnalyzeStage "events"): codes every sentence of an Article's clean text and
// writes Article::events (who did what to whom, CAMEO), deduplicated within the article.
//
// Needs nothing from earlier stages: it cuts sentences itself with text/sentences.h. When the
// entities stage ran first, its entities with an actor code bind their mentions (and a place
// mention inside a sentence names the event's place); without them the coder relies on its own
// dictionaries (titles, office holders, people the text binds: "Russian Foreign Minister Sergei
// Lavrov" then "Lavrov"). Removed blocks (boilerplate) are not in Article::text, so nothing is
// coded from them.
//
// After coding, every entity the entities stage left without an actor gets the code its name has
// on its own, with the people the text bound ("Lavrov" -> RUSGOV), or stays empty.
//
// Built once with its lexicon and codebook; const and safe for concurrent use.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "events/codebook.h"
#include "events/coder.h"
#include "events/lexicon.h"
#include "model/stage.h"

namespace chronicle::events {

class EventStage : public AnalyzeStage {
 public:
  // Loads Chronicle's own dictionaries and codebook from `data_dir`/events. Null with `error`
  // naming the file on failure.
  static std::unique_ptr<EventStage> load(const std::string& data_dir, std::string& error);

  std::string_view name() const override { return "events"; }
  // Also fills Entity::actor where the entities stage left it empty (CAMEO code of the name).
  std::vector<std::string> writes() const override { return {"events", "entity actors"}; }
  std::string analyze(Article& article) const override;

  const Lexicon& lexicon() const { return *lexicon_; }
  const Codebook& codebook() const { return *codebook_; }

 private:
  void bind_entity_actors(Article& article, int date, const ActorMemory& memory) const;

  EventStage(std::unique_ptr<Lexicon> lexicon, std::unique_ptr<Codebook> codebook, IntentTable intents);
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<Coder> coder_;
};

}  // namespace chronicle::events
