// Quotations on the PolNeAR gold standard (docs/benchmarks.md, "Entities and quotes").
//
//   predict_quotes [--data DIR] GOLD.jsonl > predicted.jsonl
//   python3 ../shared/bench/quotes/score.py GOLD.jsonl predicted.jsonl
//
// Runs the entity and quote stages on each article's `text` as given (no cleaning) and prints one
// line per article: {"id", "quotes": [{"quote_span", "speaker_span", "speaker_text"}]}, offsets in
// Unicode code points into `text`, as the scorer reads them.
#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "nlp/entities.h"
#include "nlp/knowledge.h"
#include "nlp/quotes.h"

using namespace chronicle;

namespace {

// Code-point offset of every byte offset of `s` (size s.size() + 1).
std::vector<uint32_t> code_point_offsets(const std::string& s) {
  std::vector<uint32_t> out(s.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    out[i] = cp;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cp;
    out[i] = (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 ? cp : cp - 1;
  }
  out[s.size()] = cp;
  return out;
}

// True when `b` continues `a`: both quoted (direct or mixed), the same speaker, and between them
// nothing but the attribution (its cue or speaker) or a paragraph break.
bool same_run(const Article& art, const Quote& a, const Quote& b) {
  if (a.kind != QuoteKind::direct || b.kind != QuoteKind::direct) return false;
  if (a.speaker_name.empty() || a.speaker_name != b.speaker_name) return false;
  // A quote with an attribution of its own ('"B," he said') is a new attribution, not a fragment.
  if (b.speaker_span.start != a.speaker_span.start || b.speaker_span.end != a.speaker_span.end) return false;
  if (b.span.start < a.span.end) return false;
  std::string_view gap = std::string_view(art.text).substr(a.span.end, b.span.start - a.span.end);
  if (gap.size() > 120) return false;
  bool attribution_between = (a.speaker_span.start >= a.span.end && a.speaker_span.end <= b.span.start) ||
                             (a.cue_span.start >= a.span.end && a.cue_span.end <= b.span.start);
  int letters = 0;
  for (char c : gap) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
  return attribution_between || letters == 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = CHRONICLE_DATA_DIR, file;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (!a.empty() && a[0] == '-') {
      std::cerr << "usage: predict_quotes [--data DIR] GOLD.jsonl\n";
      return 2;
    } else file = a;
  }
  if (file.empty()) {
    std::cerr << "usage: predict_quotes [--data DIR] GOLD.jsonl\n";
    return 2;
  }
  std::string error;
  std::shared_ptr<const nlp::NlpKnowledge> k = nlp::NlpKnowledge::load(data, true, error);
  if (!k) {
    std::cerr << "chronicle: " << error << "\n";
    return 2;
  }
  nlp::EntityStage entities(k);
  nlp::QuoteStage quotes(k);
  std::ifstream in(file);
  if (!in) {
    std::cerr << "chronicle: " << file << ": cannot be opened\n";
    return 1;
  }
  std::string line;
  size_t line_no = 0, docs = 0, bytes = 0;
  double seconds = 0;
  while (std::getline(in, line)) {
    ++line_no;
    nlohmann::json rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec.contains("text") || !rec["text"].is_string()) {
      std::cerr << "chronicle: " << file << ":" << line_no << ": not a JSON record with a text\n";
      continue;
    }
    Article a;
    a.text = rec["text"].get<std::string>();
    auto t0 = std::chrono::steady_clock::now();
    entities.analyze(a);
    quotes.analyze(a);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++docs;
    bytes += a.text.size();
    std::vector<uint32_t> cp = code_point_offsets(a.text);
    nlohmann::json out_quotes = nlohmann::json::array();
    for (size_t i = 0; i < a.quotes.size(); ++i) {
      const Quote& q = a.quotes[i];
      // PolNeAR annotates '"A," X said. "B."' as one attribution with two content fragments: the
      // quotes of one speaker that follow each other with only the attribution between them go out
      // as the fragments of one prediction.
      nlohmann::json fragments = nlohmann::json::array({{cp[q.span.start], cp[q.span.end]}});
      size_t j = i;
      while (j + 1 < a.quotes.size() && same_run(a, a.quotes[j], a.quotes[j + 1])) {
        ++j;
        fragments.push_back({cp[a.quotes[j].span.start], cp[a.quotes[j].span.end]});
      }
      i = j;
      nlohmann::json o;
      o["quote_fragments"] = std::move(fragments);
      o["kind"] = quote_kind_name(q.kind);
      if (q.speaker_span.empty()) {
        o["speaker_span"] = nullptr;
      } else {
        o["speaker_span"] = {cp[q.speaker_span.start], cp[q.speaker_span.end]};
        o["speaker_text"] = a.text.substr(q.speaker_span.start, q.speaker_span.size());
      }
      out_quotes.push_back(std::move(o));
    }
    nlohmann::json out = {{"id", rec.value("id", "")}, {"quotes", std::move(out_quotes)}};
    std::cout << out.dump() << "\n";
  }
  std::cerr << "predict-quotes: " << docs << " articles, " << bytes << " bytes, " << seconds << " s in the stages\n";
  return 0;
}
