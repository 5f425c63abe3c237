#include "nlp/ner.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <istream>
#include <numeric>
#include <ostream>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "text/hash.h"
#include "text/tokens.h"

namespace chronicle::nlp {
namespace {

// Model file: "CHRNER01" magic, then little-endian u32 version, u32 hash_bits, u32 labels,
// f32 scale, u32 row count, then per row u32 row index + labels x i16. docs/nlp.md documents it.
constexpr char kMagic[8] = {'C', 'H', 'R', 'N', 'E', 'R', '0', '1'};
// The feature templates below as of this version: bump when one changes, old files are refused.
constexpr uint32_t kVersion = 4;

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;  // word and shape value outside a sentence
constexpr int kMaxFeatures = 96;

// What the feature templates need of each token, computed once per document.
struct TokenInfo {
  uint64_t word = 0;   // exact text
  uint64_t lower = 0;  // case-folded (token_key)
  uint64_t shape = 0;  // collapsed word shape
  uint64_t prefix[4] = {0, 0, 0, 0};
  uint64_t suffix[4] = {0, 0, 0, 0};
  uint32_t lex = 0;    // PhraseLexicon match bits
  uint8_t flags = 0;   // text::TokenFlag bits
  bool capitalized = false;
  bool lower_case = false;  // has letters, none capitalised
};

struct DocInfo {
  std::vector<TokenInfo> tokens;
  std::vector<uint64_t> keys;
  std::vector<bool> can_start;
  std::vector<uint32_t> lex;
  std::unordered_set<uint64_t> seen_lower;           // words seen in lower case in the document
  std::unordered_set<uint64_t> seen_capital_inside;  // words seen capitalised, not sentence-first
  std::unordered_map<uint64_t, uint8_t> history;     // word -> type + 1 of its last entity label
};

void prepare(const NerDocument& doc, const PhraseLexicon& lexicon, DocInfo& info) {
  const size_t n = doc.words.size();
  info.tokens.assign(n, TokenInfo{});
  info.keys.resize(n);
  info.can_start.assign(n, false);
  info.seen_lower.clear();
  info.seen_capital_inside.clear();
  info.history.clear();
  std::string shape;
  for (size_t i = 0; i < n; ++i) {
    std::string_view w = doc.words[i];
    TokenInfo& t = info.tokens[i];
    t.word = text::hash64(w, 1);
    t.lower = token_key(w);
    info.keys[i] = t.lower;
    t.flags = text::token_flags(w);
    t.capitalized = t.flags & text::kCapitalized;
    t.lower_case = (t.flags & text::kHasLower) && !t.capitalized;
    info.can_start[i] = t.capitalized || (!w.empty() && static_cast<unsigned char>(w[0]) >= 0x80);
    shape = text::word_shape(w, true);
    t.shape = text::hash64(shape, 2);
    for (size_t k = 1; k <= 4; ++k) {
      if (w.size() > k) {
        t.prefix[k - 1] = text::hash64(w.substr(0, k), 10 + k);
        t.suffix[k - 1] = text::hash64(w.substr(w.size() - k), 20 + k);
      }
    }
    if (t.lower_case) info.seen_lower.insert(t.lower);
  }
  for (const auto& [first, end] : doc.sentences)
    for (uint32_t i = first + 1; i < end; ++i)
      if (info.tokens[i].capitalized) info.seen_capital_inside.insert(info.tokens[i].lower);
  lexicon.match(info.keys, info.can_start, info.lex);
  for (size_t i = 0; i < n; ++i) info.tokens[i].lex = info.lex[i];
}

// Collects feature row indices for one token.
struct FeatureSet {
  uint32_t rows[kMaxFeatures];
  int size = 0;
  uint32_t mask = 0;
  int shift = 0;
  void add(uint64_t tmpl, uint64_t value) {
    uint64_t h = text::mix64(value * 0x9E3779B97F4A7C15ULL + tmpl * 0xC2B2AE3D27D4EB4FULL + tmpl);
    rows[size++] = static_cast<uint32_t>(h >> shift);
  }
};

// The feature templates (numbers are part of the model: see kVersion).
// Features that do not depend on the labels already given (computed ahead and prefetched).
void extract_static(const DocInfo& d, uint32_t first, uint32_t end, uint32_t i, bool all_caps_sentence,
                    FeatureSet& f) {
  f.size = 0;
  const TokenInfo& t = d.tokens[i];
  auto lower_at = [&](int64_t k) { return k < first || k >= end ? kBoundary + k - i : d.tokens[k].lower; };
  auto shape_at = [&](int64_t k) { return k < first || k >= end ? kBoundary : d.tokens[k].shape; };
  uint64_t l_1 = lower_at(int64_t(i) - 1), l1 = lower_at(int64_t(i) + 1);
  uint64_t s_1 = shape_at(int64_t(i) - 1), s1 = shape_at(int64_t(i) + 1);
  f.add(1, 0);
  f.add(2, t.word);
  f.add(3, t.lower);
  f.add(4, l_1);
  f.add(5, l1);
  f.add(6, lower_at(int64_t(i) - 2));
  f.add(7, lower_at(int64_t(i) + 2));
  f.add(8, t.shape);
  f.add(9, s_1);
  f.add(10, s1);
  f.add(11, text::mix64(s_1) ^ t.shape);
  f.add(12, text::mix64(t.shape) ^ s1);
  for (int k = 0; k < 4; ++k) {
    if (t.prefix[k]) f.add(13 + k, t.prefix[k]);
    if (t.suffix[k]) f.add(17 + k, t.suffix[k]);
  }
  f.add(25, text::mix64(l_1) ^ t.lower);
  f.add(26, text::mix64(t.lower) ^ l1);
  for (uint32_t bits = t.lex; bits; bits &= bits - 1) f.add(27, __builtin_ctz(bits));
  if (i > first)
    for (uint32_t bits = d.tokens[i - 1].lex; bits; bits &= bits - 1) f.add(28, __builtin_ctz(bits));
  if (i + 1 < end)
    for (uint32_t bits = d.tokens[i + 1].lex; bits; bits &= bits - 1) f.add(29, __builtin_ctz(bits));
  if (all_caps_sentence) {
    f.add(30, t.lower);
    f.add(31, 1);
  }
  f.add(32, (i == first) * 4 + (t.flags & 3));
  if (t.capitalized)
    f.add(34, d.seen_lower.count(t.lower) * 2 + (i == first ? d.seen_capital_inside.count(t.lower) : 1));
  for (uint32_t bits = t.lex; bits; bits &= bits - 1) f.add(37, text::mix64(__builtin_ctz(bits)) ^ t.shape);
  f.add(38, i > first ? d.tokens[i - 1].word : kBoundary);
  f.add(39, i + 1 < end ? d.tokens[i + 1].word : kBoundary);
  if (i > first && d.tokens[i - 1].lex) f.add(40, text::mix64(d.tokens[i - 1].lex) ^ t.lower);
  // Capitalisation of the window (i-1, i, i+1) as one pattern.
  uint32_t caps_window = (t.flags & 3) * 16 + (i > first ? (d.tokens[i - 1].flags & 3) : 3) * 4 +
                         (i + 1 < end ? (d.tokens[i + 1].flags & 3) : 3);
  f.add(41, caps_window);
  f.add(42, shape_at(int64_t(i) - 2));
  f.add(43, shape_at(int64_t(i) + 2));
  f.add(44, text::mix64(t.suffix[2]) ^ l_1);
}

// Features of the labels given so far (the two to the left, and this word's label earlier in the
// document), appended to `f`.
void extract_dynamic(const DocInfo& d, uint32_t first, uint32_t end, uint32_t i, uint8_t prev, uint8_t prev2,
                     FeatureSet& f) {
  const TokenInfo& t = d.tokens[i];
  uint64_t l1 = i + 1 < end ? d.tokens[i + 1].lower : kBoundary + 1;
  f.add(21, prev);
  f.add(22, prev * 32 + prev2);
  f.add(23, text::mix64(prev) ^ t.lower);
  f.add(24, text::mix64(prev) ^ t.shape);
  if (t.capitalized) {
    auto it = d.history.find(t.lower);
    f.add(33, it == d.history.end() ? 0 : it->second);
    if (it != d.history.end()) f.add(35, text::mix64(it->second) ^ t.shape);
  }
  f.add(36, text::mix64(prev) ^ l1);
}

void extract(const DocInfo& d, uint32_t first, uint32_t end, uint32_t i, bool all_caps_sentence, uint8_t prev,
             uint8_t prev2, FeatureSet& f) {
  extract_static(d, first, end, i, all_caps_sentence, f);
  extract_dynamic(d, first, end, i, prev, prev2, f);
}

// BILOU constraints: may `cur` follow `prev`, and may it end the sentence? An open entity (B or I)
// may be closed by any label that does not continue it: close_open() then turns the B into U or
// the I into L. (Forcing a continuation instead let one unseen surname drag "said on Sunday"
// into a person's name.)
bool continues(uint8_t prev, uint8_t cur) {
  return prev != 0 && ner_label_pos(prev) <= 1 && cur != 0 && ner_label_type(cur) == ner_label_type(prev) &&
         (ner_label_pos(cur) == 1 || ner_label_pos(cur) == 2);
}

bool allowed(uint8_t prev, uint8_t cur, bool last) {
  if (cur == 0) return true;
  int pos = ner_label_pos(cur);
  if ((pos == 1 || pos == 2) && !continues(prev, cur)) return false;
  return !(last && pos <= 1);
}

uint8_t close_open(uint8_t label) {
  if (label == 0) return 0;
  int pos = ner_label_pos(label);
  if (pos == 0) return ner_label(ner_label_type(label), 3);
  if (pos == 1) return ner_label(ner_label_type(label), 2);
  return label;
}

bool all_caps_sentence(const DocInfo& d, uint32_t first, uint32_t end) {
  int letters = 0;
  for (uint32_t i = first; i < end; ++i) {
    if (d.tokens[i].flags & text::kHasLower) return false;
    if (d.tokens[i].flags & text::kAllCaps) ++letters;
  }
  return letters >= 2;
}

template <typename Score>
uint8_t best_label(const Score* scores, uint8_t prev, bool last) {
  int best = -1;
  for (int l = 0; l < kNerLabels; ++l) {
    if (!allowed(prev, static_cast<uint8_t>(l), last)) continue;
    if (best < 0 || scores[l] > scores[best]) best = l;
  }
  return static_cast<uint8_t>(best < 0 ? 0 : best);
}

void remember(DocInfo& d, uint32_t i, uint8_t label) {
  if (label != 0 && d.tokens[i].capitalized) d.history[d.tokens[i].lower] = static_cast<uint8_t>(ner_label_type(label)) + 1;
}

// Converts IOB1 or IOB2 tags of one sentence to BILOU labels.
void iob_to_bilou(const std::vector<std::string>& tags, size_t first, size_t end, std::vector<uint8_t>& out) {
  auto type_of = [](std::string_view tag) -> int {
    if (tag.size() < 3) return -1;
    std::string_view t = tag.substr(2);
    for (int k = 0; k < 4; ++k)
      if (t == kNerTypeNames[k]) return k;
    return -1;
  };
  size_t i = first;
  while (i < end) {
    int type = type_of(tags[i]);
    if (type < 0) {
      out[i++] = 0;
      continue;
    }
    size_t j = i + 1;
    while (j < end && type_of(tags[j]) == type && tags[j][0] == 'I') ++j;
    NerType nt = static_cast<NerType>(type);
    if (j - i == 1) {
      out[i] = ner_label(nt, 3);
    } else {
      out[i] = ner_label(nt, 0);
      for (size_t k = i + 1; k + 1 < j; ++k) out[k] = ner_label(nt, 1);
      out[j - 1] = ner_label(nt, 2);
    }
    i = j;
  }
}

template <typename T>
void put(std::ostream& out, T value) {
  out.write(reinterpret_cast<const char*>(&value), sizeof(value));
}
template <typename T>
bool get(std::istream& in, T& value) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(&value), sizeof(value)));
}

}  // namespace

