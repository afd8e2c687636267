// Outputs of search, actors, topics and stats, each as table, JSON, CSV or Markdown.
#pragma once
#include <ostream>
#include <vector>

#include "model/query_rows.h"
#include "report/output_format.h"

namespace onrecord {

void write_search(std::ostream& out, const std::vector<search_row>& rows, output_format format,
                  std::size_t width = 100);
void write_actor_list(std::ostream& out, const std::vector<actor_row>& actors, output_format format,
                      std::size_t width = 100);
void write_actor_detail(std::ostream& out, const actor_detail& d, output_format format, std::size_t width = 100);
void write_topic_list(std::ostream& out, const std::vector<topic_row>& topics, output_format format,
                      std::size_t width = 100);
void write_topic_detail(std::ostream& out, const topic_row& t, output_format format, std::size_t width = 100);
void write_stats(std::ostream& out, const record_stats& s, output_format format, std::size_t width = 100);

}  // namespace onrecord
