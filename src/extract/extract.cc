#include "extract/extract.h"

#include "extract/html_extract.h"
#include "extract/knowledge.h"
#include "extract/language.h"
#include "extract/text_cleaner.h"
#include "text/dates.h"
#include "text/hash.h"
#include "text/url.h"

namespace chronicle::extract {
namespace {

// The opening of a story tells its language as well as the whole does, at a fraction of the cost
// (detection was a fifth of the cleaner's time on bbc-news): at most kPlainTextProbeBytes, cut on a
// code-point boundary.
constexpr size_t kPlainTextProbeBytes = 2048;

std::string_view language_probe(std::string_view text) {
  if (text.size() <= kPlainTextProbeBytes) return text;
  size_t cut = kPlainTextProbeBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// Container metadata wins over what the page text suggests (raw_doc.h); a container date that does
// not parse is dropped in favour of the page's.
void finish_article(const RawDoc& doc, CleanedText&& cleaned, ExtractResult& result) {
  Article& article = result.article;
  article.source_id = doc.source_id;
  article.origin = doc.origin;
  article.url = doc.url;
  article.extra_json = doc.extra_json;
  article.source = !doc.source.empty() ? doc.source : cleaned.meta.outlet;
  article.title = !doc.title.empty() ? doc.title : cleaned.meta.title;
  article.dek = cleaned.meta.dek;
  article.section = cleaned.meta.section;
  article.author = cleaned.meta.author;
  std::string container_date = text::normalize_date(doc.date);
  article.date = !container_date.empty() ? container_date : cleaned.meta.date;
  article.tags = std::move(cleaned.meta.tags);
  article.removed = std::move(cleaned.removed);
  for (std::string& paragraph : cleaned.paragraphs) {
    if (!article.text.empty()) article.text += "\n\n";
    article.text += paragraph;
  }
  article.lang = !doc.lang.empty() ? doc.lang : detect_language(language_probe(article.text));
  article.id = text::article_id(text::canonical_url(doc.url), article.text);
  if (article.text.empty()) result.error = "no body text after removing boilerplate";
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Knowledge> knowledge) : knowledge_(std::move(knowledge)) {}
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::load(const std::string& data_dir, std::string& error) {
  auto knowledge = Knowledge::load(data_dir, error);
  if (!knowledge) return nullptr;
  std::shared_ptr<const HtmlExtractor> html = HtmlExtractor::load(data_dir, error);
  if (!html) return nullptr;
  auto extractor = std::unique_ptr<Extractor>(new Extractor(std::move(knowledge)));
  extractor->html_ = std::move(html);
  return extractor;
}

ExtractResult Extractor::extract(const RawDoc& doc, const SiteLineStats& site_stats) const {
  if (doc.format == BodyFormat::html) {
    ExtractResult html = html_->extract(doc, site_stats);
    // html_->extract() leaves the page's <html lang> in lang as a hint for the detector.
    if (doc.lang.empty()) html.article.lang = detect_language(html.article.text, html.article.lang);
    return html;
  }
  ExtractResult result;
  CleanedText cleaned = clean_page_text(doc.body, *knowledge_, site_stats, site_key(doc), doc.title);
  finish_article(doc, std::move(cleaned), result);
  return result;
}

}  // namespace chronicle::extract
