// libpq's LDAP entry points, answered "not available" (see cmake/static_client.cmake for why).
//
// libpq calls LDAP only to look up connection parameters named by an "ldap://" line in
// pg_service.conf (ldapServiceLookup in fe-connect.c), and always through ldap_init first. Linking
// the real OpenLDAP would load GnuTLS and a dozen more shared libraries into every command, so
// ldap_init says why it cannot help and returns no handle: libpq then fails that connection with
// "could not create LDAP structure". The other functions are never reached without a handle; they
// exist so that libpq.a links, and fail the same way if they ever are. The parameter types are
// opaque here on purpose: no OpenLDAP header is needed, and C linkage carries no signature.
#include <cstdio>

extern "C" {

void* ldap_init(const char* host, int port) {
  std::fprintf(stderr,
               "onrecord: pg_service.conf asks for an LDAP lookup (ldap://%s:%d/...), which this "
               "build of onrecord does not include; put the connection parameters in the service "
               "file or pass them with --db\n",
               host ? host : "", port);
  return nullptr;
}
int ldap_set_option(void*, int, const void*) { return -1; }
int ldap_simple_bind(void*, const char*, const char*) { return -1; }
int ldap_search_st(void*, const char*, int, const char*, char**, int, void*, void**) { return -1; }
int ldap_result(void*, int, int, void*, void**) { return -1; }
int ldap_count_entries(void*, void*) { return -1; }
void* ldap_first_entry(void*, void*) { return nullptr; }
void* ldap_get_values_len(void*, void*, const char*) { return nullptr; }
void ldap_value_free_len(void*) {}
int ldap_msgfree(void*) { return 0; }
int ldap_unbind(void*) { return 0; }
const char* ldap_err2string(int) { return "LDAP is not included in this build of onrecord"; }

}  // extern "C"
