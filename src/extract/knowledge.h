// Knowledge: the data/extract/ files the plain-text cleaner needs, compiled once into matchers.
//
// Built once per run by Knowledge::load() (add, then compile, then match, as RE2::Set does) and
// const afterwards: every member function is safe to call from many threads at once. Each file's
// format is documented in docs/extract-text.md and at the top of the file itself. A missing or
// empty file, or a pattern RE2 refuses, is a start-up error naming the file and line.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/removed_block.h"

namespace re2 {
class RE2;
class Set;
}  // namespace re2

namespace chronicle::extract {

enum class TagKind { places, topics };

// A biography line's author and, when it names one, the outlet ("NPR" in "X is NPR's ...").
struct BioMatch {
  std::string author;
  std::string outlet;
};

// Lines longer than this are tried only against the cue files for long chrome (see
// match_line_cue()). 300 bytes is about two sentences; menus, prompts and credits are shorter.
inline constexpr size_t kMaxShortCueBytes = 300;

class Knowledge {
 public:
  // Loads and compiles the extraction knowledge under `data_dir` (the files live in
  // DATA_DIR/extract/); null with `error` naming the file and line on failure.
  static std::unique_ptr<Knowledge> load(const std::string& data_dir, std::string& error);
  ~Knowledge();
  Knowledge(const Knowledge&) = delete;  // owns compiled RE2 sets; share by reference
  Knowledge& operator=(const Knowledge&) = delete;

  // --- Line cues ---------------------------------------------------------------------------
  // The reason whose cue file matches the whole of `line`, the files tried in this order:
  // player.txt, copyright.txt, appeal.txt, consent.txt, promo.txt, related.txt, comments.txt,
  // credit.txt, caption.txt, navigation.txt, boilerplate.txt. On a line longer than
  // kMaxShortCueBytes only copyright.txt, appeal.txt and consent.txt are tried: the other cues
  // name short chrome, and their loose patterns would catch body sentences. nullopt when none
  // matches. `line` is white-space folded and trimmed.
  std::optional<RemovalReason> match_line_cue(std::string_view line) const;
  // True when `line` matches one cue file in particular.
  bool matches(RemovalReason reason, std::string_view line) const;

  // --- Credits --------------------------------------------------------------------------------
  // True when `name` is a photo or news agency of agencies.txt (case-insensitive, whole string).
  bool is_agency(std::string_view name) const;

  // --- Tags -----------------------------------------------------------------------------------
  // The tag kind when `line` is a tag-list header of tag_headers.tsv ("Places", "Topics:").
  // With `inline_tags` set, also accepts "HEADER: a, b" and returns the part after the colon in it.
  std::optional<TagKind> tag_header(std::string_view line, std::string* inline_tags = nullptr) const;

  // --- Outlets and authors ---------------------------------------------------------------------
  // The outlet a line names through an outlet_cues.txt pattern, with the pattern's rank (0 is the
  // strongest); nullopt when no pattern matches.
  std::optional<std::pair<std::string, int>> outlet_from_line(std::string_view line) const;
  // "Eyder Peralta is NPR's East Africa correspondent based in Nairobi." -> {author, "NPR"}:
  // a person's name, "is"/"was"/"has been"/"covers", and a role word of bio_roles.txt.
  std::optional<BioMatch> match_bio(std::string_view line) const;

 private:
  Knowledge();
  struct CueSet;
  struct AllCues;
  std::vector<std::unique_ptr<CueSet>> cues_;  // in match order
  std::unique_ptr<AllCues> all_cues_;
  std::vector<std::string> agencies_;          // case-folded
  std::vector<std::pair<std::string, TagKind>> tag_headers_;  // case-folded header, kind
  std::vector<std::unique_ptr<re2::RE2>> outlet_patterns_;
  std::unique_ptr<re2::RE2> bio_pattern_;
  std::unique_ptr<re2::RE2> bio_possessive_;
  std::unique_ptr<re2::RE2> bio_for_outlet_;
};

}  // namespace chronicle::extract
