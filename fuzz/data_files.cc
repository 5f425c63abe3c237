// Fuzz target: the loaders of the knowledge files in data/ (formats in docs/): the extraction cue
// lists and tag headers (data/extract), the HTML class/id hints (data/html/hints.tsv), the NLP lists
// and place table (data/nlp), and the NER model file. The first input byte picks the file; the
// rest replaces it in a private copy of data/ (every other file a symlink to the real one), then
// the loader that reads it runs. A loader must either succeed or fail with one line naming the
// file, never crash, hang or allocate without bound.
#include <dirent.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "extract/extract.h"
#include "extract/html_hints.h"
#include "fuzz_support.h"
#include "nlp/knowledge.h"
#include "nlp/ner.h"

using namespace chronicle;
namespace fs = std::filesystem;

namespace {

enum class Loader { extract, hints, nlp, ner_model };

struct Target {
  std::string relative;  // path under data/
  Loader loader;
};

std::string g_root;                 // the private data/ copy
std::vector<Target> g_targets;
std::string g_replaced;             // the file the previous input replaced, "" when none

// The place table the NLP loader reads first is 7 MB; a short head of it keeps each execution
// fast while still going through the same parser.
constexpr size_t kGazetteerLines = 400;

void mirror(const fs::path& from, const fs::path& to) {
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    fs::path target = to / fs::relative(entry.path(), from);
    if (entry.is_directory()) {
      fs::create_directories(target);
    } else if (entry.path().filename() == "gazetteer.tsv") {
      std::ifstream in(entry.path());
      std::ofstream out(target);
      std::string line;
      for (size_t i = 0; i < kGazetteerLines && std::getline(in, line); ++i) out << line << '\n';
    } else {
      fs::create_symlink(entry.path(), target);
    }
  }
}

void restore(const std::string& relative) {
  fs::path file = fs::path(g_root) / relative;
  fs::remove(file);
  fs::create_symlink(fs::path(CHRONICLE_DATA_DIR) / relative, file);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char pattern[] = "/tmp/chronicle-fuzz-data-XXXXXX";
  if (!::mkdtemp(pattern)) fuzz::fail("mkdtemp", pattern);
  g_root = pattern;
  mirror(CHRONICLE_DATA_DIR, g_root);
  std::vector<std::string> names;
  for (const char* dir : {"extract", "html", "nlp"}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(CHRONICLE_DATA_DIR) / dir, ec))
      if (entry.is_regular_file()) names.push_back(std::string(dir) + "/" + entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());  // selector bytes keep their meaning across runs
  for (const std::string& name : names) {
    Loader loader = name.starts_with("extract/") ? Loader::extract
                    : name == "html/hints.tsv"  ? Loader::hints
                    : name == "nlp/ner.model"   ? Loader::ner_model
                                                : Loader::nlp;
    g_targets.push_back({name, loader});
  }
  g_targets.push_back({"generated/gazetteer.tsv", Loader::nlp});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  if (!g_replaced.empty()) {
    if (g_replaced == "generated/gazetteer.tsv") {
      // Put the short head back (mirror() wrote it as a file, not a link).
      std::ifstream in(fs::path(CHRONICLE_DATA_DIR) / g_replaced);
      std::ofstream out(fs::path(g_root) / g_replaced, std::ios::trunc);
      std::string line;
      for (size_t i = 0; i < kGazetteerLines && std::getline(in, line); ++i) out << line << '\n';
    } else {
      restore(g_replaced);
    }
    g_replaced.clear();
  }
  const Target& target = g_targets[data[0] % g_targets.size()];
  fs::path file = fs::path(g_root) / target.relative;
  fs::remove(file);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  g_replaced = target.relative;

  std::string error;
  bool ok = false;
  switch (target.loader) {
    case Loader::extract: ok = extract::Extractor::load(g_root, error) != nullptr; break;
    case Loader::hints: ok = extract::HtmlHints::load(file.string(), error) != nullptr; break;
    case Loader::nlp: ok = nlp::NlpKnowledge::load(g_root, /*with_model=*/false, error) != nullptr; break;
    case Loader::ner_model: ok = nlp::NerModel::load(file.string(), error) != nullptr; break;
  }
  if (!ok) fuzz::check_message(target.relative, error);
  return 0;
}
