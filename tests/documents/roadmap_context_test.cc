// The standalone roadmap's approval stamp: approved once, by the roadmap order
// when there is one, otherwise as the data's stamps say.
#include <catch2/catch.hpp>

#include "documents/documents.h"
#include "support/test_support.h"

using namespace nastavnik;

namespace {

std::vector<std::string> right_stamp(const Json& ctx) {
  std::vector<std::string> lines;
  for (const auto& l : ctx["approvals"]["right"][0]["lines"]) lines.push_back(l.get<std::string>());
  return lines;
}

}  // namespace

TEST_CASE("a roadmap approved by an order carries «УТВЕРЖДЕНА приказом», not «УТВЕРЖДАЮ»", "[roadmap][approval]") {
  std::string t = test::minimal_json();
  t.insert(t.find("\"staff\""), R"("curator": "deputy", "orders": {"roadmap": {"number": "45", "date": "2023-08-31", "signer": "director"}},
  )");
  ReadResult r = test::read(t);
  for (const auto& d : r.diagnostics.items()) UNSCOPED_INFO(d.pointer + ": " + d.message);
  REQUIRE(r.programme);
  Json ctx = roadmap_context(*r.programme);
  REQUIRE(ctx["approvals"]["right"].size() == 1);
  CHECK(right_stamp(ctx) ==
        std::vector<std::string>{"УТВЕРЖДЕНА", "приказом МБОУ «Школа № 1»", "от 31.08.2023 №\u00A045"});
  CHECK(ctx["approvals"]["left"][0]["lines"][0] == "СОГЛАСОВАНО");
}

TEST_CASE("a roadmap without an approval order keeps the director's «УТВЕРЖДАЮ»", "[roadmap][approval]") {
  ReadResult r = test::read(test::minimal_json());
  REQUIRE(r.programme);
  CHECK(right_stamp(roadmap_context(*r.programme))[0] == "УТВЕРЖДАЮ");
}
