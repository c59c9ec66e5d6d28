#include "read/json_bounds.h"

#include <catch2/catch.hpp>

#include "model/input_limits.h"

using namespace nastavnik;

namespace {
Diagnostics check(const std::string& text) {
  Diagnostics d;
  check_json_text(text, JsonLocator(text), d);
  return d;
}
}  // namespace

TEST_CASE("JSON nested deeper than the limit is refused with its place") {
  const std::string at_limit = std::string(limits::kJsonDepth, '[') + std::string(limits::kJsonDepth, ']');
  CHECK(check(at_limit).items().empty());
  const std::string deeper = "\n" + std::string(limits::kJsonDepth + 1, '[') + std::string(limits::kJsonDepth + 1, ']');
  Diagnostics d = check(deeper);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message.find("вложенность") != std::string::npos);
  CHECK(d.items()[0].line == 2);
  CHECK(d.items()[0].column == limits::kJsonDepth + 1);
}

TEST_CASE("a duplicate key is an error at the second key") {
  Diagnostics d = check("{\"a\": 1,\n \"a\": 2}");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].pointer == "/a");
  CHECK(d.items()[0].line == 2);
  CHECK(d.items()[0].message.find("дважды") != std::string::npos);
}

TEST_CASE("a number beyond a double is an error at the number") {
  Diagnostics d = check("{\"format_version\":\n  1e400}");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].pointer == "/format_version");
  CHECK(d.items()[0].line == 2);
  CHECK(d.items()[0].column == 3);
  CHECK(check("{\"a\": -1e308, \"b\": 1e-400, \"c\": 12345678901234567890}").items().empty());
}

TEST_CASE("a file above the size limit is refused without indexing") {
  const std::string big(limits::kDataFileBytes + 1, ' ');
  Diagnostics d;
  CHECK_FALSE(check_json_text(big, JsonLocator(""), d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message.find("слишком большой") != std::string::npos);
}
