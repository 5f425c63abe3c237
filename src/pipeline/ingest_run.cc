#include "pipeline/ingest_run.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <thread>
#include <unordered_set>

#include "index/index.h"
#include "pipeline/progress.h"
#include "pipeline/worker_pool.h"

namespace chronicle::pipeline {
namespace {

struct ChunkItem {
  RawDoc doc;
  std::string site;
  std::vector<uint64_t> line_keys;
  extract::ExtractResult result;
};

// Collects what the readers produce into the current chunk; errors are reported at once.
class ChunkSink : public ingest::DocSink {
 public:
  ChunkSink(std::vector<ChunkItem>& chunk, size_t chunk_size, std::function<void()> flush,
            const ErrorReporter& on_error, RunSummary& summary)
      : chunk_(chunk), chunk_size_(chunk_size), flush_(std::move(flush)), on_error_(on_error), summary_(summary) {}

  void on_doc(RawDoc&& doc) override {
    ++summary_.read;
    chunk_.push_back(ChunkItem{std::move(doc), {}, {}, {}});
    if (chunk_.size() >= chunk_size_) flush_();
  }
  void on_error(ingest::ReadError&& error) override {
    ++summary_.read;
    ++summary_.failed;
    on_error_(error.input, error.reason);
  }

 private:
  std::vector<ChunkItem>& chunk_;
  size_t chunk_size_;
  std::function<void()> flush_;
  const ErrorReporter& on_error_;
  RunSummary& summary_;
};

std::string format_count(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

}  // namespace

std::string RunSummary::line() const {
  double rate = seconds > 0 ? static_cast<double>(added + duplicates) / seconds : 0;
  std::string out = "read " + std::to_string(read) + ", added " + std::to_string(added) + ", duplicates " +
                    std::to_string(duplicates) + ", failed " + std::to_string(failed) + " in " +
                    format_count(seconds, 2) + " s (" + format_count(rate, 0) + " articles/s)";
  if (interrupted) out += "; interrupted";
  return out;
}

extract::ExtractResult analyze_document(const RawDoc& doc, const extract::Extractor& extractor,
                                        const StageList& stages) {
  extract::SiteLineStats no_stats;
  extract::ExtractResult result = extractor.extract(doc, no_stats);
  if (!result.error.empty()) return result;
  for (const auto& stage : stages) {
    std::string reason = stage->analyze(result.article);
    if (!reason.empty()) {
      result.error = std::string(stage->name()) + ": " + reason;
      break;
    }
  }
  return result;
}

IngestRun::IngestRun(const extract::Extractor& extractor, const StageList& stages, store::Store& store,
                     IngestOptions options, ErrorReporter on_error, const index::Knowledge* index_knowledge)
    : extractor_(extractor),
      stages_(stages),
      store_(store),
      options_(std::move(options)),
      on_error_(std::move(on_error)),
      index_knowledge_(index_knowledge) {}

namespace {

// The index's view of a batch, in the store's terms, with what changed in its state.
store::StoryUpdates story_updates(index::BatchResult&& result, index::Indexer& indexer) {
  store::StoryUpdates updates;
  updates.index_state = indexer.take_changes();
  updates.stories = std::move(result.stories);
  updates.storylines = std::move(result.storylines);
  for (auto& link : result.storyline_links) updates.storyline_links.emplace_back(std::move(link.story), std::move(link.storyline));
  for (auto& r : result.related) updates.related.push_back({std::move(r.article), std::move(r.related), r.score, r.rank});
  return updates;
}

}  // namespace

RunSummary IngestRun::run(const std::vector<std::string>& inputs, const std::atomic<bool>* stop) {
  RunSummary summary;
  auto started = std::chrono::steady_clock::now();
  unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
  WorkerPool pool(threads);
  Progress progress(options_.progress && ::isatty(STDERR_FILENO));
  extract::SiteLineStats site_stats;
  std::set<std::string> loaded_sites;
  std::vector<ChunkItem> chunk;
  chunk.reserve(options_.chunk_size);
  std::string inputs_text;
  for (const std::string& input : inputs) inputs_text += (inputs_text.empty() ? "" : " ") + input;
  int64_t run_id = store_.begin_run(inputs_text);
  // One index per run, fed by the writer in input order, continuing the window the store saved
  // with its last committed batch: a second ingest extends the first one's stories and finds
  // copies of its articles. A state this chronicle cannot read stops the run before any input.
  std::unique_ptr<index::Indexer> indexer;
  if (index_knowledge_) {
    IndexState saved;
    std::string error;
    if (store_.load_index_state(saved, error))
      indexer = std::make_unique<index::Indexer>(*index_knowledge_, options_.index, saved);
    if (indexer && !indexer->ok()) error = indexer->error();
    if (!error.empty()) {
      summary.store_error = "the saved index state cannot be continued, nothing was read: " + error;
      store_.finish_run(run_id, 0, 0, 0, 0, "failed");
      return summary;
    }
  }

  auto flush = [&] {
    if (chunk.empty() || !summary.store_error.empty()) {
      chunk.clear();
      return;
    }
    // 1. Each page's site and line keys (parallel), then the site counts this chunk sees: the
    //    stored counts once per site and run, plus this chunk's pages.
    pool.parallel_for(chunk.size(), [&](size_t i) {
      chunk[i].site = extract::site_key(chunk[i].doc);
      if (!chunk[i].site.empty()) chunk[i].line_keys = extract::page_line_keys(chunk[i].doc);
    });
    for (const ChunkItem& item : chunk) {
      if (item.site.empty()) continue;
      if (loaded_sites.insert(item.site).second) {
        int pages = 0;
        std::vector<std::pair<uint64_t, int>> lines;
        store_.site_line_counts(item.site, pages, lines);
        site_stats.set_counts(item.site, pages, lines);
      }
      site_stats.add_page(item.site, item.line_keys);
    }
    // 2. Extract and analyze (parallel; results stay at their index).
    pool.parallel_for(chunk.size(), [&](size_t i) {
      ChunkItem& item = chunk[i];
      item.result = extractor_.extract(item.doc, site_stats);
      if (!item.result.error.empty()) return;
      for (const auto& stage : stages_) {
        std::string reason = stage->analyze(item.result.article);
        if (!reason.empty()) {
          item.result.error = std::string(stage->name()) + ": " + reason;
          return;
        }
      }
    });
    // 3. Collect in input order; a document that gave no article is reported, not stored.
    std::vector<Article> articles;
    std::vector<store::PageLines> pages;
    articles.reserve(chunk.size());
    for (ChunkItem& item : chunk) {
      if (!item.result.error.empty()) {
        ++summary.failed;
        on_error_(item.doc.origin, item.result.error);
        continue;
      }
      articles.push_back(std::move(item.result.article));
      pages.push_back({std::move(item.site), std::move(item.line_keys)});
    }
    // 4. Index (one thread, input order), then write the chunk and its stories in one transaction.
    //    Articles already stored are not indexed again: they changed the window when they were
    //    stored, and the saved window must match the committed articles.
    store::StoryUpdates updates;
    if (indexer) {
      std::vector<size_t> fresh;
      for (size_t i = 0; i < articles.size(); ++i)
        if (!store_.contains(articles[i].id)) fresh.push_back(i);
      std::vector<Article> to_index;
      to_index.reserve(fresh.size());
      for (size_t i : fresh) to_index.push_back(std::move(articles[i]));
      index::BatchResult result = indexer->index_batch(to_index);
      for (size_t k = 0; k < fresh.size(); ++k) articles[fresh[k]] = std::move(to_index[k]);
      updates = story_updates(std::move(result), *indexer);
    }
    store::WriteResult written;
    std::string error;
    if (!store_.write_batch(articles, pages, written, error, indexer ? &updates : nullptr)) {
      summary.store_error = "batch not written, rolled back: " + error;
      summary.failed += articles.size();
    } else {
      summary.added += written.added;
      summary.duplicates += written.already_stored;
      for (size_t i = 0; i < articles.size(); ++i)
        if (written.was_added[i] && !articles[i].duplicate_of.empty()) ++summary.duplicates;
    }
    chunk.clear();
    progress.update(summary.read, summary.added, summary.failed);
  };

  ChunkSink sink(chunk, options_.chunk_size, flush, on_error_, summary);
  auto should_stop = [&] {
    if (stop && stop->load()) summary.interrupted = true;
    return summary.interrupted || !summary.store_error.empty();
  };
  ingest::read_inputs(inputs, options_.read, sink, should_stop);
  flush();
  progress.finish();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  store_.finish_run(run_id, summary.read, summary.added, summary.duplicates, summary.failed,
                    summary.interrupted ? "interrupted" : summary.store_error.empty() ? "done" : "failed");
  return summary;
}

}  // namespace chronicle::pipeline
