// Test databases: created on the scripts/test server, named after the suite and process.
#include "support/test_database.h"

#include <unistd.h>

#include <cstdlib>
#include <pqxx/pqxx>

namespace onrecord::testing {

std::string test_server() {
  const char* v = std::getenv("ONRECORD_TEST_DB");
  return v ? v : "";
}

throwaway_database::throwaway_database(const std::string& suite) : server_(test_server()) {
  name_ = "onrecord_test_" + suite + "_" + std::to_string(::getpid());
  for (auto& c : name_)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  pqxx::connection c(server_);
  pqxx::nontransaction w(c);
  w.exec("DROP DATABASE IF EXISTS " + w.quote_name(name_));
  w.exec("CREATE DATABASE " + w.quote_name(name_));
  conninfo_ = server_ + " dbname=" + name_;  // the last dbname in a conninfo wins
}

throwaway_database::~throwaway_database() {
  if (const char* keep = std::getenv("ONRECORD_KEEP_TEST_DB"); keep && std::string(keep) == "1") return;
  try {
    pqxx::connection c(server_);
    pqxx::nontransaction w(c);
    w.exec("DROP DATABASE IF EXISTS " + w.quote_name(name_) + " WITH (FORCE)");
  } catch (...) {
  }
}

std::string throwaway_database::scalar(const std::string& sql) const {
  pqxx::connection c(conninfo_);
  pqxx::nontransaction w(c);
  const auto r = w.exec(sql);
  if (r.empty() || r[0][0].is_null()) return "";
  return r[0][0].c_str();
}

void throwaway_database::exec(const std::string& sql) const {
  pqxx::connection c(conninfo_);
  pqxx::nontransaction w(c);
  w.exec(sql);
}

}  // namespace onrecord::testing