std::string ner_label_name(uint8_t label) {
  if (label == 0 || label >= kNerLabels) return "O";
  static constexpr char kPos[] = {'B', 'I', 'L', 'U'};
  return std::string(1, kPos[ner_label_pos(label)]) + "-" + kNerTypeNames[static_cast<int>(ner_label_type(label))];
}

std::vector<NerSpan> NerModel::spans(const std::vector<uint8_t>& labels) {
  std::vector<NerSpan> out;
  size_t i = 0;
  while (i < labels.size()) {
    uint8_t l = labels[i];
    if (l == 0) {
      ++i;
      continue;
    }
    NerSpan s{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), ner_label_type(l)};
    if (ner_label_pos(l) == 0) {
      size_t j = i + 1;
      while (j < labels.size() && labels[j] != 0 && ner_label_type(labels[j]) == s.type && ner_label_pos(labels[j]) == 1) ++j;
      if (j < labels.size() && labels[j] != 0 && ner_label_type(labels[j]) == s.type && ner_label_pos(labels[j]) == 2) ++j;
      s.end = static_cast<uint32_t>(j);
    }
    out.push_back(s);
    i = s.end;
  }
  return out;
}

void NerModel::tag(const NerDocument& doc, const PhraseLexicon& lexicon, std::vector<uint8_t>& labels) const {
  thread_local DocInfo d;  // per-thread scratch: reused buffers, no state kept between calls
  prepare(doc, lexicon, d);
  labels.assign(doc.words.size(), 0);
  // The rows are scattered over a table of tens of MB: the next token's label-independent rows are
  // computed and prefetched while this token is scored (measured: 545k -> 900k+ tokens/s).
  FeatureSet cur, next, dyn;
  const int shift = 64 - static_cast<int>(hash_bits_);
  cur.shift = next.shift = dyn.shift = shift;
  int32_t scores[kNerLabels];
  auto accumulate = [&](const FeatureSet& fs) {
    for (int k = 0; k < fs.size; ++k) {
      const int16_t* row = &weights_[static_cast<size_t>(fs.rows[k]) * kNerLabels];
      for (int l = 0; l < kNerLabels; ++l) scores[l] += row[l];
    }
  };
  auto prefetch = [&](const FeatureSet& fs) {
    for (int k = 0; k < fs.size; ++k) __builtin_prefetch(&weights_[static_cast<size_t>(fs.rows[k]) * kNerLabels]);
  };
  for (const auto& [first, end] : doc.sentences) {
    bool caps = all_caps_sentence(d, first, end);
    extract_static(d, first, end, first, caps, cur);
    prefetch(cur);
    uint8_t prev = 0, prev2 = 0;
    for (uint32_t i = first; i < end; ++i) {
      if (i + 1 < end) {
        extract_static(d, first, end, i + 1, caps, next);
        prefetch(next);
      }
      dyn.size = 0;
      extract_dynamic(d, first, end, i, prev, prev2, dyn);
      prefetch(dyn);
      std::fill(scores, scores + kNerLabels, 0);
      accumulate(cur);
      accumulate(dyn);
      uint8_t label = best_label(scores, prev, i + 1 == end);
      if (i > first && !continues(prev, label)) labels[i - 1] = prev = close_open(prev);
      labels[i] = label;
      remember(d, i, label);
      prev2 = prev;
      prev = label;
      std::swap(cur, next);
    }
  }
}

