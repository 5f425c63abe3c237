// An ingest run: inputs → read → extract → analyze → index → store, in chunks.
//
// The reader runs on the calling thread and fills a chunk of documents; the chunk's per-document
// work (site line keys, extract, analyze) runs on the worker pool with results kept at their input
// index; then the chunk is written by the one writer in one transaction. Chunks are cut by count,
// never by time or thread, so the same inputs give the same store whatever the thread count.
//
// Failures are reported to `on_error` as (input, reason) in input order and counted; the run goes
// on. An interrupt (the `stop` flag, set by SIGINT) ends reading; the chunk in hand is committed
// whole and the summary says so.
#pragma once
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "index/features.h"
#include "index/options.h"
#include "ingest/reader.h"
#include "pipeline/stages.h"
#include "store/store.h"

namespace chronicle::pipeline {

struct IngestOptions {
  ingest::ReadOptions read;
  unsigned threads = 0;       // 0: one per core
  size_t chunk_size = 256;    // documents per transaction
  bool progress = false;      // draw a progress line on stderr (a terminal only)
  index::IndexOptions index;  // thresholds of the index stage (benchmarks measure other settings)
};

struct RunSummary {
  size_t read = 0;            // documents read (good and bad)
  size_t added = 0;           // new articles stored
  size_t duplicates = 0;      // articles already stored, or marked duplicate_of another
  size_t failed = 0;          // inputs or documents that gave no article, each reported
  double seconds = 0;
  bool interrupted = false;
  std::string store_error;    // "" unless the run stopped at the store: a batch not written, or a saved
                              // index state it cannot continue; says which, in one line

  // "read 2, added 2, duplicates 0, failed 0 in 0.01 s (200 articles/s)"
  std::string line() const;
};

using ErrorReporter = std::function<void(const std::string& input, const std::string& reason)>;

class IngestRun {
 public:
  // `index_knowledge` enables the corpus-level index (duplicates, stories, storylines, related);
  // null leaves duplicate_of and story empty. The index continues from the state the store saved
  // with its last committed batch, and saves its changes with each batch.
  IngestRun(const extract::Extractor& extractor, const StageList& stages, store::Store& store,
            IngestOptions options, ErrorReporter on_error, const index::Knowledge* index_knowledge = nullptr);
  RunSummary run(const std::vector<std::string>& inputs, const std::atomic<bool>* stop);

 private:
  const extract::Extractor& extractor_;
  const StageList& stages_;
  store::Store& store_;
  IngestOptions options_;
  ErrorReporter on_error_;
  const index::Knowledge* index_knowledge_;
};

// Runs extract and every analyze stage on one document, as `analyze FILE` does without a store.
// Returns the article; `error` is set when the document gave none.
extract::ExtractResult analyze_document(const RawDoc& doc, const extract::Extractor& extractor,
                                        const StageList& stages);

}  // namespace chronicle::pipeline
