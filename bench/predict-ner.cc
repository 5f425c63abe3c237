// The entity tagger on CoNLL-2003 files: training and prediction (docs/nlp.md, docs/benchmarks.md).
//
//   predict_ner --train eng.train --out data/nlp/ner.model [--epochs N] [--bits B] [--data DIR]
//   predict_ner [--model data/nlp/ner.model] [--data DIR] FILE     > predicted.txt
//
// Prediction prints each input line with the predicted tag (BILOU) appended as the last column,
// blank lines and -DOCSTART- lines as read, for ../shared/bench/ner/score_conll.py.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "nlp/knowledge.h"
#include "nlp/ner.h"

using namespace chronicle::nlp;

namespace {

int usage() {
  std::cerr << "usage: predict_ner --train FILE --out MODEL [--epochs N] [--bits B] [--data DIR]\n"
               "       predict_ner [--model MODEL] [--data DIR] FILE\n";
  return 2;
}

bool parse_int(const std::string& s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

int main(int argc, char** argv) {
  std::string train, out, model_path, data = CHRONICLE_DATA_DIR, file;
  NerTrainOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& v) {
      if (i + 1 >= argc) return false;
      v = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--train") { if (!value(train)) return usage(); }
    else if (a == "--out") { if (!value(out)) return usage(); }
    else if (a == "--model") { if (!value(model_path)) return usage(); }
    else if (a == "--data") { if (!value(data)) return usage(); }
    else if (a == "--epochs") { if (!value(v) || !parse_int(v, options.epochs)) return usage(); }
    else if (a == "--bits") {
      int bits = 0;
      if (!value(v) || !parse_int(v, bits) || bits < 10 || bits > 26) return usage();
      options.hash_bits = static_cast<uint32_t>(bits);
    }
    else if (!a.empty() && a[0] == '-') return usage();
    else file = a;
  }
  std::string error;
  auto knowledge = NlpKnowledge::load(data, false, error);
  if (!knowledge) {
    std::cerr << "chronicle: " << error << "\n";
    return 2;
  }
  if (!train.empty()) {
    if (out.empty()) return usage();
    std::ifstream in(train);
    if (!in) {
      std::cerr << "chronicle: " << train << ": cannot be opened\n";
      return 1;
    }
    std::vector<ConllDocument> docs;
    if (!read_conll(in, train, true, docs, error)) {
      std::cerr << "chronicle: " << error << "\n";
      return 1;
    }
    options.progress = &std::cerr;
    auto t0 = std::chrono::steady_clock::now();
    auto model = train_ner(docs, knowledge->lexicon, options);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!model->save(out, error)) {
      std::cerr << "chronicle: " << error << "\n";
      return 1;
    }
    std::cerr << "train-ner: " << docs.size() << " documents, " << secs << " s -> " << out << "\n";
    return 0;
  }
  if (file.empty()) return usage();
  if (model_path.empty()) model_path = data + "/nlp/ner.model";
  auto model = NerModel::load(model_path, error);
  if (!model) {
    std::cerr << "chronicle: " << error << "\n";
    return 2;
  }
  std::ifstream in(file);
  if (!in) {
    std::cerr << "chronicle: " << file << ": cannot be opened\n";
    return 1;
  }
  std::vector<ConllDocument> docs;
  if (!read_conll(in, file, false, docs, error)) {
    std::cerr << "chronicle: " << error << "\n";
    return 1;
  }
  std::vector<uint8_t> labels;
  std::string outbuf;
  for (const ConllDocument& doc : docs) {
    outbuf += "-DOCSTART- -X- -X- O O\n\n";
    model->tag(conll_view(doc), knowledge->lexicon, labels);
    for (const auto& [first, end] : doc.sentences) {
      for (uint32_t i = first; i < end; ++i) {
        outbuf += doc.lines[i];
        outbuf += ' ';
        outbuf += ner_label_name(labels[i]);
        outbuf += '\n';
      }
      outbuf += '\n';
    }
  }
  std::fwrite(outbuf.data(), 1, outbuf.size(), stdout);
  return 0;
}