bool NerModel::save(const std::string& path, std::string& error) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = path + ": cannot be opened for writing";
    return false;
  }
  out.write(kMagic, sizeof(kMagic));
  put<uint32_t>(out, kVersion);
  put<uint32_t>(out, hash_bits_);
  put<uint32_t>(out, kNerLabels);
  put<float>(out, scale_);
  const size_t rows = size_t{1} << hash_bits_;
  uint32_t nonzero = 0;
  for (size_t r = 0; r < rows; ++r)
    for (int l = 0; l < kNerLabels; ++l)
      if (weights_[r * kNerLabels + l]) {
        ++nonzero;
        break;
      }
  put<uint32_t>(out, nonzero);
  for (size_t r = 0; r < rows; ++r) {
    const int16_t* row = &weights_[r * kNerLabels];
    if (std::all_of(row, row + kNerLabels, [](int16_t v) { return v == 0; })) continue;
    put<uint32_t>(out, static_cast<uint32_t>(r));
    out.write(reinterpret_cast<const char*>(row), sizeof(int16_t) * kNerLabels);
  }
  if (!out) {
    error = path + ": write failed";
    return false;
  }
  return true;
}

std::unique_ptr<NerModel> NerModel::load(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot be opened (train it with `chronicle train-ner`, docs/nlp.md)";
    return nullptr;
  }
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0) {
    error = path + ": not a Chronicle NER model (bad magic)";
    return nullptr;
  }
  uint32_t version = 0, bits = 0, labels = 0, rows = 0;
  auto model = std::make_unique<NerModel>();
  if (!get(in, version) || !get(in, bits) || !get(in, labels) || !get(in, model->scale_) || !get(in, rows)) {
    error = path + ": truncated header";
    return nullptr;
  }
  if (version != kVersion) {
    error = path + ": model version " + std::to_string(version) + ", this build reads " + std::to_string(kVersion) +
            " (retrain with `chronicle train-ner`)";
    return nullptr;
  }
  if (bits < 10 || bits > 26 || labels != kNerLabels) {
    error = path + ": unsupported hash size or label count";
    return nullptr;
  }
  model->hash_bits_ = bits;
  const size_t total = size_t{1} << bits;
  model->weights_.assign(total * kNerLabels, 0);
  for (uint32_t k = 0; k < rows; ++k) {
    uint32_t r = 0;
    if (!get(in, r) || r >= total ||
        !in.read(reinterpret_cast<char*>(&model->weights_[size_t{r} * kNerLabels]), sizeof(int16_t) * kNerLabels)) {
      error = path + ": truncated or corrupt weight rows (row " + std::to_string(k) + ")";
      return nullptr;
    }
  }
  return model;
}

