// libpq's OpenSSL calls, bound to the system's shared OpenSSL (libssl.so.3) on first use.
//
// Why: OpenSSL linked statically made every command relocate 370 KB of its tables before main()
// ran — about 110 page faults and 2.3 ms of each command's start on our machines (BENCHMARKS.md,
// "Process start") — and as a shared library it costs the same at load. libpq needs OpenSSL only
// for TLS and for password authentication (SCRAM, MD5), and the embedded cluster uses neither: its
// connections go through a private Unix socket. So the library is opened when a connection first
// needs it (a remote server with sslmode, or a password), and from then on every call goes
// straight to it.
//
// Each forwarding function takes its signature from OpenSSL's own header (decltype of the
// declaration), so it cannot drift from what libpq was compiled against; a wrong parameter count
// in the list below does not compile. If the library cannot be opened, the first such call ends
// the command with a message that says what was needed and why it failed: there is no error value
// common to all of these functions to return instead.
#define OPENSSL_SUPPRESS_DEPRECATED  // libpq still calls HMAC_* and ENGINE_*, deprecated in 3.0
#include <dlfcn.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <tuple>

namespace onrecord {
namespace {

constexpr const char* openssl_library = "libssl.so.3";  // loads libcrypto.so.3 with it

void* openssl_handle() {
  static void* const handle = [] {
    void* h = dlopen(openssl_library, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      const char* why = dlerror();
      std::fprintf(stderr,
                   "onrecord: this connection needs OpenSSL (TLS or password authentication), and "
                   "%s could not be loaded: %s\n",
                   openssl_library, why ? why : "unknown reason");
      std::exit(1);
    }
    return h;
  }();
  return handle;
}

template <typename Function>
Function* openssl_function(const char* name) {
  void* symbol = dlsym(openssl_handle(), name);
  if (!symbol) {
    std::fprintf(stderr, "onrecord: the OpenSSL library %s has no function %s\n", openssl_library, name);
    std::exit(1);
  }
  return reinterpret_cast<Function*>(symbol);
}

// The pieces of a declared function's type.
template <typename Function>
struct signature;
template <typename Result, typename... Parameters>
struct signature<Result(Parameters...)> {
  using result = Result;
  template <std::size_t I>
  using parameter = std::tuple_element_t<I, std::tuple<Parameters...>>;
};

}  // namespace
}  // namespace onrecord

#define ONRECORD_RESULT(name) onrecord::signature<decltype(::name)>::result
#define ONRECORD_PARAMETER(name, i) onrecord::signature<decltype(::name)>::template parameter<i>
// Looked up once per function, thread-safely (a function-local static).
#define ONRECORD_TARGET(name) static auto* const target = onrecord::openssl_function<decltype(::name)>(#name)

#define ONRECORD_OPENSSL_0(name) \
  ONRECORD_RESULT(name) name() { \
    ONRECORD_TARGET(name);       \
    return target();             \
  }
#define ONRECORD_OPENSSL_1(name)                              \
  ONRECORD_RESULT(name) name(ONRECORD_PARAMETER(name, 0) a) { \
    ONRECORD_TARGET(name);                                    \
    return target(a);                                         \
  }
#define ONRECORD_OPENSSL_2(name)                                                             \
  ONRECORD_RESULT(name) name(ONRECORD_PARAMETER(name, 0) a, ONRECORD_PARAMETER(name, 1) b) { \
    ONRECORD_TARGET(name);                                                                   \
    return target(a, b);                                                                     \
  }
#define ONRECORD_OPENSSL_3(name)                                                                      \
  ONRECORD_RESULT(name)                                                                               \
  name(ONRECORD_PARAMETER(name, 0) a, ONRECORD_PARAMETER(name, 1) b, ONRECORD_PARAMETER(name, 2) c) { \
    ONRECORD_TARGET(name);                                                                            \
    return target(a, b, c);                                                                           \
  }
#define ONRECORD_OPENSSL_4(name)                                                                    \
  ONRECORD_RESULT(name)                                                                             \
  name(ONRECORD_PARAMETER(name, 0) a, ONRECORD_PARAMETER(name, 1) b, ONRECORD_PARAMETER(name, 2) c, \
       ONRECORD_PARAMETER(name, 3) d) {                                                             \
    ONRECORD_TARGET(name);                                                                          \
    return target(a, b, c, d);                                                                      \
  }
