#include "language/plural.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("plural agreement follows the last two digits", "[plural]") {
  auto p = [](long long n) { return plural(n, "пара", "пары", "пар"); };
  CHECK(p(0) == "0 пар");
  CHECK(p(1) == "1 пара");
  CHECK(p(2) == "2 пары");
  CHECK(p(4) == "4 пары");
  CHECK(p(5) == "5 пар");
  CHECK(p(11) == "11 пар");
  CHECK(p(12) == "12 пар");
  CHECK(p(14) == "14 пар");
  CHECK(p(21) == "21 пара");
  CHECK(p(22) == "22 пары");
  CHECK(p(25) == "25 пар");
  CHECK(p(101) == "101 пара");
  CHECK(p(111) == "111 пар");
  CHECK(p(1000001) == "1000001 пара");
  CHECK(p(1000012) == "1000012 пар");
}

TEST_CASE("large numbers agree by their last two digits only", "[plural]") {
  auto p = [](long long n) { return plural_form(n, "пара", "пары", "пар"); };
  CHECK(p(1000001) == "пара");
  CHECK(p(1000011) == "пар");
  CHECK(p(1000021) == "пара");
  CHECK(p(1000112) == "пар");
  CHECK(p(2000000022) == "пары");   // past 32 bits
  CHECK(p(2000000111) == "пар");
  CHECK(p(4294967301LL) == "пара");  // 2^32 + 5 ends in 01
  CHECK(p(9000000000000000004LL) == "пары");
  CHECK(p(9000000000000000014LL) == "пар");
}

TEST_CASE("every number from 0 to 200 gets the form its last digits ask for", "[plural]") {
  for (long long n = 0; n <= 200; ++n) {
    long long tens = n % 100, units = n % 10;
    std::string expected = (tens >= 11 && tens <= 14) ? "файлов"
                           : units == 1                ? "файл"
                           : (units >= 2 && units <= 4) ? "файла"
                                                        : "файлов";
    INFO(n);
    CHECK(plural_form(n, "файл", "файла", "файлов") == expected);
  }
}
