#include "extract/knowledge.h"

#include <filesystem>

namespace chronicle::extract {

std::unique_ptr<Knowledge> Knowledge::load(const std::string& data_dir, std::string& error) {
  if (!std::filesystem::is_directory(data_dir)) {
    error = data_dir + ": knowledge directory not found";
    return nullptr;
  }
  return std::make_unique<Knowledge>();
}

}  // namespace chronicle::extract
