// The staging folder: made inside the output folder with its owner's pid,
// removed on failure together with the folders it created, and found and removed
// by the next build when a killed build left it behind.
#include "system/staging.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace nastavnik;
using nastavnik::test::TempDir;

namespace {

// A pid that certainly belongs to no process now: a child that has exited and been reaped.
pid_t dead_pid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

// A staging folder as a build of `pid` would have made it, with one staged file.
fs::path fake_staging(const fs::path& out, pid_t pid, unsigned long long start_ticks) {
  fs::path dir = out / (std::string(kStagingPrefix) + std::to_string(pid) + "-AbC123");
  fs::create_directories(dir / "out" / "consents");
  write_file(dir / "owner", std::to_string(pid) + " " + std::to_string(start_ticks) + "\n");
  write_file(dir / "out" / "consents" / "consent.pdf", "персональные данные");
  return dir;
}

}  // namespace

TEST_CASE("the staging folder sits inside the output folder and names its owner", "[staging]") {
  TempDir tmp;
  const fs::path out = tmp.path / "a" / "b";
  {
    Staging s(out);
    CHECK(s.dir().parent_path().parent_path() == out);
    std::string name = s.dir().parent_path().filename().string();
    CHECK(name.rfind(std::string(kStagingPrefix) + std::to_string(getpid()) + "-", 0) == 0);
    CHECK(read_file(s.dir().parent_path() / "owner") ==
          std::to_string(getpid()) + " " + std::to_string(process_start_ticks(getpid())) + "\n");
    CHECK((fs::status(s.dir().parent_path()).permissions() & fs::perms::others_all) == fs::perms::none);
    CHECK(fs::exists(out));
  }
  CHECK_FALSE(fs::exists(tmp.path / "a"));  // no commit: the folders it made are gone too
}

TEST_CASE("a commit keeps the output folder; an uncommitted build into an existing one leaves it as it was", "[staging]") {
  TempDir tmp;
  const fs::path out = tmp.path / "out";
  {
    Staging s(out);
    write_file(s.dir() / "roadmap.html", "x");
    CHECK(s.commit() == std::vector<fs::path>{"roadmap.html"});
  }
  CHECK(read_file(out / "roadmap.html") == "x");
  {
    Staging s(out);
    write_file(s.dir() / "roadmap.html", "y");
  }
  CHECK(read_file(out / "roadmap.html") == "x");
  CHECK(std::distance(fs::directory_iterator(out), {}) == 1);
}

TEST_CASE("a killed build's staging folder is removed by the next build, a live one's is kept", "[staging]") {
  TempDir tmp;
  const fs::path out = tmp.path / "out";
  fs::create_directories(out);
  fs::path dead = fake_staging(out, dead_pid(), 12345);
  fs::path reused = fake_staging(out, getpid(), process_start_ticks(getpid()) + 1);  // the pid, but a later process
  fs::path live = fake_staging(out, getppid(), process_start_ticks(getppid()));
  fs::path foreign = out / (std::string(kStagingPrefix) + "XyZ123");  // not a name this version writes
  fs::create_directories(foreign);

  auto stale = stale_staging_folders(out);
  std::sort(stale.begin(), stale.end());
  std::vector<fs::path> expected = {dead, reused};
  std::sort(expected.begin(), expected.end());
  CHECK(stale == expected);
  {
    Staging s(out);
    CHECK_FALSE(fs::exists(dead));
    CHECK_FALSE(fs::exists(reused));
    CHECK(fs::exists(live));
    CHECK(fs::exists(foreign));
  }
  CHECK(fs::exists(live));
}

TEST_CASE("process_start_ticks reads /proc", "[staging]") {
  CHECK(process_start_ticks(getpid()) > 0);
  CHECK(process_start_ticks(dead_pid()) == 0);
}
