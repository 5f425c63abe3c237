#include "events/petrarch_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>

namespace chronicle::events {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string where(std::string_view source, size_t line) {
  return std::string(source) + ":" + std::to_string(line);
}

std::string cut(std::string_view s) { return std::string(s.substr(0, 100)); }

// Reads lines, dropping "<!-- ... -->" comments (which may span lines) and "#" comments. Keeps
// the line's leading white space, which is meaningful (dated actor codes are indented).
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}
  bool next(std::string& out) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++number_;
      out.clear();
      size_t i = 0;
      while (i < raw.size()) {
        if (in_comment_) {
          size_t close = raw.find("-->", i);
          if (close == std::string::npos) { i = raw.size(); break; }
          in_comment_ = false;
          i = close + 3;
          continue;
        }
        size_t open = raw.find("<!", i);
        size_t hash = raw.find('#', i);
        if (hash != std::string::npos && (open == std::string::npos || hash < open)) {
          out.append(raw, i, hash - i);
          i = raw.size();
          break;
        }
        if (open == std::string::npos) { out.append(raw, i, std::string::npos); break; }
        out.append(raw, i, open - i);
        in_comment_ = true;
        i = open + 2;
      }
      return true;
    }
    return false;
  }
  size_t number() const { return number_; }

 private:
  std::istream& in_;
  size_t number_ = 0;
  bool in_comment_ = false;
};

// Splits "PHRASE {A B} [CODE] [CODE2]" into its phrase, brace content and bracket contents.
struct Parts {
  std::string phrase;
  std::string braces;
  bool has_braces = false;
  std::vector<std::string> brackets;
};

Parts split_parts(std::string_view line) {
  Parts p;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == '[') {
      size_t close = line.find(']', i);
      if (close == std::string_view::npos) close = line.size();
      p.brackets.emplace_back(line.substr(i + 1, close - i - 1));
      i = close + 1;
    } else if (c == '{') {
      size_t close = line.find('}', i);
      if (close == std::string_view::npos) close = line.size();
      p.braces.append(line.substr(i + 1, close - i - 1));
      p.has_braces = true;
      i = close + 1;
    } else {
      p.phrase.push_back(c);
      ++i;
    }
  }
  p.phrase = std::string(trim(p.phrase));
  return p;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != ',') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

// ---- Dates and codes ---------------------------------------------------------------------------

int parse_dictionary_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 6 && text.size() != 8) return 0;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return 0;
  if (text.size() == 6) {
    int yy = value / 10000;
    value += (yy >= 30 ? 19000000 : 20000000);
  }
  int month = (value / 100) % 100, day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return value;
}

bool parse_dated_code(std::string_view body, DatedCode& out, bool& dated) {
  body = trim(body);
  out = DatedCode{};
  dated = false;
  size_t i = 0;
  while (i < body.size() && body[i] != ' ' && body[i] != '\t' && body[i] != '<' && body[i] != '>') ++i;
  out.code = std::string(body.substr(0, i));
  if (out.code.empty()) return false;
  // A code is letters, digits and the compound separator; "950601-990815" alone is malformed.
  if (std::all_of(out.code.begin(), out.code.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }) &&
      out.code != "---")
    return false;
  std::string_view rest = trim(body.substr(i));
  if (rest.empty()) return true;
  dated = true;
  if (rest.front() == '<') {
    out.to = parse_dictionary_date(rest.substr(1));
    // "<DATE" is before the date, exclusive of it.
    if (out.to == 0) return false;
    out.to -= 1;
    return true;
  }
  if (rest.front() == '>') {
    out.from = parse_dictionary_date(rest.substr(1));
    if (out.from == 0) return false;
    out.from += 1;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) return false;
  out.from = parse_dictionary_date(rest.substr(0, dash));
  out.to = parse_dictionary_date(rest.substr(dash + 1));
  return out.from != 0 && out.to != 0;
}

// ---- Actors ------------------------------------------------------------------------------------

