// chronicle analyze FILE [--format …] [--json]   one document, no store: what would be stored
// chronicle extract FILE [--json]                main text and metadata only
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/commands.h"
#include "cli/limits_flags.h"
#include "cli/output.h"
#include "cli/print_article.h"
#include "extract/extract.h"
#include "pipeline/ingest_run.h"
#include "store/record_json.h"

namespace chronicle::cli {
namespace {

struct AnalyzeFlags {
  std::string file, format = "auto", data, source, date;
  bool json = false;
  ingest::ReadLimits limits;
};

// Collects the documents of one file (a JSON Lines or WARC file may hold several).
class CollectSink : public ingest::DocSink {
 public:
  void on_doc(RawDoc&& doc) override { docs.push_back(std::move(doc)); }
  void on_error(ingest::ReadError&& error) override { errors.push_back(std::move(error)); }
  std::vector<RawDoc> docs;
  std::vector<ingest::ReadError> errors;
};

int run_analyze(const AnalyzeFlags& flags, bool with_stages) {
  ingest::ReadOptions options;
  if (!ingest::parse_input_format(flags.format, options.format)) {
    print_error("--format", "unknown format '" + flags.format + "' (auto, text, html, jsonl, warc)");
    return 2;
  }
  options.source = flags.source;
  options.date = flags.date;
  options.limits = flags.limits;
  std::string knowledge = data_dir(flags.data), error;
  auto extractor = extract::Extractor::load(knowledge, error);
  if (!extractor) {
    print_error(knowledge, error);
    return 2;
  }
  pipeline::StageList stages;
  if (with_stages) {
    stages = pipeline::build_analyze_stages(knowledge, error);
    if (!error.empty()) {
      print_error(knowledge, error);
      return 2;
    }
  }
  CollectSink sink;
  ingest::read_file(flags.file, options, sink);
  int status = sink.errors.empty() ? 0 : 1;
  for (const auto& e : sink.errors) print_error(e.input, e.reason);
  bool first = true;
  for (const RawDoc& doc : sink.docs) {
    extract::ExtractResult result = pipeline::analyze_document(doc, *extractor, stages);
    if (!result.error.empty()) {
      print_error(doc.origin, result.error);
      status = 1;
      continue;
    }
    if (flags.json) {
      std::printf("%s\n", json_text(store::article_json(result.article)).c_str());
    } else {
      if (!first) std::printf("\n%s\n\n", std::string(72, '=').c_str());
      print_article(result.article);
    }
    first = false;
  }
  return status;
}

void add_one(CLI::App& app, CommandStatus& status, const char* name, const char* help, bool with_stages) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("FILE", flags->file, "A text, HTML, JSON Lines or WARC file (gzip allowed)")->required();
  cmd->add_option("--format", flags->format, "auto|text|html|jsonl|warc");
  cmd->add_option("--source", flags->source, "Outlet, when the document does not name one");
  cmd->add_option("--date", flags->date, "Date, when the document does not give one");
  cmd->add_option("--data", flags->data, "Knowledge directory");
  cmd->add_flag("--json", flags->json, "Print the article record as JSON (one object per document)");
  add_limit_flags(*cmd, flags->limits);
  cmd->callback([flags, &status, with_stages] { status.exit_code = run_analyze(*flags, with_stages); });
}

}  // namespace

void add_analyze_commands(CLI::App& app, CommandStatus& status) {
  add_one(app, status, "analyze", "Extract and analyze one document without a store: what would be stored", true);
  add_one(app, status, "extract", "Main text and metadata of one document", false);
}

}  // namespace chronicle::cli
