#include "text/url.h"

#include <vector>

namespace chronicle::text {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_tracking_parameter(std::string_view name) {
  std::string lower = lower_ascii(name);
  return lower.starts_with("utm_") || lower == "fbclid" || lower == "gclid" || lower == "ocid" ||
         lower == "cmpid" || lower == "mc_cid" || lower == "mc_eid" || lower == "smid";
}

struct UrlParts {
  std::string scheme, host, port, path, query;
};

bool split_url(std::string_view url, UrlParts& parts) {
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0) return false;
  parts.scheme = lower_ascii(url.substr(0, scheme_end));
  std::string_view rest = url.substr(scheme_end + 3);
  if (size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  size_t authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  rest = authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  if (size_t at = authority.rfind('@'); at != std::string_view::npos) authority = authority.substr(at + 1);
  if (size_t colon = authority.rfind(':'); colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
    parts.port = std::string(authority.substr(colon + 1));
    authority = authority.substr(0, colon);
  }
  parts.host = lower_ascii(authority);
  if (parts.host.starts_with("www.")) parts.host.erase(0, 4);
  if (parts.host.empty()) return false;
  size_t q = rest.find('?');
  parts.path = std::string(rest.substr(0, q));
  if (q != std::string_view::npos) parts.query = std::string(rest.substr(q + 1));
  return true;
}

}  // namespace

std::string canonical_url(std::string_view url) {
  UrlParts parts;
  if (!split_url(url, parts)) return "";
  if ((parts.scheme == "http" && parts.port == "80") || (parts.scheme == "https" && parts.port == "443"))
    parts.port.clear();
  // http and https name the same article.
  if (parts.scheme == "https") parts.scheme = "http";
  while (parts.path.size() > 1 && parts.path.back() == '/') parts.path.pop_back();
  if (parts.path == "/") parts.path.clear();
  std::string query;
  size_t start = 0;
  while (start <= parts.query.size() && !parts.query.empty()) {
    size_t amp = parts.query.find('&', start);
    std::string_view param = std::string_view(parts.query).substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !is_tracking_parameter(name)) {
      if (!query.empty()) query += '&';
      query += param;
    }
    if (amp == std::string::npos) break;
    start = amp + 1;
  }
  std::string out = parts.scheme + "://" + parts.host;
  if (!parts.port.empty()) out += ":" + parts.port;
  out += parts.path;
  if (!query.empty()) out += "?" + query;
  return out;
}

std::string url_host(std::string_view url) {
  UrlParts parts;
  return split_url(url, parts) ? parts.host : "";
}

}  // namespace chronicle::text