bool read_petrarch_actors(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  LineReader lines(in);
  std::string line;
  int current = -1;  // the entry synonyms and dated codes attach to
  while (lines.next(line)) {
    std::string_view view = line;
    view = trim(view);
    if (view.empty()) continue;
    Parts parts = split_parts(view);
    auto add_codes = [&](ActorEntry& entry) -> bool {
      for (const std::string& b : parts.brackets) {
        DatedCode code;
        bool dated = false;
        if (!parse_dated_code(b, code, dated)) {
          report.warnings.push_back(where(source, lines.number()) + ": bad actor code [" + cut(b) + "]");
          continue;
        }
        if (dated) entry.dated.push_back(code);
        else entry.default_code = code.code;
      }
      return true;
    };
    if (parts.phrase.empty()) {
      // "[CODE ...]" alone: a dated code of the current entry.
      if (current < 0) {
        report.warnings.push_back(where(source, lines.number()) + ": code with no actor before it");
        continue;
      }
      add_codes(lexicon.edit_actor(uint32_t(current)));
      continue;
    }
    std::string phrase = parts.phrase;
    bool synonym = phrase.front() == '+';
    if (synonym) phrase.erase(0, 1);
    bool whole_word = !phrase.empty() && phrase.back() == '_';
    while (!phrase.empty() && phrase.back() == '_') phrase.pop_back();
    if (phrase.empty()) continue;
    if (synonym && current >= 0 && parts.brackets.empty()) {
      lexicon.add_actor(phrase, whole_word, uint32_t(current));
      continue;
    }
    ActorEntry entry;
    entry.name = phrase;
    std::replace(entry.name.begin(), entry.name.end(), '_', ' ');
    add_codes(entry);
    uint32_t id = lexicon.new_actor(std::move(entry));
    if (!lexicon.add_actor(phrase, whole_word, id)) continue;
    if (!synonym) current = int(id);
    ++report.entries;
  }
  if (report.entries == 0) {
    report.error = std::string(source) + ": no actor entries";
    return false;
  }
  return true;
}

// ---- Agents ------------------------------------------------------------------------------------

bool read_petrarch_agents(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  LineReader lines(in);
  std::string line;
  std::vector<std::pair<std::string, std::vector<std::string>>> sets;  // "!PERSON!" -> words
  while (lines.next(line)) {
    std::string_view view = trim(line);
    if (view.empty()) continue;
    if (view.front() == '!' && view.find('=') != std::string_view::npos) {
      size_t eq = view.find('=');
      std::string name(trim(view.substr(0, eq)));
      std::vector<std::string> words;
      for (std::string_view w : split_words(view.substr(eq + 1))) words.emplace_back(w);
      sets.emplace_back(name, std::move(words));
      continue;
    }
    Parts parts = split_parts(view);
    if (parts.brackets.empty()) {
      report.warnings.push_back(where(source, lines.number()) + ": agent without a [code]: " + cut(view));
      continue;
    }
    std::string code(trim(parts.brackets.front()));
    AgentEntry entry;
    if (!code.empty() && code.front() == '~') {
      entry.code = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      entry.code = code.substr(0, code.size() - 1);
      entry.prefix = true;
    } else {
      entry.code = code;
    }
    entry.code = std::string(trim(entry.code));
    if (entry.code.empty()) {
      report.warnings.push_back(where(source, lines.number()) + ": empty agent code");
      continue;
    }
    // Expand substitution sets: "CONGRESS!PERSON!" -> congressman, congressmen, ...
    std::vector<std::string> phrases{parts.phrase};
    for (const auto& [name, words] : sets) {
      std::vector<std::string> next;
      for (const std::string& p : phrases) {
        size_t at = p.find(name);
        if (at == std::string::npos) { next.push_back(p); continue; }
        for (const std::string& w : words) next.push_back(p.substr(0, at) + w + p.substr(at + name.size()));
      }
      phrases = std::move(next);
    }
    for (std::string& p : phrases) {
      while (!p.empty() && p.back() == '_') p.pop_back();
      if (p.empty()) continue;
      entry.name = p;
      std::replace(entry.name.begin(), entry.name.end(), '_', ' ');
      lexicon.add_agent(p, entry);
      // Plurals: "{}" means none, "{A B}" lists irregular ones, else the regular plural of the
      // last word.
      std::vector<std::string> plurals;
      if (parts.has_braces) {
        for (std::string_view w : split_words(parts.braces)) plurals.emplace_back(w);
      } else {
        size_t last = p.find_last_of("_ ");
        std::string head = last == std::string::npos ? p : p.substr(last + 1);
        std::string stem = last == std::string::npos ? "" : p.substr(0, last + 1);
        for (const std::string& pl : regular_plurals(head)) plurals.push_back(stem + pl);
      }
      for (const std::string& pl : plurals) lexicon.add_agent(pl, entry);
    }
    ++report.entries;
  }
  if (report.entries == 0) {
    report.error = std::string(source) + ": no agent entries";
    return false;
  }
  return true;
}

