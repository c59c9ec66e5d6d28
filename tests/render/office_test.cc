// PDF conversion planning and its processes, through a fake ToolRunner: balanced
// groups, a private profile and folder per LibreOffice process, parts joined in
// order, and a failure that stops the other process. Real LibreOffice and qpdf are
// exercised by tests/e2e/test_parallel_pdf.sh.
#include "render/office.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "support/test_support.h"
#include "system/staging.h"

using namespace nastavnik;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

std::string arg_after(const std::vector<std::string>& argv, const std::string& flag) {
  for (size_t i = 0; i + 1 < argv.size(); ++i)
    if (argv[i] == flag) return argv[i + 1];
  return "";
}

// soffice writes «PDF of <stem>» per DOCX; qpdf writes the parts' texts joined by «+».
struct FakeOffice : ToolRunner {
  std::mutex mutex;
  std::vector<std::vector<std::string>> calls;
  std::string fail_with;      // a soffice call naming this DOCX fails
  bool hang_others = false;   // other soffice calls wait until cancelled
  std::atomic<bool> saw_cancel{false};

  ToolResult run(const std::vector<std::string>& argv, std::chrono::seconds timeout) override {
    return run_cancellable(argv, timeout, no_cancel());
  }
  ToolResult run_cancellable(const std::vector<std::string>& argv, std::chrono::seconds,
                             const std::atomic<bool>& cancel) override {
    {
      std::lock_guard lock(mutex);
      calls.push_back(argv);
    }
    if (argv[0] == "qpdf") {
      std::string text;
      for (size_t i = arg_index(argv, "--pages") + 1; argv[i] != "--"; ++i) text += read_file(argv[i]) + "+";
      write_file(argv.back(), text);
      return {};
    }
    bool failing = false;
    for (const auto& a : argv) failing |= !fail_with.empty() && fs::path(a).filename() == fail_with;
    if (failing) {
      std::this_thread::sleep_for(50ms);  // the other group has started by now
      return {ToolResult::Status::Failed, 1, "сбой"};
    }
    if (hang_others) {
      const auto until = std::chrono::steady_clock::now() + 20s;
      while (!cancel && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(1ms);
      saw_cancel = cancel.load();
      return {ToolResult::Status::Cancelled, 0, ""};
    }
    const fs::path out = arg_after(argv, "--outdir");
    for (const auto& a : argv)
      if (fs::path(a).extension() == ".docx") write_file(out / (fs::path(a).stem().string() + ".pdf"), "PDF of " + fs::path(a).stem().string());
    return {};
  }
  static size_t arg_index(const std::vector<std::string>& argv, const std::string& flag) {
    for (size_t i = 0; i < argv.size(); ++i)
      if (argv[i] == flag) return i;
    return argv.size();
  }
};

RenderEnv env_with(ToolRunner& runner) {
  RenderEnv env;
  env.tools = &runner;
  return env;
}

}  // namespace

TEST_CASE("parts are split into balanced groups, each part once, independent of timing", "[office]") {
  std::vector<PdfJob> jobs = {{{{"roadmap.docx", 12}}, "roadmap.pdf"},
                              {{{"c.part0001.docx", 150}, {"c.part0002.docx", 150}, {"c.part0003.docx", 40}}, "c.pdf"},
                              {{{"order.docx", 3}}, "order.pdf"},
                              {{{"d.part0001.docx", 150}, {"d.part0002.docx", 90}}, "d.pdf"}};
  const auto plan = plan_office_groups(jobs, 2);
  REQUIRE(plan.size() == 2);
  std::set<std::pair<size_t, size_t>> seen;
  double load[2] = {0, 0};
  for (size_t g = 0; g < 2; ++g)
    for (auto [j, k] : plan[g]) {
      CHECK(seen.insert({j, k}).second);
      load[g] += jobs[j].parts[k].pages;
    }
  CHECK(seen.size() == 7);
  CHECK(std::abs(load[0] - load[1]) <= 150);  // no worse than one part apart
  CHECK(plan == plan_office_groups(jobs, 2));
  CHECK(plan_office_groups(jobs, 1).size() == 1);
  CHECK(plan_office_groups(jobs, 16).size() == 7);  // never an empty group
  CHECK(plan_office_groups({}, 2).empty());
  CHECK(expected_pages(0) == 1);
  CHECK(expected_pages(8000 * 150) == Approx(150));
}

TEST_CASE("each LibreOffice process has its own profile and folder, parts are joined in order", "[office]") {
  test::TempDir tmp;
  FakeOffice office;
  std::vector<PdfJob> jobs = {{{{tmp.path / "roadmap.docx", 10}}, tmp.path / "roadmap.pdf"},
                              {{{tmp.path / "c.part0001.docx", 150},
                                {tmp.path / "c.part0002.docx", 150},
                                {tmp.path / "c.part0003.docx", 20}},
                               tmp.path / "c.pdf"}};
  convert_to_pdf(env_with(office), jobs, tmp.path / "work", 2);
  CHECK(read_file(tmp.path / "roadmap.pdf") == "PDF of roadmap");
  CHECK(read_file(tmp.path / "c.pdf") == "PDF of c.part0001+PDF of c.part0002+PDF of c.part0003+");
  std::set<std::string> profiles, outdirs;
  int soffice = 0, qpdf = 0;
  for (const auto& call : office.calls) {
    if (call[0] == "qpdf") {
      ++qpdf;
      continue;
    }
    ++soffice;
    profiles.insert(call[1]);
    outdirs.insert(arg_after(call, "--outdir"));
  }
  CHECK(soffice == 2);
  CHECK(qpdf == 1);
  CHECK(profiles.size() == 2);
  CHECK(outdirs.size() == 2);
  for (const auto& p : profiles) CHECK(p.rfind("-env:UserInstallation=file://" + (tmp.path / "work").string(), 0) == 0);
}

TEST_CASE("a failed LibreOffice group stops the other group and reports its own error", "[office]") {
  test::TempDir tmp;
  FakeOffice office;
  office.fail_with = "roadmap.docx";
  office.hang_others = true;
  std::vector<PdfJob> jobs = {{{{tmp.path / "roadmap.docx", 100}}, tmp.path / "roadmap.pdf"},
                              {{{tmp.path / "report.docx", 100}}, tmp.path / "report.pdf"}};
  const auto begin = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(convert_to_pdf(env_with(office), jobs, tmp.path / "work", 2), ToolError);
  CHECK(std::chrono::steady_clock::now() - begin < 10s);
  CHECK(office.saw_cancel);
  CHECK_FALSE(fs::exists(tmp.path / "roadmap.pdf"));
  CHECK_FALSE(fs::exists(tmp.path / "report.pdf"));
  try {
    convert_to_pdf(env_with(office), jobs, tmp.path / "work", 2);
  } catch (const ToolError& e) {
    CHECK(std::string(e.what()).find("завершилась с ошибкой") != std::string::npos);  // the failure, not the cancel
  }
}
