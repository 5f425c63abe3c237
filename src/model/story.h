// Story and Storyline: groups of articles made by the corpus-level index stage.
#pragma once
#include <string>
#include <vector>

namespace chronicle {

struct Story {
  std::string id;
  std::string title;                  // the most central headline
  std::string summary;                // the most central sentences
  std::string first;                  // ISO dates of the first and last article
  std::string last;
  std::vector<std::string> articles;  // article ids
  std::vector<std::string> sources;   // outlets
  std::vector<std::string> places;
  std::vector<std::string> people;
  std::string storyline;              // storyline id, "" when none
};

struct Storyline {
  std::string id;
  std::string title;
  std::string first;
  std::string last;
  std::vector<std::string> stories;
  std::vector<std::string> articles;
};

}  // namespace chronicle
