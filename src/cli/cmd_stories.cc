// Stories over the store: stories, story ID, storylines, related ID (DESIGN.md, "The command line").
// Each prints a table, or with --json DESIGN's story and storyline shapes, one per line.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output.h"
#include "store/query_json.h"

namespace chronicle::cli {
namespace {

struct StoryFlags {
  ListFlags list;
  std::string id, sort = "newest";
};

std::string joined(const std::vector<std::string>& values, size_t most) {
  std::string out;
  for (size_t i = 0; i < values.size() && i < most; ++i) out += (out.empty() ? "" : ", ") + values[i];
  if (values.size() > most) out += ", …";
  return out;
}

std::string day(const std::string& date) { return dash_if_empty(date.substr(0, 10)); }

void print_members(store::Store& store, const std::vector<std::string>& ids) {
  std::vector<std::vector<std::string>> table;
  for (const auto& s : store::article_summaries(store, ids))
    table.push_back({s.id, day(s.date), dash_if_empty(s.source), s.duplicate_of.empty() ? "" : "dup",
                     dash_if_empty(s.title)});
  print_table({"ID", "DATE", "SOURCE", "", "TITLE"}, table);
}

int run_stories(const StoryFlags& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  int64_t total = 0;
  auto sort = f.sort == "biggest" ? store::StorySort::biggest : store::StorySort::newest;
  auto rows = store::list_stories(*store, sort, {f.list.limit, f.list.offset}, total);
  print_list(f.list.json, rows, store::story_row_json, {"ID", "FIRST", "LAST", "SIZE", "SOURCES", "TITLE"},
             [](const store::StoryRow& r) -> std::vector<std::string> {
               return {r.story.id, day(r.story.first), day(r.story.last), std::to_string(r.size),
                       dash_if_empty(joined(r.story.sources, 3)), dash_if_empty(r.story.title)};
             },
             "stories", total);
  return 0;
}

int run_story(const StoryFlags& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  auto row = store::find_story(*store, f.id);
  if (!row) {
    print_error(f.id, "no story with this id");
    return 1;
  }
  if (f.list.json) {
    std::printf("%s\n", json_text(store::story_row_json(*row)).c_str());
    return 0;
  }
  const Story& s = row->story;
  auto field = [](const char* name, const std::string& value) {
    if (!value.empty()) std::printf("%-9s %s\n", name, value.c_str());
  };
  field("id", s.id);
  field("title", s.title);
  field("dates", s.first.substr(0, 10) + (s.last.substr(0, 10) != s.first.substr(0, 10) ? " to " + s.last.substr(0, 10) : ""));
  field("sources", joined(s.sources, 20));
  field("people", joined(s.people, 10));
  field("places", joined(s.places, 10));
  field("storyline", s.storyline);
  if (!s.summary.empty()) std::printf("\n%s\n", s.summary.c_str());
  std::printf("\n");
  print_members(*store, s.articles);
  return 0;
}

int run_storylines(const StoryFlags& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  int64_t total = 0;
  auto lines = store::list_storylines(*store, {f.list.limit, f.list.offset}, total);
  print_list(f.list.json, lines, store::storyline_json,
             {"ID", "FIRST", "LAST", "STORIES", "ARTICLES", "TITLE"},
             [](const Storyline& line) -> std::vector<std::string> {
               return {line.id, day(line.first), day(line.last), std::to_string(line.stories.size()),
                       std::to_string(line.articles.size()), dash_if_empty(line.title)};
             },
             "storylines", total);
  return 0;
}

int run_related(const StoryFlags& f) {
  auto store = open_store(store_path(f.list.db), store::OpenMode::read_only);
  if (!store) return 1;
  if (store::article_summaries(*store, {f.id}).empty()) {
    print_error(f.id, "no article with this id");
    return 1;
  }
  print_list(f.list.json, store::related_articles(*store, f.id, f.list.limit), store::related_row_json,
             {"RANK", "SCORE", "ID", "DATE", "SOURCE", "TITLE"},
             [](const store::RelatedArticle& r) -> std::vector<std::string> {
               char score[16];
               std::snprintf(score, sizeof score, "%.2f", r.score);
               return {std::to_string(r.rank), score, r.article.id, day(r.article.date),
                       dash_if_empty(r.article.source), dash_if_empty(r.article.title)};
             },
             "related articles");
  return 0;
}

}  // namespace

void add_story_commands(CLI::App& app, CommandStatus& status) {
  {
    auto f = std::make_shared<StoryFlags>();
    CLI::App* cmd = app.add_subcommand("stories", "List stories: articles about one event, across outlets");
    add_list_flags(cmd, f->list, "One story per line (DESIGN's story shape plus size)");
    cmd->add_option("--sort", f->sort, "newest (by last article, default) or biggest")
        ->check(CLI::IsMember({"newest", "biggest"}));
    cmd->callback([f, &status] { status.exit_code = run_stories(*f); });
  }
  {
    auto f = std::make_shared<StoryFlags>();
    CLI::App* cmd = app.add_subcommand("story", "One story: title, summary, dates, sources and its articles");
    cmd->add_option("ID", f->id, "Story id")->required();
    cmd->add_option("--db", f->list.db, "Store path");
    cmd->add_flag("--json", f->list.json, "The story as one JSON object");
    cmd->callback([f, &status] { status.exit_code = run_story(*f); });
  }
  {
    auto f = std::make_shared<StoryFlags>();
    CLI::App* cmd = app.add_subcommand("storylines", "List storylines: stories linked across months and years");
    add_list_flags(cmd, f->list, "One storyline per line");
    cmd->callback([f, &status] { status.exit_code = run_storylines(*f); });
  }
  {
    auto f = std::make_shared<StoryFlags>();
    f->list.limit = 10;
    CLI::App* cmd = app.add_subcommand("related", "Articles related to one article, best first");
    cmd->add_option("ID", f->id, "Article id")->required();
    add_list_flags(cmd, f->list, "One related article per line (summary with rank and score)");
    cmd->callback([f, &status] { status.exit_code = run_related(*f); });
  }
}

}  // namespace chronicle::cli
