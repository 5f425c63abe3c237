// The article record as JSON (DESIGN.md, "The article record"): the one shape that
// `analyze --json`, `show --json`, `export --what articles` and GET /api/articles/ID all print.
// Keys are snake_case; absent values are null or [], never missing.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "model/article.h"
#include "store/store.h"

namespace chronicle::store {

nlohmann::ordered_json article_json(const Article& article);

// One row of an article list (`articles --json`, `search --json`, GET /api/search and /api/articles).
nlohmann::ordered_json article_summary_json(const ArticleSummary& summary);

// The quote and event objects of the record, each with its `article` id (for `quotes` and
// `events` exports and lists).
// [start, end], or null for an empty span: a quote's speaker_span and cue_span are empty when the
// text does not name them there (a speaker carried over from an earlier sentence).
nlohmann::ordered_json span_or_null(const Span& span);

nlohmann::ordered_json quote_json(const Article& article, const Quote& quote);
nlohmann::ordered_json event_json(const Article& article, const Event& event);

}  // namespace chronicle::store
