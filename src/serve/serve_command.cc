#include "serve/serve_command.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include "system/staging.h"

namespace nastavnik::serve {
namespace fs = std::filesystem;

const char* kServeUsage =
    "  nastavnik serve [--listen 127.0.0.1:8080] [--token-file ФАЙЛ] [--tls-cert ФАЙЛ --tls-key ФАЙЛ]\n"
    "                  [--work-dir ПАПКА] [--keep-minutes 60] [--job-minutes 15] [--max-upload-mb 20]\n"
    "                  [--builds N] [--queue N]\n"
    "      веб-страница для работы в браузере; адрес не на этом компьютере — только с --token-file\n";

namespace {

volatile std::sig_atomic_t stop_requested = 0;

bool to_number(const std::string& s, long long& n) {
  try {
    size_t used = 0;
    n = std::stoll(s, &used);
    return used == s.size() && n > 0;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

bool parse_serve_args(const std::vector<std::string>& args, ServeConfig& c, std::ostream& err) {
  c.builds = std::max(1u, std::thread::hardware_concurrency());
  c.queue = 2 * c.builds;
  if (c.work_dir.empty()) c.work_dir = fs::temp_directory_path() / ("nastavnik-" + std::to_string(::getuid()));
  fs::path token_file;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) {
      err << "nastavnik serve: " << (a.rfind("--", 0) == 0 ? "после " + a + " нужно значение" : "лишний аргумент «" + a + "»") << "\n";
      return false;
    }
    const std::string v = args[++i];
    long long n = 0;
    if (a == "--listen") {
      size_t colon = v.rfind(':');
      if (colon == std::string::npos || !to_number(v.substr(colon + 1), n) || n > 65535) {
        err << "nastavnik serve: адрес «" << v << "» не понят; пишите так: --listen 127.0.0.1:8080\n";
        return false;
      }
      c.host = v.substr(0, colon);
      if (c.host.size() > 2 && c.host.front() == '[') c.host = c.host.substr(1, c.host.size() - 2);
      c.port = static_cast<int>(n);
    } else if (a == "--token-file") token_file = v;
    else if (a == "--tls-cert") c.tls_cert = v;
    else if (a == "--tls-key") c.tls_key = v;
    else if (a == "--work-dir") c.work_dir = v;
    else if (a == "--keep-minutes" && to_number(v, n)) c.job_ttl = std::chrono::minutes(n);
    else if (a == "--job-minutes" && to_number(v, n)) c.job_limit = std::chrono::minutes(n);
    else if (a == "--max-upload-mb" && to_number(v, n) && n <= 1024) c.max_upload = static_cast<std::size_t>(n) << 20;
    else if (a == "--builds" && to_number(v, n) && n <= 64) c.builds = static_cast<std::size_t>(n);
    else if (a == "--queue" && to_number(v, n) && n <= 1000) c.queue = static_cast<std::size_t>(n);
    else {
      err << "nastavnik serve: параметр «" << a << " " << v << "» не понят\n";
      return false;
    }
  }
  if (!token_file.empty()) {
    try {
      std::string t = read_file(token_file);
      while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
      c.token = t;
    } catch (const std::exception& e) {
      err << "nastavnik serve: " << e.what() << "\n";
      return false;
    }
    if (c.token.size() < 12) {
      err << "nastavnik serve: пароль в «" << token_file.string() << "» короче 12 знаков\n";
      return false;
    }
  }
  if (!is_loopback(c.host) && c.token.empty()) {
    err << "nastavnik serve: адрес «" << c.host << "» доступен с других компьютеров — укажите пароль доступа: "
        << "--token-file ФАЙЛ (одна строка, не короче 12 знаков)\n";
    return false;
  }
  if (c.tls_cert.empty() != c.tls_key.empty()) {
    err << "nastavnik serve: для HTTPS нужны оба файла: --tls-cert и --tls-key\n";
    return false;
  }
  return true;
}

int run_serve(const std::vector<std::string>& args, const RenderEnv& env, std::ostream& out, std::ostream& err) {
  ServeConfig config;
  if (!parse_serve_args(args, config, err)) return 1;
  // SIGINT and SIGTERM only raise a flag that a watcher thread turns into stop():
  // no signal mask is changed, so pandoc and LibreOffice start with the usual one.
  struct sigaction on_stop {};
  on_stop.sa_handler = [](int) { stop_requested = 1; };
  sigemptyset(&on_stop.sa_mask);
  sigaction(SIGINT, &on_stop, nullptr);
  sigaction(SIGTERM, &on_stop, nullptr);
  try {
    Server server(config, env);
    if (server.bind() < 0) {
      err << "nastavnik serve: не удалось занять адрес " << config.host << ":" << config.port
          << " (занят другой программой или нет прав)\n";
      return 1;
    }
    std::atomic<bool> done{false};
    std::thread waiter([&] {
      while (!stop_requested && !done) std::this_thread::sleep_for(std::chrono::milliseconds(200));
      server.stop();
    });
    out << "Наставник: откройте в браузере " << (config.tls_cert.empty() ? "http://" : "https://") << config.host
        << ":" << config.port << "/  (остановить: Ctrl+C)\n"
        << std::flush;
    server.run();
    done = true;
    waiter.join();
    return 0;
  } catch (const std::exception& e) {
    err << "nastavnik serve: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace nastavnik::serve
