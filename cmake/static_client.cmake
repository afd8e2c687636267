# The PostgreSQL client (libpqxx and libpq) linked statically; OpenSSL and Kerberos opened on demand.
#
# Why: Debian's libpq.so pulls in 22 more shared libraries (Kerberos, LDAP, GnuTLS, p11-kit, SASL,
# nettle, gmp, ...). Every onrecord command pays for mapping and relocating them before main()
# runs: on our machines that is most of a command's start (see BENCHMARKS.md, "Process start").
# libpq.a comes from libpq-dev, libpgcommon_shlib.a and libpgport_shlib.a from
# postgresql-server-dev-15. The two libraries libpq needs only for some connections are not linked:
# OpenSSL (TLS and password authentication) and Kerberos (GSSAPI), which cost every command about
# 2.3 and 3 ms of start even linked statically or as shared objects, though the embedded cluster's
# Unix-socket connections use neither. openssl_on_demand.cpp and gssapi_on_demand.cpp open the
# system's shared libraries when a connection first calls them; their headers (libssl-dev,
# libkrb5-dev) check every forwarded signature. The one feature given up is LDAP lookup of
# connection parameters in pg_service.conf, which would bring the whole GnuTLS chain back:
# ldap_lookup_unavailable.cpp answers it with an error.
execute_process(COMMAND pg_config --pkglibdir OUTPUT_VARIABLE ONRECORD_PG_PKGLIBDIR
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
find_library(ONRECORD_PQXX_ARCHIVE NAMES libpqxx.a REQUIRED)
find_library(ONRECORD_PQ_ARCHIVE NAMES libpq.a REQUIRED)
find_library(ONRECORD_PGCOMMON_ARCHIVE NAMES libpgcommon_shlib.a HINTS ${ONRECORD_PG_PKGLIBDIR} REQUIRED)
find_library(ONRECORD_PGPORT_ARCHIVE NAMES libpgport_shlib.a HINTS ${ONRECORD_PG_PKGLIBDIR} REQUIRED)
find_path(ONRECORD_OPENSSL_INCLUDE_DIR openssl/ssl.h REQUIRED)
find_path(ONRECORD_GSSAPI_INCLUDE_DIR gssapi/gssapi.h REQUIRED)

add_library(onrecord_postgres_client INTERFACE)
target_include_directories(onrecord_postgres_client INTERFACE ${PQXX_INCLUDE_DIRS} ${ONRECORD_OPENSSL_INCLUDE_DIR}
                           ${ONRECORD_GSSAPI_INCLUDE_DIR} ${PROJECT_SOURCE_DIR}/src)
# An object file, not part of the core archive: the linker reaches libpq.a after the core
# archive, so a definition inside that archive would never be pulled in for libpq's references.
target_sources(onrecord_postgres_client INTERFACE
  ${PROJECT_SOURCE_DIR}/src/store/ldap_lookup_unavailable.cpp
  ${PROJECT_SOURCE_DIR}/src/store/gssapi_on_demand.cpp
  ${PROJECT_SOURCE_DIR}/src/store/openssl_on_demand.cpp)
# Order matters for archives: each one before what it uses.
target_link_libraries(onrecord_postgres_client INTERFACE
  ${ONRECORD_PQXX_ARCHIVE} ${ONRECORD_PQ_ARCHIVE} ${ONRECORD_PGCOMMON_ARCHIVE}
  ${ONRECORD_PGPORT_ARCHIVE} Threads::Threads ${CMAKE_DL_LIBS})
