#include "store/record_json.h"

#include <nlohmann/json.hpp>

namespace chronicle::store {
namespace {

using nlohmann::ordered_json;

// "" → null: absent values are null in the record, never "".
ordered_json or_null(const std::string& value) { return value.empty() ? ordered_json(nullptr) : ordered_json(value); }

ordered_json spans_json(const std::vector<Span>& spans) {
  ordered_json out = ordered_json::array();
  for (const Span& s : spans) out.push_back({s.start, s.end});
  return out;
}

ordered_json quote_object(const Article& a, const Quote& q) {
  ordered_json o;
  std::string text = q.span.end <= a.text.size() && q.span.start <= q.span.end
                         ? a.text.substr(q.span.start, q.span.end - q.span.start)
                         : std::string();
  o["text"] = text;
  o["span"] = {q.span.start, q.span.end};
  o["kind"] = quote_kind_name(q.kind);
  o["speaker"] = or_null(q.speaker);
  o["speaker_name"] = or_null(q.speaker_name);
  o["cue"] = or_null(q.cue);
  o["reported_by"] = or_null(q.reported_by);
  o["speaker_span"] = span_or_null(q.speaker_span);
  o["cue_span"] = span_or_null(q.cue_span);
  return o;
}

ordered_json event_object(const Event& e) {
  ordered_json o;
  o["source"] = {{"code", e.source.code}, {"name", e.source.name}};
  o["target"] = {{"code", e.target.code}, {"name", e.target.name}};
  o["code"] = e.code;
  o["root"] = e.root;
  o["quad_class"] = e.quad_class;
  o["goldstein"] = e.goldstein;
  o["negated"] = e.negated;
  o["sentence"] = {e.sentence.start, e.sentence.end};
  o["place"] = or_null(e.place);
  o["date"] = or_null(e.date);
  return o;
}

}  // namespace

ordered_json span_or_null(const Span& s) { return s.empty() ? ordered_json(nullptr) : ordered_json({s.start, s.end}); }

ordered_json article_json(const Article& a) {
  ordered_json o;
  o["id"] = a.id;
  o["source_id"] = or_null(a.source_id);
  o["url"] = or_null(a.url);
  o["source"] = or_null(a.source);
  o["section"] = or_null(a.section);
  o["title"] = or_null(a.title);
  o["dek"] = or_null(a.dek);
  o["author"] = or_null(a.author);
  o["date"] = or_null(a.date);
  o["lang"] = or_null(a.lang);
  o["text"] = a.text;
  ordered_json removed = ordered_json::array();
  for (const RemovedBlock& r : a.removed) removed.push_back({{"text", r.text}, {"reason", removal_reason_name(r.reason)}});
  o["removed"] = std::move(removed);
  o["tags"] = {{"places", a.tags.places}, {"topics", a.tags.topics}};
  ordered_json entities = ordered_json::array();
  for (const Entity& e : a.entities) {
    ordered_json entity;
    entity["id"] = e.id;
    entity["name"] = e.name;
    entity["type"] = entity_type_name(e.type);
    entity["actor"] = or_null(e.actor);
    entity["title"] = or_null(e.title);
    entity["mentions"] = spans_json(e.mentions);
    entities.push_back(std::move(entity));
  }
  o["entities"] = std::move(entities);
  ordered_json places = ordered_json::array();
  for (const Place& p : a.places) {
    ordered_json place;
    place["name"] = p.name;
    place["country"] = or_null(p.country);
    place["lat"] = p.lat ? ordered_json(*p.lat) : ordered_json(nullptr);
    place["lon"] = p.lon ? ordered_json(*p.lon) : ordered_json(nullptr);
    place["mentions"] = spans_json(p.mentions);
    places.push_back(std::move(place));
  }
  o["places"] = std::move(places);
  ordered_json dates = ordered_json::array();
  for (const DateMention& d : a.dates) {
    std::string text = d.span.end <= a.text.size() && d.span.start <= d.span.end
                           ? a.text.substr(d.span.start, d.span.size())
                           : std::string();
    dates.push_back({{"text", text}, {"span", {d.span.start, d.span.end}}, {"value", d.iso}, {"relative", d.relative}});
  }
  o["dates"] = std::move(dates);
  ordered_json quotes = ordered_json::array();
  for (const Quote& q : a.quotes) quotes.push_back(quote_object(a, q));
  o["quotes"] = std::move(quotes);
  ordered_json events = ordered_json::array();
  for (const Event& e : a.events) events.push_back(event_object(e));
  o["events"] = std::move(events);
  o["duplicate_of"] = or_null(a.duplicate_of);
  o["story"] = or_null(a.story);
  ordered_json extra = a.extra_json.empty() ? ordered_json(nullptr) : ordered_json::parse(a.extra_json, nullptr, false);
  o["extra"] = extra.is_discarded() ? ordered_json(nullptr) : extra;
  return o;
}

ordered_json article_summary_json(const ArticleSummary& s) {
  ordered_json o;
  o["id"] = s.id;
  o["source_id"] = or_null(s.source_id);
  o["date"] = or_null(s.date);
  o["source"] = or_null(s.source);
  o["author"] = or_null(s.author);
  o["title"] = or_null(s.title);
  o["lang"] = or_null(s.lang);
  o["url"] = or_null(s.url);
  o["duplicate_of"] = or_null(s.duplicate_of);
  o["story"] = or_null(s.story);
  o["chars"] = s.chars;
  return o;
}

ordered_json quote_json(const Article& a, const Quote& q) {
  ordered_json o = quote_object(a, q);
  o["article"] = a.id;
  return o;
}

ordered_json event_json(const Article& a, const Event& e) {
  ordered_json o = event_object(e);
  o["article"] = a.id;
  return o;
}

}  // namespace chronicle::store
