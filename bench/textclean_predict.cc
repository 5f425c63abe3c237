// textclean_predict DIR [--show ID]: runs the plain-text cleaner over every DIR/*.txt and prints
// {id: {"articleBody": text, "title": ..., ...}} as JSON for ../shared/bench/extraction/score.py.
// With --show ID it prints that page's kept paragraphs and removed blocks instead (for debugging
// a rule on one page). With --jsonl FILE... it cleans each record's "text" (with its title, source
// and date as container metadata) and prints only the speed: the cleaner's share of ingest time.
// Built and run by bench/predict-textclean.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "extract/extract.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: textclean_predict DIR [--show ID]\n";
    return 2;
  }
  if (std::string(argv[1]) == "--jsonl") {
    std::string error;
    auto extractor = chronicle::extract::Extractor::load(CHRONICLE_DATA_DIR, error);
    if (!extractor) {
      std::cerr << "chronicle: " << error << "\n";
      return 1;
    }
    chronicle::extract::SiteLineStats stats;
    size_t docs = 0, bytes = 0, empty = 0;
    double seconds = 0;
    for (int f = 2; f < argc; ++f) {
      std::ifstream in(argv[f]);
      std::string line;
      while (std::getline(in, line)) {
        auto record = nlohmann::json::parse(line, nullptr, false);
        if (record.is_discarded() || !record.contains("text") || !record["text"].is_string()) continue;
        chronicle::RawDoc doc;
        doc.body = record["text"].get<std::string>();
        auto str = [&](const char* key) {
          return record.contains(key) && record[key].is_string() ? record[key].get<std::string>() : std::string();
        };
        doc.title = str("title");
        doc.source = str("source");
        doc.date = str("date");
        bytes += doc.body.size();
        auto t0 = std::chrono::steady_clock::now();
        auto result = extractor->extract(doc, stats);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        ++docs;
        if (!result.error.empty()) ++empty;
      }
    }
    std::cout << "textclean_predict: " << docs << " records, " << bytes / 1e6 << " MB in " << seconds << " s ("
              << (seconds > 0 ? docs / seconds : 0) << " records/s, " << (seconds > 0 ? bytes / 1e6 / seconds : 0)
              << " MB/s, one thread); " << empty << " gave no body\n";
    return 0;
  }
  std::string dir = argv[1];
  std::string show = (argc >= 4 && std::string(argv[2]) == "--show") ? argv[3] : "";
  std::string error;
  auto extractor = chronicle::extract::Extractor::load(CHRONICLE_DATA_DIR, error);
  if (!extractor) {
    std::cerr << "chronicle: " << error << "\n";
    return 1;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  chronicle::extract::SiteLineStats stats;
  nlohmann::json out = nlohmann::json::object();
  double seconds = 0;
  size_t bytes = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    chronicle::RawDoc doc;
    doc.origin = path.string();
    doc.body = buf.str();
    bytes += doc.body.size();
    std::string id = path.stem().string();
    auto t0 = std::chrono::steady_clock::now();
    auto result = extractor->extract(doc, stats);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const auto& a = result.article;
    if (!show.empty()) {
      if (id != show) continue;
      std::cout << "title: " << a.title << "\ndek: " << a.dek << "\nsection: " << a.section
                << "\nauthor: " << a.author << "\nsource: " << a.source << "\ndate: " << a.date << "\n\n"
                << a.text << "\n\n--- removed ---\n";
      for (const auto& r : a.removed)
        std::cout << chronicle::removal_reason_name(r.reason) << "\t" << r.text.substr(0, 160) << "\n";
      return 0;
    }
    out[id] = {{"articleBody", a.text}, {"title", a.title}, {"author", a.author}, {"source", a.source},
               {"date", a.date}};
  }
  std::cout << out.dump() << "\n";
  std::cerr << "textclean_predict: " << files.size() << " pages, " << bytes / 1e6 << " MB in " << seconds
            << " s (" << (seconds > 0 ? files.size() / seconds : 0) << " pages/s, "
            << (seconds > 0 ? bytes / 1e6 / seconds : 0) << " MB/s, one thread)\n";
  return 0;
}
