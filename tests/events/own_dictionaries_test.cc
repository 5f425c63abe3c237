// Chronicle's own dictionaries (data/events/) as shipped: one sentence written here for each CAMEO
// root and for the constructs the data relies on (governing verbs with their infinitive, agents,
// demonyms, capitals, IGOs, verb/noun readings). The grammar itself is tested in coder_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "events/chronicle_reader.h"
#include "events/coder.h"

namespace chronicle::events {
namespace {

class OwnDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon_ = new Lexicon();
    intents_ = new IntentTable();
    std::string error;
    ASSERT_TRUE(load_chronicle_lexicon(CHRONICLE_DATA_DIR, *lexicon_, *intents_, error)) << error;
    CoderOptions options;
    options.strict_heads = true;  // as the events stage and `chronicle code` run the own dictionaries
    coder_ = new Coder(*lexicon_, options, *intents_);
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete intents_;
    delete lexicon_;
  }
  // The events of one sentence as "SOURCE TARGET CODE" lines (for the failure message too).
  static std::vector<std::string> code(const std::string& sentence, int date = 20140101) {
    std::vector<std::string> out;
    for (const CodedEvent& e : coder_->code_text(sentence, date)) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }
  static std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += "[" + x + "] ";
    return s;
  }
  static Lexicon* lexicon_;
  static IntentTable* intents_;
  static Coder* coder_;
};
Lexicon* OwnDictionariesTest::lexicon_ = nullptr;
IntentTable* OwnDictionariesTest::intents_ = nullptr;
Coder* OwnDictionariesTest::coder_ = nullptr;

struct Case {
  const char* sentence;
  const char* expected;  // "SOURCE TARGET CODE"
};

void expect_cases(const std::vector<Case>& cases,
                  const std::function<std::vector<std::string>(const std::string&)>& code_fn,
                  const std::function<std::string(const std::vector<std::string>&)>& join) {
  for (const Case& c : cases) {
    std::vector<std::string> got = code_fn(c.sentence);
    EXPECT_NE(std::find(got.begin(), got.end(), c.expected), got.end())
        << c.sentence << "\n  expected " << c.expected << "\n  got " << join(got);
  }
}

TEST_F(OwnDictionariesTest, OneSentencePerRoot) {
  expect_cases(
      {
          {"Germany expressed concern about Poland.", "DEU POL 012"},                        // 01
          {"Egypt urged Israel to resume talks.", "EGY ISR 026"},                              // 02
          {"Japan appealed to China for calm.", "JPN CHN 0252"},                               // 02
          {"Norway pledged aid to Sudan.", "NOR SDN 033"},                                     // 03
          {"Jordan agreed to cooperate with Britain.", "JOR GBR 031"},                         // 03
          {"Japan agreed to a ceasefire with China.", "JPN CHN 0356"},                         // 03
          {"The French foreign minister visited Algeria on Tuesday.", "FRAGOV DZA 042"},       // 04
          {"Chile hosted Peruvian officials in Santiago.", "CHL PERGOV 043"},                  // 04
          {"Canada praised Mexico for its reforms.", "CAN MEX 051"},                           // 05
          {"Sri Lanka established diplomatic relations with Iran.", "LKA IRN 054"},            // 05
          {"Brazil signed a trade agreement with Argentina.", "BRA ARG 057"},                  // 05
          {"Spain extradited the suspect to France.", "ESP FRA 063"},                          // 06
          {"Japan provided humanitarian aid to the Philippines.", "JPN PHL 073"},              // 07
          {"Denmark granted asylum to Iranian dissidents.", "DNK IRNOPP 075"},                 // 07
          {"Serbia lifted sanctions on Montenegro.", "SRB MNE 085"},                           // 08
          {"Israel withdrew troops from Lebanon.", "ISR LBN 0874"},                            // 08
          {"Croatia is investigating war crimes by Serbian forces.", "HRV SRBMIL 094"},        // 09
          {"Poland's parliament demanded an apology from Russia.", "POLLEG RUS 102"},          // 10
          {"Greece condemned Turkey on Monday.", "GRC TUR 111"},                               // 11
          {"The Sudanese government accused Chadian rebels of aggression.", "SDNGOV TCDREB 1123"},  // 11
          {"Lebanon complained to the United Nations about Israel.", "LBN IGOUNO 114"},        // 11
          {"Yemen rejected a request from the United States.", "YEM USA 120"},                // 12
          {"Ivory Coast rebels rejected a Senegalese peace plan.", "CIVREB SEN 127"},          // 12
          {"Iran threatened Iraq with sanctions.", "IRN IRQ 1312"},                            // 13
          {"Egyptian students protested against the Egyptian government.", "EGYEDU EGYGOV 140"},   // 14
          {"Algerian teachers went on strike against the Algerian government.", "DZAEDU DZAGOV 143"},  // 14
          {"Turkey deployed troops along the border with Syria.", "TUR SYR 154"},              // 15
          {"Italy suspended aid to Ethiopia.", "ITA ETH 162"},                                 // 16
          {"Hungary expelled Russian diplomats.", "HUN RUSGOV 161"},                           // 16
          {"Turkish police arrested Syrian activists.", "TURCOP SYROPP 173"},                  // 17
          {"Egyptian police dispersed Egyptian protesters.", "EGYCOP EGYOPP 175"},             // 17
          {"Afghan rebels kidnapped Russian advisers.", "AFGREB RUS 181"},                     // 18
          {"Irish guerrillas bombed a British army base.", "IRLREB GBRMIL 183"},               // 18
          {"Burmese troops attacked Thai rebels.", "MMRMIL THAREB 190"},                       // 19
          {"Iraqi forces shelled Iranian positions.", "IRQMIL IRN 194"},                       // 19
          {"Israel invaded Lebanon.", "ISR LBN 192"},                                          // 19
          {"Serb forces massacred Albanian civilians.", "SRBMIL ALBCVL 202"},                  // 20
      },
      [](const std::string& s) { return code(s); }, [](const std::vector<std::string>& v) { return joined(v); });
}

