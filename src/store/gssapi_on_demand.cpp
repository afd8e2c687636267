// libpq's GSSAPI (Kerberos) entry points, bound to the system's MIT library on first use.
//
// Why: linking libgssapi_krb5 makes every command load and relocate seven shared objects (the
// Kerberos chain) before main() runs — about 110 page faults and 3 ms of each command's start on
// our machines (BENCHMARKS.md, "Process start"). libpq never uses GSSAPI over a Unix socket, which
// is how every command reaches the embedded cluster, so the library is opened only when a TCP
// connection asks for it (gssencmode or Kerberos authentication). Then it behaves as before. If
// the library cannot be opened, each call fails with GSS_S_FAILURE and the status text says why:
// libpq goes on without GSSAPI encryption, or reports a Kerberos login as failed.
//
// The standard header declares every function, so a signature that drifts from libpq's
// expectation does not compile.
#include "store/gssapi_on_demand.h"

#include <dlfcn.h>
#include <gssapi/gssapi.h>

#include <cstdlib>
#include <string>

namespace onrecord {
namespace {

struct gssapi_library {
  void* handle = nullptr;
  std::string problem;  // why the library could not be opened; empty when it was
};

const gssapi_library& library() {
  static const gssapi_library opened = [] {
    gssapi_library lib;
    const char* chosen = std::getenv("ONRECORD_GSSAPI_LIBRARY");
    const char* name = chosen && *chosen ? chosen : default_gssapi_library;
    lib.handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!lib.handle) {
      const char* why = dlerror();
      lib.problem = std::string("GSSAPI (Kerberos) is not available: ") + (why ? why : name);
    }
    return lib;
  }();
  return opened;
}

template <typename Function>
Function* bound(const char* name) {
  void* handle = library().handle;
  return handle ? reinterpret_cast<Function*>(dlsym(handle, name)) : nullptr;
}

OM_uint32 unavailable(OM_uint32* minor_status) {
  if (minor_status) *minor_status = 0;
  return GSS_S_FAILURE;
}

// The OID libpq names host-based service principals with (1.2.840.113554.1.2.1.4). libpq passes
// our variable's value to gss_import_name, which hands the library its own.
gss_OID_desc hostbased_service_oid = {10, const_cast<char*>("\x2a\x86\x48\x86\xf7\x12\x01\x02\x01\x04")};

}  // namespace

bool gssapi_available() { return library().handle != nullptr; }

}  // namespace onrecord

using onrecord::bound;
using onrecord::unavailable;

