#include "read/json_locator.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("locator finds values by JSON pointer with line and column") {
  std::string text = "{\n  \"a\": 1,\n  \"list\": [\n    {\"x\": \"ё\"},\n    {\"имя\": true, \"y/z\": null}\n  ]\n}";
  JsonLocator loc(text);
  CHECK(loc.find("").line == 1);
  CHECK(loc.find("/a").line == 2);
  CHECK(loc.find("/a").column == 8);
  CHECK(loc.find("/list/0/x").line == 4);
  CHECK(loc.find("/list/0/x").column == 11);
  // columns count characters, not UTF-8 bytes
  CHECK(loc.find("/list/1/имя").column == 13);
  CHECK(loc.find("/list/1/y~1z").line == 5);
}

TEST_CASE("a missing pointer falls back to its nearest ancestor") {
  JsonLocator loc("{\n \"o\": {\n   \"k\": 1\n }\n}");
  CHECK(loc.find("/o/missing").line == 2);
  CHECK(loc.find("/o/missing").column == 7);
  CHECK(loc.find("/nothing/here").line == 1);
}

TEST_CASE("pointer tokens escape tilde and slash") {
  CHECK(pointer_token("a/b~c") == "a~1b~0c");
}

TEST_CASE("the locator walks 100,000 levels without recursion and stops at the depth limit") {
  const std::string deep = "{\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  JsonLocator loc(deep);
  REQUIRE(loc.too_deep() != std::string_view::npos);
  CHECK(loc.position_of(loc.too_deep()).column == 7 + 63);  // the 64th bracket under the root object
  CHECK(JsonLocator("[[[1]]]").too_deep() == std::string_view::npos);
}

TEST_CASE("the locator records a key written twice, at its second place") {
  JsonLocator loc("{\n \"a\": 1,\n \"o\": {\"k\": 1, \"k\": 2}\n}");
  REQUIRE(loc.duplicates().size() == 1);
  CHECK(loc.duplicates()[0].pointer == "/o/k");
  CHECK(loc.position_of(loc.duplicates()[0].offset).line == 3);
  CHECK(loc.position_of(loc.duplicates()[0].offset).column == 16);
  CHECK(JsonLocator("[{\"k\": 1}, {\"k\": 2}]").duplicates().empty());
}