// ---- Verbs -------------------------------------------------------------------------------------

bool parse_verb_pattern(std::string_view text, Lexicon& lexicon, VerbBlock& block, std::string& error) {
  Parts parts = split_parts(text);
  Pattern pattern;
  pattern.text = std::string(trim(text));
  if (parts.brackets.empty() || !parse_code_pair(parts.brackets.back(), pattern.code)) {
    error = "pattern without a [code]";
    return false;
  }
  // "{ADJ NOUN}" and "(PREP NOUN)" group words: PETRARCH-2 reads them against its parse tree;
  // here they are words in order.
  std::string body;
  for (char c : text.substr(0, text.find('['))) {
    if (c == '{' || c == '}' || c == '(' || c == ')') body.push_back(' ');
    else body.push_back(c);
  }
  bool seen_verb = false;
  bool verb_adjacent = false;          // "IN_*": the element before the verb touches it
  std::vector<PatternElement> before;  // in text order; reversed below
  for (std::string_view token : split_words(body)) {
    // "_" joins words that must be adjacent; "*" may be glued to them ("IN_*", "*_OUT").
    std::vector<std::pair<std::string, bool>> pieces;  // piece, adjacent-to-previous
    size_t i = 0;
    bool first = true;
    while (i <= token.size()) {
      size_t j = token.find('_', i);
      if (j == std::string_view::npos) j = token.size();
      std::string piece(token.substr(i, j - i));
      if (!piece.empty()) pieces.emplace_back(piece, !first);
      first = false;
      i = j + 1;
    }
    for (auto& [piece, adjacent] : pieces) {
      if (piece == "*") {
        if (seen_verb) { error = "two verbs (*) in pattern"; return false; }
        seen_verb = true;
        verb_adjacent = adjacent;
        continue;
      }
      PatternElement e;
      e.adjacent = adjacent;
      if (piece == "$") e.kind = ElementKind::source;
      else if (piece == "+") e.kind = ElementKind::target;
      else if (piece == "%") e.kind = ElementKind::compound;
      else if (piece == "^") e.kind = ElementKind::skip;
      else if (piece.front() == '&') {
        int id = lexicon.find_synset(piece);
        if (id < 0) { error = "unknown synset " + piece; return false; }
        e.kind = ElementKind::synset;
        e.synset = uint32_t(id);
      } else {
        e.kind = ElementKind::word;
        e.word = lexicon.words().intern(normalize_word(piece));
      }
      if (e.kind == ElementKind::word || e.kind == ElementKind::synset) ++pattern.literal_count;
      (seen_verb ? pattern.after : before).push_back(e);
    }
  }
  if (!seen_verb) { error = "pattern without the verb (*)"; return false; }
  // Before-verb elements are matched outward from the verb. Adjacency is a property of the pair:
  // in text order element k is adjacent to k-1; reversed, element k' is adjacent to its
  // predecessor in the reversed list when the original successor was adjacent.
  for (size_t k = before.size(); k-- > 0;) {
    PatternElement e = before[k];
    e.adjacent = k + 1 < before.size() ? before[k + 1].adjacent : false;
    pattern.before.push_back(e);
  }
  if (verb_adjacent && !pattern.before.empty()) pattern.before.front().adjacent = true;
  block.patterns.push_back(std::move(pattern));
  return true;
}

