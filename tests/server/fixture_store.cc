#include "fixture_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "store/store.h"

namespace chronicle::testing {
namespace {

using nlohmann::json;

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Every whole-word occurrence of each string, longest strings first, none overlapping another.
bool find_mentions(const std::string& text, std::vector<std::string> words, std::vector<Span>& out) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& w : words) {
    bool found = false;
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
      size_t end = at + w.size();
      if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
      Span s{static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
      found = true;
      if (std::any_of(out.begin(), out.end(), [&](const Span& o) { return o.overlaps(s); })) continue;
      out.push_back(s);
    }
    if (!found) return false;
  }
  std::sort(out.begin(), out.end());
  return true;
}

std::string str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : "";
}

bool span_of(const std::string& text, const std::string& words, Span& span) {
  size_t at = words.empty() ? std::string::npos : text.find(words);
  if (at == std::string::npos) return false;
  span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
  return true;
}

bool to_article(const json& j, Article& a, std::string& why) {
  a.id = str(j, "id");
  a.url = str(j, "url");
  a.source = str(j, "source");
  a.section = str(j, "section");
  a.title = str(j, "title");
  a.author = str(j, "author");
  a.date = str(j, "date");
  a.lang = str(j, "lang");
  a.text = str(j, "text");
  a.story = str(j, "story");
  a.duplicate_of = str(j, "duplicate_of");
  a.origin = "fixture";
  for (const json& e : j.value("entities", json::array())) {
    Entity entity;
    entity.id = str(e, "id");
    entity.name = str(e, "name");
    std::string type = str(e, "type");
    entity.type = type == "person" ? EntityType::person : type == "org" ? EntityType::org
                  : type == "place" ? EntityType::place : EntityType::other;
    entity.actor = str(e, "actor");
    entity.title = str(e, "title");
    if (!find_mentions(a.text, e.value("mentions", std::vector<std::string>{}), entity.mentions)) {
      why = "a mention of " + entity.name + " is not in the text";
      return false;
    }
    a.entities.push_back(std::move(entity));
  }
  for (const json& p : j.value("places", json::array())) {
    Place place;
    place.name = str(p, "name");
    place.country = str(p, "country");
    if (p.contains("lat") && p["lat"].is_number()) place.lat = p["lat"].get<double>();
    if (p.contains("lon") && p["lon"].is_number()) place.lon = p["lon"].get<double>();
    if (!find_mentions(a.text, p.value("mentions", std::vector<std::string>{}), place.mentions)) {
      why = "a mention of " + place.name + " is not in the text";
      return false;
    }
    a.places.push_back(std::move(place));
  }
  for (const json& q : j.value("quotes", json::array())) {
    Quote quote;
    if (!span_of(a.text, str(q, "text"), quote.span)) {
      why = "quote not in the text: " + str(q, "text");
      return false;
    }
    std::string kind = str(q, "kind");
    quote.kind = kind == "indirect" ? QuoteKind::indirect : kind == "mixed" ? QuoteKind::mixed : QuoteKind::direct;
    quote.speaker = str(q, "speaker");
    quote.speaker_name = str(q, "speaker_name");
    quote.cue = str(q, "cue");
    quote.reported_by = str(q, "reported_by");
    a.quotes.push_back(std::move(quote));
  }
  for (const json& e : j.value("events", json::array())) {
    Event event;
    if (!span_of(a.text, str(e, "sentence"), event.sentence)) {
      why = "event sentence not in the text: " + str(e, "sentence");
      return false;
    }
    event.source = {str(e["source"], "code"), str(e["source"], "name")};
    event.target = {str(e["target"], "code"), str(e["target"], "name")};
    event.code = str(e, "code");
    event.root = str(e, "root");
    event.quad_class = e.value("quad_class", 0);
    event.goldstein = e.value("goldstein", 0.0);
    event.negated = e.value("negated", false);
    event.place = str(e, "place");
    event.date = str(e, "date");
    a.events.push_back(std::move(event));
  }
  std::sort(a.quotes.begin(), a.quotes.end(), [](const Quote& x, const Quote& y) { return x.span < y.span; });
  std::sort(a.events.begin(), a.events.end(), [](const Event& x, const Event& y) { return x.sentence < y.sentence; });
  return true;
}

}  // namespace

bool load_fixture_articles(const std::string& path, std::vector<Article>& out, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot be read";
    return false;
  }
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    std::string why;
    Article a;
    if (j.is_discarded() || !j.is_object()) why = "malformed JSON";
    else if (!to_article(j, a, why)) {}
    if (!why.empty()) {
      error = path + ":" + std::to_string(number) + ": " + why;
      return false;
    }
    out.push_back(std::move(a));
  }
  return true;
}

bool make_fixture_store(const std::string& jsonl, const std::string& db, std::string& error) {
  std::vector<Article> articles;
  if (!load_fixture_articles(jsonl, articles, error)) return false;
  auto store = store::Store::open(db, store::OpenMode::read_write, error);
  if (!store) return false;
  store::WriteResult result;
  return store->write_batch(articles, {}, result, error);
}

}  // namespace chronicle::testing
