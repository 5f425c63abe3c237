// What the analyze stages stored, across the corpus: entities, quotes, events (DESIGN.md, "The command
// line"). Each prints a table, or with --json the shapes of the exports, one object per line.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output.h"
#include "store/query_json.h"

namespace chronicle::cli {
namespace {

// Narrow columns so that the quote itself, the last column, keeps most of the line.
constexpr size_t kSpeakerWidth = 26, kSourceWidth = 16;

std::string day(const std::string& date) { return dash_if_empty(date.substr(0, 10)); }

template <typename Filter>
struct FilterFlags {
  ListFlags list;
  Filter filter;
};

int run_entities(const FilterFlags<store::EntityFilter>& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  print_list(f.list.json, store::list_entities(*store, f.filter, {f.list.limit, f.list.offset}), store::entity_row_json,
             {"ID", "TYPE", "ACTOR", "ARTICLES", "MENTIONS", "NAME"},
             [](const store::EntityRow& e) -> std::vector<std::string> {
               return {e.id, e.type, dash_if_empty(e.actor), std::to_string(e.articles), std::to_string(e.mentions), e.name};
             },
             "entities");
  return 0;
}

int run_quotes(const FilterFlags<store::QuoteFilter>& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  print_list(f.list.json, store::list_quotes(*store, f.filter, {f.list.limit, f.list.offset}), store::quote_row_json,
             {"DATE", "SOURCE", "SPEAKER", "CUE", "KIND", "QUOTE"},
             [](const store::QuoteRow& q) -> std::vector<std::string> {
               std::string speaker = dash_if_empty(q.quote.speaker_name);
               if (!q.quote.reported_by.empty()) speaker += " (via " + q.quote.reported_by + ")";
               speaker = fit(speaker, kSpeakerWidth);
               return {day(q.date), fit(dash_if_empty(q.source), kSourceWidth), speaker, dash_if_empty(q.quote.cue),
                       quote_kind_name(q.quote.kind), "\xE2\x80\x9C" + q.text + "\xE2\x80\x9D"};
             },
             "quotes");
  return 0;
}

int run_events(const FilterFlags<store::EventFilter>& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  print_list(f.list.json, store::list_events(*store, f.filter, {f.list.limit, f.list.offset}), store::event_row_json,
             {"DATE", "SOURCE", "CODE", "TARGET", "GOLDSTEIN", "QUAD", "ARTICLE", "ACTORS"},
             [](const store::EventRow& r) -> std::vector<std::string> {
               const Event& e = r.event;
               char goldstein[16];
               std::snprintf(goldstein, sizeof goldstein, "%+.1f", e.goldstein);
               return {day(e.date.empty() ? r.article_date : e.date), dash_if_empty(e.source.code),
                       (e.negated ? "not " : "") + e.code, dash_if_empty(e.target.code), goldstein,
                       std::to_string(e.quad_class), r.article,
                       dash_if_empty(e.source.name) + " → " + dash_if_empty(e.target.name)};
             },
             "events");
  return 0;
}

}  // namespace

void add_annotation_commands(CLI::App& app, CommandStatus& status) {
  {
    auto f = std::make_shared<FilterFlags<store::EntityFilter>>();
    CLI::App* cmd = app.add_subcommand("entities", "List people, organisations and places, most-mentioned first");
    add_list_flags(cmd, f->list);
    cmd->add_option("--type", f->filter.type, "person, org, place or other")
        ->check(CLI::IsMember({"person", "org", "place", "other"}));
    cmd->add_option("--prefix", f->filter.prefix, "Names starting with this (case-insensitive)");
    cmd->callback([f, &status] { status.exit_code = run_entities(*f); });
  }
  {
    auto f = std::make_shared<FilterFlags<store::QuoteFilter>>();
    CLI::App* cmd = app.add_subcommand("quotes", "List attributed quotations, newest first");
    add_list_flags(cmd, f->list);
    cmd->add_option("--speaker", f->filter.speaker, "Quotes by this entity id (see `entities`)");
    cmd->add_option("--about", f->filter.about, "Quotes that mention this entity id");
    cmd->add_option("--article", f->filter.article, "Quotes in this article");
    cmd->callback([f, &status] { status.exit_code = run_quotes(*f); });
  }
  {
    auto f = std::make_shared<FilterFlags<store::EventFilter>>();
    CLI::App* cmd = app.add_subcommand("events", "List coded CAMEO events (who did what to whom), newest first");
    add_list_flags(cmd, f->list, "One event per line (the export's event shape)");
    cmd->add_option("--actor", f->filter.actor, "Either side's CAMEO code starts with this (USA matches USAGOV)");
    cmd->add_option("--source", f->filter.source, "The source actor's code starts with this");
    cmd->add_option("--target", f->filter.target, "The target actor's code starts with this");
    cmd->add_option("--root", f->filter.root, "CAMEO root code (01-20)");
    cmd->add_option("--code", f->filter.code, "CAMEO code prefix (04, 042)");
    cmd->add_option("--from", f->filter.date_from, "On or after (ISO 8601 prefix)");
    cmd->add_option("--to", f->filter.date_to, "On or before (ISO 8601 prefix)");
    cmd->add_option("--article", f->filter.article, "Events of this article");
    cmd->callback([f, &status] { status.exit_code = run_events(*f); });
  }
}

}  // namespace chronicle::cli