// Each function looks its target up once; the look-up is thread-safe (a function-local static).
#define ONRECORD_FORWARD(function, minor_status, ...)                 \
  static auto* const target = bound<decltype(::function)>(#function); \
  if (!target) return unavailable(minor_status);                      \
  return target(minor_status, __VA_ARGS__)

extern "C" {

gss_OID GSS_C_NT_HOSTBASED_SERVICE = &onrecord::hostbased_service_oid;

OM_uint32 gss_import_name(OM_uint32* minor_status, gss_buffer_t input_name, gss_OID name_type,
                          gss_name_t* output_name) {
  if (name_type == &onrecord::hostbased_service_oid) {
    static gss_OID* const library_oid = bound<gss_OID>("GSS_C_NT_HOSTBASED_SERVICE");
    if (library_oid) name_type = *library_oid;
  }
  ONRECORD_FORWARD(gss_import_name, minor_status, input_name, name_type, output_name);
}

OM_uint32 gss_acquire_cred(OM_uint32* minor_status, gss_name_t desired_name, OM_uint32 time_req,
                           gss_OID_set desired_mechs, gss_cred_usage_t cred_usage, gss_cred_id_t* output_cred_handle,
                           gss_OID_set* actual_mechs, OM_uint32* time_rec) {
  ONRECORD_FORWARD(gss_acquire_cred, minor_status, desired_name, time_req, desired_mechs, cred_usage,
                   output_cred_handle, actual_mechs, time_rec);
}

OM_uint32 gss_init_sec_context(OM_uint32* minor_status, gss_cred_id_t claimant_cred_handle,
                               gss_ctx_id_t* context_handle, gss_name_t target_name, gss_OID mech_type,
                               OM_uint32 req_flags, OM_uint32 time_req, gss_channel_bindings_t input_chan_bindings,
                               gss_buffer_t input_token, gss_OID* actual_mech_type, gss_buffer_t output_token,
                               OM_uint32* ret_flags, OM_uint32* time_rec) {
  ONRECORD_FORWARD(gss_init_sec_context, minor_status, claimant_cred_handle, context_handle, target_name, mech_type,
                   req_flags, time_req, input_chan_bindings, input_token, actual_mech_type, output_token, ret_flags,
                   time_rec);
}

OM_uint32 gss_wrap(OM_uint32* minor_status, gss_ctx_id_t context_handle, int conf_req_flag, gss_qop_t qop_req,
                   gss_buffer_t input_message, int* conf_state, gss_buffer_t output_message) {
  ONRECORD_FORWARD(gss_wrap, minor_status, context_handle, conf_req_flag, qop_req, input_message, conf_state,
                   output_message);
}

OM_uint32 gss_unwrap(OM_uint32* minor_status, gss_ctx_id_t context_handle, gss_buffer_t input_message,
                     gss_buffer_t output_message, int* conf_state, gss_qop_t* qop_state) {
  ONRECORD_FORWARD(gss_unwrap, minor_status, context_handle, input_message, output_message, conf_state, qop_state);
}

OM_uint32 gss_wrap_size_limit(OM_uint32* minor_status, gss_ctx_id_t context_handle, int conf_req_flag,
                              gss_qop_t qop_req, OM_uint32 req_output_size, OM_uint32* max_input_size) {
  ONRECORD_FORWARD(gss_wrap_size_limit, minor_status, context_handle, conf_req_flag, qop_req, req_output_size,
                   max_input_size);
}

OM_uint32 gss_delete_sec_context(OM_uint32* minor_status, gss_ctx_id_t* context_handle, gss_buffer_t output_token) {
  ONRECORD_FORWARD(gss_delete_sec_context, minor_status, context_handle, output_token);
}

OM_uint32 gss_release_cred(OM_uint32* minor_status, gss_cred_id_t* cred_handle) {
  ONRECORD_FORWARD(gss_release_cred, minor_status, cred_handle);
}

OM_uint32 gss_release_name(OM_uint32* minor_status, gss_name_t* name) {
  ONRECORD_FORWARD(gss_release_name, minor_status, name);
}

// Without the library the only buffers handed out are the status texts below, which are not
// allocated: releasing one only empties it.
OM_uint32 gss_release_buffer(OM_uint32* minor_status, gss_buffer_t buffer) {
  if (!onrecord::gssapi_available()) {
    if (buffer) *buffer = GSS_C_EMPTY_BUFFER;
    if (minor_status) *minor_status = 0;
    return GSS_S_COMPLETE;
  }
  ONRECORD_FORWARD(gss_release_buffer, minor_status, buffer);
}

// libpq prints the text of every status it gets, so without the library the text says why.
OM_uint32 gss_display_status(OM_uint32* minor_status, OM_uint32 status_value, int status_type, gss_OID mech_type,
                             OM_uint32* message_context, gss_buffer_t status_string) {
  if (!onrecord::gssapi_available()) {
    const std::string& problem = onrecord::library().problem;
    if (status_string) {
      status_string->length = problem.size();
      status_string->value = const_cast<char*>(problem.c_str());
    }
    if (message_context) *message_context = 0;
    if (minor_status) *minor_status = 0;
    return GSS_S_COMPLETE;
  }
  ONRECORD_FORWARD(gss_display_status, minor_status, status_value, status_type, mech_type, message_context,
                   status_string);
}

}  // extern "C"
