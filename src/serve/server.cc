#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <condition_variable>
#include <iostream>
#include <thread>

#include "language/safe_filename.h"
#include "render/templates.h"
#include "serve/actions.h"
#include "serve/job_store.h"
#include "serve/pages.h"
#include "serve/sessions.h"
#include "serve/work_queue.h"
#include "system/staging.h"

namespace nastavnik::serve {
namespace fs = std::filesystem;
namespace {

const char* kSessionCookie = "nastavnik_session";
const char* kLoginCookie = "nastavnik_login";

struct Upload {
  std::string ext;  // «.xlsx», lower case
  std::string content;
};

// The file's content agrees with its extension: a workbook or DOCX is a ZIP, JSON starts with «{».
bool content_fits(const Upload& u) {
  if (u.ext == ".xlsx" || u.ext == ".docx" || u.ext == ".odt") return u.content.rfind("PK\x03\x04", 0) == 0;
  if (u.ext == ".json") {
    size_t i = u.content.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (i < u.content.size() && std::isspace(static_cast<unsigned char>(u.content[i]))) ++i;
    return i < u.content.size() && u.content[i] == '{';
  }
  return u.ext == ".txt";
}

std::string content_type(const std::string& name) {
  const std::string e = lower_extension(name);
  if (e == ".zip") return "application/zip";
  if (e == ".xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (e == ".json") return "application/json";
  return "application/octet-stream";
}

}  // namespace

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct Server::Impl {
  ServeConfig config;
  RenderEnv env;
  TemplateSet pages;
  JobStore jobs;
  Sessions sessions;
  WorkQueue queue;
  fs::path blank;
  std::unique_ptr<httplib::Server> http;
  std::mutex stop_mutex;
  std::condition_variable stop_cv;
  bool stopping = false;
  std::thread sweeper;
  int listen_fd = -1;  // to widen httplib's listen backlog of 5 (Debian builds it so)

  Impl(ServeConfig c, RenderEnv e)
      : config(std::move(c)),
        env(std::move(e)),
        pages(env.templates_dir / "serve"),
        jobs(config.work_dir, config.job_ttl),
        sessions(config.token, std::chrono::hours(12)),
        queue(config.builds, config.queue),
        blank(config.work_dir / "бланк.xlsx") {
    write_blank(blank, env);
    if (!config.tls_cert.empty())
      http = std::make_unique<httplib::SSLServer>(config.tls_cert.c_str(), config.tls_key.c_str());
    else http = std::make_unique<httplib::Server>();
    if (!http->is_valid()) throw std::runtime_error("не удалось прочитать сертификат или ключ TLS");
    routes();
    sweeper = std::thread([this] { sweep(); });
  }

  ~Impl() {
    {
      std::lock_guard lock(stop_mutex);
      stopping = true;
    }
    stop_cv.notify_all();
    sweeper.join();
  }

  void sweep() {
    const auto every = std::max<std::chrono::seconds>(std::chrono::seconds(1), config.job_ttl / 10);
    std::unique_lock lock(stop_mutex);
    while (!stop_cv.wait_for(lock, std::min<std::chrono::seconds>(every, std::chrono::seconds(60)),
                             [this] { return stopping; }))
      jobs.expire();
  }

  void log(const std::string& line) { std::clog << "nastavnik serve: " + line + "\n" << std::flush; }

  std::string cookie(const std::string& name, const std::string& value) const {
    return std::string(name) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" +
           (config.tls_cert.empty() ? "" : "; Secure");
  }

  void page(httplib::Response& res, const std::string& name, Json ctx, int status = 200) {
    ctx["ttl_text"] = keep_time_text(config.job_ttl);
    Json layout = {{"title", ctx.value("title", "")}, {"refresh", ctx.value("refresh", false)},
                   {"ttl_text", ctx["ttl_text"]}, {"body", pages.render(name, ctx)}};
    res.status = status;
    res.set_content(pages.render("layout", layout), "text/html; charset=utf-8");
  }

  void refuse(httplib::Response& res, int status, const std::string& message) {
    page(res, "message", {{"title", "Не получилось"}, {"message", message}}, status);
  }

  void login_page(httplib::Response& res, const std::string& error, int status) {
    std::string nonce = random_id();
    res.set_header("Set-Cookie", cookie(kLoginCookie, nonce));
    page(res, "login", {{"title", "Вход"}, {"csrf", nonce}, {"error", error}}, status);
  }

  // The caller's live session, or "" (and the response is a login page or refusal).
  std::string session(const httplib::Request& req, httplib::Response& res) {
    std::string id = cookie_value(req.get_header_value("Cookie"), kSessionCookie);
    if (sessions.valid(id)) return id;
    if (sessions.login_required()) {
      login_page(res, "", 401);
      return "";
    }
    if (req.method != "GET") {
      refuse(res, 403, "Страница устарела: откройте главную страницу и отправьте форму снова.");
      return "";
    }
    id = sessions.open();
    res.set_header("Set-Cookie", cookie(kSessionCookie, id));
    return id;
  }

  // A POST from our own form: a live session and its CSRF token.
  std::string posting_session(const httplib::Request& req, httplib::Response& res) {
    std::string id = session(req, res);
    if (id.empty()) return "";
    std::string token = req.has_file("csrf") ? req.get_file_value("csrf").content : req.get_param_value("csrf");
    if (!sessions.csrf_matches(id, token)) {
      refuse(res, 403, "Форма отклонена: нет проверочного кода. Откройте главную страницу и отправьте форму снова.");
      return "";
    }
    return id;
  }

  std::optional<Upload> upload(const httplib::Request& req, httplib::Response& res,
                               const std::vector<std::string>& allowed, const std::string& expect) {
    if (!req.has_file("file") || req.get_file_value("file").content.empty()) {
      refuse(res, 400, "Файл не выбран.");
      return std::nullopt;
    }
    const auto& f = req.get_file_value("file");
    Upload u{lower_extension(f.filename), f.content};
    if (std::find(allowed.begin(), allowed.end(), u.ext) == allowed.end() || !content_fits(u)) {
      refuse(res, 415, "Этот файл не подходит: ожидается " + expect + ".");
      return std::nullopt;
    }
    return u;
  }

  // A new job with the upload saved in its folder as «данные<ext>»; the name the user gave is not used.
  std::pair<JobView, fs::path> start_job(const std::string& kind, const std::string& owner, const Upload& u) {
    JobView job = jobs.create(kind, owner);
    fs::path input = jobs.dir(job.id) / ("данные" + u.ext);
    write_file(input, u.content);
    log("job " + job.id + " " + kind + ": upload " + std::to_string(u.content.size() / 1024) + " KB");
    return {job, input};
  }

  void finish(const std::string& id, const std::string& kind, ActionResult r,
              std::chrono::steady_clock::time_point started) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    jobs.update(id, [&](JobView& j) {
      j.state = r.ok ? JobState::Done : JobState::Failed;
      j.message = r.message;
      j.details = r.details;
      j.files = r.files;
    });
    log("job " + id + " " + kind + ": " + (r.ok ? "ok" : "refused") + ", " + std::to_string(r.files.size()) +
        " files, " + std::to_string(seconds).substr(0, std::to_string(seconds).find('.') + 2) + " s");
    if (r.files.empty()) jobs.clear(id);  // nothing to download: nothing is kept
  }

