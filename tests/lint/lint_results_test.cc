// L017: a missed involvement target with no measures written for the next year.
#include <catch2/catch.hpp>

#include "lint/lint.h"
#include "support/example_programme.h"

using namespace nastavnik;

namespace {

std::vector<Diagnostic> l017(const Programme& p) {
  std::vector<Diagnostic> out;
  const Diagnostics all = lint_programme(p);  // kept: items() refers into it
  for (const Diagnostic& d : all.items())
    if (d.rule == "L017") out.push_back(d);
  return out;
}

}  // namespace

TEST_CASE("L017: the target missed and no measures written", "[lint]") {
  // The example misses 70 % in every category and lists its measures: clean.
  CHECK(l017(test::example_programme()).empty());

  const Programme silent = test::example_programme([](Json& j) {
    j["results"].erase("actions");
    j["results"].erase("conclusions");
  });
  const auto found = l017(silent);
  REQUIRE(found.size() == 1);
  CHECK(found[0].pointer == "/results");
  CHECK_THAT(found[0].message, Catch::Contains("обучающиеся от 10 лет — 6,2\u00a0%, педагоги — 31,7\u00a0%, "
                                               "молодые специалисты — 60,0\u00a0%"));

  // Every target met (small school totals): nothing to explain.
  const Programme met = test::example_programme([](Json& j) {
    j["results"].erase("actions");
    j["results"]["school"] = {{"pupils_10_plus", 30}, {"teachers", 13}, {"young_teachers", 3}};
  });
  CHECK(l017(met).empty());

  // The new year's file after a rollover: totals kept, no results of its own yet.
  const Programme rolled = test::example_programme([](Json& j) {
    const Json school = j["results"]["school"];
    j["results"] = {{"school", school}};
  });
  CHECK(l017(rolled).empty());
}
