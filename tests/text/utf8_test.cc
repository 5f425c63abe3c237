#include "text/utf8.h"

#include <gtest/gtest.h>

namespace chronicle::text {
namespace {

TEST(Utf8Test, ValidPrefixStopsAtFirstBadByte) {
  EXPECT_TRUE(is_valid_utf8("Kerry \xE2\x80\x94 Lavrov"));
  EXPECT_EQ(valid_utf8_prefix("ab\xFFcd"), 2u);
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // lone surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x80"));          // truncated sequence
}

TEST(Utf8Test, Windows1252QuotesAndAccentsBecomeUtf8) {
  // A Latin-1/Windows-1252 page: curly quotes 0x93/0x94, e-acute 0xE9, euro 0x80.
  Decoded d = to_utf8("\x93" "Caf\xE9 costs \x80" "5\x94");
  EXPECT_EQ(d.text, "\xE2\x80\x9C" "Caf\xC3\xA9 costs \xE2\x82\xAC" "5\xE2\x80\x9D");
  EXPECT_EQ(d.decoded_from, "windows-1252");
}

TEST(Utf8Test, ValidUtf8IsKeptAndBomDropped) {
  Decoded d = to_utf8("\xEF\xBB\xBFSergei Lavrov \xE2\x80\x94 Moscow");
  EXPECT_EQ(d.text, "Sergei Lavrov \xE2\x80\x94 Moscow");
  EXPECT_EQ(d.decoded_from, "");
}

TEST(Utf8Test, MostlyUtf8WithOneBadByteIsRepairedNotReinterpreted) {
  Decoded d = to_utf8("caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 broken \xFF here");
  EXPECT_EQ(d.decoded_from, "utf-8 (repaired)");
  EXPECT_NE(d.text.find("caf\xC3\xA9"), std::string::npos);
  EXPECT_NE(d.text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(is_valid_utf8(d.text));
}

TEST(Utf8Test, DeclaredLatin1WinsWhenBytesAreNotUtf8) {
  EXPECT_EQ(to_utf8("\xC3\xA9t\xE9", "ISO-8859-1").decoded_from, "windows-1252");
}

TEST(Utf8Test, BinaryIsRecognised) {
  EXPECT_TRUE(looks_binary(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_FALSE(looks_binary("Plain news text.\nSecond line.\n"));
  std::string controls(100, '\x01');
  EXPECT_TRUE(looks_binary(controls));
}

TEST(Utf8Test, TruncateNeverSplitsACodePoint) {
  std::string s = "ab\xE2\x80\x94cd";
  std::string t = truncate_utf8(s, 3);
  EXPECT_EQ(t, "ab\xE2\x80\xA6");
  EXPECT_TRUE(is_valid_utf8(t));
  EXPECT_EQ(truncate_utf8("short", 10), "short");
}

}  // namespace
}  // namespace chronicle::text
