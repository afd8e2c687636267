// A command over a Unix socket loads neither OpenSSL nor Kerberos (the start-time saving of
// src/store/openssl_on_demand.cpp and gssapi_on_demand.cpp), and when a connection needs them —
// TLS to a server over TCP, a password — libpq's calls reach the system's libraries and work.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/embedded_cluster.h"
#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_program;

TEST(ClientLibraries, ACommandOverAUnixSocketLoadsNeitherOpenSslNorKerberos) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("client_libraries_loaded");
  // the dynamic loader names every object it opens, at start and by dlopen
  const auto r = run_program({"env", "LD_DEBUG=files", ONRECORD_BINARY, "--db", db.conninfo(), "stats"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_NE(r.err.find("file=libc.so.6"), std::string::npos) << "LD_DEBUG printed nothing:\n" << r.err;
  for (const char* library : {"libssl", "libcrypto", "libgssapi", "libkrb5"})
    EXPECT_EQ(r.err.find(library), std::string::npos) << library << " was loaded:\n" << r.err;
}

TEST(ClientLibraries, LibpqMakesAScramVerifierOnALiveConnection) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("client_libraries_scram");
  const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(db.conninfo().c_str()), &PQfinish);
  ASSERT_EQ(PQstatus(connection.get()), CONNECTION_OK) << PQerrorMessage(connection.get());
  // a random salt (RAND_bytes), then SHA-256 and HMAC rounds, all through the opened library
  auto verifier = [&] {
    char* made = PQencryptPasswordConn(connection.get(), "secret", "alice", "scram-sha-256");
    EXPECT_NE(made, nullptr) << PQerrorMessage(connection.get());
    std::string out = made ? made : "";
    PQfreemem(made);
    return out;
  };
  const std::string first = verifier(), second = verifier();
  EXPECT_EQ(first.rfind("SCRAM-SHA-256$4096:", 0), 0u) << first;
  EXPECT_NE(first, second) << "two verifiers with the same salt";
}

// A port nobody listens on now (the kernel's choice for a socket bound to port 0).
int free_tcp_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    port = ntohs(address.sin_port);
  if (s >= 0) ::close(s);
  return port;
}

// A self-signed certificate and its key, made by the openssl command; "" or what it printed.
std::string make_certificate(const std::string& subject, const std::string& key, const std::string& certificate) {
  const auto r = testing::run_program({"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                       "-subj", subject, "-keyout", key, "-out", certificate});
  return r.exit_code == 0 ? "" : r.err;
}

// A cluster of its own (not the suite's, which has no TCP port) started with TLS on 127.0.0.1.
class TlsServer : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::run_program({"openssl", "version"}).exit_code != 0) GTEST_SKIP() << "no openssl command";
    try {
      postgres_bin_dir();
    } catch (const std::exception& e) {
      GTEST_SKIP() << e.what();
    }
    char folder_template[] = "/tmp/onrecord-tls-XXXXXX";
    ASSERT_NE(::mkdtemp(folder_template), nullptr);
    folder_ = folder_template;
    ::chmod(folder_.c_str(), 0711);  // the server's user passes through to its own 0700 folder
    embedded_cluster cluster(folder_ + "/pg");
    cluster.ensure_running();  // initdb as the server's user, then stopped and started again with TLS
    cluster.stop();
    data_ = folder_ + "/pg/data";
    ASSERT_EQ(make_certificate("/CN=127.0.0.1", data_ + "/server.key", data_ + "/server.crt"), "");
    ::chmod((data_ + "/server.key").c_str(), 0600);
    if (::geteuid() == 0) {
      const passwd* pg = ::getpwnam("postgres");
      ASSERT_NE(pg, nullptr);
      for (const char* file : {"/server.key", "/server.crt"})
        ASSERT_EQ(::chown((data_ + file).c_str(), pg->pw_uid, pg->pw_gid), 0);
    }
    port_ = free_tcp_port();
    ASSERT_GT(port_, 0);
    const auto started = testing::run_program(
        as_server_user({postgres_bin_dir() + "/pg_ctl", "-D", data_, "-l", folder_ + "/pg/tls.log", "-w", "-s", "-o",
                        "-c listen_addresses=127.0.0.1 -c port=" + std::to_string(port_) +
                            " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key",
                        "start"}));
    ASSERT_EQ(started.exit_code, 0) << started.out << started.err << testing::read_file(folder_ + "/pg/tls.log");
    running_ = true;
  }
  void TearDown() override {
    if (running_)
      testing::run_program(
          as_server_user({postgres_bin_dir() + "/pg_ctl", "-D", data_, "-m", "immediate", "-s", "stop"}));
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }
  static std::vector<std::string> as_server_user(std::vector<std::string> argv) {
    if (::geteuid() == 0) argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
    return argv;
  }
  std::string conninfo(const std::string& sslmode) const {
    return "host=127.0.0.1 port=" + std::to_string(port_) + " dbname=postgres user=onrecord sslmode=" + sslmode;
  }

  std::string folder_, data_;
  int port_ = 0;
  bool running_ = false;
};

TEST_F(TlsServer, LibpqConnectsOverTlsAndVerifiesTheServersCertificate) {
  const std::string verified = conninfo("verify-ca") + " sslrootcert=" + data_ + "/server.crt";
  const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(verified.c_str()), &PQfinish);
  ASSERT_EQ(PQstatus(connection.get()), CONNECTION_OK) << PQerrorMessage(connection.get());
  EXPECT_EQ(PQsslInUse(connection.get()), 1);
  const std::unique_ptr<PGresult, decltype(&PQclear)> result(
      PQexec(connection.get(), "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), &PQclear);
  ASSERT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK) << PQerrorMessage(connection.get());
  EXPECT_EQ(std::string(PQgetvalue(result.get(), 0, 0)), "t");
  EXPECT_NE(std::string(PQparameterStatus(connection.get(), "server_version")), "");

  // a certificate signed by no one it trusts is refused, with OpenSSL's reason
  ASSERT_EQ(make_certificate("/CN=someone else", folder_ + "/other.key", folder_ + "/other.crt"), "");
  const std::string untrusted = conninfo("verify-ca") + " sslrootcert=" + folder_ + "/other.crt";
  const std::unique_ptr<PGconn, decltype(&PQfinish)> refused(PQconnectdb(untrusted.c_str()), &PQfinish);
  EXPECT_EQ(PQstatus(refused.get()), CONNECTION_BAD);
  EXPECT_NE(std::string(PQerrorMessage(refused.get())).find("certificate verify failed"), std::string::npos)
      << PQerrorMessage(refused.get());
}

TEST_F(TlsServer, OnrecordWorksOverTlsAndOpensOpenSslAndKerberosThen) {
  for (const char* command : {"migrate", "stats"}) {
    const auto r = run_program({"env", "LD_DEBUG=files", ONRECORD_BINARY, "--db", conninfo("require"), command});
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err.substr(r.err.size() > 4000 ? r.err.size() - 4000 : 0);
    EXPECT_NE(r.err.find("libssl.so.3"), std::string::npos) << command;
    // over TCP libpq first asks Kerberos for a ticket (gssencmode=prefer); there is none here
    EXPECT_NE(r.err.find("libgssapi_krb5.so.2"), std::string::npos) << command;
  }
}

}  // namespace
}  // namespace onrecord
