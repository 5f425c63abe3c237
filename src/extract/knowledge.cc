#include "extract/knowledge.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extract/text_byline.h"
#include "text/normalize.h"

namespace chronicle::extract {
namespace {

// The cue files, in the order match_line_cue() tries them: the more specific first, so that
// "Copyright 2020 NPR" is a copyright line before it could be anything else.
// `long_lines`: the file's patterns describe chrome that runs to several sentences, so they are
// tried on lines longer than kMaxShortCueBytes too.
struct CueFile {
  const char* name;
  RemovalReason reason;
  bool long_lines;
};
constexpr CueFile kCueFiles[] = {
    {"player.txt", RemovalReason::player, false},       {"copyright.txt", RemovalReason::copyright, true},
    {"appeal.txt", RemovalReason::appeal, true},        {"consent.txt", RemovalReason::boilerplate, true},
    {"promo.txt", RemovalReason::promo, false},         {"related.txt", RemovalReason::related, false},
    {"comments.txt", RemovalReason::comments, false},   {"credit.txt", RemovalReason::credit, false},
    {"caption.txt", RemovalReason::caption, false},     {"navigation.txt", RemovalReason::navigation, false},
    {"boilerplate.txt", RemovalReason::boilerplate, false},
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// One data line: its 1-based number and text (comments and blank lines skipped).
struct DataLine {
  int number;
  std::string text;
};

// Reads a data file's lines. Fails, naming the file, when it is missing or holds no entries.
bool read_data_file(const std::filesystem::path& path, std::vector<DataLine>& lines, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path.string() + ": cannot open knowledge file";
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view trimmed = text::trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    lines.push_back({number, std::string(trimmed)});
  }
  if (lines.empty()) {
    error = path.string() + ": knowledge file is empty";
    return false;
  }
  return true;
}

std::string where(const std::filesystem::path& path, int line) { return path.string() + ":" + std::to_string(line); }

}  // namespace

// One set per cue file (matches() asks about one reason), and one set of all of them, so that
// match_line_cue() makes one pass over a line instead of one per file.
struct Knowledge::CueSet {
  RemovalReason reason;
  bool long_lines;
  RE2::Set set;
  CueSet(RemovalReason r, bool l, const RE2::Options& options) : reason(r), long_lines(l), set(options, RE2::ANCHOR_BOTH) {}
};

struct Knowledge::AllCues {
  RE2::Set set;
  std::vector<size_t> file_of;  // pattern index -> index into cues_ (the file's rank)
  explicit AllCues(const RE2::Options& options) : set(options, RE2::ANCHOR_BOTH) {}
};

Knowledge::Knowledge() = default;
Knowledge::~Knowledge() = default;

std::unique_ptr<Knowledge> Knowledge::load(const std::string& data_dir, std::string& error) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "extract";
  if (!fs::is_directory(dir)) {
    error = dir.string() + ": knowledge directory not found";
    return nullptr;
  }
  std::unique_ptr<Knowledge> k(new Knowledge());

  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);

  // Agencies first: credit.txt refers to them through {AGENCY}.
  std::vector<DataLine> lines;
  if (!read_data_file(dir / "agencies.txt", lines, error)) return nullptr;
  std::string agency_alternation;
  for (const DataLine& line : lines) {
    k->agencies_.push_back(lower_ascii(line.text));
    if (!agency_alternation.empty()) agency_alternation += '|';
    agency_alternation += RE2::QuoteMeta(line.text);
  }

  k->all_cues_ = std::make_unique<AllCues>(options);
  for (const CueFile& file : kCueFiles) {
    lines.clear();
    fs::path path = dir / file.name;
    if (!read_data_file(path, lines, error)) return nullptr;
    auto cue = std::make_unique<CueSet>(file.reason, file.long_lines, options);
    for (const DataLine& line : lines) {
      std::string pattern = line.text;
      for (size_t at; (at = pattern.find("{AGENCY}")) != std::string::npos;)
        pattern.replace(at, 8, agency_alternation);
      std::string message;
      if (cue->set.Add(pattern, &message) < 0 || k->all_cues_->set.Add(pattern, &message) < 0) {
        error = where(path, line.number) + ": bad pattern: " + message;
        return nullptr;
      }
      k->all_cues_->file_of.push_back(k->cues_.size());
    }
    if (!cue->set.Compile()) {
      error = path.string() + ": patterns too large to compile";
      return nullptr;
    }
    k->cues_.push_back(std::move(cue));
  }
  if (!k->all_cues_->set.Compile()) {
    error = dir.string() + ": cue patterns too large to compile together";
    return nullptr;
  }

  lines.clear();
  fs::path tags_path = dir / "tag_headers.tsv";
  if (!read_data_file(tags_path, lines, error)) return nullptr;
  for (const DataLine& line : lines) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos) {
      error = where(tags_path, line.number) + ": expected HEADER<TAB>KIND";
      return nullptr;
    }
    std::string kind = line.text.substr(tab + 1);
    TagKind tag_kind;
    if (kind == "places") {
      tag_kind = TagKind::places;
    } else if (kind == "topics") {
      tag_kind = TagKind::topics;
    } else {
      error = where(tags_path, line.number) + ": kind must be 'places' or 'topics', got '" + kind + "'";
      return nullptr;
    }
    k->tag_headers_.emplace_back(lower_ascii(text::trim(line.text.substr(0, tab))), tag_kind);
  }

  lines.clear();
  fs::path outlet_path = dir / "outlet_cues.txt";
  if (!read_data_file(outlet_path, lines, error)) return nullptr;
  for (const DataLine& line : lines) {
    auto re = std::make_unique<RE2>(line.text, options);
    if (!re->ok()) {
      error = where(outlet_path, line.number) + ": bad pattern: " + re->error();
      return nullptr;
    }
    if (re->NumberOfCapturingGroups() != 1) {
      error = where(outlet_path, line.number) + ": pattern needs exactly one capturing group (the outlet)";
      return nullptr;
    }
    k->outlet_patterns_.push_back(std::move(re));
  }

  lines.clear();
  fs::path roles_path = dir / "bio_roles.txt";
  if (!read_data_file(roles_path, lines, error)) return nullptr;
  std::string roles;
  for (const DataLine& line : lines) {
    if (!roles.empty()) roles += '|';
    roles += RE2::QuoteMeta(line.text);
  }
  // NAME is|was|has been ... ROLE: the name is checked again with looks_like_person_name().
  std::string bio = "^((?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\s+){1,4}\\p{Lu}[\\p{L}\\p{M}'’\\-]*)\\s+"
                    "(?:is|was|has been|serves as|works as)\\s+(.{0,160}?\\b(?i:" + roles + ")s?\\b.*)$";
  RE2::Options bio_options;
  bio_options.set_log_errors(false);
  k->bio_pattern_ = std::make_unique<RE2>(bio, bio_options);
  if (!k->bio_pattern_->ok()) {
    error = roles_path.string() + ": roles do not compile: " + k->bio_pattern_->error();
    return nullptr;
  }
  // Where a biography names the outlet: "NPR's East Africa correspondent", "a reporter for the
  // Los Angeles Times". Grammar, not knowledge, so compiled here rather than read from data/.
  k->bio_possessive_ = std::make_unique<RE2>(
      "^(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}\\-]+\\s+)?(\\p{Lu}[\\p{L}&.\\-]*(?:\\s+\\p{Lu}[\\p{L}&.\\-]*){0,5})['’]s\\b.*",
      bio_options);
  k->bio_for_outlet_ = std::make_unique<RE2>(
      "(?:.*?\\s)?(?:for|at|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&.\\-]*(?:\\s+\\p{Lu}[\\p{L}&.\\-]*){0,5}).*",
      bio_options);
  return k;
}

