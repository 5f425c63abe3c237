// Runs the built `chronicle` binary as a user would and captures what it prints.
#pragma once
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chronicle::testing {

struct Result {
  int status = -1;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::filesystem::path e2e_dir() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const char* root = std::getenv("CHRONICLE_TEST_TMP");
  std::filesystem::path dir = std::filesystem::path(root ? root : "/tmp/chronicle-tests") /
                              (std::string("e2e.") + info->test_suite_name() + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs `chronicle ARGS…` with `stdin_path` (or /dev/null) as standard input.
inline Result chronicle(const std::vector<std::string>& args, const std::string& stdin_path = "/dev/null") {
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::string tag = std::to_string(::getpid()) + "-" + std::to_string(std::rand());
  std::filesystem::path out = dir / ("chronicle-out-" + tag), err = dir / ("chronicle-err-" + tag);
  std::string command = shell_quote(CHRONICLE_BINARY);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " <" + shell_quote(stdin_path) + " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string());
  Result run;
  int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  run.out = slurp(out);
  run.err = slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return run;
}

inline std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream ss(s);
  for (std::string line; std::getline(ss, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace chronicle::testing
