#include "read/date_reality.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("years outside 1900-2100 are not dates of a programme") {
  CHECK(unreal_date_problem(Date{9999, 12, 31}).find("9999") != std::string::npos);
  CHECK_FALSE(unreal_date_problem(Date{1899, 12, 31}).empty());
  CHECK(unreal_date_problem(Date{1900, 1, 1}).empty());
  CHECK(unreal_date_problem(Date{2100, 12, 31}).empty());
}

TEST_CASE("a day that does not exist in a deadline's text is found") {
  CHECK(impossible_date_in_text("до 31.02.2024").find("«31.02.2024» — такого дня нет") != std::string::npos);
  CHECK_FALSE(impossible_date_in_text("с 01.09.2023 по 30.02.2024 г.").empty());
  CHECK_FALSE(impossible_date_in_text("до 01.01.9999").empty());
  CHECK(impossible_date_in_text("до 29.02.2024").empty());  // a leap year
  CHECK(impossible_date_in_text("до 30.08.2023, затем ежегодно").empty());
  CHECK(impossible_date_in_text("Январь 2023-2024").empty());
  CHECK(impossible_date_in_text("до 15.10. ежегодно").empty());
}
