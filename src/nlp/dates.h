// DateStage: dates named in an article's text, normalised to ISO 8601 (Article::dates).
//
// Needs nothing; writes "dates" (sorted by start). Recognised, in this order (dates.cc):
//  1. absolute dates in any form text/dates.h reads ("Aug. 9, 2013", "15 December 2015",
//     "2015-12-15");
//  2. a month and day without a year ("on Jan. 12"): the article's year, or the year before when
//     that would put it more than kFutureSlackDays after the article;
//  3. weekdays ("on Tuesday"): the latest such day on or before the article's date, the next one
//     after "next"; "today", "yesterday", "tomorrow";
//  4. periods: "this year", "earlier this year", "last year", "next year" -> "YYYY"; "this month",
//     "last month" -> "YYYY-MM"; "last week", "this week" -> "YYYY-Www"; "in May" -> "YYYY-05";
//     "in 2013" -> "2013".
// 2-4 need the article's date (Article::date); without it they are skipped, never guessed.
// Stateless; thread-safe.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/stage.h"

namespace chronicle::nlp {

// The dates in `text`, relative ones resolved against `article_date` (ISO 8601, "" when unknown).
std::vector<DateMention> find_dates(std::string_view text, std::string_view article_date);

class DateStage : public AnalyzeStage {
 public:
  std::string_view name() const override { return "dates"; }
  std::vector<std::string> writes() const override { return {"dates"}; }
  std::string analyze(Article& article) const override;
};

}  // namespace chronicle::nlp
