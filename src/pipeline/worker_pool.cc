#include "pipeline/worker_pool.h"

namespace chronicle::pipeline {

WorkerPool::WorkerPool(unsigned threads) {
  for (unsigned i = 1; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void WorkerPool::work() {
  uint64_t seen = 0;
  for (;;) {
    // The job is read under the lock together with its generation, so a worker that wakes late
    // either joins the current loop or finds none; it can never run an old job on new indices.
    const std::function<void(size_t)>* job;
    size_t size;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
      job = job_;
      size = job_size_;
      if (!job) continue;
      ++busy_;
    }
    for (size_t i = next_.fetch_add(1); i < size; i = next_.fetch_add(1)) (*job)(i);
    {
      std::lock_guard lock(mutex_);
      --busy_;
    }
    done_.notify_all();
  }
}

void WorkerPool::parallel_for(size_t n, const std::function<void(size_t)>& fn) {
  if (n == 0) return;
  if (workers_.empty() || n == 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    job_ = &fn;
    job_size_ = n;
    next_.store(0);
    ++generation_;
  }
  wake_.notify_all();
  for (size_t i = next_.fetch_add(1); i < n; i = next_.fetch_add(1)) fn(i);
  std::unique_lock lock(mutex_);
  // Every index is claimed once next_ passes n; wait until no worker is still inside fn.
  done_.wait(lock, [&] { return busy_ == 0 && next_.load() >= n; });
  job_ = nullptr;
}

}  // namespace chronicle::pipeline
