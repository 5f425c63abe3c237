// predict_stories: ingests a story-labelled corpus (shared JSON Lines format) through the real
// pipeline (read, extract, analyze, index, store) into a fresh temporary store, and prints one
// line per input article, {"id": <input id>, "story": <story id read back from the store>}, for
// bench/stories/score.py.
//
//   predict_stories CORPUS.jsonl [--dates day|keep|none] [--runs N] [--batch N] [--threads N]
//                   [--keep-db PATH] [--set name=value]...
//
// Dates are coarsened to the day by default: the gold corpora collected each story within
// seconds, so a timestamp would give the answer away (shared/bench/stories/README.md). --runs
// splits the corpus into N consecutive ingests of the same store, cut where a day ends (the index
// continues from its saved state); --batch is the documents per transaction (default: a whole
// run in one). A record without text (headline-only
// corpora) goes in with its headline as its text and no title: the pipeline stores no article
// without a body, and a body that repeats the title is no body.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "corpus_articles.h"
#include "extract/extract.h"
#include "pipeline/ingest_run.h"
#include "text/url.h"

using namespace chronicle;
namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "usage: predict_stories CORPUS.jsonl [--dates day|keep|none] [--runs N] [--batch N] [--threads N] "
    "[--keep-db PATH] [--set name=value]...\n";

struct Input {
  nlohmann::json id;   // as the gold file has it
  std::string key;     // as the JSON Lines reader keeps it (source_id)
  std::string url;
};

// Writes the corpus as the pipeline should read it (dates coarsened, headline as text when there is
// none) into `runs` consecutive files under `dir`; fills `inputs` in corpus order.
bool prepare(const std::string& corpus, const std::string& dates, size_t runs, const fs::path& dir,
             std::vector<Input>& inputs, std::vector<std::string>& files) {
  std::ifstream in(corpus);
  if (!in) {
    std::cerr << "chronicle: " << corpus << ": cannot open\n";
    return false;
  }
  std::vector<nlohmann::json> records;
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("id")) continue;
    if (dates == "none") j.erase("date");
    std::string date = bench::json_string(j, "date");
    if (dates == "day" && date.size() > 10) j["date"] = date.substr(0, 10);
    if (bench::json_string(j, "text").empty()) {
      // A body that only repeats the title is removed as such, leaving no article: the headline
      // goes in as the text alone.
      j["text"] = bench::json_string(j, "title");
      j.erase("title");
    }
    const nlohmann::json& id = j["id"];
    inputs.push_back({id, id.is_string() ? id.get<std::string>() : id.dump(), bench::json_string(j, "url")});
    records.push_back(std::move(j));
  }
  // Runs end where a day ends: the index orders a batch by time, then by article id, and cannot
  // go back to an earlier run, so a day cut in two would be visited in another order.
  runs = std::max<size_t>(1, std::min(runs, records.size()));
  size_t from = 0;
  for (size_t r = 0; r < runs && from < records.size(); ++r) {
    size_t to = std::max(from + 1, records.size() * (r + 1) / runs);
    while (to < records.size() && bench::json_string(records[to], "date") == bench::json_string(records[to - 1], "date")) ++to;
    files.push_back((dir / ("run" + std::to_string(r) + ".jsonl")).string());
    std::ofstream out(files.back());
    for (size_t i = from; i < to; ++i) out << records[i].dump() << "\n";
    from = to;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, dates = "day", data_dir = CHRONICLE_DATA_DIR, keep_db;
  size_t runs = 1;
  pipeline::IngestOptions options;
  options.chunk_size = 0;  // 0: each run in one transaction, so one batch sorts a whole day
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--dates" && has_value) {
      dates = argv[++i];
    } else if (arg == "--runs" && has_value) {
      runs = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--batch" && has_value) {
      options.chunk_size = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--threads" && has_value) {
      options.threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--keep-db" && has_value) {
      keep_db = argv[++i];
    } else if (arg == "--set" && has_value) {
      if (!bench::set_option(options.index, argv[++i])) return 2;
    } else if (corpus.empty() && arg[0] != '-') {
      corpus = arg;
    } else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (corpus.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  std::string error;
  auto extractor = extract::Extractor::load(data_dir, error);
  pipeline::StageList stages = extractor ? pipeline::build_analyze_stages(data_dir, error) : pipeline::StageList{};
  auto knowledge = error.empty() ? index::Knowledge::load(data_dir, error) : nullptr;
  if (!knowledge) {
    std::cerr << "chronicle: " << data_dir << ": " << error << "\n";
    return 1;
  }
  std::string tmpl = (fs::temp_directory_path() / "predict-stories-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) {
    std::cerr << "chronicle: cannot create a temporary directory\n";
    return 1;
  }
  fs::path dir = tmpl;
  std::vector<Input> inputs;
  std::vector<std::string> files;
  std::string db = keep_db.empty() ? (dir / "stories.db").string() : keep_db;
  auto store = prepare(corpus, dates, runs, dir, inputs, files) ? store::Store::open(db, store::OpenMode::read_write, error)
                                                                 : nullptr;
  if (!store) {
    if (!error.empty()) std::cerr << "chronicle: " << db << ": " << error << "\n";
    fs::remove_all(dir);
    return 1;
  }

  // The ingests, each a run of its own as `chronicle ingest` would make it.
  size_t failed = 0, added = 0;
  auto started = std::chrono::steady_clock::now();
  if (options.chunk_size == 0) options.chunk_size = std::max<size_t>(1, inputs.size());
  for (const std::string& file : files) {
    pipeline::IngestRun run(*extractor, stages, *store, options,
                            [&](const std::string& input, const std::string& reason) {
                              // The first few reasons say why; the rest only count.
                              if (++failed <= 3) std::cerr << "predict_stories: " << input << ": " << reason << "\n";
                            },
                            knowledge.get());
    pipeline::RunSummary summary = run.run({file}, nullptr);
    added += summary.added;
    if (!summary.store_error.empty()) {
      std::cerr << "chronicle: " << db << ": " << summary.store_error << "\n";
      fs::remove_all(dir);
      return 1;
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  // Each input's story, read back: by its own id, else (an input whose article was stored
  // under another input's id: the same canonical URL) by its URL.
  std::map<std::string, std::string> by_source_id, by_url;
  size_t duplicates = 0;
  std::map<std::string, bool> stories;
  store->for_each_article([&](const Article& a) {
    by_source_id.emplace(a.source_id, a.story);
    if (!a.url.empty()) by_url.emplace(text::canonical_url(a.url), a.story);
    duplicates += !a.duplicate_of.empty();
    stories[a.story] = true;
    return true;
  });
  size_t unassigned = 0;
  for (const Input& in : inputs) {
    nlohmann::json story = nullptr;
    const std::string* found = nullptr;
    if (auto it = by_source_id.find(in.key); it != by_source_id.end()) found = &it->second;
    else if (auto u = by_url.find(text::canonical_url(in.url)); !in.url.empty() && u != by_url.end()) found = &u->second;
    if (found && !found->empty()) story = *found;
    unassigned += story.is_null();
    std::cout << nlohmann::json{{"id", in.id}, {"story", story}}.dump() << "\n";
  }
  std::cerr << "predict_stories: " << inputs.size() << " inputs in " << files.size() << " run(s), " << added
            << " articles stored, " << stories.size() << " stories, " << duplicates << " duplicates, " << failed
            << " failed, " << unassigned << " without a story; pipeline " << seconds << " s ("
            << (seconds > 0 ? static_cast<double>(inputs.size()) / seconds : 0) << " inputs/s)\n";
  store.reset();
  fs::remove_all(dir);
  return 0;
}
