// The event coder: one sentence in, who-did-what-to-whom out (CAMEO codes).
//
// For each dictionary verb the shallow parse finds (shallow_parse.h), the coder:
//   1. tries the verb block's patterns (petrarch_reader.h) and keeps the most specific match,
//      which may bind the source ($), the target (+) or a compound (%);
//   2. finds the source: a bound $, else the passive's "by" agent (a passive without one is coded
//      as the active), else the subject (the nearest actor group to the left that is not a
//      prepositional object or a group the pattern bound, passing over relative pronouns, uncoded
//      personal pronouns, comma clauses and reporting verbs; a coordinated verb "... and promised"
//      shares the previous verb's subject; an uncoded subject ("crowds trashed") stops the search);
//   3. finds the target: a bound +, else the passive's subject, else the first coded actor group
//      to the right before the clause ends (a subordinator, a new finite verb, or an actor group
//      that is itself the subject of a following verb: "said Russia had ..." codes no target for
//      "said");
//   4. codes every source x target pair (compounds multiply), the reverse pair too for "[a:b]"
//      codes, and a compound subject with no target meets itself ("A and B met": A->B and B->A);
//   5. marks negation, maps intentions ("will meet", "agreed to convene") to the intent codes of
//      the IntentTable when one is given, and drops a governing verb's event when the infinitive
//      it governs was coded ("agreed to convene" is one event).
// Sentences holding a discard phrase are not coded.
//
// A Coder is built once from a compiled Lexicon, is const, and is safe for concurrent use.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon.h"
#include "events/shallow_parse.h"
#include "text/tokens.h"

namespace chronicle::events {

struct CoderOptions {
  bool require_dyad = true;          // both source and target must be coded actors
  bool strict_heads = false;         // see ParseOptions::strict_heads
  bool reciprocal_compounds = true;  // step 4's "A and B met"
  // Without require_dyad: code an actor named only by its role ("---GOV", "officials") as a source
  // or target (PETRARCH's unit tests expect them); off, such a side is left empty or dropped.
  bool keep_null_actors = true;
};

// Root -> intent code used when a verb is under modality ("04" -> "036"). Loaded from
// data/events/intents.tsv (chronicle_reader.h); empty = no mapping (the PETRARCH behaviour).
using IntentTable = std::unordered_map<std::string, std::string>;

struct CodedEvent {
  std::string source, target;           // actor codes ("" for none when require_dyad is off)
  std::string source_name, target_name; // the text that named them
  std::string code;                     // CAMEO (or the dictionary's) event code
  bool negated = false;
  uint32_t verb_start = 0, verb_end = 0;  // byte span of the verb in the text
};

class Coder {
 public:
  Coder(const Lexicon& lexicon, CoderOptions options, IntentTable intents = {});
  Coder(const Coder&) = delete;  // holds a reference to its lexicon; share it by reference
  Coder& operator=(const Coder&) = delete;

  // Codes the sentence made of `tokens[0, count)` of `text`. `date` is YYYYMMDD (0 = unknown) for
  // dated actor codes; `memory` (may be null) carries people bound earlier in the article and is
  // updated. When a discard phrase matches, returns nothing and sets `*discarded` (if given) to
  // "sentence" or "story".
  std::vector<CodedEvent> code_sentence(std::string_view text, const text::Token* tokens, size_t count,
                                        int date, ActorMemory* memory = nullptr,
                                        std::string* discarded = nullptr) const;

  // Tokenises a single sentence and codes it (the `chronicle code` path).
  std::vector<CodedEvent> code_text(std::string_view sentence, int date, std::string* discarded = nullptr) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  const Lexicon& lexicon_;
  CoderOptions options_;
  IntentTable intents_;
};

// "2013-08-02", "20130802" or "2013-08-02T10:00:00Z" -> 20130802; 0 when not a date.
int parse_event_date(std::string_view date);

}  // namespace chronicle::events
