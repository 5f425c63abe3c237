// Knowledge: the data/ files the extractor needs, compiled once into matchers.
#pragma once
#include <memory>
#include <string>

namespace chronicle::extract {

class Knowledge {
 public:
  // Loads and compiles the extraction knowledge under `data_dir`; null with `error` naming the
  // file and line on failure.
  static std::unique_ptr<Knowledge> load(const std::string& data_dir, std::string& error);
};

}  // namespace chronicle::extract
