#include "server/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "server_test_util.h"

namespace chronicle::server {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = chronicle::testing::temp_dir("static");
    std::filesystem::create_directories(base_ + "/web/js");
    std::filesystem::create_directories(base_ + "/web-evil");
    std::ofstream(base_ + "/web/index.html") << "page";
    std::ofstream(base_ + "/web/js/app.js") << "js";
    std::ofstream(base_ + "/web-evil/x.html") << "sibling";
    std::ofstream(base_ + "/outside.txt") << "outside";
    std::filesystem::create_symlink(base_ + "/outside.txt", base_ + "/web/escape.txt");
    std::filesystem::create_symlink(base_ + "/web/js/app.js", base_ + "/web/alias.js");
    root_ = std::filesystem::canonical(base_ + "/web").string();
  }
  std::string base_, root_;
};

TEST_F(StaticFilesTest, ServesFilesInsideTheFolder) {
  EXPECT_EQ(resolve_static(root_, "/"), root_ + "/index.html");
  EXPECT_EQ(resolve_static(root_, "/js/app.js"), root_ + "/js/app.js");
  EXPECT_EQ(resolve_static(root_, "/alias.js"), root_ + "/js/app.js");  // a symlink that stays inside
}

TEST_F(StaticFilesTest, RefusesEveryWayOut) {
  for (const char* path : {"/../outside.txt", "/js/../../outside.txt", "/./index.html", "/js//app.js", "/escape.txt",
                           "/../web-evil/x.html", "/js", "/missing.html", "", "index.html", "/.git/config",
                           "/js\\..\\..\\outside.txt"}) {
    EXPECT_FALSE(resolve_static(root_, path)) << path;
  }
  EXPECT_FALSE(resolve_static(root_, std::string("/index.html\0.js", 15)));
  EXPECT_FALSE(resolve_static(root_, "/" + std::string(2000, 'a')));
}

TEST(ContentTypeTest, ByExtension) {
  EXPECT_EQ(content_type_of("/x/app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_of("countries.json"), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_of("style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_of("README"), "application/octet-stream");
}

}  // namespace
}  // namespace chronicle::server
