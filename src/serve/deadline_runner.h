// A job's time limit: every external program the job starts gets at most what is
// left of the job's time, and none starts once it is over, so a job cannot run on
// much past its limit however many documents it has.
#pragma once
#include <chrono>

#include "system/tool_runner.h"

namespace nastavnik::serve {

class DeadlineRunner : public ToolRunner {
 public:
  // Runs through `inner` until `limit` from now.
  DeadlineRunner(ToolRunner& inner, std::chrono::seconds limit);
  // As ToolRunner::run, the timeout cut to the time left; TimedOut at once when none is left.
  ToolResult run(const std::vector<std::string>& argv, std::chrono::seconds timeout) override;

 private:
  ToolRunner& inner_;
  std::chrono::steady_clock::time_point deadline_;
};

}  // namespace nastavnik::serve
