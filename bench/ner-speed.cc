// Speed of the entity and quote stages on one core (docs/benchmarks.md, "Entities and quotes").
//
//   ner_speed [--data DIR] [--limit N] CORPUS.jsonl
//
// Reads the `text` of each JSON Lines record, then times, on the calling thread only:
//   tokenise       text/tokens.h alone
//   entities       tokenise + sentences + NER tagging + linking (EntityStage)
//   quotes         QuoteStage (tokenises again, pairs marks, attributes)
// and prints tokens per second for each and for entities + quotes together (CPU time of this thread).
#include <nlohmann/json.hpp>

#include <charconv>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

#include "nlp/entities.h"
#include "nlp/knowledge.h"
#include "nlp/quotes.h"
#include "text/tokens.h"

using namespace chronicle;

namespace {

double thread_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = CHRONICLE_DATA_DIR, file;
  size_t limit = SIZE_MAX;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (a == "--limit" && i + 1 < argc) {
      std::string v = argv[++i];
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), limit);
      if (ec != std::errc() || p != v.data() + v.size()) {
        std::cerr << "chronicle: --limit: not a number: " << v << "\n";
        return 2;
      }
    } else {
      file = a;
    }
  }
  if (file.empty()) {
    std::cerr << "usage: ner_speed [--data DIR] [--limit N] CORPUS.jsonl\n";
    return 2;
  }
  std::string error;
  double load0 = thread_seconds();
  std::shared_ptr<const nlp::NlpKnowledge> k = nlp::NlpKnowledge::load(data, true, error);
  if (!k) {
    std::cerr << "chronicle: " << error << "\n";
    return 2;
  }
  double load_s = thread_seconds() - load0;
  std::ifstream in(file);
  if (!in) {
    std::cerr << "chronicle: " << file << ": cannot be opened\n";
    return 1;
  }
  std::vector<std::string> texts;
  std::string line;
  size_t bytes = 0;
  while (texts.size() < limit && std::getline(in, line)) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec.contains("text") || !rec["text"].is_string()) continue;
    texts.push_back(rec["text"].get<std::string>());
    bytes += texts.back().size();
  }
  nlp::EntityStage entities(k);
  nlp::QuoteStage quotes(k);

  size_t tokens = 0;
  std::vector<text::Token> toks;
  double t0 = thread_seconds();
  for (const std::string& t : texts) {
    text::tokenize(t, toks);
    tokens += toks.size();
  }
  double tok_s = thread_seconds() - t0;

  std::vector<Article> articles(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) articles[i].text = texts[i];
  t0 = thread_seconds();
  for (Article& a : articles) entities.analyze(a);
  double ent_s = thread_seconds() - t0;
  t0 = thread_seconds();
  size_t nquotes = 0;
  for (Article& a : articles) {
    quotes.analyze(a);
    nquotes += a.quotes.size();
  }
  double quote_s = thread_seconds() - t0;

  auto rate = [&](double s) { return s > 0 ? static_cast<double>(tokens) / s : 0.0; };
  std::cout << "ner-speed: " << texts.size() << " articles, " << bytes << " bytes, " << tokens << " tokens, "
            << nquotes << " quotes; knowledge load " << load_s << " s\n"
            << "  tokenise           " << static_cast<long>(rate(tok_s)) << " tokens/s\n"
            << "  entities           " << static_cast<long>(rate(ent_s)) << " tokens/s\n"
            << "  quotes             " << static_cast<long>(rate(quote_s)) << " tokens/s\n"
            << "  entities + quotes  " << static_cast<long>(rate(ent_s + quote_s)) << " tokens/s\n";
  return 0;
}
