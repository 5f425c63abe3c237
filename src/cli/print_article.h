// The readable (non-JSON) form of one article, for `show`, `analyze` and `extract`.
#pragma once
#include "model/article.h"

namespace chronicle::cli {

void print_article(const Article& article);

}  // namespace chronicle::cli
