#include "index/features.h"

#include <algorithm>
#include <charconv>
#include <fstream>

#include "text/hash.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace chronicle::index {
namespace {

// Seeds that keep the index's hashes apart from other uses of hash64() on the same words.
constexpr uint64_t kTermSeed = 0x7465726dULL;       // "term"
constexpr uint64_t kExactSeed = 0x6578616374ULL;    // "exact"
constexpr uint64_t kMinhashSeed = 0x6d696e68ULL;    // "minh"

// A title counts as Title Case when at least this share of its longer words are capitalised; its
// capitals then say nothing about proper nouns.
constexpr double kTitleCaseShare = 0.6;

bool read_int(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  const char* b = s.data() + pos;
  for (size_t i = 0; i < len; ++i)
    if (b[i] < '0' || b[i] > '9') return false;
  auto [p, ec] = std::from_chars(b, b + len, out);
  return ec == std::errc() && p == b + len;
}

bool in_spans(const std::vector<Span>& spans, uint32_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](uint32_t p, const Span& s) { return p < s.start; });
  if (it == spans.begin()) return false;
  --it;
  return pos >= it->start && pos < it->end;
}

}  // namespace

// ---- Knowledge ---------------------------------------------------------------------------------

std::unique_ptr<Knowledge> Knowledge::load(const std::string& data_dir, std::string& error) {
  std::string path = data_dir + "/index/stopwords.txt";
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot open the stop list";
    return nullptr;
  }
  return parse(in, path, error);
}

std::unique_ptr<Knowledge> Knowledge::parse(std::istream& in, std::string_view source, std::string& error) {
  auto k = std::unique_ptr<Knowledge>(new Knowledge());
  std::string line;
  size_t number = 0;
  text::WordList words;
  while (std::getline(in, line)) {
    ++number;
    std::string_view v = line;
    if (auto hash = v.find('#'); hash != std::string_view::npos) v = v.substr(0, hash);
    v = text::trim(v);
    if (v.empty()) continue;
    text::split_words(v, words);
    if (words.words.size() != 1) {
      error = std::string(source) + ":" + std::to_string(number) + ": expected one word, got \"" +
              text::truncate_utf8(v, 100) + "\"";
      return nullptr;
    }
    k->stop_.insert(words.words[0].hash);
  }
  if (k->stop_.empty()) {
    error = std::string(source) + ": the stop list is empty";
    return nullptr;
  }
  return k;
}

// ---- Dates ---------------------------------------------------------------------------------------

int32_t days_from_civil(int y, int m, int d) {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::optional<Timestamp> parse_timestamp(std::string_view s) {
  s = text::trim(s);
  int y, mo, d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!read_int(s, 0, 4, y) || !read_int(s, 5, 2, mo) || !read_int(s, 8, 2, d)) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1]) return std::nullopt;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (mo == 2 && d == 29 && !leap) return std::nullopt;
  Timestamp t;
  t.day = days_from_civil(y, mo, d);
  t.seconds = static_cast<int64_t>(t.day) * 86400;
  if (s.size() == 10) return t;
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int h, mi, sec = 0;
  if (s.size() < 16 || s[13] != ':' || !read_int(s, 11, 2, h) || !read_int(s, 14, 2, mi)) return std::nullopt;
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!read_int(s, pos + 1, 2, sec)) return std::nullopt;
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    }
  }
  if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
  int64_t offset = 0;
  if (pos < s.size()) {
    if (s[pos] == 'Z' && pos + 1 == s.size()) {
      pos += 1;
    } else if (s[pos] == '+' || s[pos] == '-') {
      int oh, om = 0;
      size_t len = s.size() - pos - 1;
      if (len == 5 && s[pos + 3] == ':') {
        if (!read_int(s, pos + 1, 2, oh) || !read_int(s, pos + 4, 2, om)) return std::nullopt;
      } else if (len == 4) {
        if (!read_int(s, pos + 1, 2, oh) || !read_int(s, pos + 3, 2, om)) return std::nullopt;
      } else if (len == 2) {
        if (!read_int(s, pos + 1, 2, oh)) return std::nullopt;
      } else {
        return std::nullopt;
      }
      if (oh > 14 || om > 59) return std::nullopt;
      offset = (oh * 3600 + om * 60) * (s[pos] == '+' ? 1 : -1);
    } else {
      return std::nullopt;
    }
  }
  t.seconds += h * 3600 + mi * 60 + sec - offset;
  return t;
}

// ---- Signatures ------------------------------------------------------------------------------

std::vector<uint32_t> minhash(const std::vector<uint64_t>& shingle_set, const std::vector<uint64_t>& a,
                              const std::vector<uint64_t>& b) {
  std::vector<uint32_t> sig(a.size(), UINT32_MAX);
  // h_i(x) = high 32 bits of (a_i * x + b_i) mod 2^64: a multiply-shift family, cheap enough to
  // run every hash function over every shingle (the 20,000 articles/s target in issue 6).
  for (uint64_t x : shingle_set) {
    for (size_t i = 0; i < a.size(); ++i) {
      auto v = static_cast<uint32_t>((a[i] * x + b[i]) >> 32);
      sig[i] = std::min(sig[i], v);
    }
  }
  return sig;
}

uint64_t simhash(const std::vector<uint64_t>& shingle_set) {
  int votes[64] = {};
  for (uint64_t x : shingle_set) {
    uint64_t h = text::mix64(x);
    for (int bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1) ? 1 : -1;
  }
  uint64_t out = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (votes[bit] > 0) out |= uint64_t{1} << bit;
  return out;
}

// ---- Leads -------------------------------------------------------------------------------------

