#include "store/state_blob.h"

#include <bit>

namespace chronicle::store {
namespace {

class Writer {
 public:
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void u64(uint64_t v) {
    u32(static_cast<uint32_t>(v));
    u32(static_cast<uint32_t>(v >> 32));
  }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    out += s;
  }
  void terms(const TermVector& t) {
    u32(static_cast<uint32_t>(t.size()));
    for (const auto& [term, weight] : t) {
      u64(term);
      u32(std::bit_cast<uint32_t>(weight));
    }
  }
  void counts(const std::vector<std::pair<std::string, uint32_t>>& c) {
    u32(static_cast<uint32_t>(c.size()));
    for (const auto& [name, n] : c) {
      str(name);
      u32(n);
    }
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool u32(uint32_t& v) {
    if (in_.size() < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(4);
    return true;
  }
  bool i32(int32_t& v) {
    uint32_t u;
    if (!u32(u)) return false;
    v = static_cast<int32_t>(u);
    return true;
  }
  bool u64(uint64_t& v) {
    uint32_t lo, hi;
    if (!u32(lo) || !u32(hi)) return false;
    v = lo | (static_cast<uint64_t>(hi) << 32);
    return true;
  }
  bool str(std::string& s) {
    uint32_t n;
    if (!u32(n) || in_.size() < n) return false;
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  // A count of items each at least `min_bytes` long: refused when the bytes left cannot hold
  // them, so a damaged count never reserves gigabytes.
  bool count(uint32_t& n, size_t min_bytes) { return u32(n) && n <= in_.size() / min_bytes; }
  bool terms(TermVector& t) {
    uint32_t n;
    if (!count(n, 12)) return false;
    t.resize(n);
    for (auto& [term, weight] : t) {
      uint32_t w;
      if (!u64(term) || !u32(w)) return false;
      weight = std::bit_cast<float>(w);
    }
    return true;
  }
  bool counts(std::vector<std::pair<std::string, uint32_t>>& c) {
    uint32_t n;
    if (!count(n, 8)) return false;
    c.resize(n);
    for (auto& [name, k] : c)
      if (!str(name) || !u32(k)) return false;
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace

std::string encode_story_state(const StoryState& s) {
  Writer w;
  for (const std::string* field : {&s.id, &s.storyline, &s.first, &s.last, &s.title, &s.summary, &s.central}) w.str(*field);
  w.u32(static_cast<uint32_t>(s.first_day));
  w.u32(static_cast<uint32_t>(s.last_day));
  w.terms(s.centroid);
  w.counts(s.places);
  w.counts(s.people);
  w.u32(static_cast<uint32_t>(s.members.size()));
  for (const StoryMemberState& m : s.members) {
    for (const std::string* field : {&m.article, &m.title, &m.lead, &m.source}) w.str(*field);
    w.terms(m.vector);
  }
  return std::move(w.out);
}

bool decode_story_state(std::string_view bytes, StoryState& s) {
  Reader r(bytes);
  for (std::string* field : {&s.id, &s.storyline, &s.first, &s.last, &s.title, &s.summary, &s.central})
    if (!r.str(*field)) return false;
  uint32_t members;
  if (!r.i32(s.first_day) || !r.i32(s.last_day) || !r.terms(s.centroid) || !r.counts(s.places) ||
      !r.counts(s.people) || !r.count(members, 20))
    return false;
  s.members.resize(members);
  for (StoryMemberState& m : s.members) {
    for (std::string* field : {&m.article, &m.title, &m.lead, &m.source})
      if (!r.str(*field)) return false;
    if (!r.terms(m.vector)) return false;
  }
  return r.done();
}

std::string encode_terms(const TermVector& terms) {
  Writer w;
  w.terms(terms);
  return std::move(w.out);
}

bool decode_terms(std::string_view bytes, TermVector& terms) {
  Reader r(bytes);
  return r.terms(terms) && r.done();
}

std::string encode_u32s(const std::vector<uint32_t>& values) {
  Writer w;
  for (uint32_t v : values) w.u32(v);
  return std::move(w.out);
}

bool decode_u32s(std::string_view bytes, std::vector<uint32_t>& values) {
  if (bytes.size() % 4 != 0) return false;
  Reader r(bytes);
  values.resize(bytes.size() / 4);
  for (uint32_t& v : values) r.u32(v);
  return true;
}

}  // namespace chronicle::store
