# The PostgreSQL client (libpqxx, libpq and libpq's OpenSSL) linked statically.
#
# Why: Debian's libpq.so pulls in 22 more shared libraries (Kerberos, LDAP, GnuTLS, p11-kit, SASL,
# nettle, gmp, ...). Every onrecord command pays for mapping and relocating them before main()
# runs: on our machines that is most of a command's start (see BENCHMARKS.md, "Process start").
# Linked from Debian's own archives (libpq.a from libpq-dev, libpgcommon_shlib.a and
# libpgport_shlib.a from postgresql-server-dev-15, libssl.a and libcrypto.a from libssl-dev), the
# client keeps TLS and Kerberos (GSSAPI stays a shared library: Debian ships no archive of it). The
# one feature given up is LDAP lookup of connection parameters in pg_service.conf, which would
# bring the whole GnuTLS chain back: ldap_lookup_unavailable.cpp answers it with an error.
execute_process(COMMAND pg_config --pkglibdir OUTPUT_VARIABLE ONRECORD_PG_PKGLIBDIR
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
find_library(ONRECORD_PQXX_ARCHIVE NAMES libpqxx.a REQUIRED)
find_library(ONRECORD_PQ_ARCHIVE NAMES libpq.a REQUIRED)
find_library(ONRECORD_PGCOMMON_ARCHIVE NAMES libpgcommon_shlib.a HINTS ${ONRECORD_PG_PKGLIBDIR} REQUIRED)
find_library(ONRECORD_PGPORT_ARCHIVE NAMES libpgport_shlib.a HINTS ${ONRECORD_PG_PKGLIBDIR} REQUIRED)
find_library(ONRECORD_SSL_ARCHIVE NAMES libssl.a REQUIRED)
find_library(ONRECORD_CRYPTO_ARCHIVE NAMES libcrypto.a REQUIRED)
find_library(ONRECORD_GSSAPI_LIBRARY NAMES gssapi_krb5 libgssapi_krb5.so.2 REQUIRED)

add_library(onrecord_postgres_client INTERFACE)
target_include_directories(onrecord_postgres_client INTERFACE ${PQXX_INCLUDE_DIRS})
# An object file, not part of the core archive: the linker reaches libpq.a after the core
# archive, so a definition inside that archive would never be pulled in for libpq's references.
target_sources(onrecord_postgres_client INTERFACE
  ${PROJECT_SOURCE_DIR}/src/store/ldap_lookup_unavailable.cpp)
# Order matters for archives: each one before what it uses.
target_link_libraries(onrecord_postgres_client INTERFACE
  ${ONRECORD_PQXX_ARCHIVE} ${ONRECORD_PQ_ARCHIVE} ${ONRECORD_PGCOMMON_ARCHIVE}
  ${ONRECORD_PGPORT_ARCHIVE} ${ONRECORD_SSL_ARCHIVE} ${ONRECORD_CRYPTO_ARCHIVE}
  ${ONRECORD_GSSAPI_LIBRARY} Threads::Threads ${CMAKE_DL_LIBS})
