#include "language/typography.h"

#include <catch2/catch.hpp>

using nastavnik::typeset;
using nastavnik::typeset_html;

namespace {
const std::string nb = "\u00A0";
}

TEST_CASE("typeset keeps numbers, initials, dates and units together", "[typography]") {
  CHECK(typeset("приказ № 45") == "приказ №" + nb + "45");
  CHECK(typeset("им. И.Т. Веденеева") == "им. И.Т." + nb + "Веденеева");
  CHECK(typeset("Соколовой Н.П. обеспечить") == "Соколовой" + nb + "Н.П. обеспечить");
  CHECK(typeset("Н. П. Соколова") == "Н." + nb + "П." + nb + "Соколова");
  CHECK(typeset("Петровой-Водкиной А.А.") == "Петровой-Водкиной" + nb + "А.А.");
  CHECK(typeset("2023 г. и 2023–2024 гг.") == "2023" + nb + "г. и 2023–2024" + nb + "гг.");
  CHECK(typeset("от 31 августа 2023 г.") == "от 31" + nb + "августа 2023" + nb + "г.");
  CHECK(typeset("«31» августа 2023") == "«31»" + nb + "августа 2023");  // a line may break before the year
  CHECK(typeset("не менее 70 %") == "не менее 70" + nb + "%");
}

TEST_CASE("typeset makes a spaced hyphen an en dash bound to the word before", "[typography]") {
  CHECK(typeset("учитель - ученик") == "учитель" + nb + "– ученик");
  CHECK(typeset("учитель – ученик") == "учитель" + nb + "– ученик");
  CHECK(typeset("Таблица 1 — Итоги") == "Таблица 1" + nb + "— Итоги");
  CHECK(typeset("Петрова-Водкина") == "Петрова-Водкина");
}

TEST_CASE("typeset leaves ordinary text alone and is idempotent", "[typography]") {
  CHECK(typeset("Школа. Директор приказал") == "Школа. Директор приказал");
  CHECK(typeset("МБОУ СОШ. А потом") == "МБОУ СОШ. А потом");
  CHECK(typeset("в мае 2024 года") == "в мае 2024 года");
  std::string once = typeset("№ 7 им. И.Т. Веденеева, 31 августа 2023 г.");
  CHECK(typeset(once) == once);
}

TEST_CASE("typeset_html touches only text", "[typography]") {
  CHECK(typeset_html("<p class=\"a b\">№ 45</p>") == "<p class=\"a b\">№" + nb + "45</p>");
  CHECK(typeset_html("<style>p { margin: 0 - 1 }</style>x - y") == "<style>p { margin: 0 - 1 }</style>x" + nb + "– y");
  CHECK(typeset_html("<a title=\"№ 5\">5 %</a>") == "<a title=\"№ 5\">5" + nb + "%</a>");
}

TEST_CASE("«№ п/п» in a table header may break between «№» and «п/п»", "[typography]") {
  CHECK(typeset("№ п/п") == "№ п/п");
  CHECK(typeset("№ 45") == "№\u00A045");
}
