#include "store/quote_rows.h"

namespace chronicle::store {
namespace {

Span span_at(const Statement& row, int column) {
  return {static_cast<uint32_t>(row.integer(column)), static_cast<uint32_t>(row.integer(column + 1))};
}

QuoteKind quote_kind_from(const std::string& name) {
  if (name == "indirect") return QuoteKind::indirect;
  if (name == "mixed") return QuoteKind::mixed;
  return QuoteKind::direct;
}

}  // namespace

Quote quote_from(const Statement& row, int first) {
  Quote q;
  q.span = span_at(row, first);
  q.kind = quote_kind_from(row.text(first + 2));
  q.speaker = row.text(first + 3);
  q.speaker_name = row.text(first + 4);
  q.cue = row.text(first + 5);
  q.reported_by = row.text(first + 6);
  q.speaker_span = span_at(row, first + 7);
  q.cue_span = span_at(row, first + 9);
  return q;
}

}  // namespace chronicle::store
