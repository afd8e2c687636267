// libpqxx 6.4 lives here: connecting and migrating; every query is a prepared statement from sql/*.sql
// with bound parameters (loading is in record_loading.cpp, the query commands in record_queries.cpp).
#include "store/record_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>

#include "read/publication_date.h"
#include "store/record_store_impl.h"
#include "store/store_error.h"
#include "text/utf8.h"

namespace onrecord {
using namespace store_detail;
namespace {

int migration_version(std::string_view file_name) {
  int v = 0;
  std::size_t i = 0;
  for (; i < file_name.size() && std::isdigit(static_cast<unsigned char>(file_name[i])); ++i)
    v = v * 10 + (file_name[i] - '0');
  if (i != 4 || i >= file_name.size() || file_name[i] != '_')
    throw store_error(fmt::format("migration file {} is not named NNNN_name.sql", file_name));
  return v;
}

// True when the database records exactly this build's migrations, each with this build's checksum.
// Every command checks this before its first query: one round trip instead of taking the migration
// lock and comparing every migration (seven round trips), which dominated a short query's run time.
// (A command that starts by naming an actor checks it inside that query instead: find_actors,
// timeline_of.)
bool schema_is_current(pqxx::connection& conn) {
  const embedded_file* sql = find_embedded(embedded_queries(), "migrations_recorded.sql");
  if (!sql) return false;
  try {
    pqxx::nontransaction check(conn);
    const auto r = check.exec(std::string(sql->content));
    return !r.empty() && !r[0][0].is_null() && r[0][0].c_str() == this_build_migrations();
  } catch (const pqxx::undefined_table&) {
    return false;  // a new database: the slow path creates the table
  }
}

}  // namespace

namespace store_detail {

const std::string& this_build_migrations() {
  static const std::string text = [] {
    std::map<int, std::string_view> by_version;
    for (const auto& f : embedded_migrations()) by_version[migration_version(f.name)] = f.sha256;
    std::string out;
    for (const auto& [version, checksum] : by_version) {
      if (!out.empty()) out += ',';
      out += std::to_string(version) + ':' + std::string(checksum);
    }
    return out;
  }();
  return text;
}

}  // namespace store_detail

record_store::record_store(database_target target) : target_(std::move(target)) {
  if (target_.cluster) {
    target_.cluster->ensure_running();
    if (!target_.cluster->pooler_problem().empty())
      std::cerr << "onrecord: " << target_.cluster->pooler_problem()
                << "\nonrecord: connecting to PostgreSQL directly\n";
    if (target_.through_pooler) target_.conninfo = target_.cluster->client_connection_string();
  }
  try {
    try {
      impl_ = std::make_unique<impl>(target_.conninfo);
    } catch (const pqxx::broken_connection&) {
      // the pooler only saves time: one that went away since the check is no reason to fail
      const std::string direct = target_.cluster ? target_.cluster->connection_string() : target_.conninfo;
      if (direct == target_.conninfo) throw;
      target_.conninfo = direct;
      impl_ = std::make_unique<impl>(target_.conninfo);
    }
  } catch (const pqxx::broken_connection& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw store_error(fmt::format("cannot connect to the database ({}): {}", target_.display, mask_password(why)));
  }
}

record_store::~record_store() = default;

std::vector<migration_info> record_store::migrate() {
  impl_->schema_unchecked = false;  // checked here, or the command fails
  std::vector<migration_info> out;
  struct pending_file {
    int version;
    const embedded_file* file;
    std::string checksum;
  };
  std::vector<pending_file> files;
  std::map<int, std::pair<std::string, std::string>> applied;  // version → (name, checksum)
  try {
    if (schema_is_current(impl_->conn)) {
      for (const auto& f : embedded_migrations())
        out.push_back({migration_version(f.name), std::string(f.name), false});
      return out;
    }
    {
      pqxx::nontransaction setup(impl_->conn);
      // one migrating process at a time; a session lock, released below or when the session ends
      setup.exec_prepared(impl_->query("migrations_lock"));
      setup.exec_prepared(impl_->query("migrations_table"));
      for (const auto& row : setup.exec_prepared(impl_->query("migrations_applied")))
        applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
      for (const auto& f : embedded_migrations())
        files.push_back({migration_version(f.name), &f, std::string(f.sha256)});
    }
    auto unlock = [&] {
      pqxx::nontransaction done(impl_->conn);
      done.exec_prepared(impl_->query("migrations_unlock"));
    };
    int newest_known = 0;
    for (const auto& [version, f, checksum] : files) {
      newest_known = std::max(newest_known, version);
      if (auto it = applied.find(version); it != applied.end()) {
        if (it->second.second != checksum) {
          unlock();
          throw store_error(fmt::format(
              "migration {} was changed after it was applied to this database (checksum {} in the database, "
              "{} in this build); restore the original file and put the change in a new migration",
              f->name, it->second.second.substr(0, 12), checksum.substr(0, 12)));
        }
        out.push_back({version, std::string(f->name), false});
        continue;
      }
      try {
        pqxx::work w(impl_->conn, "migration");
        w.exec(std::string(f->content));
        w.exec_prepared(impl_->query("record_migration"), version, std::string(f->name), checksum);
        w.commit();
      } catch (const pqxx::sql_error& e) {
        unlock();
        throw store_error(
            fmt::format("migration {} failed and was rolled back (the schema is as it was): {}", f->name, e.what()));
      }
      out.push_back({version, std::string(f->name), true});
    }
    unlock();
    for (const auto& [version, info] : applied)
      if (version > newest_known)
        throw store_error(fmt::format(
            "the database was written by a newer onrecord (it has migration {}, this build knows up to {:04d}); "
            "use a newer onrecord",
            info.first, newest_known));
  } catch (const pqxx::broken_connection& e) {
    throw store_error(fmt::format("lost the database connection ({}) while migrating: {}", target_.display, e.what()));
  }
  return out;
}

}  // namespace onrecord