// ---- Training -------------------------------------------------------------------------------

bool read_conll(std::istream& in, std::string_view source, bool with_tags, std::vector<ConllDocument>& docs,
                std::string& error) {
  std::string line;
  size_t line_no = 0;
  std::vector<std::string> tags;
  ConllDocument doc;
  uint32_t sent_start = 0;
  auto close_sentence = [&]() {
    uint32_t end = static_cast<uint32_t>(doc.words.size());
    if (end > sent_start) {
      doc.sentences.emplace_back(sent_start, end);
      if (with_tags) {
        doc.gold.resize(end);
        iob_to_bilou(tags, sent_start, end, doc.gold);
      }
    }
    sent_start = end;
  };
  auto close_doc = [&]() {
    close_sentence();
    if (!doc.words.empty()) docs.push_back(std::move(doc));
    doc = ConllDocument{};
    tags.clear();
    sent_start = 0;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      close_sentence();
      continue;
    }
    if (line.rfind("-DOCSTART-", 0) == 0) {
      close_doc();
      continue;
    }
    size_t sp = line.find(' ');
    std::string word = line.substr(0, sp);
    if (word.empty()) {
      error = std::string(source) + ":" + std::to_string(line_no) + ": empty token";
      return false;
    }
    if (with_tags) {
      size_t last = line.rfind(' ');
      if (last == std::string::npos) {
        error = std::string(source) + ":" + std::to_string(line_no) + ": expected a tag column";
        return false;
      }
      tags.push_back(line.substr(last + 1));
    } else {
      tags.emplace_back("O");
    }
    doc.words.push_back(std::move(word));
    doc.lines.push_back(line);
  }
  close_doc();
  return true;
}

