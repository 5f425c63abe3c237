// Queries over the store: show ID, articles, search QUERY. Each takes --db and --json.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/print_article.h"
#include "store/record_json.h"

namespace chronicle::cli {
namespace {

using nlohmann::ordered_json;

struct QueryFlags {
  std::string db, id, query;
  bool json = false, facets = false, no_duplicates = false;
  int64_t limit = 20, offset = 0;
  store::ArticleFilter filter;
};

void add_filter_flags(CLI::App* cmd, QueryFlags& f) {
  cmd->add_option("--source", f.filter.source, "Only this outlet");
  cmd->add_option("--lang", f.filter.lang, "Only this language (ISO 639-1)");
  cmd->add_option("--from", f.filter.date_from, "Dated on or after (ISO 8601 prefix)");
  cmd->add_option("--to", f.filter.date_to, "Dated on or before (ISO 8601 prefix)");
  cmd->add_option("--place", f.filter.place, "Mentions this place (name or ISO alpha-3) or is tagged with it");
  cmd->add_option("--person", f.filter.person, "Mentions this person (name or entity id)");
  cmd->add_option("--org", f.filter.org, "Mentions this organisation (name or entity id)");
  cmd->add_option("--story", f.filter.story, "Belongs to this story");
  cmd->add_flag("--no-duplicates", f.no_duplicates, "Leave out articles marked duplicate_of another");
  cmd->add_option("--limit", f.limit, "Most rows (default 20)")->check(CLI::Range(int64_t{1}, int64_t{100000}));
  cmd->add_option("--offset", f.offset, "Skip this many rows")->check(CLI::NonNegativeNumber);
}

int run_show(const QueryFlags& f) {
  auto store = open_store(store_path(f.db), store::OpenMode::read_only);
  if (!store) return 1;
  auto article = store->article(f.id);
  if (!article) {
    print_error(f.id, "no article with this id");
    return 1;
  }
  if (f.json) std::printf("%s\n", json_text(store::article_json(*article)).c_str());
  else print_article(*article);
  return 0;
}

int run_articles(QueryFlags f) {
  auto store = open_store(store_path(f.db), store::OpenMode::read_only);
  if (!store) return 1;
  f.filter.include_duplicates = !f.no_duplicates;
  auto rows = store->articles(f.filter, f.limit, f.offset);
  if (f.json) {
    for (const auto& s : rows) std::printf("%s\n", json_text(store::article_summary_json(s)).c_str());
    return 0;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& s : rows)
    table.push_back({s.id, dash_if_empty(s.date.substr(0, 10)), dash_if_empty(s.source), dash_if_empty(s.author),
                     dash_if_empty(s.title)});
  print_table({"ID", "DATE", "SOURCE", "AUTHOR", "TITLE"}, table);
  int64_t total = store->count_articles(f.filter);
  std::printf("%zu of %lld articles\n", rows.size(), static_cast<long long>(total));
  return 0;
}

int run_search(QueryFlags f) {
  auto store = open_store(store_path(f.db), store::OpenMode::read_only);
  if (!store) return 1;
  f.filter.include_duplicates = !f.no_duplicates;
  store::SearchResult result = store->search(f.query, f.filter, f.limit, f.offset, f.facets);
  if (f.json) {
    for (const auto& hit : result.hits) {
      ordered_json o = store::article_summary_json(hit.article);
      o["snippet"] = hit.snippet;
      o["score"] = hit.score;
      std::printf("%s\n", json_text(o).c_str());
    }
    if (f.facets) {
      ordered_json facets = ordered_json::object();
      for (const auto& [name, values] : result.facets) {
        ordered_json list = ordered_json::array();
        for (const auto& v : values) list.push_back({{"value", v.value}, {"count", v.count}});
        facets[name] = list;
      }
      std::printf("%s\n", json_text(ordered_json{{"total", result.total}, {"facets", facets}}).c_str());
    }
    return 0;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& hit : result.hits)
    table.push_back({hit.article.id, dash_if_empty(hit.article.date.substr(0, 10)), dash_if_empty(hit.article.source),
                     dash_if_empty(hit.article.title) + " — " + hit.snippet});
  print_table({"ID", "DATE", "SOURCE", "TITLE — SNIPPET"}, table);
  std::printf("%zu of %lld matches\n", result.hits.size(), static_cast<long long>(result.total));
  for (const auto& [name, values] : result.facets) {
    if (values.empty()) continue;
    std::string line;
    for (const auto& v : values) line += (line.empty() ? "" : ", ") + v.value + " " + std::to_string(v.count);
    std::printf("%-7s %s\n", name.c_str(), line.c_str());
  }
  return 0;
}

}  // namespace

void add_query_commands(CLI::App& app, CommandStatus& status) {
  {
    auto f = std::make_shared<QueryFlags>();
    CLI::App* cmd = app.add_subcommand("show", "Print one stored article's record");
    cmd->add_option("ID", f->id, "Article id")->required();
    cmd->add_option("--db", f->db, "Store path");
    cmd->add_flag("--json", f->json, "The article record as JSON");
    cmd->callback([f, &status] { status.exit_code = run_show(*f); });
  }
  {
    auto f = std::make_shared<QueryFlags>();
    CLI::App* cmd = app.add_subcommand("articles", "List stored articles, oldest first");
    cmd->add_option("--db", f->db, "Store path");
    cmd->add_flag("--json", f->json, "One JSON object per line");
    add_filter_flags(cmd, *f);
    cmd->callback([f, &status] { status.exit_code = run_articles(*f); });
  }
  {
    auto f = std::make_shared<QueryFlags>();
    CLI::App* cmd = app.add_subcommand("search", "Full-text search (stemmed words, \"phrases\", OR) with facets");
    cmd->add_option("QUERY", f->query, "Words to find")->required();
    cmd->add_option("--db", f->db, "Store path");
    cmd->add_flag("--json", f->json, "One JSON object per hit (then totals and facets when --facets)");
    cmd->add_flag("--facets", f->facets, "Count matches by source, language, place, person and organisation");
    add_filter_flags(cmd, *f);
    cmd->callback([f, &status] { status.exit_code = run_search(*f); });
  }
}

}  // namespace chronicle::cli
