// Termination signals: recorded, visible through the self-pipe, turned into
// Interrupted with the exit code 128 + signal; dispositions restored afterwards.
#include "system/interrupt.h"

#include <poll.h>
#include <signal.h>

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("a caught SIGTERM becomes Interrupted with exit code 143", "[interrupt]") {
  struct sigaction before {};
  sigaction(SIGTERM, nullptr, &before);
  {
    InterruptGuard guard;
    REQUIRE(interrupt_fd() >= 0);
    CHECK(interrupt_signal() == 0);
    CHECK_NOTHROW(throw_if_interrupted());
    raise(SIGTERM);
    CHECK(interrupt_signal() == SIGTERM);
    pollfd pfd{interrupt_fd(), POLLIN, 0};
    CHECK(poll(&pfd, 1, 0) == 1);  // a waiting loop wakes up
    raise(SIGINT);                 // the first signal decides
    CHECK(interrupt_signal() == SIGTERM);
    try {
      throw_if_interrupted();
      FAIL("no exception");
    } catch (const Interrupted& e) {
      CHECK(e.signal() == SIGTERM);
      CHECK(e.exit_code() == 143);
    }
  }
  CHECK(interrupt_fd() == -1);
  struct sigaction after {};
  sigaction(SIGTERM, nullptr, &after);
  CHECK(after.sa_handler == before.sa_handler);
}

TEST_CASE("exit codes and names of the three signals", "[interrupt]") {
  CHECK(Interrupted(SIGINT).exit_code() == 130);
  CHECK(Interrupted(SIGHUP).exit_code() == 129);
  CHECK(signal_name(SIGHUP) == "SIGHUP");
  CHECK(std::string(Interrupted(SIGINT).what()).find("SIGINT") != std::string::npos);
}
