#include "events/chronicle_reader.h"

#include <charconv>
#include <fstream>
#include <map>
#include <vector>

namespace chronicle::events {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.push_back(trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// Calls `fn(fields, line_number)` for each data line; stops and returns false when `fn` does.
template <typename Fn>
bool each_line(std::istream& in, Fn fn) {
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view view = trim(line);
    if (view.empty() || view.front() == '#') continue;
    if (!fn(split(view, '\t'), number)) return false;
  }
  return true;
}

std::string at(std::string_view source, size_t line) { return std::string(source) + ":" + std::to_string(line) + ": "; }

// Dictionary phrases are written as in text ("U.S.", "Secretary of State"); the lexicon splits on
// spaces, so each word meets one token of the tokenizer. Possessives are not written.
void add_names(Lexicon& lexicon, std::string_view list, uint32_t actor) {
  for (std::string_view name : split(list, '|'))
    if (!name.empty()) lexicon.add_actor(name, true, actor);
}

}  // namespace

int parse_iso_day(std::string_view text) {
  text = trim(text);
  if (text.empty() || text == "-") return 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return -1;
  int y = 0, m = 0, d = 0;
  auto num = [&](std::string_view s, int& v) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
  };
  if (!num(text.substr(0, 4), y) || !num(text.substr(5, 2), m) || !num(text.substr(8, 2), d)) return -1;
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return y * 10000 + m * 100 + d;
}

bool read_countries(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  bool ok = each_line(in, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2 || f[0].size() != 3) {
      report.error = at(source, line) + "expected ISO3 <TAB> names [<TAB> adjectives <TAB> capitals]";
      return false;
    }
    ActorEntry entry;
    entry.default_code = std::string(f[0]);
    entry.name = std::string(split(f[1], '|').front());
    uint32_t id = lexicon.new_actor(entry);
    for (size_t k = 1; k < f.size() && k <= 3; ++k) add_names(lexicon, f[k], id);
    ++report.entries;
    return true;
  });
  if (ok && report.entries == 0) report.error = std::string(source) + ": no countries";
  return ok && report.entries > 0;
}

bool read_actor_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  std::map<std::string, uint32_t> by_names;  // phrase list -> actor, so dated lines share one entry
  bool ok = each_line(in, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 2 && f.size() != 4) {
      report.error = at(source, line) + "expected names <TAB> code [<TAB> from <TAB> to], got " +
                     std::to_string(f.size()) + " fields";
      return false;
    }
    if (f[1].empty()) {
      report.error = at(source, line) + "empty code";
      return false;
    }
    auto [it, inserted] = by_names.try_emplace(std::string(f[0]), 0);
    if (inserted) {
      ActorEntry entry;
      entry.name = std::string(split(f[0], '|').front());
      it->second = lexicon.new_actor(entry);
      add_names(lexicon, f[0], it->second);
      ++report.entries;
    }
    ActorEntry& entry = lexicon.edit_actor(it->second);
    if (f.size() == 2) {
      entry.default_code = std::string(f[1]);
      return true;
    }
    DatedCode d;
    d.code = std::string(f[1]);
    d.from = parse_iso_day(f[2]);
    d.to = parse_iso_day(f[3]);
    if (d.from < 0 || d.to < 0) {
      report.error = at(source, line) + "dates must be YYYY-MM-DD or -";
      return false;
    }
    entry.dated.push_back(d);
    return true;
  });
  return ok;
}

bool read_agent_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  bool ok = each_line(in, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 2 || f[1].size() < 2 || (f[1].front() != '~' && f[1].back() != '~')) {
      report.error = at(source, line) + "expected phrases <TAB> ~CODE or CODE~";
      return false;
    }
    AgentEntry entry;
    entry.prefix = f[1].back() == '~';
    entry.code = std::string(entry.prefix ? f[1].substr(0, f[1].size() - 1) : f[1].substr(1));
    for (std::string_view phrase : split(f[0], '|')) {
      if (phrase.empty()) continue;
      entry.name = std::string(phrase);
      lexicon.add_agent(phrase, entry);
      size_t space = phrase.rfind(' ');
      std::string stem(space == std::string_view::npos ? "" : phrase.substr(0, space + 1));
      std::string head(space == std::string_view::npos ? phrase : phrase.substr(space + 1));
      for (const std::string& pl : regular_plurals(head)) lexicon.add_agent(stem + pl, entry);
    }
    ++report.entries;
    return true;
  });
  return ok;
}

