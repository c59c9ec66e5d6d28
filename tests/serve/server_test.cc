// The server in-process, through httplib's own client: every action's success
// path and every refusal a hostile or confused request meets.
#include "serve/server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <regex>
#include <thread>

#include "support/test_support.h"
#include "system/staging.h"

namespace nastavnik::serve {
namespace {
namespace fs = std::filesystem;

RenderEnv test_env() {
  RenderEnv env;
  env.templates_dir = fs::path(NASTAVNIK_SOURCE_DIR) / "templates";
  env.reference_dir = fs::path(NASTAVNIK_BUILD_DIR) / "reference";
  return env;
}

// A server on a free port of 127.0.0.1, stopped when the test ends.
struct Running {
  test::TempDir work;
  std::unique_ptr<Server> server;
  std::thread thread;
  int port = 0;
  explicit Running(ServeConfig c = {}) {
    c.port = 0;
    c.work_dir = work.path / "jobs";
    server = std::make_unique<Server>(c, test_env());
    port = server->bind();
    REQUIRE(port > 0);
    thread = std::thread([this] { server->run(); });
  }
  ~Running() {
    server->stop();
    thread.join();
  }
  httplib::Client client() const { return httplib::Client("127.0.0.1", port); }
};

// A browser's memory: the session cookie and the page's CSRF token.
struct Visitor {
  httplib::Client http;
  std::string cookie, csrf;
  explicit Visitor(const Running& r) : http(r.client()) {
    auto res = http.Get("/");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    cookie = res->get_header_value("Set-Cookie").substr(0, res->get_header_value("Set-Cookie").find(';'));
    std::smatch m;
    REQUIRE(std::regex_search(res->body, m, std::regex(R"(name="csrf" value="([0-9a-f]{32})\")")));
    csrf = m[1];
  }
  httplib::Headers headers() const { return {{"Cookie", cookie}}; }
  httplib::Result post(const std::string& path, const std::string& name, const std::string& content,
                       httplib::MultipartFormDataItems extra = {}) {
    extra.push_back({"csrf", csrf, "", ""});
    extra.push_back({"file", content, name, "application/octet-stream"});
    return http.Post(path.c_str(), headers(), extra);
  }
  httplib::Result get(const std::string& path) { return http.Get(path.c_str(), headers()); }
  // Follows a job's redirect until the job is finished; returns the job page.
  std::string finished(const httplib::Result& posted, std::string* location = nullptr) {
    REQUIRE(posted);
    REQUIRE(posted->status == 303);
    const std::string job = posted->get_header_value("Location");
    if (location) *location = job;
    for (int i = 0; i < 600; ++i) {
      auto page = get(job);
      REQUIRE(page);
      if (page->body.find("http-equiv=\"refresh\"") == std::string::npos) return page->body;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    FAIL("the job did not finish");
    return "";
  }
};

std::string example_json() { return read_file(fs::path(NASTAVNIK_SOURCE_DIR) / "data" / "example.json"); }

}  // namespace

TEST_CASE("serve: the page has the five actions and safe headers", "[serve]") {
  Running r;
  auto res = r.client().Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  for (const char* action : {"Скачать бланк", "Проверить", "Создать документы", "Импортировать", "Перенести"})
    CHECK(res->body.find(action) != std::string::npos);
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(res->get_header_value("Referrer-Policy") == "no-referrer");
  const std::string cookie = res->get_header_value("Set-Cookie");
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
}

TEST_CASE("serve: the blank is the init workbook", "[serve]") {
  Running r;
  Visitor v(r);
  auto res = v.get("/blank.xlsx");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.rfind("PK\x03\x04", 0) == 0);
  CHECK(res->get_header_value("Content-Disposition").find("attachment") != std::string::npos);
}

TEST_CASE("serve: check lists each error with its place", "[serve]") {
  Running r;
  Visitor v(r);
  std::string bad = example_json();
  const std::string year = "\"academic_year\": \"2023/2024\"";
  bad.replace(bad.find(year), year.size(), "\"academic_year\": \"2023\"");
  const std::string page = v.finished(v.post("/check", "данные.json", bad));
  CHECK(page.find("id=\"findings\"") != std::string::npos);
  // The page goes through the typography pass: a no-break space before the dash.
  CHECK(page.find("<td>14:20</td><td>«2023»\u00A0— не учебный год") != std::string::npos);
  CHECK(r.server->job_folders() == 0);  // nothing to download, nothing kept
}

TEST_CASE("serve: a build hands out its archive with the list of files, then its folder is gone", "[serve]") {
  Running r;
  Visitor v(r);
  std::string job;
  const std::string page =
      v.finished(v.post("/build", "example.json", example_json(), {{"format", "html", "", ""}}), &job);
  INFO(page);
  REQUIRE(page.find("class=\"ok\"") != std::string::npos);
  CHECK(page.find("roadmap.html") != std::string::npos);
  CHECK(page.find("дорожная карта") != std::string::npos);  // what the file is for
  CHECK(page.find("не публиковать: персональные данные") != std::string::npos);
  CHECK(r.server->job_folders() == 1);
  std::smatch m;
  REQUIRE(std::regex_search(page, m, std::regex(R"(href="(/job/[0-9a-f]{32}/file/[^"]+)\")")));
  const std::string link = m[1];
  test::TempDir tmp;
  auto full = v.get(link);
  REQUIRE(full);
  CHECK(full->status == 200);
  CHECK(full->get_header_value("Content-Type") == "application/zip");
  write_file(tmp.path / "full.zip", full->body);
  const std::string listing = test::shell_output("unzip -l " + (tmp.path / "full.zip").string());
  CHECK(listing.find("документы/roadmap.html") != std::string::npos);
  CHECK(r.server->job_folders() == 0);  // every file taken: the folder is gone
  auto again = v.get(link);
  REQUIRE(again);
  CHECK(again->status == 404);
  auto page_after = v.get(job);
  REQUIRE(page_after);
  CHECK(page_after->body.find("уже удалены") != std::string::npos);
}

TEST_CASE("serve: refusals", "[serve]") {
  ServeConfig c;
  c.max_upload = 1 << 20;
  Running r(c);
  Visitor v(r);

  SECTION("an upload over the limit is refused before it is read") {
    // As a browser sends it: the headers first; the answer comes without the body.
    httplib::Client http = r.client();
    auto res = http.Post("/check", v.headers(), std::string(3 << 20, 'x'), "multipart/form-data; boundary=b");
    if (res) {  // the server may close before the client has sent it all: then there is no answer to read
      CHECK(res->status == 413);
      CHECK(res->body.find("слишком большой") != std::string::npos);
    }
    CHECK(r.server->job_folders() == 0);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(r.port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    const std::string head = "POST /check HTTP/1.1\r\nHost: x\r\nCookie: " + v.cookie +
                             "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 31457280\r\n\r\n";
    REQUIRE(::send(fd, head.data(), head.size(), 0) == static_cast<ssize_t>(head.size()));
    std::string answer(4096, '\0');
    const ssize_t got = ::recv(fd, answer.data(), answer.size(), 0);
    ::close(fd);
    REQUIRE(got > 0);
    answer.resize(static_cast<size_t>(got));
    CHECK(answer.rfind("HTTP/1.1 413", 0) == 0);
  }
  SECTION("a file of the wrong type") {
    auto exe = v.post("/check", "virus.exe", "MZ...");
    REQUIRE(exe);
    CHECK(exe->status == 415);
    auto fake = v.post("/build", "book.xlsx", "not a zip", {{"format", "pdf", "", ""}});
    REQUIRE(fake);
    CHECK(fake->status == 415);
    auto roadmap = v.post("/import", "roadmap.xlsx", "PK\x03\x04");
    REQUIRE(roadmap);
    CHECK(roadmap->status == 415);
  }
  SECTION("a post without a session or with a wrong CSRF token") {
    httplib::MultipartFormDataItems items = {{"csrf", v.csrf, "", ""}, {"file", example_json(), "a.json", ""}};
    auto anonymous = r.client().Post("/check", items);
    REQUIRE(anonymous);
    CHECK(anonymous->status == 403);
    v.csrf = std::string(32, '0');
    auto forged = v.post("/check", "a.json", example_json());
    REQUIRE(forged);
    CHECK(forged->status == 403);
  }
  SECTION("an unknown job, another visitor's job, path tricks in names") {
    CHECK(v.get("/job/" + std::string(32, 'a'))->status == 404);
    CHECK(v.get("/job/../../etc/passwd")->status == 404);
    std::string job;
    v.finished(v.post("/rollover", "a.json", example_json()), &job);
    CHECK(v.get(job)->status == 200);
    Visitor other(r);
    CHECK(other.get(job)->status == 404);
    CHECK(v.get(job + "/file/..%2F..%2Fetc%2Fpasswd")->status == 404);
    CHECK(v.get(job + "/file/../../данные.json")->status == 404);
    CHECK(v.get(job + "/file/данные.json")->status == 404);  // the upload is not in the job's list
  }
}

TEST_CASE("serve: a job's files are deleted when its time is up", "[serve]") {
  ServeConfig c;
  c.job_ttl = std::chrono::seconds(1);
  Running r(c);
  Visitor v(r);
  std::string job;
  v.finished(v.post("/rollover", "a.json", example_json()), &job);
  CHECK(r.server->job_folders() == 1);
  for (int i = 0; i < 50 && r.server->job_folders() > 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(r.server->job_folders() == 0);
}

TEST_CASE("serve: beyond this machine only with the password", "[serve]") {
  ServeConfig c;
  c.token = "correct horse battery";
  Running r(c);
  auto http = r.client();
  auto first = http.Get("/");
  REQUIRE(first);
  CHECK(first->status == 401);
  CHECK(first->body.find("type=\"password\"") != std::string::npos);
  CHECK(http.Get("/blank.xlsx")->status == 401);
  const std::string nonce_cookie = first->get_header_value("Set-Cookie");
  const std::string nonce = nonce_cookie.substr(nonce_cookie.find('=') + 1, 32);
  httplib::Headers h = {{"Cookie", "nastavnik_login=" + nonce}};
  auto wrong = http.Post("/login", h, "csrf=" + nonce + "&token=guess", "application/x-www-form-urlencoded");
  REQUIRE(wrong);
  CHECK(wrong->status == 403);
  auto right = http.Post("/login", h, "csrf=" + nonce + "&token=correct+horse+battery",
                         "application/x-www-form-urlencoded");
  REQUIRE(right);
  CHECK(right->status == 303);
  const std::string session = right->get_header_value("Set-Cookie");
  CHECK(session.find("HttpOnly") != std::string::npos);
  auto page = http.Get("/", {{"Cookie", session.substr(0, session.find(';'))}});
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("Создать документы") != std::string::npos);
}

}  // namespace nastavnik::serve

namespace nastavnik::serve {

TEST_CASE("serve: HTTPS with --tls-cert/--tls-key, the cookie marked Secure", "[serve]") {
  test::TempDir keys;
  const std::string cert = (keys.path / "cert.pem").string(), key = (keys.path / "key.pem").string();
  REQUIRE(std::system(("openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout '" + key +
                       "' -out '" + cert + "' >/dev/null 2>&1")
                          .c_str()) == 0);
  ServeConfig c;
  c.tls_cert = cert;
  c.tls_key = key;
  Running r(c);
  httplib::SSLClient https("127.0.0.1", r.port);
  https.enable_server_certificate_verification(false);
  auto res = https.Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Set-Cookie").find("; Secure") != std::string::npos);
  auto plain = r.client().Get("/");
  CHECK_FALSE((plain && plain->status == 200));  // plain HTTP is not answered
}

}  // namespace nastavnik::serve
