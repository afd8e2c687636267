// Choosing the database, and keeping passwords out of every message that names it.
#include "store/database_target.h"

#include <algorithm>
#include <cstdlib>

namespace onrecord {

std::string mask_password(const std::string& conninfo) {
  std::string s = conninfo;
  // URL form: scheme://user:password@host
  if (const auto scheme = s.find("://"); scheme != std::string::npos) {
    const auto at = s.find('@', scheme + 3);
    const auto slash = s.find('/', scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      const auto colon = s.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) s.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // key=value form (libpq allows spaces around '=' and quoted values) and URL query parameters;
  // "sslpassword" is a secret too
  const bool url_form = s.find("://") != std::string::npos;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  for (std::size_t p = s.find("password"); p != std::string::npos; p = s.find("password", p + 1)) {
    std::size_t v = p + 8;
    while (v < s.size() && space(s[v])) ++v;
    if (v >= s.size() || s[v] != '=') continue;
    ++v;
    while (v < s.size() && space(s[v])) ++v;
    std::size_t e = v;
    if (!url_form && e < s.size() && s[e] == '\'') {
      for (++e; e < s.size() && s[e] != '\''; ++e)
        if (s[e] == '\\') ++e;
      if (e < s.size()) ++e;
    } else {
      while (e < s.size() && !space(s[e]) && !(url_form && s[e] == '&')) ++e;
    }
    s.replace(v, std::min(e, s.size()) - v, "***");
    p = v;
  }
  return s;
}

database_target locate_database(const std::optional<std::string>& db_url, const std::optional<std::string>& data_dir) {
  std::optional<std::string> url = db_url;
  if (!url)
    if (const char* v = std::getenv("ONRECORD_DB"); v && *v) url = v;
  if (!url)
    if (const char* v = std::getenv("DATABASE_URL"); v && *v) url = v;
  database_target t;
  if (url) {
    t.conninfo = *url;
    t.display = mask_password(*url);
    return t;
  }
  t.cluster.emplace(data_dir ? *data_dir : embedded_cluster::default_folder());
  t.conninfo = t.cluster->connection_string();
  t.display = "embedded cluster in " + t.cluster->folder();
  return t;
}

}  // namespace onrecord