namespace {

// Adds one verb line's forms ("BAN {BANS BANNED}", "+STIR_UP {+STIRS_UP ...}", "KLM_NOP_+RST").
void add_verb_line(const Parts& parts, uint32_t block, Lexicon& lexicon) {
  std::optional<CodePair> own;
  if (!parts.brackets.empty()) {
    CodePair c;
    if (parse_code_pair(parts.brackets.front(), c)) own = c;
  }
  auto add_form = [&](std::string_view written, bool participle, bool generate) {
    // Words split on "_" and spaces; the one marked "+" is the head (the first when none is).
    std::vector<std::string> words;
    size_t head = 0;
    std::string w;
    auto flush = [&] {
      if (w.empty()) return;
      if (w.front() == '+') { head = words.size(); w.erase(0, 1); }
      if (!w.empty()) words.push_back(normalize_word(w));
      w.clear();
    };
    for (char c : written) {
      if (c == '_' || c == ' ') flush();
      else w.push_back(c);
    }
    flush();
    if (words.empty() || head >= words.size()) return;
    std::vector<std::string> heads{words[head]};
    if (generate) heads = regular_verb_forms(words[head]);
    for (size_t k = 0; k < heads.size(); ++k) {
      VerbForm form;
      for (size_t m = 0; m < words.size(); ++m)
        form.words.push_back(lexicon.words().intern(m == head ? heads[k] : words[m]));
      form.head = head;
      form.block = block;
      form.own_code = own;
      const std::string& h = heads[k];
      form.participle = participle || h.ends_with("ed") || h.ends_with("en");
      form.base = generate && k == 0;
      lexicon.add_verb_form(std::move(form));
    }
  };
  add_form(parts.phrase, false, true);
  if (parts.has_braces) {
    for (std::string_view f : split_words(parts.braces)) add_form(f, false, false);
  }
}

}  // namespace

bool read_petrarch_verbs(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  LineReader lines(in);
  std::string line;
  int block = -1;
  int synset = -1;  // the synset "+" lines are added to, when one is open
  bool seen_header = false;  // a "--- NAME ---" header: PETRARCH layout, else TABARI
  while (lines.next(line)) {
    std::string_view view = trim(line);
    if (view.empty()) { synset = -1; continue; }
    if (view.front() == '&') {
      std::string name(trim(view.substr(0, view.find_first_of(" \t"))));
      bool no_plural = name.back() == '_';
      while (name.back() == '_') name.pop_back();
      Synset s;
      s.name = name;
      synset = int(lexicon.add_synset(std::move(s)));
      (void)no_plural;
      continue;
    }
    if (view.front() == '+' && synset >= 0) {
      std::string phrase(trim(view.substr(1)));
      if (phrase.empty()) continue;
      bool no_plural = phrase.back() == '_';
      while (!phrase.empty() && phrase.back() == '_') phrase.pop_back();
      if (phrase.front() == '&') {
        // An embedded synset: copy its phrases (it must be defined earlier).
        int inner = lexicon.find_synset(phrase);
        if (inner < 0) {
          report.warnings.push_back(where(source, lines.number()) + ": unknown synset " + cut(phrase));
          continue;
        }
        auto copy = lexicon.synset(uint32_t(inner)).phrases;
        auto& dst = lexicon.synset(uint32_t(synset)).phrases;
        dst.insert(dst.end(), copy.begin(), copy.end());
        continue;
      }
      std::vector<uint32_t> words = lexicon.intern_phrase(phrase);
      if (words.empty()) continue;
      auto& dst = lexicon.synset(uint32_t(synset)).phrases;
      dst.push_back(words);
      if (!no_plural) {
        // Regular plural of the last word ("+DOLLAR" also matches "dollars").
        std::string last;
        size_t cut_at = phrase.find_last_of("_ ");
        last = cut_at == std::string::npos ? phrase : phrase.substr(cut_at + 1);
        for (const std::string& pl : regular_plurals(last)) {
          auto plural = words;
          plural.back() = lexicon.words().intern(pl);
          dst.push_back(plural);
        }
      }
      continue;
    }
    synset = -1;
    if (view.starts_with("---")) {
      seen_header = true;
      // "--- NAME [CODE] ---"
      std::string_view inner = trim(view.substr(3));
      if (inner.ends_with("---")) inner = trim(inner.substr(0, inner.size() - 3));
      Parts parts = split_parts(inner);
      VerbBlock b;
      b.name = parts.phrase;
      if (parts.brackets.empty() || !parse_code_pair(parts.brackets.front(), b.code)) {
        report.warnings.push_back(where(source, lines.number()) + ": verb block without a [code]: " + cut(view));
        b.code = CodePair{};
      }
      block = int(lexicon.new_verb_block(std::move(b)));
      continue;
    }
    if (view.front() == '~') continue;  // PETRARCH-2 transformations: not supported, skipped
    // TABARI files have no "--- NAME ---" headers: each "VERB [CODE]" line opens its own block,
    // and ";" starts a comment.
    if (!seen_header) {
      if (size_t semi = view.find(';'); semi != std::string_view::npos) view = trim(view.substr(0, semi));
      if (view.empty() || view.front() == '{') continue;
      if (view.front() != '-') {
        Parts parts = split_parts(view);
        VerbBlock b;
        b.name = parts.phrase;
        if (parts.brackets.empty() || !parse_code_pair(parts.brackets.front(), b.code)) b.code = CodePair{};
        block = int(lexicon.new_verb_block(std::move(b)));
        parts.brackets.clear();
        add_verb_line(parts, uint32_t(block), lexicon);
        continue;
      }
    }
    if (block < 0) {
      report.warnings.push_back(where(source, lines.number()) + ": line outside a verb block: " + cut(view));
      continue;
    }
    if (view.front() == '-') {
      std::string error;
      if (!parse_verb_pattern(trim(view.substr(1)), lexicon, lexicon.verb_block(uint32_t(block)), error)) {
        report.warnings.push_back(where(source, lines.number()) + ": " + error + ": " + cut(view));
        continue;
      }
      ++report.entries;
      continue;
    }
    add_verb_line(split_parts(view), uint32_t(block), lexicon);
  }
  if (lexicon.verb_block_count() == 0) {
    report.error = std::string(source) + ": no verb blocks";
    return false;
  }
  return true;
}

