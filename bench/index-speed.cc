// index_speed: throughput and memory of the index stage on a long synthetic stream.
//
//   index_speed CORPUS.jsonl... [--articles N] [--per-day N] [--threads N]
//
// The stream replicates the corpora's articles with edits until N articles (default 1,000,000):
// replica k of an article has each word replaced, with probability 1/4, by a word drawn from the
// corpora (so replicas are neither exact nor near copies, and the vocabulary keeps growing), and is
// dated so that `per-day` articles (default 5,000) share a day. It is generated batch by batch
// (10,000 articles), so the benchmark's own memory stays flat; the index's memory is its window.
// Times are CPU seconds per thread (the machine is shared). Reported: featurize (words, shingles, MinHash, terms) articles/s on `threads` threads; index
// (duplicates + stories + storylines + related, one thread) articles/s; resident memory every
// 100,000 articles and its peak.
#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include "corpus_articles.h"
#include "index/index.h"
#include "text/shingles.h"

using namespace chronicle;

namespace {

long status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field, 0) == 0) return std::atol(line.c_str() + std::strlen(field));
  return -1;
}

// CPU seconds of the calling thread: the machine the benchmarks run on is shared, so wall time
// measures the neighbours as much as the index.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

std::string iso_day(int64_t day, int64_t second) {
  std::time_t t = static_cast<std::time_t>(1704067200 + day * 86400 + second);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> corpora;
  size_t total = 1'000'000, per_day = 5000;
  unsigned threads = 2;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--articles" && i + 1 < argc) total = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--per-day" && i + 1 < argc) per_day = std::max(1ul, std::strtoul(argv[++i], nullptr, 10));
    else if (arg == "--threads" && i + 1 < argc) threads = std::max(1u, static_cast<unsigned>(std::atoi(argv[++i])));
    else if (arg[0] != '-') corpora.push_back(arg);
    else {
      std::cerr << "usage: index_speed CORPUS.jsonl... [--articles N] [--per-day N] [--threads N]\n";
      return 2;
    }
  }
  std::string error;
  auto knowledge = index::Knowledge::load(CHRONICLE_DATA_DIR, error);
  if (!knowledge) {
    std::cerr << "chronicle: " << error << "\n";
    return 1;
  }
  std::vector<Article> base;
  for (const auto& path : corpora) {
    std::vector<Article> all;
    if (!bench::read_corpus(path, "none", all)) return 1;
    for (auto& a : all)
      if (!a.text.empty()) base.push_back(std::move(a));
  }
  if (base.empty()) {
    std::cerr << "chronicle: no articles with text in the corpora\n";
    return 1;
  }
  // A pool of words to substitute, drawn from the corpora (frequent words often, as in text).
  std::vector<std::string> vocabulary;
  text::WordList words;
  for (size_t i = 0; i < base.size(); i += 7) {
    text::split_words(base[i].text, words);
    for (const auto& w : words.words) vocabulary.emplace_back(words.key(w));
  }
  std::cerr << "index_speed: " << base.size() << " base articles, " << vocabulary.size() << " words to draw from\n";

  index::IndexOptions options;
  index::Indexer indexer(*knowledge, options);
  std::vector<std::unique_ptr<index::Featurizer>> featurizers;
  for (unsigned t = 0; t < threads; ++t) featurizers.push_back(std::make_unique<index::Featurizer>(*knowledge, options));
  std::mt19937_64 rng(7);
  double featurize_s = 0, index_s = 0;
  size_t duplicates = 0, stories = 0;
  const size_t batch_size = 10000;
  for (size_t start = 0; start < total; start += batch_size) {
    std::vector<Article> batch;
    for (size_t k = start; k < std::min(total, start + batch_size); ++k) {
      const Article& src = base[k % base.size()];
      Article a;
      a.title = src.title;
      a.source = src.source;
      text::split_words(src.text, words);
      size_t last = 0;
      for (const auto& w : words.words) {
        a.text.append(src.text, last, w.start - last);
        if (rng() % 4 == 0 && k >= base.size())
          a.text += vocabulary[rng() % vocabulary.size()];
        else
          a.text.append(src.text, w.start, w.end - w.start);
        last = w.end;
      }
      a.text.append(src.text, last);
      a.id = text::hex64(text::hash64(std::to_string(k), 0x73706565ULL));
      a.date = iso_day(static_cast<int64_t>(k / per_day), static_cast<int64_t>(k % per_day) * 86400 / per_day);
      batch.push_back(std::move(a));
    }
    std::vector<index::ArticleFeatures> features(batch.size());
    std::vector<double> cpu(threads, 0.0);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        double c0 = thread_cpu_seconds();
        for (size_t i = t; i < batch.size(); i += threads) features[i] = featurizers[t]->featurize(batch[i]);
        cpu[t] = thread_cpu_seconds() - c0;
      });
    for (auto& th : pool) th.join();
    // On `threads` cores the batch takes as long as its slowest worker.
    featurize_s += *std::max_element(cpu.begin(), cpu.end());
    double c1 = thread_cpu_seconds();
    index::BatchResult r = indexer.index_batch(batch, features);
    index_s += thread_cpu_seconds() - c1;
    duplicates += r.duplicates;
    stories += r.new_stories;
    size_t done = std::min(total, start + batch_size);
    if (done % 100000 == 0 || done == total)
      std::cout << "at " << done << ": RSS " << status_kb("VmRSS:") / 1024 << " MiB, active stories "
                << indexer.active_stories() << ", signatures " << indexer.window_signatures() << ", featurize "
                << static_cast<long>(done / featurize_s) << "/s, index " << static_cast<long>(done / index_s) << "/s\n"
                << std::flush;
  }
  std::cout << "articles " << total << "\nduplicates " << duplicates << "\nstories " << stories
            << "\nfeaturize (signatures + terms, " << threads << " threads) articles/s " << static_cast<long>(total / featurize_s)
            << "\nindex (duplicates + stories, 1 thread) articles/s " << static_cast<long>(total / index_s)
            << "\npeak RSS MiB " << status_kb("VmHWM:") / 1024 << "\n";
  return 0;
}
