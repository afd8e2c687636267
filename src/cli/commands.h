// The subcommands of `onrecord`, one class each.
#pragma once
#include <string>
#include <vector>

#include "cli/command.h"

namespace onrecord {

class extract_command final : public command {
 public:
  std::string name() const override;
  std::string synopsis() const override;
  std::string purpose() const override;
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::vector<std::string> paths_;
};

class db_command final : public command {
 public:
  std::string name() const override;
  std::string synopsis() const override;
  std::string purpose() const override;
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string action_;
};

class migrate_command final : public command {
 public:
  std::string name() const override;
  std::string synopsis() const override;
  std::string purpose() const override;
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:

};

class ingest_command final : public command {
 public:
  std::string name() const override;
  std::string synopsis() const override;
  std::string purpose() const override;
  boost::program_options::options_description options() override;
  boost::program_options::positional_options_description positionals() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::vector<std::string> paths_;
};

class timeline_command final : public command {
 public:
  std::string name() const override;
  std::string synopsis() const override;
  std::string purpose() const override;
  boost::program_options::options_description options() override;
  void setup(const boost::program_options::variables_map& vm) override;
  int run(const global_options& globals) override;

 private:
  std::string actor_, topic_, from_, to_, format_;
};

}  // namespace onrecord
