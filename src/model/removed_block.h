// RemovedBlock: a piece of the input that extract() did not keep as body text, and why.
//
// Every removed block is listed, so the boilerplate is "gone and accounted for": a reader of the
// record can see what was dropped and check the reason.
#pragma once
#include <string>
#include <string_view>

namespace chronicle {

// One spelling per reason across code, JSON and SQL: removal_reason_name() is the only table.
enum class RemovalReason {
  boilerplate,  // lines that recur across a site's pages, banners, station identifiers
  navigation,   // menus, section labels, breadcrumbs, "Next Up:"
  player,       // audio/video player controls and timecodes
  caption,      // photo captions
  credit,       // photo and agency credits ("Name / AP", "2013 AFP")
  byline,       // "By Name", and the author's name line
  bio,          // author biography ("X is NPR's East Africa correspondent")
  copyright,    // copyright and licence lines
  appeal,       // donation and membership appeals
  promo,        // newsletter, app, TV and social prompts
  related,      // "Related" and "Related News" blocks
  tags,         // the publisher's tag lists (kept as metadata in Article::tags)
  title,        // the headline (kept as Article::title)
  dek,          // the subtitle (kept as Article::dek)
  dateline,     // a date line (kept as Article::date)
  duplicate,    // a paragraph repeating an earlier one, exactly or nearly
  comments,     // reader comments
  empty,        // no text after cleaning
};

inline constexpr std::string_view removal_reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::boilerplate: return "boilerplate";
    case RemovalReason::navigation: return "navigation";
    case RemovalReason::player: return "player";
    case RemovalReason::caption: return "caption";
    case RemovalReason::credit: return "credit";
    case RemovalReason::byline: return "byline";
    case RemovalReason::bio: return "bio";
    case RemovalReason::copyright: return "copyright";
    case RemovalReason::appeal: return "appeal";
    case RemovalReason::promo: return "promo";
    case RemovalReason::related: return "related";
    case RemovalReason::tags: return "tags";
    case RemovalReason::title: return "title";
    case RemovalReason::dek: return "dek";
    case RemovalReason::dateline: return "dateline";
    case RemovalReason::duplicate: return "duplicate";
    case RemovalReason::comments: return "comments";
    case RemovalReason::empty: return "empty";
  }
  return "boilerplate";
}

struct RemovedBlock {
  std::string text;
  RemovalReason reason = RemovalReason::boilerplate;
};

}  // namespace chronicle
