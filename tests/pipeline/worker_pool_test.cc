#include "pipeline/worker_pool.h"

#include <atomic>
#include <vector>

#include <gtest/gtest.h>

namespace chronicle::pipeline {
namespace {

TEST(WorkerPoolTest, EveryIndexRunsExactlyOnce) {
  for (unsigned threads : {1u, 2u, 4u}) {
    WorkerPool pool(threads);
    for (size_t n : {0u, 1u, 7u, 1000u}) {
      std::vector<std::atomic<int>> hits(n);
      pool.parallel_for(n, [&](size_t i) { hits[i].fetch_add(1); });
      for (size_t i = 0; i < n; ++i) ASSERT_EQ(hits[i].load(), 1) << "threads " << threads << " n " << n << " i " << i;
    }
  }
}

TEST(WorkerPoolTest, ManyLoopsInARowDoNotMixJobs) {
  WorkerPool pool(3);
  for (int round = 0; round < 200; ++round) {
    std::vector<int> out(50, -1);
    pool.parallel_for(out.size(), [&](size_t i) { out[i] = round; });
    for (int v : out) ASSERT_EQ(v, round);
  }
}

}  // namespace
}  // namespace chronicle::pipeline
