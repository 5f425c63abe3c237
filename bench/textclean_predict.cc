// textclean_predict DIR [--show ID]: runs the plain-text cleaner over every DIR/*.txt and prints
// {id: {"articleBody": text, "title": ..., ...}} as JSON for ../shared/bench/extraction/score.py.
// With --show ID it prints that page's kept paragraphs and removed blocks instead (for debugging
// a rule on one page). Built and run by bench/predict-textclean.
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
