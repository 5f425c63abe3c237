// URLs: the canonical form used for ids, and the host used as a site key.
#pragma once
#include <string>
#include <string_view>

namespace chronicle::text {

// Lower-cases scheme and host, drops "www.", the fragment, default ports, tracking parameters
// (utm_*, fbclid, gclid, ocid, cmpid) and a trailing slash. "" for "" or a string with no host.
std::string canonical_url(std::string_view url);

// The host of a URL without "www." ("npr.org"), "" when there is none.
std::string url_host(std::string_view url);

}  // namespace chronicle::text
