// Shares against the 70 % target: rounding, the target's edge, and the people still
// to involve (the report's sentences and lint L017 read them).
#include "model/involvement.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("a share is a percent rounded to one decimal, half away from zero", "[involvement]") {
  CHECK(Share{1, 8}.percent() == 12.5);
  CHECK(Share{1, 16}.percent() == 6.3);  // 6,25
  CHECK(Share{1, 80}.percent() == 1.3);  // 1,25
  CHECK(Share{2, 3}.percent() == 66.7);
  CHECK(Share{30, 486}.percent() == 6.2);
  CHECK(Share{5, 5}.percent() == 100.0);
  CHECK(Share{3, 0}.percent() == 0.0);
  CHECK(Share{0, 0}.percent() == 0.0);
}

TEST_CASE("the target of 70 % is met from exactly 70,0 %", "[involvement]") {
  CHECK(Share{7, 10}.meets_target());
  CHECK(Share{70, 100}.meets_target());
  CHECK(Share{699, 1000}.percent() == 69.9);
  CHECK_FALSE(Share{699, 1000}.meets_target());
  // What the report shows decides: 69,96 % is printed «70,0 %», and so it is met.
  CHECK(Share{6996, 10000}.meets_target());
  CHECK_FALSE(Share{6994, 10000}.meets_target());
  CHECK_FALSE(Share{0, 0}.meets_target());
}

TEST_CASE("a missed target is said in people still to involve; a met one needs none", "[involvement]") {
  CHECK(Share{30, 486}.missing() == 311);  // 70 % of 486 is 340,2: 341 people
  CHECK(Share{13, 41}.missing() == 16);    // 28,7 → 29
  CHECK(Share{3, 5}.missing() == 1);
  CHECK(Share{7, 10}.missing() == 0);
  CHECK(Share{6996, 10000}.missing() == 0);  // printed «70,0 %»: met
  CHECK(Share{0, 0}.missing() == 0);
}

TEST_CASE("any missed category counts, the young specialists only when the school gives their number",
          "[involvement]") {
  Involvement i{{8, 10}, {7, 10}, std::nullopt};
  CHECK_FALSE(i.any_missed());
  i.young_teachers = Share{1, 2};
  CHECK(i.any_missed());
  i.young_teachers.reset();
  i.pupils = {6, 10};
  CHECK(i.any_missed());
  i.pupils = {0, 0};  // no total given: not measured, so not missed (lint had nothing to name)
  CHECK_FALSE(i.any_missed());
}
