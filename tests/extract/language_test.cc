// Tests for language identification (src/extract/language.h).
#include "extract/language.h"

#include <gtest/gtest.h>

namespace chronicle::extract {
namespace {

TEST(LanguageTest, DetectsCommonNewsLanguages) {
  EXPECT_EQ(detect_language("The finance minister said on Tuesday that the government would not raise taxes before "
                            "the election, despite a widening budget deficit and pressure from the central bank."),
            "en");
  EXPECT_EQ(detect_language("Der Finanzminister sagte am Dienstag, die Regierung werde die Steuern vor der Wahl nicht "
                            "erhöhen, obwohl das Haushaltsdefizit wächst und die Zentralbank Druck macht."),
            "de");
  EXPECT_EQ(detect_language("Le ministre des Finances a déclaré mardi que le gouvernement n'augmenterait pas les impôts "
                            "avant les élections, malgré un déficit budgétaire croissant."),
            "fr");
  EXPECT_EQ(detect_language("El ministro de Hacienda dijo el martes que el Gobierno no subirá los impuestos antes de las "
                            "elecciones, a pesar del creciente déficit presupuestario."),
            "es");
}

TEST(LanguageTest, ShortTextFallsBackToTheHint) {
  EXPECT_EQ(detect_language("Ok", ""), "");
  EXPECT_EQ(detect_language("Ok", "pt-BR"), "pt");
  EXPECT_EQ(detect_language("", "EN"), "en");
}

TEST(LanguageTest, ReliableDetectionWinsOverAWrongHint) {
  EXPECT_EQ(detect_language("Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau von vier neuen Radwegen in der "
                            "Innenstadt beschlossen, die Arbeiten sollen im Frühjahr beginnen.",
                            "en"),
            "de");
}

TEST(LanguageTest, InvalidUtf8IsRepairedNotACrash) {
  std::string bad = "The council approved the budget \xff\xfe on Monday after a long debate about bus routes and fares.";
  EXPECT_EQ(detect_language(bad), "en");
}

}  // namespace
}  // namespace chronicle::extract
