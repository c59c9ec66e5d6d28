#include "serve/deadline_runner.h"

#include <catch2/catch.hpp>
#include <thread>

namespace nastavnik::serve {
namespace {

struct Recorder : ToolRunner {
  std::chrono::seconds last{0};
  int calls = 0;
  ToolResult run(const std::vector<std::string>&, std::chrono::seconds timeout) override {
    last = timeout;
    ++calls;
    return {};
  }
};

}  // namespace

TEST_CASE("deadline runner: a tool gets what is left of the job's time, none after it", "[serve]") {
  Recorder inner;
  DeadlineRunner job(inner, std::chrono::seconds(30));
  CHECK(job.run({"pandoc"}, std::chrono::seconds(120)).status == ToolResult::Status::Ok);
  CHECK(inner.last <= std::chrono::seconds(30));
  CHECK(inner.last >= std::chrono::seconds(29));
  job.run({"soffice"}, std::chrono::seconds(5));
  CHECK(inner.last == std::chrono::seconds(5));

  DeadlineRunner over(inner, std::chrono::seconds(0));
  CHECK(over.run({"pandoc"}, std::chrono::seconds(120)).status == ToolResult::Status::TimedOut);
  CHECK(inner.calls == 2);  // never started
}

}  // namespace nastavnik::serve