std::string lead_sentences(std::string_view text, size_t max_bytes) {
  // Skip short opening lines without a full stop: datelines ("SALVADOR, Feb 26 -"), a repeated
  // headline, a kicker.
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text::trim(text.substr(pos, end - pos));
    bool stop = !line.empty() && (line.back() == '.' || line.back() == '"' || line.back() == '?');
    if (line.size() >= 60 || stop || nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  std::string flat = text::fold_whitespace(text.substr(pos, std::min(text.size() - pos, max_bytes * 3)));
  if (flat.size() <= max_bytes) return flat;
  // The last sentence end within max_bytes: ". ", "! " or "? " after a word of 3+ letters or a
  // digit, so "U.S." and "Mr." do not end a sentence.
  size_t best = 0;
  for (size_t i = 1; i + 1 < flat.size() && i < max_bytes; ++i) {
    char c = flat[i];
    if ((c != '.' && c != '!' && c != '?') || flat[i + 1] != ' ') continue;
    size_t w = i;
    while (w > 0 && flat[w - 1] != ' ') --w;
    std::string_view word = std::string_view(flat).substr(w, i - w);
    bool abbreviation = c == '.' && (word.size() <= 3 || word.find('.') != std::string_view::npos) &&
                        !(word.size() > 0 && word.back() >= '0' && word.back() <= '9');
    if (!abbreviation) best = i + 1;
  }
  if (best > 0) return flat.substr(0, best);
  size_t cut = flat.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) cut = max_bytes;
  return text::truncate_utf8(std::string_view(flat).substr(0, cut + 1), cut) ;
}

// ---- Featurizer ------------------------------------------------------------------------------

Featurizer::Featurizer(const Knowledge& knowledge, const IndexOptions& options)
    : knowledge_(knowledge), options_(options), stemmer_("english") {
  size_t n = options_.duplicates.bands * options_.duplicates.rows;
  for (size_t i = 0; i < n; ++i) {
    multipliers_.push_back(text::mix64(kMinhashSeed + 2 * i) | 1);
    offsets_.push_back(text::mix64(kMinhashSeed + 2 * i + 1));
  }
}

void Featurizer::add_terms(std::string_view text, const text::WordList& words, float weight, bool is_title,
                           const std::vector<Span>& proper_spans, std::vector<std::pair<uint64_t, float>>& out) {
  bool title_case = false;
  if (is_title) {
    size_t longer = 0, capitals = 0;
    for (const auto& w : words.words) {
      if (w.key_size < 4) continue;
      ++longer;
      capitals += w.capitalized;
    }
    title_case = longer > 0 && capitals >= kTitleCaseShare * static_cast<double>(longer);
  }
  for (const auto& w : words.words) {
    if (w.key_size < 2 || knowledge_.is_stopword(w.hash)) continue;
    std::string_view key = words.key(w);
    bool proper = (w.capitalized && !w.sentence_start && !title_case) || in_spans(proper_spans, w.start);
    std::string_view stem = stemmer_.stem(key);
    out.emplace_back(text::hash64(stem, kTermSeed), weight * (proper ? options_.stories.proper_weight : 1.0f));
  }
}

ArticleFeatures Featurizer::featurize(const Article& article) {
  ArticleFeatures f;
  f.time = parse_timestamp(article.date);
  const auto& dup = options_.duplicates;
  const auto& st = options_.stories;

  // Entity and place mentions mark proper nouns for the term weights (when those stages ran).
  std::vector<Span> proper;
  for (const auto& e : article.entities) {
    proper.insert(proper.end(), e.mentions.begin(), e.mentions.end());
    if (e.type == EntityType::person && !e.name.empty()) f.people.push_back(e.name);
  }
  for (const auto& p : article.places) {
    proper.insert(proper.end(), p.mentions.begin(), p.mentions.end());
    if (!p.name.empty()) f.places.push_back(p.name);
  }
  std::sort(proper.begin(), proper.end());

  std::vector<std::pair<uint64_t, float>> terms;
  // Body: every word for the duplicate hashes, the lead for the story terms.
  text::split_words(article.text, words_);
  size_t body_words = words_.words.size();
  f.body_words = static_cast<uint32_t>(std::min<size_t>(body_words, UINT32_MAX));
  uint64_t exact = kExactSeed;
  for (const auto& w : words_.words) exact = text::mix64(exact ^ w.hash);
  if (body_words >= dup.min_words) {
    if (words_.words.size() > dup.max_words) words_.words.resize(dup.max_words);
    std::vector<uint64_t> set = text::shingle_set(words_, dup.shingle_words);
    f.near_comparable = true;
    f.shingles = static_cast<uint32_t>(set.size());
    if (dup.method == NearDuplicateMethod::minhash)
      f.minhash = minhash(set, multipliers_, offsets_);
    else
      f.simhash = simhash(set);
  }
  if (words_.words.size() > st.lead_words) words_.words.resize(st.lead_words);
  add_terms(article.text, words_, 1.0f, false, proper, terms);
  if (!article.text.empty()) f.lead = lead_sentences(article.text, st.summary_bytes);

  // Title: its words weigh more; with no body, it is also what exact copies are judged on.
  text::split_words(article.title, words_);
  if (body_words == 0) {
    for (const auto& w : words_.words) exact = text::mix64(exact ^ w.hash);
    if (words_.words.empty()) exact = 0;
  }
  f.exact = exact;
  add_terms(article.title, words_, st.title_weight, true, {}, terms);

  std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& t : terms) {
    if (!f.terms.empty() && f.terms.back().first == t.first)
      f.terms.back().second += t.second;
    else
      f.terms.push_back(t);
  }
  return f;
}

}  // namespace chronicle::index
