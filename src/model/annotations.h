// The stand-off annotations analyze() stages add to an Article: entities, places, quotes, events.
//
// Each points into Article::text through Spans (span.h invariants hold). A surface string kept
// beside a span (`name`, `text`) is a cache for readers of the record; the span is the truth.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/span.h"

namespace chronicle {

enum class EntityType { person, org, place, other };

inline constexpr const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::person: return "person";
    case EntityType::org: return "org";
    case EntityType::place: return "place";
    case EntityType::other: return "other";
  }
  return "other";
}

struct Entity {
  std::string id;                // corpus-wide canonical id
  std::string name;              // canonical name ("John Kerry")
  EntityType type = EntityType::other;
  std::string actor;             // CAMEO actor code ("USAGOV"), "" when unknown
  std::string title;             // role the text gives ("Secretary of State"), "" when none
  std::vector<Span> mentions;    // sorted by start
};

struct Place {
  std::string name;
  std::string country;           // ISO 3166 alpha-3, "" when unresolved
  std::optional<double> lat;
  std::optional<double> lon;
  std::vector<Span> mentions;
};

enum class QuoteKind { direct, indirect, mixed };

inline constexpr const char* quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
  }
  return "direct";
}

struct Quote {
  Span span;                     // the quoted content
  QuoteKind kind = QuoteKind::direct;
  std::string speaker;           // entity id, "" when unresolved
  std::string speaker_name;      // as resolved ("Sergei Lavrov", "a U.S. official")
  std::string cue;               // the reporting verb: said, told, added
  std::string reported_by;       // outlet relaying the quote ("Reuters"), "" when none
  Span speaker_span;             // the words naming the speaker here (a name, "he", "a U.S. official"); empty when none
  Span cue_span;                 // the cue's words; empty when none
};

// A date or time expression in the text, normalised to ISO 8601: a day "2015-12-15", a month
// "2015-12", a year "2015" or an ISO week "2015-W50". Relative expressions ("on Tuesday", "last
// year") are resolved against Article::date and left out when the article has no date.
struct DateMention {
  Span span;
  std::string iso;
  bool relative = false;         // resolved against the article's date
};

struct EventActor {
  std::string code;              // CAMEO actor code, e.g. "USAGOV"
  std::string name;              // the text that named it
};

struct Event {
  EventActor source;
  EventActor target;
  std::string code;              // CAMEO event code, e.g. "042"
  std::string root;              // its root, e.g. "04"
  int quad_class = 0;            // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;
  bool negated = false;
  Span sentence;
  std::string place;             // "" when the sentence names none
  std::string date;              // ISO 8601, "" when unknown
};

}  // namespace chronicle