  // Runs `work` now (quick actions) or in the queue (builds, imports); then redirects to the job page.
  void run_job(const std::string& kind, const std::string& owner, const Upload& u, httplib::Response& res,
               std::function<ActionResult(const JobView&, const fs::path&)> work, bool queued) {
    auto [job, input] = start_job(kind, owner, u);
    // `input = input`: clang 14 (the fuzz build's compiler) cannot capture a structured
    // binding by name, which C++20 allows and g++ accepts.
    auto task = [this, id = job.id, kind, input = input, work, job = job] {
      const auto started = std::chrono::steady_clock::now();
      jobs.update(id, [](JobView& j) { j.state = JobState::Running; });
      ActionResult r;
      try {
        r = work(job, input);
      } catch (const std::exception& e) {
        r.message = std::string("Не получилось: ") + e.what();
      }
      std::error_code ec;
      fs::remove(input, ec);  // the upload is not kept once read
      finish(id, kind, std::move(r), started);
    };
    if (!queued) task();
    else if (!queue.submit(task)) {
      jobs.clear(job.id);
      log("job " + job.id + " " + kind + ": refused, queue full");
      res.set_header("Retry-After", "60");
      refuse(res, 503, "Занято: сервер сейчас создаёт документы для других. Попробуйте через несколько минут.");
      return;
    }
    res.status = 303;
    res.set_header("Location", "/job/" + job.id);
  }

