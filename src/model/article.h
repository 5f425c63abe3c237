// Article: the record every stage after extract() shares, and every surface prints.
//
// extract() creates it with the clean text and metadata; analyze() stages add stand-off
// annotations; index() sets duplicate_of and story. Invariants:
//  (1) `text` is fixed once extract() returns: no stage rewrites it (span.h invariant 3);
//  (2) paragraphs in `text` are separated by exactly one blank line ("\n\n"), and `text` has no
//      leading or trailing whitespace;
//  (3) `id` is stable: a short hash of the canonical URL, or of the clean text when there is none
//      (article_id() in src/text/hash.h computes it);
//  (4) absent metadata is the empty string, never a placeholder such as "unknown".
#pragma once
#include <string>
#include <vector>

#include "model/annotations.h"
#include "model/removed_block.h"

namespace chronicle {

struct PublisherTags {
  std::vector<std::string> places;
  std::vector<std::string> topics;
};

struct Article {
  std::string id;
  std::string source_id;     // the input's own id, kept for every export
  std::string origin;        // the input that gave it (file, file:line, file#record)
  std::string url;
  std::string source;        // outlet
  std::string section;
  std::string title;
  std::string dek;
  std::string author;
  std::string date;          // ISO 8601 (YYYY-MM-DD or full timestamp), "" when unknown
  std::string lang;          // ISO 639-1, "" when unknown
  std::string text;

  std::vector<RemovedBlock> removed;
  PublisherTags tags;
  std::vector<Entity> entities;
  std::vector<Place> places;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<DateMention> dates;  // dates named in the text (nlp DateStage)

  std::string duplicate_of;  // article id, "" when none
  std::string story;         // story id, "" when none
  std::string extra_json;    // fields of the input this record has no column for
};

}  // namespace chronicle
