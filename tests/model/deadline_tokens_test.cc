#include "model/deadline_tokens.h"

#include <catch2/catch.hpp>

using namespace nastavnik::deadline_tokens;

namespace {

std::string words(const Tokens& t) {
  std::string out;
  for (const auto& x : t) out += (out.empty() ? "" : " ") + (x.type == Type::Word ? x.word : x.type == Type::Comma ? "," : "#");
  return out;
}

}  // namespace

TEST_CASE("the period clause of a multi-year plan is cut off, the rest kept", "[deadline]") {
  auto t = tokenize("с 1 по 15 сентября ежегодно (в период с 2023 по 2024 г.)");
  REQUIRE(t);
  CHECK(take_period_clause(*t));
  CHECK(words(*t) == "с # по # сентября ежегодно");
  auto plain = tokenize("с 1 по 15 сентября");
  CHECK_FALSE(take_period_clause(*plain));
}

TEST_CASE("a month repeated once for each year in a row becomes that month", "[deadline]") {
  auto t = tokenize("май 2022, май 2023 г., май 2024");
  REQUIRE(t);
  CHECK(take_month_per_year(*t));
  CHECK(words(*t) == "май");
  auto gap = tokenize("май 2022 май 2024");
  CHECK_FALSE(take_month_per_year(*gap));
}