  // The caller's job, or nullopt (and a 404 page): another session's job is as unknown as a made-up id.
  std::optional<JobView> own_job(const std::string& id, const std::string& owner, httplib::Response& res) {
    auto job = is_job_id(id) ? jobs.find(id) : std::nullopt;
    if (!job || job->owner != owner) {
      refuse(res, 404, "Задание не найдено: файлы удаляются после скачивания или через " +
                           keep_time_text(config.job_ttl) + ".");
      return std::nullopt;
    }
    return job;
  }

  void routes();
};

void Server::Impl::routes() {
  http->set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_fd = sock;
  });
  http->set_payload_max_length(config.max_upload + (64u << 10));
  http->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    const std::string length = req.get_header_value("Content-Length");
    if (!length.empty() && std::strtoull(length.c_str(), nullptr, 10) > config.max_upload + (64u << 10)) {
      refuse(res, 413, "Файл слишком большой: не больше " + std::to_string(config.max_upload >> 20) + " МБ.");
      res.set_header("Connection", "close");  // the body is never read
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http->set_error_handler([this](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 413) refuse(res, 413, "Файл слишком большой: не больше " + std::to_string(config.max_upload >> 20) + " МБ.");
    else if (res.status == 404) refuse(res, 404, "Такой страницы нет.");
    else refuse(res, res.status, "Запрос не понят.");
  });
  http->set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                   "frame-ancestors 'none'; base-uri 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Frame-Options", "DENY");
  });
  http->Get("/style.css", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(read_file(env.templates_dir / "serve" / "style.css"), "text/css; charset=utf-8");
  });
  http->Get("/", [this](const httplib::Request& req, httplib::Response& res) {
    std::string id = session(req, res);
    if (id.empty()) return;
    page(res, "index", {{"title", "Документы программы наставничества"}, {"csrf", *sessions.csrf(id)}});
  });
  http->Post("/login", [this](const httplib::Request& req, httplib::Response& res) {
    if (!sessions.login_required()) return refuse(res, 404, "Вход не нужен.");
    const std::string nonce = cookie_value(req.get_header_value("Cookie"), kLoginCookie);
    if (nonce.empty() || !same_secret(req.get_param_value("csrf"), nonce))
      return login_page(res, "Форма устарела: введите пароль ещё раз.", 403);
    if (!sessions.token_matches(req.get_param_value("token"))) {
      log("login refused");
      return login_page(res, "Пароль не подошёл.", 403);
    }
    res.set_header("Set-Cookie", cookie(kSessionCookie, sessions.open()));
    res.status = 303;
    res.set_header("Location", "/");
  });
  http->Get("/blank.xlsx", [this](const httplib::Request& req, httplib::Response& res) {
    if (session(req, res).empty()) return;
    res.set_header("Content-Disposition", "attachment; filename=\"nastavnichestvo.xlsx\"; filename*=UTF-8''" +
                                              percent_encode("наставничество.xlsx"));
    res.set_content(read_file(blank), content_type(".xlsx"));
  });
  const std::vector<std::string> data_types = {".xlsx", ".json"};
  const std::string data_expect = "книга Excel (.xlsx) или файл данных (.json)";
  http->Post("/check", [=, this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = posting_session(req, res);
    if (owner.empty()) return;
    if (auto u = upload(req, res, data_types, data_expect))
      run_job("check", owner, *u, res, [this](const JobView& j, const fs::path& in) {
        return check_action(in, jobs.dir(j.id), env);
      }, false);
  });
  http->Post("/build", [=, this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = posting_session(req, res);
    if (owner.empty()) return;
    Formats formats{false, false, false, false};
    for (auto [it, end] = req.files.equal_range("format"); it != end; ++it) {
      const auto& f = it->second;
      formats.docx |= f.content == "docx";
      formats.pdf |= f.content == "pdf";
      formats.xlsx |= f.content == "xlsx";
      formats.html |= f.content == "html";
    }
    const bool site = req.has_file("site");
    if (!formats.docx && !formats.pdf && !formats.xlsx && !formats.html)
      return refuse(res, 400, "Отметьте хотя бы один формат.");
    if (auto u = upload(req, res, data_types, data_expect))
      run_job("build", owner, *u, res, [this, formats, site](const JobView& j, const fs::path& in) {
        auto progress = [this, id = j.id](std::size_t done, std::size_t total) {
          jobs.update(id, [&](JobView& v) { v.done = done, v.total = total; });
        };
        return build_action(in, jobs.dir(j.id), formats, site, env, progress, config.job_limit);
      }, true);
  });
  http->Post("/import", [this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = posting_session(req, res);
    if (owner.empty()) return;
    if (auto u = upload(req, res, {".docx", ".odt", ".txt"}, "дорожная карта в .docx, .odt или .txt"))
      run_job("import", owner, *u, res, [this](const JobView& j, const fs::path& in) {
        return import_action(in, jobs.dir(j.id), env, config.job_limit);
      }, true);
  });
  http->Post("/rollover", [=, this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = posting_session(req, res);
    if (owner.empty()) return;
    const std::string to = req.has_file("to") ? req.get_file_value("to").content : "";
    if (auto u = upload(req, res, data_types, data_expect))
      run_job("rollover", owner, *u, res, [this, to](const JobView& j, const fs::path& in) {
        return rollover_action(in, jobs.dir(j.id), to, env);
      }, false);
  });
  http->Get(R"(/job/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = session(req, res);
    if (owner.empty()) return;
    if (auto job = own_job(req.matches[1], owner, res)) page(res, "job", job_page(*job));
  });
  http->Get(R"(/job/([^/]+)/file/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    std::string owner = session(req, res);
    if (owner.empty()) return;
    const std::string id = req.matches[1], name = req.matches[2];
    if (!own_job(id, owner, res)) return;
    bool last = false;
    auto path = jobs.take(id, name, &last);  // only a name from the job's own list
    if (!path) return refuse(res, 404, "Такого файла в задании нет.");
    res.set_header("Content-Disposition", "attachment; filename=\"download" + lower_extension(name) +
                                              "\"; filename*=UTF-8''" + percent_encode(name));
    res.set_content(read_file(*path), content_type(name));
    log("job " + id + ": download " + std::to_string(res.body.size() / 1024) + " KB" + (last ? ", cleared" : ""));
    if (last) jobs.clear(id);
  });
}

Server::Server(ServeConfig config, RenderEnv env) : impl_(std::make_unique<Impl>(std::move(config), std::move(env))) {}

Server::~Server() { stop(); }

int Server::bind() {
  int port = impl_->config.port == 0 ? impl_->http->bind_to_any_port(impl_->config.host)
             : impl_->http->bind_to_port(impl_->config.host, impl_->config.port) ? impl_->config.port
                                                                                  : -1;
  // A school's twenty browsers at once must queue in the kernel, not be reset.
  if (port > 0 && impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  return port;
}

bool Server::run() { return impl_->http->listen_after_bind(); }

void Server::stop() {
  if (impl_ && impl_->http) impl_->http->stop();
}

std::size_t Server::job_folders() const { return impl_->jobs.live_folders(); }

}  // namespace nastavnik::serve
