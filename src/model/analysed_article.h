// What the pipeline gives for one article: the article and its statements, ready to print or load.
#pragma once
#include <vector>

#include "model/article.h"
#include "model/statement.h"

namespace onrecord {

struct analysed_article {
  article source;
  std::vector<statement> statements;
};

}  // namespace onrecord
