#include "model/date.h"

#include <array>
#include <catch2/catch.hpp>
#include <string>

using namespace nastavnik;

TEST_CASE("is_valid_date knows leap years", "[date]") {
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(is_valid_date(2023, 2, 29));
  CHECK(is_valid_date(2000, 2, 29));   // divisible by 400
  CHECK_FALSE(is_valid_date(1900, 2, 29));  // divisible by 100 only
  CHECK_FALSE(is_valid_date(2024, 2, 30));
  CHECK_FALSE(is_valid_date(2024, 4, 31));
  CHECK(is_valid_date(2024, 12, 31));
  CHECK_FALSE(is_valid_date(2024, 13, 1));
  CHECK_FALSE(is_valid_date(2024, 0, 1));
  CHECK_FALSE(is_valid_date(2024, 1, 0));
}

TEST_CASE("days_in_month for every month", "[date]") {
  const std::array<int, 12> common = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; ++m) {
    CAPTURE(m);
    CHECK(days_in_month(2023, m) == common[m - 1]);
    CHECK(days_in_month(2024, m) == (m == 2 ? 29 : common[m - 1]));
  }
  CHECK(days_in_month(2024, 0) == 0);
}

TEST_CASE("parse_iso_date", "[date]") {
  CHECK(parse_iso_date("2024-06-05") == Date{2024, 6, 5});
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2024-6-5"));
  CHECK_FALSE(parse_iso_date("05.06.2024"));
  CHECK_FALSE(parse_iso_date("2024-06-05x"));
  CHECK_FALSE(parse_iso_date("2024-+6-05"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("parse_numeric_date", "[date]") {
  CHECK(parse_numeric_date("05.06.2024") == Date{2024, 6, 5});
  CHECK(parse_numeric_date("5.6.2024") == Date{2024, 6, 5});
  CHECK(parse_numeric_date("29.02.2024") == Date{2024, 2, 29});
  CHECK_FALSE(parse_numeric_date("29.02.2023"));
  CHECK_FALSE(parse_numeric_date("31.02.2024"));
  CHECK_FALSE(parse_numeric_date("05.06.24"));
  CHECK_FALSE(parse_numeric_date("005.06.2024"));
  CHECK_FALSE(parse_numeric_date("05.06"));
  CHECK_FALSE(parse_numeric_date("05.06.2024."));
  CHECK_FALSE(parse_numeric_date("a5.06.2024"));
  CHECK_FALSE(parse_numeric_date("2024-06-05"));
}

TEST_CASE("formatting dates", "[date]") {
  const Date d{2024, 6, 5};
  CHECK(format_iso(d) == "2024-06-05");
  CHECK(format_numeric(d) == "05.06.2024");
  CHECK(format_long(d) == "5 июня 2024 г.");
  CHECK(format_quoted(d) == "«5» июня 2024 г.");
  CHECK(format_long(Date{2023, 12, 31}) == "31 декабря 2023 г.");
  CHECK(format_numeric(Date{2023, 12, 31}) == "31.12.2023");
  CHECK(format_quoted(Date{2023, 8, 31}) == "«31» августа 2023 г.");
}

TEST_CASE("month_name in three cases for all months", "[date]") {
  const std::array<std::array<const char*, 3>, 12> expected = {{
      {"январь", "января", "январе"},
      {"февраль", "февраля", "феврале"},
      {"март", "марта", "марте"},
      {"апрель", "апреля", "апреле"},
      {"май", "мая", "мае"},
      {"июнь", "июня", "июне"},
      {"июль", "июля", "июле"},
      {"август", "августа", "августе"},
      {"сентябрь", "сентября", "сентябре"},
      {"октябрь", "октября", "октябре"},
      {"ноябрь", "ноября", "ноябре"},
      {"декабрь", "декабря", "декабре"},
  }};
  for (int m = 1; m <= 12; ++m) {
    CAPTURE(m);
    CHECK(month_name(m, GrammarCase::Nominative) == expected[m - 1][0]);
    CHECK(month_name(m, GrammarCase::Genitive) == expected[m - 1][1]);
    CHECK(month_name(m, GrammarCase::Prepositional) == expected[m - 1][2]);
  }
  CHECK(month_name(5, GrammarCase::Genitive) == "мая");
  CHECK(month_name(5, GrammarCase::Prepositional) == "мае");
  CHECK(month_name(8, GrammarCase::Genitive) == "августа");
  CHECK(month_name(9, GrammarCase::Prepositional) == "сентябре");
  CHECK(month_name(0, GrammarCase::Nominative).empty());
  CHECK(month_name(13, GrammarCase::Genitive).empty());
}

TEST_CASE("parse_month_name reads every form back", "[date]") {
  for (int m = 1; m <= 12; ++m) {
    for (GrammarCase c : {GrammarCase::Nominative, GrammarCase::Genitive, GrammarCase::Prepositional}) {
      const std::string name = month_name(m, c);
      CAPTURE(name);
      CHECK(parse_month_name(name) == m);
    }
  }
}

TEST_CASE("parse_month_name ignores case and accepts abbreviations", "[date]") {
  CHECK(parse_month_name("Январь") == 1);
  CHECK(parse_month_name("ЯНВАРЯ") == 1);
  CHECK(parse_month_name("янв") == 1);
  CHECK(parse_month_name("янв.") == 1);
  CHECK(parse_month_name("Февр.") == 2);
  CHECK(parse_month_name("мар") == 3);
  CHECK(parse_month_name("апр.") == 4);
  CHECK(parse_month_name("МАЙ") == 5);
  CHECK(parse_month_name("июн") == 6);
  CHECK(parse_month_name("Июл.") == 7);
  CHECK(parse_month_name("авг") == 8);
  CHECK(parse_month_name("сент") == 9);
  CHECK(parse_month_name("сен") == 9);
  CHECK(parse_month_name("Сентябре") == 9);
  CHECK(parse_month_name("окт.") == 10);
  CHECK(parse_month_name("нояб") == 11);
  CHECK(parse_month_name("ДЕК") == 12);
  CHECK(parse_month_name(" декабря ") == 12);
}

TEST_CASE("parse_month_name rejects what is not a month", "[date]") {
  CHECK_FALSE(parse_month_name(""));
  CHECK_FALSE(parse_month_name("ма"));   // май or март: too short to tell
  CHECK_FALSE(parse_month_name("ию"));
  CHECK_FALSE(parse_month_name("январьь"));
  CHECK_FALSE(parse_month_name("декада"));
  CHECK_FALSE(parse_month_name("год"));
  CHECK_FALSE(parse_month_name("may"));
  CHECK_FALSE(parse_month_name("5"));
}

TEST_CASE("dates order chronologically", "[date]") {
  CHECK(Date{2023, 12, 31} < Date{2024, 1, 1});
  CHECK(Date{2024, 1, 31} < Date{2024, 2, 1});
  CHECK(Date{2024, 2, 1} < Date{2024, 2, 2});
  CHECK(Date{2024, 2, 2} == Date{2024, 2, 2});
}