NerDocument conll_view(const ConllDocument& doc) {
  NerDocument view;
  view.words.assign(doc.words.begin(), doc.words.end());
  view.sentences = doc.sentences;
  return view;
}

class NerTrainer {
 public:
  static std::unique_ptr<NerModel> train(const std::vector<ConllDocument>& docs, const PhraseLexicon& lexicon,
                                         const NerTrainOptions& options) {
    const size_t rows = size_t{1} << options.hash_bits;
    std::vector<float> w(rows * kNerLabels, 0.0f);
    std::vector<float> u(rows * kNerLabels, 0.0f);  // sum of step * update, for averaging
    double step = 1;
    std::vector<size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(options.seed);
    DocInfo d;
    FeatureSet f;
    f.shift = 64 - static_cast<int>(options.hash_bits);
    float scores[kNerLabels];
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      size_t tokens = 0, errors = 0;
      for (size_t di : order) {
        const ConllDocument& doc = docs[di];
        NerDocument view = conll_view(doc);
        prepare(view, lexicon, d);
        for (const auto& [first, end] : doc.sentences) {
          bool caps = all_caps_sentence(d, first, end);
          uint8_t prev = 0, prev2 = 0;
          for (uint32_t i = first; i < end; ++i) {
            extract(d, first, end, i, caps, prev, prev2, f);
            std::fill(scores, scores + kNerLabels, 0.0f);
            for (int k = 0; k < f.size; ++k) {
              const float* row = &w[static_cast<size_t>(f.rows[k]) * kNerLabels];
              for (int l = 0; l < kNerLabels; ++l) scores[l] += row[l];
            }
            uint8_t pred = best_label(scores, prev, i + 1 == end);
            if (i > first && !continues(prev, pred)) prev = close_open(prev);
            uint8_t gold = doc.gold[i];
            if (pred != gold) {
              ++errors;
              for (int k = 0; k < f.size; ++k) {
                size_t base = static_cast<size_t>(f.rows[k]) * kNerLabels;
                w[base + gold] += 1.0f;
                u[base + gold] += static_cast<float>(step);
                w[base + pred] -= 1.0f;
                u[base + pred] -= static_cast<float>(step);
              }
            }
            ++tokens;
            step += 1;
            remember(d, i, pred);
            prev2 = prev;
            prev = pred;
          }
        }
      }
      if (options.progress)
        *options.progress << "train-ner: epoch " << epoch + 1 << ": " << tokens << " tokens, "
                          << (tokens ? 100.0 * (tokens - errors) / tokens : 0) << "% right\n";
    }
    // Average, then quantise to int16 with one scale for the whole table.
    float max_abs = 0;
    for (size_t k = 0; k < w.size(); ++k) {
      w[k] = w[k] - u[k] / static_cast<float>(step);
      max_abs = std::max(max_abs, std::abs(w[k]));
    }
    auto model = std::make_unique<NerModel>();
    model->hash_bits_ = options.hash_bits;
    model->scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
    model->weights_.assign(w.size(), 0);
    for (size_t k = 0; k < w.size(); ++k) model->weights_[k] = static_cast<int16_t>(std::lround(w[k] / model->scale_));
    return model;
  }
};

std::unique_ptr<NerModel> train_ner(const std::vector<ConllDocument>& docs, const PhraseLexicon& lexicon,
                                    const NerTrainOptions& options) {
  return NerTrainer::train(docs, lexicon, options);
}

}  // namespace chronicle::nlp
