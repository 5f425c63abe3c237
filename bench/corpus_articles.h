// Shared by the index benchmarks: a corpus in the shared JSON Lines record format read into
// Articles as the pipeline would make them (id from the canonical URL or the text, the input id
// kept as source_id), and the option overrides the benchmarks take on the command line.
#pragma once
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "index/options.h"
#include "model/article.h"
#include "text/hash.h"
#include "text/url.h"

namespace chronicle::bench {

inline std::string json_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Reads `path`; `date_precision` "day" keeps YYYY-MM-DD only, "none" drops dates, "keep" keeps
// them. Lines that are not JSON objects are named on stderr and skipped.
inline bool read_corpus(const std::string& path, const std::string& date_precision, std::vector<Article>& out) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "chronicle: " << path << ": cannot open\n";
    return false;
  }
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) {
      std::cerr << "chronicle: " << path << ":" << number << ": not a JSON object\n";
      continue;
    }
    Article a;
    auto id = j.find("id");
    if (id != j.end()) a.source_id = id->is_string() ? id->get<std::string>() : id->dump();
    a.url = json_string(j, "url");
    a.source = json_string(j, "source");
    a.title = json_string(j, "title");
    a.text = json_string(j, "text");
    a.date = json_string(j, "date");
    a.lang = json_string(j, "lang");
    if (date_precision == "day" && a.date.size() > 10) a.date.resize(10);
    if (date_precision == "none") a.date.clear();
    a.id = text::article_id(text::canonical_url(a.url), a.title + "\n\n" + a.text);
    out.push_back(std::move(a));
  }
  return true;
}

// "name=value" overrides of IndexOptions, for measuring one setting against another. Returns
// false (and names the problem) for an unknown name or a bad number.
inline bool set_option(index::IndexOptions& o, const std::string& assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos) return false;
  std::string name = assignment.substr(0, eq);
  double v = 0;
  try {
    v = std::stod(assignment.substr(eq + 1));
  } catch (...) {
    std::cerr << "chronicle: --set " << assignment << ": not a number\n";
    return false;
  }
  auto& d = o.duplicates;
  auto& s = o.stories;
  auto& l = o.storylines;
  if (name == "shingle_words") d.shingle_words = static_cast<size_t>(v);
  else if (name == "min_words") d.min_words = static_cast<size_t>(v);
  else if (name == "bands") d.bands = static_cast<size_t>(v);
  else if (name == "rows") d.rows = static_cast<size_t>(v);
  else if (name == "min_jaccard") d.min_jaccard = v;
  else if (name == "min_containment") d.min_containment = v;
  else if (name == "min_size_ratio") d.min_size_ratio = v;
  else if (name == "simhash") d.method = v != 0 ? index::NearDuplicateMethod::simhash : index::NearDuplicateMethod::minhash;
  else if (name == "simhash_max_distance") d.simhash_max_distance = static_cast<int>(v);
  else if (name == "lead_words") s.lead_words = static_cast<size_t>(v);
  else if (name == "title_weight") s.title_weight = static_cast<float>(v);
  else if (name == "proper_weight") s.proper_weight = static_cast<float>(v);
  else if (name == "article_terms") s.article_terms = static_cast<size_t>(v);
  else if (name == "centroid_terms") s.centroid_terms = static_cast<size_t>(v);
  else if (name == "idf_prior_documents") s.idf_prior_documents = v;
  else if (name == "join_similarity") s.join_similarity = v;
  else if (name == "long_join_similarity") s.long_join_similarity = v;
  else if (name == "short_text_words") s.short_text_words = static_cast<size_t>(v);
  else if (name == "long_text_words") s.long_text_words = static_cast<size_t>(v);
  else if (name == "member_candidates") s.member_candidates = static_cast<size_t>(v);
  else if (name == "member_window") s.member_window = static_cast<size_t>(v);
  else if (name == "member_weight") s.member_weight = v;
  else if (name == "decay_days") s.decay_days = v;
  else if (name == "window_days") s.window_days = static_cast<int>(v);
  else if (name == "max_span_days") s.max_span_days = static_cast<int>(v);
  else if (name == "link_similarity") l.link_similarity = v;
  else {
    std::cerr << "chronicle: --set " << name << ": unknown option\n";
    return false;
  }
  return true;
}

}  // namespace chronicle::bench
