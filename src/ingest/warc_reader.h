// WARC reader: the response records of a WARC file (ISO 28500, WARC/1.0 and WARC/1.1), as RawDocs.
//
// In: an InputStream over a `.warc` or `.warc.gz` file (one gzip member per record, or the whole
// file gzipped: InputStream undoes both). Out, to the sink, one RawDoc per `response` record whose
// HTTP payload is HTML:
//   format = html, body = the payload decoded to UTF-8 (HTTP charset, then <meta charset>, then
//   sniffing; text::to_utf8), url = WARC-Target-URI, date = WARC-Date, source_id = WARC-Record-ID,
//   origin = "FILE#N" (N counts records from 1, every record type included).
// The HTTP message inside the record is parsed (status line, headers); chunked transfer coding and
// gzip/deflate content codings are undone (http_message.h).
//
// Skipped without a message: warcinfo, request, metadata, revisit, resource and conversion records,
// and responses that are not HTML (images, PDFs, redirects without a body).
// Errors, one ReadError each, naming "FILE#N": a record too large (ReadLimits::max_document_bytes),
// a body whose encoding cannot be undone. A damaged file (truncated, a Content-Length that lies,
// a header that is not WARC) ends reading with one ReadError after the records before the damage
// have been delivered: never a hang, never a crash.
// Prints nothing, throws nothing.
#pragma once
#include <string>

#include "ingest/input_stream.h"
#include "ingest/reader.h"

namespace chronicle::ingest {

// Reads every record of `in` (named `origin` in messages and RawDoc::origin), in file order.
// `options.source` and `options.date` fill RawDoc::source and RawDoc::date when the record gives
// none. Cost: linear in the file's size; memory: one record at a time.
void read_warc(InputStream& in, const std::string& origin, const ReadOptions& options, DocSink& sink);

}  // namespace chronicle::ingest
