#include "extract/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "text/utf8.h"

namespace CLD2 {
// Declared in cld2/internal/lang_script.h, which the Debian package ships but the public header
// does not include.
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace chronicle::extract {
namespace {

// "zh-Hant" -> "zh"; "un" (unknown) -> "".
std::string iso639_1(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE) return {};
  std::string code = CLD2::LanguageCode(language);
  code = code.substr(0, code.find('-'));
  if (code == "un" || code == "xx" || code.size() < 2 || code.size() > 3) return {};
  return code;
}

// Text shorter than this gives CLD2 too few quadgrams for even an unreliable guess to count.
constexpr size_t kMinGuessBytes = 40;

}  // namespace

std::string detect_language(std::string_view text, std::string_view hint) {
  std::string probe = text::truncate_utf8(text.substr(0, kLanguageProbeBytes + 4), kLanguageProbeBytes);
  if (!text::is_valid_utf8(probe)) probe = text::repair_utf8(probe);
  bool reliable = false;
  CLD2::Language language = CLD2::DetectLanguage(probe.data(), static_cast<int>(probe.size()), /*is_plain_text=*/true,
                                                 &reliable);
  std::string code = iso639_1(language);
  if (reliable && !code.empty()) return code;
  std::string h(hint.substr(0, hint.find_first_of("-_")));
  for (char& c : h)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  // Below kMinGuessBytes CLD2's unreliable guess is noise ("Ok" reads as anything): the hint wins.
  if (!h.empty() && (code.empty() || code == h || probe.size() < kMinGuessBytes)) return h;
  return {};
}

}  // namespace chronicle::extract
