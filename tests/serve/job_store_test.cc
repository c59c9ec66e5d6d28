#include "serve/job_store.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <set>

#include "support/test_support.h"
#include "system/staging.h"

namespace nastavnik::serve {

TEST_CASE("job store: ids are 128 random bits, folders private, leftovers removed", "[serve]") {
  test::TempDir t;
  std::filesystem::create_directories(t.path / std::string(32, 'a'));  // a crashed run's job
  write_file(t.path / "not-ours.txt", "x");
  JobStore jobs(t.path, std::chrono::seconds(60));
  CHECK_FALSE(std::filesystem::exists(t.path / std::string(32, 'a')));
  CHECK(std::filesystem::exists(t.path / "not-ours.txt"));
  std::set<std::string> ids;
  for (int i = 0; i < 20; ++i) {
    JobView j = jobs.create("build", "owner");
    CHECK(is_job_id(j.id));
    ids.insert(j.id);
    struct stat st{};
    REQUIRE(::stat(jobs.dir(j.id).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
  }
  CHECK(ids.size() == 20);
  CHECK_FALSE(is_job_id("../../etc/passwd"));
  CHECK_FALSE(is_job_id(std::string(32, 'A')));
}

TEST_CASE("job store: only names of the job's own list are handed out", "[serve]") {
  test::TempDir t;
  JobStore jobs(t.path, std::chrono::seconds(60));
  JobView j = jobs.create("build", "owner");
  jobs.update(j.id, [&](JobView& v) {
    v.files = {{"a.zip", "", jobs.dir(j.id) / "a.zip"}, {"b.zip", "", jobs.dir(j.id) / "b.zip"}};
  });
  bool last = true;
  CHECK_FALSE(jobs.take(j.id, "../a.zip", &last));
  CHECK(jobs.take(j.id, "a.zip", &last));
  CHECK_FALSE(last);
  CHECK(jobs.take(j.id, "b.zip", &last));
  CHECK(last);
  jobs.clear(j.id);
  CHECK_FALSE(std::filesystem::exists(jobs.dir(j.id)));
  CHECK_FALSE(jobs.take(j.id, "a.zip", &last));
}

}  // namespace nastavnik::serve
