// The JSON of the corpus queries (queries_api.h): stories, storylines, entities, quotes, events and
// related articles, as the CLI's `--json` lists and the HTTP API print them. One function per row
// shape, so the command line and the server can never drift apart (DESIGN.md, "Lists print one JSON
// object per line with --json, and exports use the same shapes").
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "store/delimited.h"
#include "store/queries_api.h"

namespace chronicle::store {

// DESIGN's story shape plus `size` (member articles; `articles` may be cut in lists).
nlohmann::ordered_json story_row_json(const StoryRow& row);
// DESIGN's storyline shape.
nlohmann::ordered_json storyline_json(const Storyline& line);
// DESIGN's entity shape: id, name, type, actor, articles, mentions.
nlohmann::ordered_json entity_row_json(const EntityRow& entity);
// The record's quote object with the quoted text, plus its article's id, title, outlet and date.
nlohmann::ordered_json quote_row_json(const QuoteRow& row);
// The record's event object with its `article` id: exactly what `export --what events` prints.
nlohmann::ordered_json event_row_json(const EventRow& row);
// The GDELT-style TSV fields of an event row (the columns of event_tsv_header()).
std::vector<std::string> event_row_tsv_fields(const EventRow& row);
// A related article: the article summary with its rank and similarity score.
nlohmann::ordered_json related_row_json(const RelatedArticle& related);

}  // namespace chronicle::store
