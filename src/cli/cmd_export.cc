// chronicle export [--db PATH] --what articles|events|quotes|stories|storylines --format jsonl|csv|gdelt [--out PATH]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output.h"
#include "store/delimited.h"
#include "store/query_json.h"
#include "store/record_json.h"

namespace chronicle::cli {
namespace {

using nlohmann::ordered_json;

struct ExportFlags {
  std::string db, what = "articles", format = "jsonl", out;
};

// Stories and storylines are read a page at a time: the export holds one page, never the corpus.
constexpr int64_t kExportPage = 500;

template <typename Line>
size_t export_stories(store::Store& store, const Line& line) {
  size_t rows = 0;
  int64_t total = 0;
  for (int64_t offset = 0;; offset += kExportPage) {
    auto page = store::list_stories(store, store::StorySort::biggest, {kExportPage, offset}, total);
    for (const auto& row : page) {
      // Lists cut a story's members; the export names them all.
      auto whole = row.size > static_cast<int64_t>(row.story.articles.size()) ? store::find_story(store, row.story.id)
                                                                             : std::optional<store::StoryRow>(row);
      line(json_text(store::story_row_json(whole ? *whole : row)));
      ++rows;
    }
    if (static_cast<int64_t>(page.size()) < kExportPage) return rows;
  }
}

template <typename Line>
size_t export_storylines(store::Store& store, const Line& line) {
  size_t rows = 0;
  int64_t total = 0;
  for (int64_t offset = 0;; offset += kExportPage) {
    auto page = store::list_storylines(store, {kExportPage, offset}, total);
    for (const auto& storyline : page) {
      line(json_text(store::storyline_json(storyline)));
      ++rows;
    }
    if (static_cast<int64_t>(page.size()) < kExportPage) return rows;
  }
}

int run_export(const ExportFlags& f) {
  bool articles = f.what == "articles", events = f.what == "events", quotes = f.what == "quotes";
  bool groups = f.what == "stories" || f.what == "storylines";
  if (!articles && !events && !quotes && !groups) {
    print_error("--what", "unknown '" + f.what + "' (articles, events, quotes, stories, storylines)");
    return 2;
  }
  if (groups && f.format != "jsonl") {
    print_error("--format", f.what + " export as jsonl only (members are lists)");
    return 2;
  }
  if (f.format != "jsonl" && f.format != "csv" && f.format != "gdelt") {
    print_error("--format", "unknown '" + f.format + "' (jsonl, csv, gdelt)");
    return 2;
  }
  if (f.format == "gdelt" && !events) {
    print_error("--format", "gdelt is a format for events only (--what events)");
    return 2;
  }
  auto store = open_store(store_path(f.db), store::OpenMode::read_only);
  if (!store) return 1;
  std::unique_ptr<FILE, int (*)(FILE*)> file(nullptr, &std::fclose);
  FILE* out = stdout;
  if (!f.out.empty() && f.out != "-") {
    file.reset(std::fopen(f.out.c_str(), "w"));
    if (!file) {
      print_error(f.out, "cannot write");
      return 1;
    }
    out = file.get();
  }
  auto line = [&](const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), out);
    std::fputc('\n', out);
  };
  if (f.format == "csv") line(store::csv_row(articles ? store::article_csv_header()
                                             : quotes ? store::quote_csv_header()
                                                      : store::event_csv_header()));
  if (f.format == "gdelt") line(store::tsv_row(store::event_tsv_header()));
  size_t rows = 0;
  if (groups) {
    rows = f.what == "stories" ? export_stories(*store, line) : export_storylines(*store, line);
  } else {
  store->for_each_article([&](const Article& a) {
    if (articles) {
      line(f.format == "csv" ? store::csv_row(store::article_csv_fields(a)) : json_text(store::article_json(a)));
      ++rows;
    } else if (quotes) {
      for (const Quote& q : a.quotes) {
        line(f.format == "csv" ? store::csv_row(store::quote_csv_fields(a, q)) : json_text(store::quote_json(a, q)));
        ++rows;
      }
    } else {
      for (size_t i = 0; i < a.events.size(); ++i) {
        const Event& e = a.events[i];
        if (f.format == "csv") line(store::csv_row(store::event_csv_fields(a, e, i)));
        else if (f.format == "gdelt") line(store::tsv_row(store::event_tsv_fields(a, e, i)));
        else line(json_text(store::event_json(a, e)));
        ++rows;
      }
    }
    return true;
  });
  }
  if (std::ferror(out)) {
    print_error(f.out.empty() ? "<stdout>" : f.out, "write failed");
    return 1;
  }
  std::fprintf(stderr, "exported %zu %s\n", rows, f.what.c_str());
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, CommandStatus& status) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand("export", "Export the store: articles, events, quotes, stories or storylines as JSON Lines, CSV or GDELT-style TSV");
  cmd->add_option("--db", f->db, "Store path");
  cmd->add_option("--what", f->what, "articles|events|quotes|stories|storylines (default articles)");
  cmd->add_option("--format", f->format, "jsonl|csv|gdelt (default jsonl; gdelt for events)");
  cmd->add_option("--out", f->out, "Output file (default stdout)");
  cmd->callback([f, &status] { status.exit_code = run_export(*f); });
}

}  // namespace chronicle::cli
