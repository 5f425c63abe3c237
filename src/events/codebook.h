// The CAMEO codebook: each event code's name, quad class and Goldstein value, read from
// data/events/codebook.tsv (format in docs/events.md, "codebook.tsv").
//
// Immutable once loaded; safe for concurrent use.
#pragma once
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronicle::events {

struct CodeInfo {
  std::string code;
  std::string name;
  int quad_class = 0;       // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;   // -10 (most conflictual) .. +10 (most cooperative)
};

class Codebook {
 public:
  // Reads "code<TAB>quad<TAB>goldstein<TAB>name" lines ("#" comments, blank lines allowed).
  // Returns false with `error` = "SOURCE:LINE: reason" on the first bad line or when empty.
  bool load(std::istream& in, std::string_view source, std::string& error);

  // The code's entry; for a code the book lacks (a dictionary's own "0874", "1213") the nearest
  // listed ancestor ("087", then "08"); null when not even the root is listed.
  const CodeInfo* find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

  // The two-digit root of a CAMEO code ("0874" -> "08", "190" -> "19"); "" when not numeric.
  static std::string root(std::string_view code);
  // The quad class of a root by CAMEO's convention (01-05 -> 1, 06-09 -> 2, 10-14 -> 3,
  // 15-20 -> 4); 0 for anything else.
  static int quad_of_root(std::string_view root);

 private:
  std::unordered_map<std::string, CodeInfo> codes_;
};

}  // namespace chronicle::events
