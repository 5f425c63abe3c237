// WorkerPool: a fixed set of threads that run one parallel loop at a time.
//
// The per-document stages (extract, analyze) are pure, so a chunk of documents is processed by
// parallel_for() and the results land at their input index: the output is the same whatever the
// thread count. The caller's thread takes part in the loop.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace chronicle::pipeline {

class WorkerPool {
 public:
  // `threads` counts the caller: 1 runs everything on the caller's thread.
  explicit WorkerPool(unsigned threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Calls fn(i) for every i in [0, n), spread over the threads; returns when all are done.
  // fn must not throw.
  void parallel_for(size_t n, const std::function<void(size_t)>& fn);

  unsigned size() const { return static_cast<unsigned>(workers_.size()) + 1; }

 private:
  void work();

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  const std::function<void(size_t)>* job_ = nullptr;
  size_t job_size_ = 0;
  std::atomic<size_t> next_{0};
  size_t busy_ = 0;
  uint64_t generation_ = 0;
  bool stopping_ = false;
};

}  // namespace chronicle::pipeline
