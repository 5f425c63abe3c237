// predict_stories: indexes a story-labelled corpus (shared JSON Lines format) and prints one line
// per input article, {"id": <input id>, "story": <story id>}, for bench/stories/score.py.
//
//   predict_stories CORPUS.jsonl [--dates day|keep|none] [--batch N] [--set name=value]...
//
// Dates are coarsened to the day by default: the gold corpora collected each story within
// seconds, so a timestamp would give the answer away (shared/bench/stories/README.md).
#include <cstring>
#include <iostream>

#include "corpus_articles.h"
#include "index/index.h"

using namespace chronicle;

int main(int argc, char** argv) {
  std::string corpus, dates = "day", data_dir = CHRONICLE_DATA_DIR;
  size_t batch_size = 1000;
  index::IndexOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--dates" && i + 1 < argc) {
      dates = argv[++i];
    } else if (arg == "--batch" && i + 1 < argc) {
      batch_size = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--set" && i + 1 < argc) {
      if (!bench::set_option(options, argv[++i])) return 2;
    } else if (corpus.empty() && arg[0] != '-') {
      corpus = arg;
    } else {
      std::cerr << "usage: predict_stories CORPUS.jsonl [--dates day|keep|none] [--batch N] [--set name=value]...\n";
      return 2;
    }
  }
  if (corpus.empty()) {
    std::cerr << "usage: predict_stories CORPUS.jsonl [--dates day|keep|none] [--batch N] [--set name=value]...\n";
    return 2;
  }
  std::string error;
  auto knowledge = index::Knowledge::load(data_dir, error);
  if (!knowledge) {
    std::cerr << "chronicle: " << error << "\n";
    return 1;
  }
  std::vector<Article> articles;
  if (!bench::read_corpus(corpus, dates, articles)) return 1;
  index::Indexer indexer(*knowledge, options);
  size_t duplicates = 0, stories = 0;
  for (size_t start = 0; start < articles.size(); start += batch_size) {
    std::vector<Article> batch(articles.begin() + static_cast<long>(start),
                               articles.begin() + static_cast<long>(std::min(articles.size(), start + batch_size)));
    auto result = indexer.index_batch(batch);
    duplicates += result.duplicates;
    stories += result.new_stories;
    for (size_t i = 0; i < batch.size(); ++i) articles[start + i] = std::move(batch[i]);
  }
  for (const auto& a : articles) {
    nlohmann::json line = {{"id", nlohmann::json::parse(a.source_id, nullptr, false).is_number()
                                      ? nlohmann::json::parse(a.source_id)
                                      : nlohmann::json(a.source_id)},
                           {"story", a.story}};
    std::cout << line.dump() << "\n";
  }
  std::cerr << "predict_stories: " << articles.size() << " articles, " << stories << " stories, " << duplicates
            << " duplicates\n";
  return 0;
}