#define ONRECORD_OPENSSL_5(name)                                                                    \
  ONRECORD_RESULT(name)                                                                             \
  name(ONRECORD_PARAMETER(name, 0) a, ONRECORD_PARAMETER(name, 1) b, ONRECORD_PARAMETER(name, 2) c, \
       ONRECORD_PARAMETER(name, 3) d, ONRECORD_PARAMETER(name, 4) e) {                              \
    ONRECORD_TARGET(name);                                                                          \
    return target(a, b, c, d, e);                                                                   \
  }

extern "C" {

// Every OpenSSL function libpq.a, libpgcommon_shlib.a and libpgport_shlib.a call, with its number
// of parameters (the linker's list of undefined references when they are linked without OpenSSL).
ONRECORD_OPENSSL_1(ASN1_STRING_get0_data)
ONRECORD_OPENSSL_1(ASN1_STRING_length)
ONRECORD_OPENSSL_2(BIO_clear_flags)
ONRECORD_OPENSSL_2(BIO_get_ex_data)
ONRECORD_OPENSSL_0(BIO_get_new_index)
ONRECORD_OPENSSL_4(BIO_int_ctrl)
ONRECORD_OPENSSL_1(BIO_meth_free)
ONRECORD_OPENSSL_1(BIO_meth_get_callback_ctrl)
ONRECORD_OPENSSL_1(BIO_meth_get_create)
ONRECORD_OPENSSL_1(BIO_meth_get_ctrl)
ONRECORD_OPENSSL_1(BIO_meth_get_destroy)
ONRECORD_OPENSSL_1(BIO_meth_get_gets)
ONRECORD_OPENSSL_1(BIO_meth_get_puts)
ONRECORD_OPENSSL_2(BIO_meth_new)
ONRECORD_OPENSSL_2(BIO_meth_set_callback_ctrl)
ONRECORD_OPENSSL_2(BIO_meth_set_create)
ONRECORD_OPENSSL_2(BIO_meth_set_ctrl)
ONRECORD_OPENSSL_2(BIO_meth_set_destroy)
ONRECORD_OPENSSL_2(BIO_meth_set_gets)
ONRECORD_OPENSSL_2(BIO_meth_set_puts)
ONRECORD_OPENSSL_2(BIO_meth_set_read)
ONRECORD_OPENSSL_2(BIO_meth_set_write)
ONRECORD_OPENSSL_1(BIO_new)
ONRECORD_OPENSSL_0(BIO_s_socket)
ONRECORD_OPENSSL_3(BIO_set_ex_data)
ONRECORD_OPENSSL_2(BIO_set_flags)
ONRECORD_OPENSSL_3(CRYPTO_memcmp)
ONRECORD_OPENSSL_1(ENGINE_by_id)
ONRECORD_OPENSSL_1(ENGINE_finish)
ONRECORD_OPENSSL_1(ENGINE_free)
ONRECORD_OPENSSL_1(ENGINE_init)
ONRECORD_OPENSSL_4(ENGINE_load_private_key)
ONRECORD_OPENSSL_0(ERR_clear_error)
ONRECORD_OPENSSL_0(ERR_get_error)
ONRECORD_OPENSSL_0(ERR_new)
ONRECORD_OPENSSL_1(ERR_reason_error_string)
ONRECORD_OPENSSL_3(ERR_set_debug)
ONRECORD_OPENSSL_3(EVP_DigestFinal_ex)
ONRECORD_OPENSSL_3(EVP_DigestInit_ex)
ONRECORD_OPENSSL_3(EVP_DigestUpdate)
ONRECORD_OPENSSL_1(EVP_MD_CTX_free)
ONRECORD_OPENSSL_0(EVP_MD_CTX_new)
ONRECORD_OPENSSL_1(EVP_get_digestbyname)
ONRECORD_OPENSSL_0(EVP_md5)
ONRECORD_OPENSSL_0(EVP_sha1)
ONRECORD_OPENSSL_0(EVP_sha224)
ONRECORD_OPENSSL_0(EVP_sha256)
ONRECORD_OPENSSL_0(EVP_sha384)
ONRECORD_OPENSSL_0(EVP_sha512)
ONRECORD_OPENSSL_1(GENERAL_NAME_free)
ONRECORD_OPENSSL_1(HMAC_CTX_free)
ONRECORD_OPENSSL_0(HMAC_CTX_new)
ONRECORD_OPENSSL_3(HMAC_Final)
ONRECORD_OPENSSL_5(HMAC_Init_ex)
ONRECORD_OPENSSL_3(HMAC_Update)
ONRECORD_OPENSSL_1(OBJ_nid2sn)
ONRECORD_OPENSSL_2(OPENSSL_init_ssl)
ONRECORD_OPENSSL_1(OPENSSL_sk_num)
ONRECORD_OPENSSL_2(OPENSSL_sk_pop_free)
ONRECORD_OPENSSL_2(OPENSSL_sk_value)
ONRECORD_OPENSSL_2(RAND_bytes)
ONRECORD_OPENSSL_0(RAND_poll)
ONRECORD_OPENSSL_0(RAND_status)
ONRECORD_OPENSSL_2(SSL_CIPHER_get_bits)
ONRECORD_OPENSSL_1(SSL_CIPHER_get_name)
ONRECORD_OPENSSL_4(SSL_CTX_ctrl)
ONRECORD_OPENSSL_1(SSL_CTX_free)
ONRECORD_OPENSSL_1(SSL_CTX_get_cert_store)
ONRECORD_OPENSSL_3(SSL_CTX_load_verify_locations)
ONRECORD_OPENSSL_1(SSL_CTX_new)
ONRECORD_OPENSSL_2(SSL_CTX_set_default_passwd_cb)
ONRECORD_OPENSSL_2(SSL_CTX_set_default_passwd_cb_userdata)
ONRECORD_OPENSSL_2(SSL_CTX_set_options)
ONRECORD_OPENSSL_2(SSL_CTX_use_certificate_chain_file)
ONRECORD_OPENSSL_1(SSL_check_private_key)
ONRECORD_OPENSSL_2(SSL_clear_options)
ONRECORD_OPENSSL_1(SSL_connect)
ONRECORD_OPENSSL_4(SSL_ctrl)
ONRECORD_OPENSSL_1(SSL_free)
ONRECORD_OPENSSL_1(SSL_get1_peer_certificate)
ONRECORD_OPENSSL_1(SSL_get_current_cipher)
ONRECORD_OPENSSL_1(SSL_get_current_compression)
ONRECORD_OPENSSL_2(SSL_get_error)
ONRECORD_OPENSSL_1(SSL_get_version)
ONRECORD_OPENSSL_1(SSL_new)
ONRECORD_OPENSSL_1(SSL_pending)
ONRECORD_OPENSSL_3(SSL_read)
ONRECORD_OPENSSL_3(SSL_set_bio)
ONRECORD_OPENSSL_3(SSL_set_ex_data)
ONRECORD_OPENSSL_2(SSL_set_options)
ONRECORD_OPENSSL_3(SSL_set_verify)
ONRECORD_OPENSSL_1(SSL_shutdown)
ONRECORD_OPENSSL_2(SSL_use_PrivateKey)
ONRECORD_OPENSSL_3(SSL_use_PrivateKey_file)
ONRECORD_OPENSSL_3(SSL_write)
ONRECORD_OPENSSL_0(TLS_method)
ONRECORD_OPENSSL_1(X509_NAME_ENTRY_get_data)
ONRECORD_OPENSSL_2(X509_NAME_get_entry)
ONRECORD_OPENSSL_3(X509_NAME_get_index_by_NID)
ONRECORD_OPENSSL_3(X509_STORE_load_locations)
ONRECORD_OPENSSL_2(X509_STORE_set_flags)
ONRECORD_OPENSSL_4(X509_digest)
ONRECORD_OPENSSL_1(X509_free)
ONRECORD_OPENSSL_4(X509_get_ext_d2i)
ONRECORD_OPENSSL_5(X509_get_signature_info)
ONRECORD_OPENSSL_1(X509_get_subject_name)

// The one variadic function: forwarded through its va_list twin.
void ERR_set_error(int lib, int reason, const char* format, ...) {
  ONRECORD_TARGET(ERR_vset_error);
  va_list arguments;
  va_start(arguments, format);
  target(lib, reason, format, arguments);
  va_end(arguments);
}

}  // extern "C"
