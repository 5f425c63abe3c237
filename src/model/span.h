// Span: a half-open range of byte offsets into an Article's clean text.
//
// Invariants (owned here, cited by tests as "span invariant N"):
//  (1) 0 <= start <= end <= text.size(), and both fall on UTF-8 code-point boundaries;
//  (2) the spans of one annotation kind are kept sorted by start;
//  (3) a span is never re-based: Article::text is fixed once extract() returns.
#pragma once
#include <cstdint>

namespace chronicle {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return start == end; }
  bool contains(const Span& other) const { return start <= other.start && other.end <= end; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace chronicle
