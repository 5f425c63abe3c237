// Quotes for the HTTP API (queries_api.h). A quote's text is cut from its article's text by byte
// offsets (the span), so SQL works on the text as a BLOB: substr() on TEXT counts characters.
#include "store/queries_api.h"
#include "store/quote_rows.h"
#include "store/sqlite_handle.h"

namespace chronicle::store {

std::vector<QuoteRow> list_quotes(Store& store, const QuoteFilter& filter, const Paging& page) {
  // "About" an entity: the quote's span contains one of that entity's mentions in the same article.
  Statement q(store.handle(),
              "SELECT a.id, a.title, a.source, a.date, "
              "CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT), "
              + std::string(kQuoteColumns) +
              " FROM quotes q JOIN articles a ON a.rowid = q.article "
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
    r.quote = quote_from(q, 5);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace chronicle::store
