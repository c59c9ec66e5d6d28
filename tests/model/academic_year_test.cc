#include "model/academic_year.h"

#include <array>
#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("AcademicYear::parse accepts the usual spellings", "[academic_year]") {
  for (const char* text : {"2023/2024", "2023-2024", "2023–2024", "2023—2024", "2023 - 2024",
                           "2023 / 2024", " 2023/2024 ", "2023/24", "2023-24", "2023\u00A0–\u00A02024"}) {
    CAPTURE(text);
    const auto y = AcademicYear::parse(text);
    REQUIRE(y);
    CHECK(y->first == 2023);
  }
  CHECK(AcademicYear::parse("2099/2100")->first == 2099);
  CHECK(AcademicYear::parse("2099/00")->first == 2099);
}

TEST_CASE("AcademicYear::parse rejects what is not one academic year", "[academic_year]") {
  for (const char* text : {"2023/2025", "2024/2023", "2023/2023", "2023/25", "2023", "2023/", "/2024",
                           "23/24", "2023.2024", "2023/2024 г", "2023/2024/2025", "", "2023/202"}) {
    CAPTURE(text);
    CHECK_FALSE(AcademicYear::parse(text));
  }
}

TEST_CASE("AcademicYear bounds and label", "[academic_year]") {
  const AcademicYear y{2023};
  CHECK(y.second() == 2024);
  CHECK(y.start() == Date{2023, 9, 1});
  CHECK(y.end() == Date{2024, 8, 31});
  CHECK(y.label() == "2023/2024");
  CHECK(y.contains(Date{2023, 9, 1}));
  CHECK(y.contains(Date{2024, 8, 31}));
  CHECK(y.contains(Date{2024, 2, 29}));
  CHECK_FALSE(y.contains(Date{2023, 8, 31}));
  CHECK_FALSE(y.contains(Date{2024, 9, 1}));
  CHECK(AcademicYear{2023} == AcademicYear{2023});
  CHECK_FALSE(AcademicYear{2023} == AcademicYear{2024});
}

TEST_CASE("AcademicYear maps all twelve months", "[academic_year]") {
  const AcademicYear y{2023};
  // Calendar month -> {index in the academic year, calendar year}.
  const std::array<std::array<int, 2>, 12> expected = {{
      {4, 2024},   // January
      {5, 2024},   // February
      {6, 2024},   // March
      {7, 2024},   // April
      {8, 2024},   // May
      {9, 2024},   // June
      {10, 2024},  // July
      {11, 2024},  // August
      {0, 2023},   // September
      {1, 2023},   // October
      {2, 2023},   // November
      {3, 2023},   // December
  }};
  for (int m = 1; m <= 12; ++m) {
    CAPTURE(m);
    CHECK(AcademicYear::month_index(m) == expected[m - 1][0]);
    CHECK(y.year_of_month(m) == expected[m - 1][1]);
    CHECK(AcademicYear::month_at(expected[m - 1][0]) == m);
  }
  CHECK(AcademicYear::month_at(0) == 9);
  CHECK(AcademicYear::month_at(11) == 8);
}