TEST_F(OwnDictionariesTest, GoverningVerbKeepsItsMeaningOverTheInfinitive) {
  // "threatened to break off" is a threat, "refused to extradite" a refusal: the verb and its
  // infinitive are one dictionary verb, so the infinitive is not coded on its own.
  expect_cases(
      {
          {"Pakistan threatened to break off relations with India.", "PAK IND 1313"},
          {"Kenya refused to extradite the Somali suspects to Ethiopia.", "KEN SOM 1212"},
      },
      [](const std::string& s) { return code(s); }, [](const std::vector<std::string>& v) { return joined(v); });
}

TEST_F(OwnDictionariesTest, IntentionsTakeTheIntentCodes) {
  expect_cases(
      {
          {"Nigeria will withdraw its troops from Chad.", "NGA TCD 035"},
          {"Vietnam and China held talks in Hanoi.", "VNM CHN 040"},
      },
      [](const std::string& s) { return code(s); }, [](const std::vector<std::string>& v) { return joined(v); });
}

TEST_F(OwnDictionariesTest, AgentsCountriesAndOrganisations) {
  expect_cases(
      {
          {"Israeli intelligence officials shared information with the United States.", "ISRSPY USA 064"},
          {"Ghana deported Liberian migrants.", "GHA LBRCVL 174"},
          {"Sudan's government lifted the curfew in Darfur.", "SDNGOV SDN 0813"},  // a region of its country
          {"East Timor criticized Indonesia.", "TLS IDN 111"},                       // a member added here
          {"UNITA attacked Angolan troops.", "AGOREB AGOMIL 190"},                   // an armed movement
      },
      [](const std::string& s) { return code(s); }, [](const std::vector<std::string>& v) { return joined(v); });
}

TEST_F(OwnDictionariesTest, NounsThatAreAlsoVerbsStayNouns) {
  // "sanctions", "embargo" and "aid" are not dictionary verbs, so they stay the objects of the verb.
  expect_cases(
      {
          {"The United States imposed sanctions on Iran.", "USA IRN 163"},
          {"France lifted the embargo against Iraq.", "FRA IRQ 085"},
          {"Red Cross officials suspended aid deliveries to Iraq.", "NGOIRCGOV IRQ 1623"},
      },
      [](const std::string& s) { return code(s); }, [](const std::vector<std::string>& v) { return joined(v); });
  EXPECT_TRUE(code("Italy played Brazil in a football match on Sunday.").empty());  // a discard phrase
}

}  // namespace
}  // namespace chronicle::events
