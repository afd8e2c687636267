// The subcommands of `onrecord`, one class each.
#pragma once
#include <string>
#include <vector>

#include "cli/command.h"
#include "extract/extraction_options.h"
#include "report/output_format.h"

namespace onrecord {

class extract_command final : public command {
 public:
  extract_command();
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::vector<std::string> paths_;
  std::string split_quotations_;
  extraction_options extraction_;
};

class db_command final : public command {
 public:
  db_command();
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string action_;
};

class migrate_command final : public command {
 public:
  migrate_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
};

class ingest_command final : public command {
 public:
  ingest_command();
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::vector<std::string> paths_;
  std::size_t batch_articles_ = 1000;
  std::string split_quotations_;
  extraction_options extraction_;
};

class timeline_command final : public command {
 public:
  timeline_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string actor_, topic_, from_, to_, format_;
  std::vector<std::string> kinds_, stances_, outlets_;
  long long limit_ = 0;
};

// The query commands (positions_command.cpp, search_command.cpp, …); each takes
// --format table|json|csv|md.

class positions_command final : public command {
 public:
  positions_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string actor_, topic_, from_, to_, format_;
};

class search_command final : public command {
 public:
  search_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;
  boost::program_options::positional_options_description positionals() override;

 private:
  std::vector<std::string> words_;
  std::string actor_, topic_, from_, to_, format_;
  long long limit_ = 20;
};

class actors_command final : public command {
 public:
  actors_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;
  boost::program_options::positional_options_description positionals() override;

 private:
  std::vector<std::string> args_;
  std::string format_;
};

class statements_command final : public command {
 public:
  statements_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;
  boost::program_options::positional_options_description positionals() override;

 private:
  std::vector<std::string> args_;
  std::string actor_, format_;
  long long id_ = 0;
};

class report_command final : public command {
 public:
  report_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string actor_, topic_, from_, to_, format_, output_;
};

class stats_command final : public command {
 public:
  stats_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string format_;
};

class topics_command final : public command {
 public:
  topics_command();
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;
  boost::program_options::positional_options_description positionals() override;

 private:
  std::vector<std::string> args_;
  std::string format_;
};

}  // namespace onrecord
