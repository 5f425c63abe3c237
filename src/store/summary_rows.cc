#include "store/summary_rows.h"

namespace chronicle::store {

ArticleSummary summary_from(const Statement& row, int first) {
  ArticleSummary s;
  s.id = row.text(first);
  s.source_id = row.text(first + 1);
  s.date = row.text(first + 2);
  s.source = row.text(first + 3);
  s.author = row.text(first + 4);
  s.title = row.text(first + 5);
  s.lang = row.text(first + 6);
  s.url = row.text(first + 7);
  s.duplicate_of = row.text(first + 8);
  s.story = row.text(first + 9);
  s.chars = static_cast<size_t>(row.integer(first + 10));
  return s;
}

}  // namespace chronicle::store
