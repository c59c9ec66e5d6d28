#include "read/text_limits.h"

#include <catch2/catch.hpp>

#include "model/input_limits.h"

using namespace nastavnik;

namespace {
std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}
Diagnostics check(const Json& j) {
  Diagnostics d;
  check_text_values(j, d);
  return d;
}
}  // namespace

TEST_CASE("field kinds get their own length limits") {
  CHECK(text_limit("/staff/3/full_name") == limits::kNameChars);
  CHECK(text_limit("/organisation/full_name") == limits::kOrganisationChars);
  CHECK(text_limit("/others/0/organisation") == limits::kOrganisationChars);
  CHECK(text_limit("/roadmap/events/2/title") == limits::kTitleChars);
  CHECK(text_limit("/roadmap/events/2/responsible/1") == limits::kNameChars);
  CHECK(text_limit("/results/swot/strengths/0") == limits::kTextChars);
}

TEST_CASE("a value longer than its kind allows is an error at its pointer, counted in characters") {
  Json ok = {{"staff", {{{"full_name", repeat("Я ", limits::kNameChars / 2)}}}}};
  CHECK(check(ok).items().empty());
  Json j = {{"staff", {{{"full_name", repeat("Я ", limits::kNameChars / 2) + "Я"}}}}};
  Diagnostics d = check(j);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].pointer == "/staff/0/full_name");
  CHECK(d.items()[0].message.find("301") != std::string::npos);
  CHECK(d.items()[0].message.find("для имени") != std::string::npos);
}

TEST_CASE("an unbreakable word longer than the limit is an error; spaces and hyphens break words") {
  const std::string word = repeat("а", limits::kWordChars);
  CHECK(check(Json{{"title", word + " " + word + "-" + word}}).items().empty());
  Diagnostics d = check(Json{{"title", "Начало " + word + "б"}});
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message.find("слово «аааааааааааааааааааа…»") != std::string::npos);
  // An address is one word by nature: only its length counts.
  CHECK(check(Json{{"publication", {{"pages", {"https://x.ru/" + word + word}}}}}).items().empty());
}

TEST_CASE("control characters are errors; tabs and newlines are text") {
  CHECK(check(Json{{"title", "строка\tи\nещё"}}).items().empty());
  Diagnostics d = check(Json{{"roadmap", {{"title", std::string("до\0после", 15)}}}});
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].pointer == "/roadmap/title");
  CHECK(d.items()[0].message.find("NUL") != std::string::npos);
}

TEST_CASE("an overlong key is reported at its object, not echoed") {
  Diagnostics d = check(Json{{"organisation", {{repeat("k", 100000), 1}}}});
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].pointer == "/organisation");
  CHECK(d.items()[0].message.size() < 300);
}
