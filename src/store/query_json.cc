#include "store/query_json.h"

#include <nlohmann/json.hpp>

#include "store/record_json.h"

namespace chronicle::store {
namespace {

using nlohmann::ordered_json;

ordered_json or_null(const std::string& v) { return v.empty() ? ordered_json(nullptr) : ordered_json(v); }

// A stand-in Article carrying what the event shapes read (id, url, date), so that an event read
// back from the events table prints through the same functions as one in a fresh record.
Article event_article(const EventRow& row) {
  Article a;
  a.id = row.article;
  a.url = row.url;
  a.date = row.article_date;
  return a;
}

}  // namespace

ordered_json story_row_json(const StoryRow& row) {
  const Story& s = row.story;
  ordered_json o;
  o["id"] = s.id;
  o["title"] = or_null(s.title);
  o["summary"] = or_null(s.summary);
  o["first"] = or_null(s.first);
  o["last"] = or_null(s.last);
  o["articles"] = s.articles;
  o["sources"] = s.sources;
  o["places"] = s.places;
  o["people"] = s.people;
  o["storyline"] = or_null(s.storyline);
  o["size"] = row.size;
  return o;
}

ordered_json storyline_json(const Storyline& s) {
  ordered_json o;
  o["id"] = s.id;
  o["title"] = or_null(s.title);
  o["first"] = or_null(s.first);
  o["last"] = or_null(s.last);
  o["stories"] = s.stories;
  o["articles"] = s.articles;
  return o;
}

ordered_json entity_row_json(const EntityRow& e) {
  ordered_json o;
  o["id"] = e.id;
  o["name"] = e.name;
  o["type"] = e.type;
  o["actor"] = or_null(e.actor);
  o["articles"] = e.articles;
  o["mentions"] = e.mentions;
  return o;
}

ordered_json quote_row_json(const QuoteRow& r) {
  ordered_json o;
  o["text"] = r.text;
  o["span"] = {r.quote.span.start, r.quote.span.end};
  o["kind"] = quote_kind_name(r.quote.kind);
  o["speaker"] = or_null(r.quote.speaker);
  o["speaker_name"] = or_null(r.quote.speaker_name);
  o["cue"] = or_null(r.quote.cue);
  o["reported_by"] = or_null(r.quote.reported_by);
  o["speaker_span"] = span_or_null(r.quote.speaker_span);
  o["cue_span"] = span_or_null(r.quote.cue_span);
  o["article"] = r.article;
  o["title"] = or_null(r.title);
  o["source"] = or_null(r.source);
  o["date"] = or_null(r.date);
  return o;
}

ordered_json event_row_json(const EventRow& row) { return event_json(event_article(row), row.event); }

std::vector<std::string> event_row_tsv_fields(const EventRow& row) {
  return event_tsv_fields(event_article(row), row.event, row.ordinal);
}

ordered_json related_row_json(const RelatedArticle& r) {
  ordered_json o = article_summary_json(r.article);
  o["rank"] = r.rank;
  o["score"] = r.score;
  return o;
}

}  // namespace chronicle::store