std::optional<RemovalReason> Knowledge::match_line_cue(std::string_view line) const {
  bool short_line = line.size() <= kMaxShortCueBytes;
  std::vector<int> hits;
  RE2::Set::ErrorInfo info;
  if (!all_cues_->set.Match(line, &hits, &info)) {
    if (info.kind == RE2::Set::kNoError) return std::nullopt;
    // The combined DFA ran out of memory on this line: ask each file's set in turn.
    for (const auto& cue : cues_)
      if ((short_line || cue->long_lines) && cue->set.Match(line, nullptr)) return cue->reason;
    return std::nullopt;
  }
  size_t best = cues_.size();
  for (int hit : hits) {
    size_t file = all_cues_->file_of[static_cast<size_t>(hit)];
    if (short_line || cues_[file]->long_lines) best = std::min(best, file);
  }
  if (best == cues_.size()) return std::nullopt;
  return cues_[best]->reason;
}

bool Knowledge::matches(RemovalReason reason, std::string_view line) const {
  std::vector<int> hits;
  for (const auto& cue : cues_)
    if (cue->reason == reason) return cue->set.Match(line, &hits);
  return false;
}

bool Knowledge::is_agency(std::string_view name) const {
  std::string key = lower_ascii(text::trim(name));
  for (const std::string& agency : agencies_)
    if (agency == key) return true;
  return false;
}

std::optional<TagKind> Knowledge::tag_header(std::string_view line, std::string* inline_tags) const {
  std::string_view s = text::trim(line);
  std::string_view rest;
  size_t colon = s.find(':');
  if (colon != std::string_view::npos) {
    rest = text::trim(s.substr(colon + 1));
    s = text::trim(s.substr(0, colon));
  }
  if (!rest.empty() && !inline_tags) return std::nullopt;
  std::string key = lower_ascii(s);
  for (const auto& [header, kind] : tag_headers_) {
    if (header == key) {
      if (inline_tags) *inline_tags = std::string(rest);
      return kind;
    }
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, int>> Knowledge::outlet_from_line(std::string_view line) const {
  for (size_t i = 0; i < outlet_patterns_.size(); ++i) {
    std::string outlet;
    if (RE2::FullMatch(line, *outlet_patterns_[i], &outlet)) {
      std::string_view trimmed = text::trim(outlet);
      if (trimmed.empty()) continue;
      return std::make_pair(std::string(trimmed), static_cast<int>(i));
    }
  }
  return std::nullopt;
}

std::optional<BioMatch> Knowledge::match_bio(std::string_view line) const {
  std::string name, rest;
  if (!RE2::FullMatch(line, *bio_pattern_, &name, &rest)) return std::nullopt;
  if (!looks_like_person_name(name)) return std::nullopt;
  BioMatch bio;
  bio.author = tidy_name(name);
  // "NPR's East Africa correspondent", "a reporter for the Los Angeles Times"
  std::string outlet;
  if (RE2::FullMatch(rest, *bio_possessive_, &outlet) || RE2::FullMatch(rest, *bio_for_outlet_, &outlet))
    bio.outlet = outlet;
  return bio;
}

}  // namespace chronicle::extract
