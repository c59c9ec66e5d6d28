#include "documents/chart_spec.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("long category labels wrap onto two lines, never starting a line with a dash", "[chart]") {
  CHECK(wrap_label("традиционная", 12) == "традиционная");
  CHECK(wrap_label("работодатель – ученик", 14) == "работодатель –\nученик");
  CHECK(wrap_label("Повышение квалификации (курсы, аттестация)", 30) ==
        "Повышение квалификации\n(курсы, аттестация)");
  CHECK(wrap_label("Оченьдлинноеслово", 5) == "Оченьдлинноеслово");
}

TEST_CASE("bar labels print a comma, whole counts and a non-breaking percent sign", "[chart]") {
  CHECK(chart_value_text(7.4074, 1, true) == "7,4\u00A0%");
  CHECK(chart_value_text(8.65, 1, false) == "8,7");
  CHECK(chart_value_text(8.375, 2, false) == "8,38");
  CHECK(chart_value_text(3, 0, false) == "3");
  CHECK(chart_value_text(-0.01, 1, false) == "0,0");
}