// ---- Discards ----------------------------------------------------------------------------------

bool read_petrarch_discards(std::istream& in, std::string_view source, Lexicon& lexicon, ReadReport& report) {
  LineReader lines(in);
  std::string line;
  while (lines.next(line)) {
    std::string_view view = trim(line);
    if (view.empty()) continue;
    bool story = view.front() == '+';
    if (story) view.remove_prefix(1);
    view = trim(view);
    if (view.empty()) continue;
    lexicon.add_discard(view, story);
    ++report.entries;
  }
  return true;
}

// ---- Directories -------------------------------------------------------------------------------

DictionaryFiles find_dictionary_files(const std::string& dir) {
  DictionaryFiles files;
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) names.push_back(entry.path().string());
  }
  std::sort(names.begin(), names.end());
  for (const std::string& path : names) {
    std::string base = std::filesystem::path(path).filename().string();
    std::string lower = normalize_word(base);
    if (lower.find("actors") != std::string::npos) files.actors.push_back(path);
    else if (lower.find("agents") != std::string::npos) files.agents.push_back(path);
    else if (lower.find("verbs") != std::string::npos || lower.starts_with("cameo.")) files.verbs.push_back(path);
    else if (lower.find("discards") != std::string::npos) files.discards.push_back(path);
  }
  return files;
}

bool load_petrarch_lexicon(const DictionaryFiles& files, Lexicon& lexicon, std::string& error,
                           std::vector<std::string>* warnings) {
  using Reader = bool (*)(std::istream&, std::string_view, Lexicon&, ReadReport&);
  auto run = [&](const std::vector<std::string>& paths, Reader reader, const char* what) {
    for (const std::string& path : paths) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        error = path + ": cannot open " + what + " dictionary";
        return false;
      }
      ReadReport report;
      bool ok = reader(in, path, lexicon, report);
      if (warnings) warnings->insert(warnings->end(), report.warnings.begin(), report.warnings.end());
      if (!ok) {
        error = report.error;
        return false;
      }
    }
    return true;
  };
  if (files.verbs.empty()) { error = "no verbs dictionary given"; return false; }
  if (files.actors.empty()) { error = "no actors dictionary given"; return false; }
  // Verbs first: their synsets must exist before patterns name them, and nothing else refers to
  // verbs.
  if (!run(files.verbs, read_petrarch_verbs, "verbs")) return false;
  if (!run(files.actors, read_petrarch_actors, "actors")) return false;
  if (!run(files.agents, read_petrarch_agents, "agents")) return false;
  if (!run(files.discards, read_petrarch_discards, "discards")) return false;
  lexicon.compile();
  return true;
}

}  // namespace chronicle::events
