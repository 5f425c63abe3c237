// dup_bench: precision and recall of duplicate_of on syndicated copies built at run time from real
// articles (nothing of the corpora is stored in the project).
//
//   dup_bench CORPUS.jsonl... [--originals N] [--set name=value]...
//
// From each corpus, articles with at least kMinOriginalWords words are the originals, minus any
// that already is a near copy of an earlier one (exact shingle Jaccard or containment >= 0.5, by
// an exhaustive check: the corpora hold real wire duplicates that would blur the count). Each
// original gets one or two copies, each made by a mix of: another outlet's chrome around the text
// (menus, share buttons, newsletter and copyright lines), the last paragraphs trimmed, light
// edits (words changed, a sentence dropped), paragraphs re-ordered. Originals are dated one a
// minute; a copy comes 1 to 30 hours after its original. The stream is indexed in batches of
// 1,000; a copy is right when duplicate_of names its original; an original marked duplicate_of
// anything is a false positive, as is a copy pointing elsewhere.
#include <chrono>
#include <ctime>
#include <iostream>
#include <random>
#include <unordered_map>

#include "corpus_articles.h"
#include "index/index.h"
#include "text/shingles.h"

using namespace chronicle;

namespace {

constexpr size_t kMinOriginalWords = 80;

// Chrome written for this benchmark: what outlets put around a syndicated story.
const std::vector<std::pair<std::string, std::string>> kChrome = {
    {"Metro Courier\nHome | News | Business | Sport | Opinion\nAdvertisement\n",
     "Copyright 2024 Metro Courier. All rights reserved.\nSign up for our morning newsletter.\nShare on Facebook | Share on X | Email"},
    {"VALLEY LEDGER - Breaking news, weather and traffic\nSubscribe now: 99 cents for the first month\n",
     "Related stories:\nMore from the wires\nThis story was provided by a news agency and was not edited by Valley Ledger staff."},
    {"Skip to main content\nThe Harbour Gazette\nMenu\nSearch\n",
     "Have a news tip? Email our newsroom.\nFollow us on Instagram and TikTok\n(c) The Harbour Gazette 2024"},
    {"",
     "Reporting by agency staff; editing by the desk.\nOur standards: the trust principles."},
};

const std::vector<std::pair<std::string, std::string>> kEdits = {
    {" said ", " stated "}, {" percent", "%"}, {" the ", " a "}, {" company ", " firm "},
    {" also ", " "}, {" will ", " would "}, {" which ", " that "}, {" on ", " on "}};

std::vector<std::string> paragraphs_of(const std::string& text) {
  // Reuters indents paragraphs ("\n    "); others separate them with a blank line.
  std::vector<std::string> out;
  std::string cur;
  size_t i = 0;
  while (i < text.size()) {
    bool brk = (text.compare(i, 2, "\n\n") == 0) || (text.compare(i, 5, "\n    ") == 0);
    if (brk) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      while (i < text.size() && (text[i] == '\n' || text[i] == ' ')) ++i;
      continue;
    }
    cur += text[i] == '\n' ? ' ' : text[i];
    ++i;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

Article make_copy(const Article& original, std::mt19937_64& rng, int n) {
  Article c = original;
  c.id = original.id + "-copy" + std::to_string(n);
  std::vector<std::string> paras = paragraphs_of(original.text);
  std::uniform_real_distribution<double> u(0, 1);
  // Trim: drop trailing paragraphs, keeping at least 70% of the text.
  if (paras.size() > 3 && u(rng) < 0.5) {
    size_t total = 0, kept = 0;
    for (const auto& p : paras) total += p.size();
    size_t keep = paras.size();
    while (keep > 2) {
      kept = 0;
      for (size_t i = 0; i + 1 < keep; ++i) kept += paras[i].size();
      if (kept < total * 0.7) break;
      --keep;
    }
    paras.resize(keep);
  }
  // Re-order: swap two paragraphs after the lead.
  if (paras.size() > 3 && u(rng) < 0.5) {
    std::uniform_int_distribution<size_t> pick(1, paras.size() - 1);
    std::swap(paras[pick(rng)], paras[pick(rng)]);
  }
  // Light edits: a few word changes, and sometimes one sentence dropped.
  std::string body;
  for (const auto& p : paras) body += p + "\n\n";
  for (int e = 0; e < 3; ++e) {
    const auto& [from, to] = kEdits[rng() % kEdits.size()];
    if (auto at = body.find(from, rng() % std::max<size_t>(1, body.size() / 2)); at != std::string::npos)
      body.replace(at, from.size(), to);
  }
  if (u(rng) < 0.3) {
    size_t start = body.find(". ", body.size() / 3);
    size_t end = start == std::string::npos ? start : body.find(". ", start + 2);
    if (end != std::string::npos && end - start < 300) body.erase(start + 1, end - start);
  }
  const auto& [head, foot] = kChrome[rng() % kChrome.size()];
  c.text = head + "\n" + body + foot;
  c.source = "Outlet " + std::to_string(rng() % 50);
  if (u(rng) < 0.5) c.title = c.title + " - " + c.source;
  return c;
}

std::string iso_minutes(int64_t minutes) {
  std::time_t t = static_cast<std::time_t>(1704067200 + minutes * 60);  // from 2024-01-01
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// Originals that are near copies of an earlier original (exact check over a shingle index).
std::vector<bool> natural_duplicates(const std::vector<Article>& originals) {
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_shingle;
  std::vector<std::vector<uint64_t>> sets;
  std::vector<bool> dup(originals.size(), false);
  text::WordList words;
  for (uint32_t i = 0; i < originals.size(); ++i) {
    text::split_words(originals[i].text, words);
    sets.push_back(text::shingle_set(words, 4));
    std::unordered_map<uint32_t, uint32_t> shared;
    for (uint64_t s : sets.back()) {
      auto it = by_shingle.find(s);
      if (it == by_shingle.end()) continue;
      for (uint32_t j : it->second) ++shared[j];
    }
    for (const auto& [j, n] : shared) {
      double a = sets[i].size(), b = sets[j].size();
      if (n / (a + b - n) >= 0.5 || n / std::min(a, b) >= 0.5) dup[i] = true;
    }
    if (!dup[i])
      for (uint64_t s : sets.back()) by_shingle[s].push_back(i);
  }
  return dup;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> corpora;
  size_t max_originals = 6000;
  index::IndexOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--originals" && i + 1 < argc) {
      max_originals = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else if (arg == "--set" && i + 1 < argc) {
      if (!bench::set_option(options, argv[++i])) return 2;
    } else if (arg[0] != '-') {
      corpora.push_back(arg);
    } else {
      std::cerr << "usage: dup_bench CORPUS.jsonl... [--originals N] [--set name=value]...\n";
      return 2;
    }
  }
  std::string error;
  auto knowledge = index::Knowledge::load(CHRONICLE_DATA_DIR, error);
  if (!knowledge) {
    std::cerr << "chronicle: " << error << "\n";
    return 1;
  }
  std::vector<Article> originals;
  text::WordList words;
  for (const auto& path : corpora) {
    std::vector<Article> all;
    if (!bench::read_corpus(path, "none", all)) return 1;
    size_t taken = 0;
    for (auto& a : all) {
      text::split_words(a.text, words);
      if (words.words.size() < kMinOriginalWords) continue;
      if (taken++ >= max_originals / corpora.size()) break;
      originals.push_back(std::move(a));
    }
  }
  std::vector<bool> natural = natural_duplicates(originals);
  std::mt19937_64 rng(20240304);
  struct Item {
    Article article;
    int64_t minute;
    std::string original;  // "" for an original
  };
  std::vector<Item> stream;
  size_t excluded = 0;
  for (size_t i = 0; i < originals.size(); ++i) {
    if (natural[i]) {
      ++excluded;
      continue;
    }
    int64_t minute = static_cast<int64_t>(i);
    int copies = 1 + static_cast<int>(rng() % 2);
    for (int n = 1; n <= copies; ++n) {
      Item c{make_copy(originals[i], rng, n), minute + 60 + static_cast<int64_t>(rng() % (29 * 60)), originals[i].id};
      stream.push_back(std::move(c));
    }
    stream.push_back({originals[i], minute, ""});
  }
  std::sort(stream.begin(), stream.end(), [](const Item& a, const Item& b) { return a.minute < b.minute; });
  for (auto& it : stream) it.article.date = iso_minutes(it.minute);

  index::Indexer indexer(*knowledge, options);
  auto t0 = std::chrono::steady_clock::now();
  for (size_t start = 0; start < stream.size(); start += 1000) {
    std::vector<Article> batch;
    for (size_t i = start; i < std::min(stream.size(), start + 1000); ++i) batch.push_back(stream[i].article);
    indexer.index_batch(batch);
    for (size_t i = 0; i < batch.size(); ++i) stream[start + i].article.duplicate_of = batch[i].duplicate_of;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t copies = 0, found = 0, marked = 0, right = 0;
  for (const auto& it : stream) {
    if (!it.original.empty()) ++copies;
    if (it.article.duplicate_of.empty()) continue;
    ++marked;
    if (it.article.duplicate_of == it.original) {
      ++right;
      ++found;
    } else if (std::getenv("DUP_BENCH_VERBOSE")) {
      std::cerr << "wrong: " << it.article.id << " -> " << it.article.duplicate_of << "\n";
    }
  }
  if (std::getenv("DUP_BENCH_VERBOSE"))
    for (const auto& it : stream)
      if (!it.original.empty() && it.article.duplicate_of.empty()) std::cerr << "missed: " << it.article.id << "\n";
  double p = marked ? static_cast<double>(right) / marked : 1.0;
  double r = copies ? static_cast<double>(found) / copies : 1.0;
  std::cout << "method " << (options.duplicates.method == index::NearDuplicateMethod::minhash ? "minhash" : "simhash")
            << "\noriginals " << originals.size() - excluded << " (" << excluded
            << " left out as near copies of an earlier original)\ncopies " << copies << "\nmarked " << marked
            << "\nprecision " << p << "\nrecall " << r << "\nF1 " << (p + r > 0 ? 2 * p * r / (p + r) : 0)
            << "\narticles/s (duplicates + stories, 1 thread) " << stream.size() / seconds << "\n";
  return 0;
}
