// `chronicle code`: codes single sentences, one JSON Lines record each ({"id","date","text"}), and
// prints {"id","events":[{"source","target","code"}]} per record, in input order.
//
// The dictionaries come from --actors/--agents/--verbs/--discards (TABARI/PETRARCH formats, each
// flag repeatable), or, with none of them, from Chronicle's own data/events. The coder reads only
// the record's text and date, never a "parse". A record's "config": {"require_dyad": false} is
// honoured (the PETRARCH unit tests set it per record).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "events/chronicle_reader.h"
#include "events/coder.h"
#include "events/petrarch_reader.h"
#include "pipeline/stages.h"

namespace chronicle::cli {

namespace {

struct CodeArgs {
  std::vector<std::string> actors, agents, verbs, discards;
  std::string data_dir;
  std::string input;
};

std::string cut(std::string_view s) { return std::string(s.substr(0, 100)); }

int run_code(const CodeArgs& args) {
  using namespace chronicle::events;
  Lexicon lexicon;
  IntentTable intents;
  std::string error;
  bool petrarch = !args.actors.empty() || !args.agents.empty() || !args.verbs.empty() || !args.discards.empty();
  if (petrarch) {
    DictionaryFiles files{args.actors, args.agents, args.verbs, args.discards};
    if (!load_petrarch_lexicon(files, lexicon, error)) {
      std::cerr << "chronicle: " << error << "\n";
      return 2;
    }
  } else {
    std::string dir = args.data_dir.empty() ? pipeline::default_data_dir() : args.data_dir;
    if (!load_chronicle_lexicon(dir, lexicon, intents, error)) {
      std::cerr << "chronicle: " << error << "\n";
      return 2;
    }
  }
  CoderOptions options;
  options.strict_heads = !petrarch;
  Coder coder(lexicon, options, intents);
  CoderOptions one_sided = options;
  one_sided.require_dyad = false;
  Coder coder_one_sided(lexicon, one_sided, intents);

  std::ifstream file;
  std::istream* in = &std::cin;
  if (args.input != "-") {
    file.open(args.input, std::ios::binary);
    if (!file) {
      std::cerr << "chronicle: " << args.input << ": cannot open\n";
      return 1;
    }
    in = &file;
  }
  int status = 0;
  std::string line;
  size_t number = 0;
  std::ios::sync_with_stdio(false);
  while (std::getline(*in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = args.input + ":" + std::to_string(number);
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      std::cerr << "chronicle: " << where << ": malformed JSON: " << cut(line) << "\n";
      status = 1;
      continue;
    }
    auto text_it = record.find("text");
    if (text_it == record.end() || !text_it->is_string()) {
      std::cerr << "chronicle: " << where << ": record has no \"text\" string\n";
      status = 1;
      continue;
    }
    int date = 0;
    if (auto d = record.find("date"); d != record.end() && d->is_string()) date = parse_event_date(d->get<std::string>());
    bool dyad = true;
    if (auto c = record.find("config"); c != record.end() && c->is_object()) {
      if (auto r = c->find("require_dyad"); r != c->end() && r->is_boolean()) dyad = r->get<bool>();
    }
    const std::string& text = text_it->get_ref<const std::string&>();
    std::vector<CodedEvent> events = (dyad ? coder : coder_one_sided).code_text(text, date);
    nlohmann::json out;
    out["id"] = record.contains("id") ? record["id"] : nlohmann::json(nullptr);
    out["events"] = nlohmann::json::array();
    for (const CodedEvent& e : events) {
      out["events"].push_back({{"source", e.source.empty() ? "---" : e.source},
                               {"target", e.target.empty() ? "---" : e.target},
                               {"code", e.code}});
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return status;
}

}  // namespace

void add_code_command(CLI::App& app, CommandStatus& status) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code single sentences (JSON Lines records) as CAMEO events");
  cmd->add_option("--actors", args->actors, "TABARI/PETRARCH actors dictionary (repeatable)")->check(CLI::ExistingFile);
  cmd->add_option("--agents", args->agents, "TABARI/PETRARCH agents dictionary (repeatable)")->check(CLI::ExistingFile);
  cmd->add_option("--verbs", args->verbs, "TABARI/PETRARCH verbs dictionary (repeatable)")->check(CLI::ExistingFile);
  cmd->add_option("--discards", args->discards, "TABARI/PETRARCH discards (repeatable)")->check(CLI::ExistingFile);
  cmd->add_option("--data", args->data_dir, "Chronicle's knowledge directory when no dictionary is given");
  cmd->add_option("RECORDS", args->input, "JSON Lines records {\"id\",\"date\",\"text\"}, or - for stdin")->required();
  cmd->callback([args, &status] { status.exit_code = run_code(*args); });
}

}  // namespace chronicle::cli
