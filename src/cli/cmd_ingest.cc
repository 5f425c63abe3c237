// chronicle ingest [--db PATH] [--format …] [--source NAME] [--date DATE] INPUT…
#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>

#include "cli/commands.h"
#include "cli/limits_flags.h"
#include "cli/output.h"
#include "extract/extract.h"
#include "pipeline/ingest_run.h"

namespace chronicle::cli {
namespace {

// Set by SIGINT: reading stops, the chunk in hand is committed whole, the summary says so. A
// second SIGINT falls back to the default action (the transaction in progress rolls back).
std::atomic<bool> g_interrupted{false};

void on_sigint(int) {
  g_interrupted.store(true);
  std::signal(SIGINT, SIG_DFL);
}

struct IngestFlags {
  std::string db, format = "auto", source, date, data;
  std::vector<std::string> inputs;
  unsigned threads = 0;
  size_t chunk = 256;
  bool quiet = false;
  ingest::ReadLimits limits;
};

int run_ingest(const IngestFlags& flags) {
  // Installed first and kept until exit: a SIGINT while the knowledge loads stops the run before it
  // reads anything, and one after the last chunk was committed (while the store closes) must not
  // kill the process with the default action (crash_sigint caught that).
  std::signal(SIGINT, on_sigint);
  pipeline::IngestOptions options;
  if (!ingest::parse_input_format(flags.format, options.read.format)) {
    print_error("--format", "unknown format '" + flags.format + "' (auto, text, html, jsonl, warc)");
    return 2;
  }
  options.read.source = flags.source;
  options.read.date = flags.date;
  options.read.limits = flags.limits;
  options.threads = flags.threads;
  options.chunk_size = std::max<size_t>(1, flags.chunk);
  options.progress = !flags.quiet;

  std::string knowledge = data_dir(flags.data), error;
  auto extractor = extract::Extractor::load(knowledge, error);
  if (!extractor) {
    print_error(knowledge, error);
    return 2;
  }
  pipeline::StageList stages = pipeline::build_analyze_stages(knowledge, error);
  if (!error.empty()) {
    print_error(knowledge, error);
    return 2;
  }
  auto index_knowledge = index::Knowledge::load(knowledge, error);
  if (!index_knowledge) {
    print_error(knowledge, error);
    return 2;
  }
  std::string path = store_path(flags.db);
  auto store = open_store(path, store::OpenMode::read_write);
  if (!store) return 1;

  pipeline::IngestRun run(
      *extractor, stages, *store, options,
      [](const std::string& input, const std::string& reason) { print_error(input, reason); }, index_knowledge.get());
  pipeline::RunSummary summary = run.run(flags.inputs, &g_interrupted);

  if (!summary.store_error.empty()) print_error(path, summary.store_error);
  if (summary.interrupted)
    std::fprintf(stderr, "chronicle: interrupted: the last batch was committed whole; %zu articles stored this run\n",
                 summary.added);
  std::printf("%s\n", summary.line().c_str());
  if (summary.interrupted) return 130;
  return summary.failed > 0 || !summary.store_error.empty() ? 1 : 0;
}

}  // namespace

void add_ingest_command(CLI::App& app, CommandStatus& status) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand("ingest", "Read, clean, analyze and store news (files, folders, globs, - for JSON Lines on stdin)");
  cmd->add_option("--db", flags->db, "Store path (default $CHRONICLE_DB or ./chronicle.db)");
  cmd->add_option("--format", flags->format, "auto|text|html|jsonl|warc (default: detected from the bytes)");
  cmd->add_option("--source", flags->source, "Outlet for documents that do not name one");
  cmd->add_option("--date", flags->date, "Date for documents that do not give one");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: one per core)");
  cmd->add_option("--chunk-size", flags->chunk, "Documents per transaction (default 256)");
  cmd->add_option("--data", flags->data, "Knowledge directory (default $CHRONICLE_DATA or the built-in data/)");
  cmd->add_flag("--quiet,-q", flags->quiet, "No progress line");
  add_limit_flags(*cmd, flags->limits);
  cmd->add_option("INPUT", flags->inputs, "Files, directories, globs, or - for JSON Lines on stdin")->required();
  cmd->callback([flags, &status] { status.exit_code = run_ingest(*flags); });
}

}  // namespace chronicle::cli
