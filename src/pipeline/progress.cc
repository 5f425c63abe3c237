#include "pipeline/progress.h"

#include <cstdio>

namespace chronicle::pipeline {

Progress::Progress(bool enabled) : enabled_(enabled), started_(std::chrono::steady_clock::now()), last_(started_) {}

void Progress::update(size_t read, size_t added, size_t failed) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - started_).count();
  double rate = seconds > 0 ? static_cast<double>(read) / seconds : 0;
  std::fprintf(stderr, "\r\033[Kingest: %zu read, %zu added, %zu failed, %.0f docs/s", read, added, failed, rate);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace chronicle::pipeline
