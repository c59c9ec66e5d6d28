#include "language/org_name.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("an organisation's name from a heading back in the nominative", "[language]") {
  CHECK(organisation_nominative("МБОУ Тамбарской ООШ") == "МБОУ Тамбарская ООШ");
  CHECK(organisation_nominative("МАОУ СШ № 158 «Грани»,") == "МАОУ СШ № 158 «Грани»");
  CHECK(organisation_nominative("Муниципального бюджетного общеобразовательного учреждения «Средней школы № 5»") ==
        "Муниципальное бюджетное общеобразовательное учреждение «Средней школы № 5»");
  CHECK(organisation_nominative("Муниципальном автономном общеобразовательном учреждении «Лицей № 2»") ==
        "Муниципальное автономное общеобразовательное учреждение «Лицей № 2»");
  // A name after «имени» is genitive by itself; capitals stay as written.
  CHECK(organisation_nominative("МБОУ гимназии имени Героя Российской Федерации") ==
        "МБОУ гимназия имени Героя Российской Федерации");
  CHECK(organisation_nominative("МБОУ ШКОЛЫ № 3") == "МБОУ ШКОЛЫ № 3");
}
