// libpq's OpenSSL and Kerberos calls reach the system's shared libraries, opened on first use
// (src/store/openssl_on_demand.cpp, gssapi_on_demand.cpp): each test calls a function as libpq
// would and checks the answer the real library gives.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <gssapi/gssapi.h>
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/gssapi_on_demand.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

bool mapped(const std::string& library) {
  return testing::read_file("/proc/self/maps").find(library) != std::string::npos;
}

std::string hex(const unsigned char* bytes, unsigned length) {
  std::string out;
  char two[3];
  for (unsigned i = 0; i < length; ++i) {
    std::snprintf(two, sizeof two, "%02x", bytes[i]);
    out += two;
  }
  return out;
}

std::string status_text(OM_uint32 status, int type) {
  OM_uint32 minor = 0, context = 0;
  gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
  std::string out;
  do {
    gss_display_status(&minor, status, type, GSS_C_NO_OID, &context, &text);
    out.append(static_cast<const char*>(text.value), text.length);
    gss_release_buffer(&minor, &text);
  } while (context != 0);
  return out;
}

TEST(OpenSslOnDemand, ADigestThroughTheForwardedCallsIsTheKnownSha256) {
  // the calls libpq's SCRAM authentication makes (pgcommon's cryptohash_openssl.c)
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  ASSERT_NE(context, nullptr);
  ASSERT_EQ(EVP_DigestInit_ex(context, EVP_sha256(), nullptr), 1);
  ASSERT_EQ(EVP_DigestUpdate(context, "abc", 3), 1);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  ASSERT_EQ(EVP_DigestFinal_ex(context, digest, &length), 1);
  EVP_MD_CTX_free(context);
  EXPECT_EQ(hex(digest, length), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(mapped("libcrypto.so.3")) << "the digest came from somewhere else than the system's OpenSSL";
}

TEST(OpenSslOnDemand, LibpqsMd5PasswordIsTheKnownHash) {
  char* encrypted = PQencryptPassword("secret", "alice");
  ASSERT_NE(encrypted, nullptr);
  EXPECT_EQ(std::string(encrypted), "md54a0a68b43b6cd5cf266fa02f196e2371");  // "md5" + md5("secretalice")
  PQfreemem(encrypted);
}

TEST(OpenSslOnDemand, ATlsContextIsMadeByTheSystemLibrary) {
  SSL_CTX* context = SSL_CTX_new(TLS_method());
  ASSERT_NE(context, nullptr);
  EXPECT_EQ(SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION), 1);  // a macro over SSL_CTX_ctrl
  SSL_CTX_free(context);
  EXPECT_TRUE(mapped("libssl.so.3"));
}

TEST(OpenSslOnDemand, TheVariadicErrorCallReachesTheErrorQueue) {
  ASSERT_EQ(OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, nullptr), 1);  // the error texts
  ERR_clear_error();
  ERR_raise_data(ERR_LIB_SSL, SSL_R_BAD_LENGTH, "%s %d", "length", 7);  // ERR_new, ERR_set_debug, ERR_set_error
  const unsigned long error = ERR_get_error();
  EXPECT_EQ(ERR_GET_LIB(error), ERR_LIB_SSL);
  EXPECT_EQ(ERR_GET_REASON(error), SSL_R_BAD_LENGTH);
  ASSERT_NE(ERR_reason_error_string(error), nullptr);
  EXPECT_EQ(std::string(ERR_reason_error_string(error)), "bad length");
}

TEST(GssapiOnDemand, AHostBasedServiceNameIsImported) {
  // libpq names the server's principal this way (pg_GSS_load_servicename)
  std::string service = "postgres@db.example.org";
  gss_buffer_desc name_text{service.size(), service.data()};
  OM_uint32 minor = 0;
  gss_name_t name = GSS_C_NO_NAME;
  EXPECT_EQ(gss_import_name(&minor, &name_text, GSS_C_NT_HOSTBASED_SERVICE, &name), GSS_S_COMPLETE)
      << status_text(minor, GSS_C_MECH_CODE);
  EXPECT_NE(name, GSS_C_NO_NAME);
  EXPECT_EQ(gss_release_name(&minor, &name), GSS_S_COMPLETE);
  EXPECT_TRUE(mapped("libgssapi_krb5.so.2"));
}

TEST(GssapiOnDemand, NoCredentialCacheIsAFailureWithItsText) {
  // what libpq asks before it tries GSSAPI encryption (pg_GSS_have_cred_cache)
  ::setenv("KRB5CCNAME", "FILE:/nonexistent/onrecord-test-ccache", 1);
  OM_uint32 minor = 0;
  gss_cred_id_t credentials = GSS_C_NO_CREDENTIAL;
  const OM_uint32 major =
      gss_acquire_cred(&minor, GSS_C_NO_NAME, 0, GSS_C_NO_OID_SET, GSS_C_INITIATE, &credentials, nullptr, nullptr);
  EXPECT_TRUE(GSS_ERROR(major));
  EXPECT_EQ(credentials, GSS_C_NO_CREDENTIAL);
  EXPECT_FALSE(status_text(major, GSS_C_GSS_CODE).empty());
}

TEST(GssapiOnDemand, WithoutTheLibraryEveryCallFailsAndSaysWhy) {
  // a fresh process: the library is chosen once, at the first call
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        ::setenv("ONRECORD_GSSAPI_LIBRARY", "/nonexistent/libgssapi_krb5.so.2", 1);
        OM_uint32 minor = 0;
        gss_cred_id_t credentials = GSS_C_NO_CREDENTIAL;
        const OM_uint32 major = gss_acquire_cred(&minor, GSS_C_NO_NAME, 0, GSS_C_NO_OID_SET, GSS_C_INITIATE,
                                                 &credentials, nullptr, nullptr);
        const std::string text = status_text(major, GSS_C_GSS_CODE);
        std::fprintf(stderr, "%s\n", text.c_str());
        std::exit(major == GSS_S_FAILURE && !gssapi_available() &&
                          text.find("GSSAPI (Kerberos) is not available") != std::string::npos &&
                          text.find("/nonexistent/libgssapi_krb5.so.2") != std::string::npos
                      ? 0
                      : 1);
      },
      ::testing::ExitedWithCode(0), "GSSAPI \\(Kerberos\\) is not available");
}

}  // namespace
}  // namespace onrecord
