// html_bench: accuracy predictions and extraction speed of the HTML extractor on a folder of
// pages (the ScrapingHub benchmark layout: DIR/html/ID.html.gz).
//
//   html_bench predict DIR          prints {"ID": {"articleBody": "..."}, ...} for score.py
//   html_bench explain DIR ID       every block of one page with its verdict, for tuning
//   html_bench warc FILE            WARC records/s reading FILE (read_warc alone), then pages/s of
//                                   read + extract end to end, one thread
//   html_bench speed DIR [ROUNDS]   pages/s of extraction alone (pages already in memory, UTF-8),
//                                   best of ROUNDS (default 5) passes over all pages, one thread
//
// Used by bench/predict-extraction and bench/html-speed; see docs/benchmarks.md.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/html_blocks.h"
#include "extract/html_extract.h"
#include "extract/html_filters.h"
#include "extract/html_score.h"
#include "ingest/input_stream.h"
#include "ingest/warc_reader.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using chronicle::RawDoc;

namespace {

bool read_gzip(const fs::path& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  bool ok = n == 0;
  gzclose(f);
  return ok;
}

struct Page {
  std::string id;
  RawDoc doc;
};

std::vector<Page> load_pages(const fs::path& dir) {
  std::vector<Page> pages;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir / "html")) {
    std::string name = entry.path().filename().string();
    if (name.size() > 8 && name.ends_with(".html.gz")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string bytes;
    if (!read_gzip(f, bytes)) {
      std::cerr << "html_bench: " << f.string() << ": cannot read gzip\n";
      continue;
    }
    Page p;
    std::string name = f.filename().string();
    p.id = name.substr(0, name.size() - 8);
    p.doc.origin = f.string();
    p.doc.format = chronicle::BodyFormat::html;
    p.doc.body = chronicle::text::to_utf8(bytes).text;
    pages.push_back(std::move(p));
  }
  return pages;
}

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Reads a WARC file twice: once only counting documents, once extracting each one.
int run_warc(const std::string& path, const chronicle::extract::HtmlExtractor& extractor) {
  using namespace chronicle::ingest;
  struct Sink : DocSink {
    const chronicle::extract::HtmlExtractor* extractor = nullptr;
    chronicle::extract::SiteLineStats stats;
    size_t docs = 0, errors = 0, chars = 0;
    void on_doc(RawDoc&& doc) override {
      ++docs;
      if (extractor) chars += extractor->extract(doc, stats).article.text.size();
    }
    void on_error(ReadError&& e) override {
      ++errors;
      std::cerr << "html_bench: " << e.input << ": " << e.reason << "\n";
    }
  };
  for (int pass = 0; pass < 2; ++pass) {
    ReadOptions options;
    std::string error;
    auto in = InputStream::open(path, options.limits, error);
    if (!in) {
      std::cerr << "html_bench: " << path << ": " << error << "\n";
      return 1;
    }
    Sink sink;
    if (pass == 1) sink.extractor = &extractor;
    double c0 = cpu_seconds();
    read_warc(*in, path, options, sink);
    double s = cpu_seconds() - c0;
    std::printf("%s: %zu HTML responses, %zu errors, %.3f s CPU, %.0f responses/s (checksum %zu)\n",
                pass == 0 ? "read" : "read+extract", sink.docs, sink.errors, s, sink.docs / s, sink.chars);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: html_bench predict|speed DIR [ROUNDS]\n";
    return 2;
  }
  std::string mode = argv[1];
  std::string error;
  auto extractor = chronicle::extract::HtmlExtractor::load(CHRONICLE_DATA_DIR, error);
  if (!extractor) {
    std::cerr << "html_bench: " << error << "\n";
    return 1;
  }
  if (mode == "warc") return run_warc(argv[2], *extractor);
  std::vector<Page> pages = load_pages(argv[2]);
  chronicle::extract::SiteLineStats no_stats;
  if (mode == "predict") {
    nlohmann::json out = nlohmann::json::object();
    for (const Page& p : pages) {
      auto result = extractor->extract(p.doc, no_stats);
      out[p.id] = {{"articleBody", result.article.text}};
    }
    std::cout << out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  if (mode == "explain" && argc > 3) {
    using namespace chronicle::extract;
    for (const Page& p : pages) {
      if (p.id.rfind(argv[3], 0) != 0) continue;
      std::string error;
      auto hints = HtmlHints::load(std::string(CHRONICLE_DATA_DIR) + "/html/hints.tsv", error);
      auto dom = HtmlDom::parse(p.doc.body, error);
      if (!dom || !dom->body()) { std::cerr << error << "\n"; return 1; }
      HtmlSegmentation page = segment_blocks(dom->body(), hints.get());
      auto verdicts = select_main_containers(page);
      auto final_verdicts = verdicts;
      drop_chrome_blocks(page, final_verdicts);
      drop_link_dense_blocks(page, final_verdicts);
      drop_stray_short_blocks(page, final_verdicts);
      drop_duplicate_blocks(page, final_verdicts);
      explain_outside_blocks(page, final_verdicts);
      for (size_t b = 0; b < page.blocks.size(); ++b) {
        const auto& bl = page.blocks[b];
        const auto& e = page.elements[bl.element];
        std::printf("%c %-11s root=%-4d el=%d %s.%s [%d] ld=%.2f | %.110s\n", final_verdicts[b].keep ? '+' : '-',
                    std::string(chronicle::removal_reason_name(final_verdicts[b].reason)).c_str(), verdicts[b].root,
                    bl.element, std::string(e.tag).c_str(), std::string(e.class_attr.substr(0, 40)).c_str(), e.hint.weight,
                    link_density(bl.link_bytes, bl.text.size()), bl.text.c_str());
      }
      for (int i = argc > 4 ? std::atoi(argv[4]) : -1; argc > 4 && i >= 0; i = page.elements[i].parent)
        std::printf("chain el=%d %s.%s [%d] text=%u\n", i, std::string(page.elements[i].tag).c_str(),
                    std::string(page.elements[i].class_attr.substr(0, 60)).c_str(), page.elements[i].hint.weight, page.elements[i].text_bytes);
      for (size_t i = 0; i < page.elements.size(); ++i)
        if (page.elements[i].scored && page.elements[i].score > 15)
          std::printf("scored el=%zu %s.%s score=%.1f ld=%.2f text=%u\n", i, std::string(page.elements[i].tag).c_str(),
                      std::string(page.elements[i].class_attr.substr(0, 50)).c_str(), page.elements[i].score,
                      link_density(page.elements[i].link_bytes, page.elements[i].text_bytes), page.elements[i].text_bytes);
    }
    return 0;
  }
  if (mode == "speed") {
    int rounds = 5;
    if (argc > 3) rounds = std::max(1, std::atoi(argv[3]));
    size_t bytes = 0;
    for (const Page& p : pages) bytes += p.doc.body.size();
    // CPU time of this process, not wall time: the machine is shared, and a busy neighbour must
    // not count as our slowness. One thread, so CPU time is the time one core spends.
    auto cpu_now = cpu_seconds;
    double best = 1e30, best_wall = 1e30;
    size_t sink = 0;
    for (int r = 0; r < rounds; ++r) {
      auto t0 = std::chrono::steady_clock::now();
      double c0 = cpu_now();
      for (const Page& p : pages) sink += extractor->extract(p.doc, no_stats).article.text.size();
      best = std::min(best, cpu_now() - c0);
      best_wall = std::min(best_wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("pages %zu, %.1f MB, best of %d: %.3f s CPU (%.3f s wall), %.0f pages/s, %.1f MB/s per core (checksum %zu)\n",
                pages.size(), bytes / 1e6, rounds, best, best_wall, pages.size() / best, bytes / 1e6 / best, sink);
    return 0;
  }
  std::cerr << "html_bench: unknown mode " << mode << "\n";
  return 2;
}