bool read_verb_table(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  std::map<std::string, uint32_t> blocks;  // VERB column -> block
  bool ok = each_line(in, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 3) {
      report.error = at(source, line) + "expected VERB <TAB> PATTERN <TAB> CODE";
      return false;
    }
    CodePair code;
    if (!parse_code_pair(f[2], code)) {
      report.error = at(source, line) + "empty code";
      return false;
    }
    auto [it, inserted] = blocks.try_emplace(std::string(f[0]), 0);
    if (inserted) {
      VerbBlock block;
      block.name = std::string(f[0]);
      it->second = lexicon.new_verb_block(block);
      // The verb's forms: "meet {met}" -> meet, meets, meeting, met ...; "n:talks" an event noun.
      std::string_view verb = f[0];
      bool noun = verb.starts_with("n:");
      if (noun) verb.remove_prefix(2);
      std::string_view base = trim(verb.substr(0, verb.find('{')));
      std::vector<std::string> heads;
      std::string_view irregular;
      if (size_t open = verb.find('{'); open != std::string_view::npos)
        irregular = verb.substr(open + 1, verb.find('}', open) == std::string_view::npos ? std::string_view::npos
                                                                                         : verb.find('}', open) - open - 1);
      // A multi-word verb ("call for", "pull out") keeps its particles; the first word inflects.
      std::vector<uint32_t> words = lexicon.intern_phrase(base);
      if (words.empty()) {
        report.error = at(source, line) + "empty verb";
        return false;
      }
      size_t space = base.find(' ');
      std::string first(space == std::string_view::npos ? base : base.substr(0, space));
      std::vector<std::string> forms = noun ? std::vector<std::string>{normalize_word(first)} : regular_verb_forms(first);
      for (std::string_view irr : split(irregular, ' '))
        if (!irr.empty()) forms.push_back(normalize_word(irr));
      for (const std::string& h : forms) {
        VerbForm form;
        form.words = words;
        form.words[0] = lexicon.words().intern(h);
        form.head = 0;
        form.block = it->second;
        form.noun = noun;
        form.participle = !noun && (h.ends_with("ed") || h.ends_with("en") ||
                                    (h != forms[0] && !h.ends_with("s") && !h.ends_with("ing")));
        form.base = !noun && &h == &forms[0];
        lexicon.add_verb_form(std::move(form));
      }
    }
    VerbBlock& block = lexicon.verb_block(it->second);
    if (f[1] == "-") {
      block.code = code;
    } else {
      std::string error;
      std::string pattern = std::string(f[1]) + " [" + std::string(f[2]) + "]";
      if (!parse_verb_pattern(pattern, lexicon, block, error)) {
        report.error = at(source, line) + error;
        return false;
      }
    }
    ++report.entries;
    return true;
  });
  return ok;
}

bool read_intents(std::istream& in, std::string_view source, IntentTable& intents, std::string& error) {
  ReadReport report;
  bool ok = each_line(in, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() != 2 || f[0].size() != 2) {
      error = at(source, line) + "expected ROOT <TAB> CODE";
      return false;
    }
    intents[std::string(f[0])] = std::string(f[1]);
    return true;
  });
  return ok;
}

bool load_chronicle_lexicon(const std::string& data_dir, Lexicon& lexicon, IntentTable& intents, std::string& error) {
  const std::string dir = data_dir + "/events/";
  using Reader = bool (*)(std::istream&, std::string_view, Lexicon&, ReadReport&);
  struct File { const char* name; Reader reader; };
  // Verbs first: patterns may name synsets (none yet in Chronicle's own files, but the order keeps
  // the PETRARCH rule).
  const File files[] = {
      {"verbs.tsv", read_verb_table},        {"countries.tsv", read_countries},
      {"organisations.tsv", read_actor_table}, {"titles.tsv", read_actor_table},
      {"officeholders.tsv", read_actor_table}, {"agents.tsv", read_agent_table},
      {"discards.txt", read_petrarch_discards},
  };
  for (const File& f : files) {
    std::string path = dir + f.name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error = path + ": cannot open";
      return false;
    }
    ReadReport report;
    if (!f.reader(in, path, lexicon, report) || !report.error.empty()) {
      error = report.error.empty() ? path + ": unreadable" : report.error;
      return false;
    }
  }
  std::ifstream in(dir + "intents.tsv", std::ios::binary);
  if (!in) {
    error = dir + "intents.tsv: cannot open";
    return false;
  }
  if (!read_intents(in, dir + "intents.tsv", intents, error)) return false;
  lexicon.compile();
  return true;
}

}  // namespace chronicle::events
