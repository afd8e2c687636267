// Test helpers: locating ../shared, reading files, and running the real binary as a child process.
#include "support/test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace onrecord::testing {

std::string source_dir() { return ONRECORD_SOURCE_DIR; }

std::optional<std::string> shared_dir() {
  if (const char* env = std::getenv("ONRECORD_SHARED")) {
    if (std::filesystem::is_directory(env)) return std::string(env);
    return std::nullopt;
  }
  const std::string d = ONRECORD_SHARED_DIR;
  if (std::filesystem::is_directory(d + "/corpus")) return std::filesystem::canonical(d).string();
  return std::nullopt;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

process_result run_program(const std::vector<std::string>& argv, const std::string& stdin_text) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    std::vector<char*> cargs;
    for (const auto& a : argv) cargs.push_back(const_cast<char*>(a.c_str()));
    cargs.push_back(nullptr);
    execvp(cargs[0], cargs.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  process_result r;
  std::size_t written = 0;
  if (stdin_text.empty()) {
    close(in_pipe[1]);
    in_pipe[1] = -1;
  }
  fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
  fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({out_pipe[0], POLLIN, 0});
    if (err_open) fds.push_back({err_pipe[0], POLLIN, 0});
    if (in_pipe[1] >= 0) fds.push_back({in_pipe[1], POLLOUT, 0});
    poll(fds.data(), fds.size(), 1000);
    for (const auto& p : fds) {
      if (p.fd == in_pipe[1] && (p.revents & (POLLOUT | POLLERR | POLLHUP))) {
        const ssize_t n = write(in_pipe[1], stdin_text.data() + written, stdin_text.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n < 0 || written == stdin_text.size()) {
          close(in_pipe[1]);
          in_pipe[1] = -1;
        }
      } else if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
        const ssize_t n = read(p.fd, buf, sizeof buf);
        if (n > 0)
          (p.fd == out_pipe[0] ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EAGAIN)
          (p.fd == out_pipe[0] ? out_open : err_open) = false;
      }
    }
  }
  if (in_pipe[1] >= 0) close(in_pipe[1]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

process_result run_onrecord(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::vector<std::string> argv{ONRECORD_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_program(argv, stdin_text);
}

scratch_folder::scratch_folder(const std::string& tag, unsigned mode) {
  std::string templ = (std::filesystem::temp_directory_path() / ("onrecord-" + tag + "-XXXXXX")).string();
  if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed for " + templ);
  path = templ;
  ::chmod(path.c_str(), static_cast<mode_t>(mode));
}

scratch_folder::~scratch_folder() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

std::string scratch_folder::write(const std::string& name, const std::string& content) const {
  const auto p = path / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> rows;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

std::size_t write_articles_only(const std::string& gold_path, const std::string& out_path) {
  std::ifstream gold(gold_path);
  if (!gold) throw std::runtime_error("cannot read " + gold_path);
  std::ofstream out(out_path);
  std::size_t n = 0;
  std::string line;
  while (std::getline(gold, line)) {
    if (line.empty()) continue;
    const auto d = nlohmann::json::parse(line);
    nlohmann::json a;
    for (const char* k : {"id", "text", "published"})
      if (d.contains(k)) a[k] = d[k];
    out << a.dump() << '\n';
    ++n;
  }
  if (!out.good()) throw std::runtime_error("cannot write " + out_path);
  return n;
}

}  // namespace onrecord::testing
