#include "serve/sessions.h"

#include <catch2/catch.hpp>
#include <thread>

namespace nastavnik::serve {

TEST_CASE("sessions: a CSRF token per session; the password compared whole", "[serve]") {
  Sessions s("correct horse battery", std::chrono::hours(1));
  CHECK(s.login_required());
  CHECK(s.token_matches("correct horse battery"));
  CHECK_FALSE(s.token_matches("correct horse batter"));
  CHECK_FALSE(s.token_matches(""));
  const std::string a = s.open(), b = s.open();
  CHECK(a != b);
  CHECK(s.valid(a));
  CHECK_FALSE(s.valid("0123"));
  CHECK(s.csrf_matches(a, *s.csrf(a)));
  CHECK_FALSE(s.csrf_matches(a, *s.csrf(b)));  // another session's token
  CHECK_FALSE(s.csrf_matches("unknown", *s.csrf(a)));
  CHECK(cookie_value("x=1; nastavnik_session=abc; y=2", "nastavnik_session") == "abc");
  CHECK(cookie_value("nastavnik_session_old=abc", "nastavnik_session") == "");
}

TEST_CASE("sessions: an expired session is gone", "[serve]") {
  Sessions s("", std::chrono::seconds(0));
  const std::string a = s.open();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK_FALSE(s.valid(a));
}

}  // namespace nastavnik::serve
