// The floor of a whole-process query: a program that links libpq as onrecord does (statically,
// with the same shared libraries left: cmake/static_client.cmake), connects, runs one query and exits. scripts/bench
// times it beside onrecord's query commands, so what onrecord adds on top of process start and connection is visible.
// usage: libpq_floor CONNINFO [SQL]   (SQL defaults to SELECT 1; rows are read and dropped)
#include <libpq-fe.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: libpq_floor CONNINFO [SQL]\n");
    return 2;
  }
  PGconn* conn = PQconnectdb(argv[1]);
  if (PQstatus(conn) != CONNECTION_OK) {
    std::fprintf(stderr, "libpq_floor: %s", PQerrorMessage(conn));
    PQfinish(conn);
    return 1;
  }
  PGresult* result = PQexec(conn, argc > 2 ? argv[2] : "SELECT 1");
  const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
  if (!ok) std::fprintf(stderr, "libpq_floor: %s", PQerrorMessage(conn));
  PQclear(result);
  PQfinish(conn);
  return ok ? 0 : 1;
}
