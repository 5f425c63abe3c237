// Progress: one line on stderr, redrawn at most five times a second, only on a terminal.
#pragma once
#include <chrono>
#include <cstddef>

namespace chronicle::pipeline {

class Progress {
 public:
  explicit Progress(bool enabled);
  void update(size_t read, size_t added, size_t failed);
  void finish();  // clears the line

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_, last_;
};

}  // namespace chronicle::pipeline
