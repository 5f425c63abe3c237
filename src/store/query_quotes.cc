// Quotes for the HTTP API (queries_api.h). A quote's text is cut from its article's text by byte
// offsets (the span), so SQL works on the text as a BLOB: substr() on TEXT counts characters.
#include "store/queries_api.h"
#include "store/sqlite_handle.h"

namespace chronicle::store {

std::vector<QuoteRow> list_quotes(Store& store, const QuoteFilter& filter, const Paging& page) {
  // "About" an entity: the quote's span contains one of that entity's mentions in the same article.
  Statement q(store.handle(),
              "SELECT a.id, a.title, a.source, a.date, "
              "CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT), "
              "q.start, q.end, q.kind, q.speaker, q.speaker_name, q.cue, q.reported_by, "
              "q.speaker_start, q.speaker_end, q.cue_start, q.cue_end "
              "FROM quotes q JOIN articles a ON a.rowid = q.article "
              "WHERE (?1 = '' OR q.speaker = ?1) AND (?2 = '' OR a.id = ?2) "
              "AND (?3 = '' OR EXISTS (SELECT 1 FROM entity_mentions m, json_each(m.mentions) j "
              "     WHERE m.article = q.article AND m.entity = ?3 "
              "     AND json_extract(j.value, '$[0]') >= q.start AND json_extract(j.value, '$[1]') <= q.end)) "
              "ORDER BY a.date DESC, a.rowid DESC, q.ord LIMIT ?4 OFFSET ?5");
  q.bind(1, filter.speaker).bind(2, filter.article).bind(3, filter.about).bind(4, page.limit).bind(5, page.offset);
  std::vector<QuoteRow> out;
  while (q.step()) {
    QuoteRow r;
    r.article = q.text(0);
    r.title = q.text(1);
    r.source = q.text(2);
    r.date = q.text(3);
    r.text = q.text(4);
    r.quote.span = {static_cast<uint32_t>(q.integer(5)), static_cast<uint32_t>(q.integer(6))};
    std::string kind = q.text(7);
    r.quote.kind = kind == "indirect" ? QuoteKind::indirect : kind == "mixed" ? QuoteKind::mixed : QuoteKind::direct;
    r.quote.speaker = q.text(8);
    r.quote.speaker_name = q.text(9);
    r.quote.cue = q.text(10);
    r.quote.reported_by = q.text(11);
    r.quote.speaker_span = {static_cast<uint32_t>(q.integer(12)), static_cast<uint32_t>(q.integer(13))};
    r.quote.cue_span = {static_cast<uint32_t>(q.integer(14)), static_cast<uint32_t>(q.integer(15))};
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace chronicle::store
