// bench/events_speed: sentences per second of the event coder on one core.
//
//   events_speed RECORDS.jsonl [DICT_DIR] [--repeat N] [--print]
//
// Loads the dictionaries (TABARI/PETRARCH files found in DICT_DIR, or Chronicle's own data/events
// when no directory is given: CHRONICLE_DATA or the data/ this was built from), reads every
// record's "text" and "date", then codes all of them N times (default 20) on one thread and reports
// the load time, the coding rate and the number of events. With --print it prints the
// `chronicle code` output of one pass instead (for checking that both paths agree).
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "events/chronicle_reader.h"
#include "events/coder.h"
#include "events/petrarch_reader.h"

using namespace chronicle::events;

int main(int argc, char** argv) {
  std::string records_path, dict_dir;
  int repeat = 20;
  bool print = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--print") print = true;
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (records_path.empty()) records_path = a;
    else dict_dir = a;
  }
  if (records_path.empty()) {
    std::cerr << "usage: events_speed RECORDS.jsonl [DICT_DIR] [--repeat N] [--print]\n";
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  Lexicon lexicon;
  IntentTable intents;
  std::string error;
  bool petrarch = !dict_dir.empty();
  if (petrarch) {
    if (!load_petrarch_lexicon(find_dictionary_files(dict_dir), lexicon, error)) {
      std::cerr << "events_speed: " << error << "\n";
      return 1;
    }
  } else {
    const char* env = std::getenv("CHRONICLE_DATA");
    std::string data = env && *env ? env : CHRONICLE_DATA_DIR;
    if (!load_chronicle_lexicon(data, lexicon, intents, error)) {
      std::cerr << "events_speed: " << error << "\n";
      return 1;
    }
  }
  auto t1 = std::chrono::steady_clock::now();
  CoderOptions options;
  options.strict_heads = !petrarch;
  Coder coder(lexicon, options, intents);
  CoderOptions one_sided_options = options;
  one_sided_options.require_dyad = false;
  Coder one_sided(lexicon, one_sided_options, intents);

  struct Rec { std::string id, text; int date; bool dyad; };
  std::vector<Rec> recs;
  std::ifstream in(records_path);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Rec r;
    r.id = j.value("id", "");
    r.text = j["text"].get<std::string>();
    r.date = j.contains("date") && j["date"].is_string() ? parse_event_date(j["date"].get<std::string>()) : 0;
    r.dyad = true;
    if (j.contains("config") && j["config"].is_object() && j["config"].contains("require_dyad") &&
        j["config"]["require_dyad"].is_boolean())
      r.dyad = j["config"]["require_dyad"].get<bool>();
    recs.push_back(std::move(r));
  }
  if (print) {
    for (const Rec& r : recs) {
      nlohmann::json out;
      out["id"] = r.id;
      out["events"] = nlohmann::json::array();
      for (const CodedEvent& e : (r.dyad ? coder : one_sided).code_text(r.text, r.date))
        out["events"].push_back({{"source", e.source.empty() ? "---" : e.source},
                                 {"target", e.target.empty() ? "---" : e.target}, {"code", e.code}});
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    return 0;
  }
  size_t events = 0;
  auto t2 = std::chrono::steady_clock::now();
  for (int k = 0; k < repeat; ++k)
    for (const Rec& r : recs) events += coder.code_text(r.text, r.date).size();
  auto t3 = std::chrono::steady_clock::now();
  double load_s = std::chrono::duration<double>(t1 - t0).count();
  double code_s = std::chrono::duration<double>(t3 - t2).count();
  size_t sentences = recs.size() * size_t(repeat);
  std::printf("dictionaries: %zu verb forms, %zu patterns, %zu actor phrases, %zu agents; loaded in %.2f s\n",
              lexicon.verb_form_count(), lexicon.pattern_count(), lexicon.actor_phrase_count(),
              lexicon.agent_count(), load_s);
  std::printf("coded %zu sentences (%zu records x %d) in %.3f s: %.0f sentences/s, %zu events\n", sentences,
              recs.size(), repeat, code_s, sentences / code_s, events);
  return 0;
}
