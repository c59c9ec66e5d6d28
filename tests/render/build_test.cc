// The pipeline with a fake ToolRunner: what is called, what lands where, and
// that a failure leaves the output folder untouched. Real pandoc and LibreOffice
// are exercised by the end-to-end tests.
#include "render/build.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <mutex>

#include "system/staging.h"
#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::TempDir;
using nastavnik::test::unzip_member;
namespace fs = std::filesystem;

namespace {

struct FakeRunner : ToolRunner {
  std::mutex mutex;  // the build runs tools from several threads
  std::vector<std::vector<std::string>> calls;
  ToolResult::Status soffice_status = ToolResult::Status::Ok;
  ToolResult run(const std::vector<std::string>& argv, std::chrono::seconds) override {
    {
      std::lock_guard lock(mutex);
      calls.push_back(argv);
    }
    if (argv[0] == "pandoc") {  // a real (empty) DOCX at the -o path: the build opens what pandoc wrote
      for (size_t i = 0; i + 1 < argv.size(); ++i)
        if (argv[i] == "-o") fs::copy_file(fs::path(NASTAVNIK_BUILD_DIR) / "reference" / "portrait.docx", argv[i + 1]);
      return {};
    }
    if (soffice_status != ToolResult::Status::Ok) return {soffice_status, 1, "сбой"};
    fs::path outdir;
    for (size_t i = 0; i + 1 < argv.size(); ++i)
      if (argv[i] == "--outdir") outdir = argv[i + 1];
    for (const auto& a : argv)
      if (fs::path(a).extension() == ".docx") write_file(outdir / (fs::path(a).stem().string() + ".pdf"), "%PDF");
    return {};
  }
  int count(const std::string& tool) const {
    int n = 0;
    for (const auto& c : calls) n += c[0] == tool;
    return n;
  }
};


RenderEnv env_with(ToolRunner& runner) {
  RenderEnv env;
  env.templates_dir = fs::path(NASTAVNIK_SOURCE_DIR) / "templates";
  env.reference_dir = fs::path(NASTAVNIK_BUILD_DIR) / "reference";
  env.tools = &runner;
  return env;
}

Programme example() {
  ReadResult r = test::read(test::minimal_json());
  REQUIRE(r.programme);
  return *r.programme;
}

}  // namespace

TEST_CASE("a build writes every format with one pandoc run per document and one LibreOffice run") {
  TempDir tmp;
  FakeRunner runner;
  BuildRequest req;
  req.out_dir = tmp.path / "out";
  auto written = build_documents(example(), req, env_with(runner));
  CHECK(written.size() == 4);
  for (const char* f : {"roadmap.docx", "roadmap.pdf", "roadmap.xlsx", "roadmap.html"})
    CHECK(fs::exists(req.out_dir / f));
  CHECK(runner.count("pandoc") == 1);
  CHECK(runner.count("soffice") == 1);
  std::string html = read_file(req.out_dir / "roadmap.html");
  CHECK(html.find("Анкетирование") != std::string::npos);
  CHECK(html.find("<!DOCTYPE html>") == 0);
  // nothing but the output folder is left beside it
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a format subset runs only the tools it needs") {
  TempDir tmp;
  FakeRunner runner;
  BuildRequest req;
  req.out_dir = tmp.path / "out";
  req.formats = Formats::parse("html,xlsx");
  build_documents(example(), req, env_with(runner));
  CHECK(runner.calls.empty());
  CHECK(fs::exists(req.out_dir / "roadmap.html"));
  CHECK_FALSE(fs::exists(req.out_dir / "roadmap.docx"));

  req.formats = Formats::parse("pdf");  // DOCX is made on the side, not delivered
  build_documents(example(), req, env_with(runner));
  CHECK(fs::exists(req.out_dir / "roadmap.pdf"));
  CHECK_FALSE(fs::exists(req.out_dir / "roadmap.docx"));
}

TEST_CASE("a failing tool leaves the output folder exactly as it was") {
  TempDir tmp;
  fs::path out = tmp.path / "out";
  fs::create_directories(out);
  write_file(out / "roadmap.docx", "old");
  FakeRunner runner;
  runner.soffice_status = ToolResult::Status::TimedOut;
  BuildRequest req;
  req.out_dir = out;
  CHECK_THROWS_AS(build_documents(example(), req, env_with(runner)), ToolError);
  CHECK(read_file(out / "roadmap.docx") == "old");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path)) ++entries;
  CHECK(entries == 1);  // the staging folder is gone

  runner.soffice_status = ToolResult::Status::NotFound;
  CHECK_THROWS_WITH(build_documents(example(), req, env_with(runner)),
                    Catch::Contains("soffice") && Catch::Contains("libreoffice-writer-nogui"));
}

TEST_CASE("format lists and unknown documents are checked") {
  Formats f = Formats::parse("docx,pdf");
  CHECK((f.docx && f.pdf && !f.xlsx && !f.html));
  CHECK_THROWS_WITH(Formats::parse("doc"), Catch::Contains("«doc»"));
  TempDir tmp;
  FakeRunner runner;
  BuildRequest req;
  req.out_dir = tmp.path / "out";
  req.only = {"roadmapp"};
  CHECK_THROWS_WITH(build_documents(example(), req, env_with(runner)), Catch::Contains("roadmap"));
  CHECK_FALSE(fs::exists(req.out_dir));
}

TEST_CASE("the real process runner reports missing programs, failures and time-outs") {
  auto runner = make_process_runner();
  CHECK(runner->run({"nastavnik-no-such-tool"}, std::chrono::seconds(5)).status == ToolResult::Status::NotFound);
  ToolResult fail = runner->run({"sh", "-c", "echo сломалось >&2; exit 4"}, std::chrono::seconds(5));
  CHECK(fail.status == ToolResult::Status::Failed);
  CHECK(fail.exit_code == 4);
  CHECK(fail.output.find("сломалось") != std::string::npos);
  CHECK(runner->run({"sleep", "30"}, std::chrono::seconds(1)).status == ToolResult::Status::TimedOut);
  CHECK(runner->run({"true"}, std::chrono::seconds(5)).status == ToolResult::Status::Ok);
}

TEST_CASE("a large HTML document goes through pandoc in two runs (read, then write), a small one in one") {
  TempDir tmp;
  FakeRunner runner;
  const RenderEnv env = env_with(runner);
  const fs::path small = tmp.path / "small.html", large = tmp.path / "large.html";
  write_file(small, "<p>Приказ</p>");
  write_file(large, "<table>" + std::string(600 * 1024, ' ') + "</table>");
  run_pandoc(env, small, tmp.path / "small.docx", {});
  REQUIRE(runner.calls.size() == 1);
  CHECK(runner.calls[0][2] == "html");
  CHECK(runner.calls[0].back() == small.string());
  run_pandoc(env, large, tmp.path / "large.docx", {Orientation::Landscape, TypeSize::Regular});
  REQUIRE(runner.calls.size() == 3);
  const auto& read = runner.calls[1];
  const auto& write = runner.calls[2];
  CHECK((read[2] == "html" && read[4] == "json" && read.back() == large.string()));
  CHECK((write[2] == "json" && write[4] == "docx"));
  CHECK(write.back() == read[6]);  // the AST the first run wrote
  CHECK(std::find(write.begin(), write.end(), "--reference-doc=" + (env.reference_dir / "landscape.docx").string()) !=
        write.end());
  CHECK_FALSE(fs::exists(read[6]));  // the AST is not left behind
}
