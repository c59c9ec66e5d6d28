#include "language/person_name.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("short forms of a full name keep initials on the surname's line") {
  PersonName n = PersonName::parse("  Кузнецова   Анна Андреевна ");
  CHECK(n.surname == "Кузнецова");
  CHECK(n.initials() == "А.А.");
  CHECK(n.surname_first() == "Кузнецова\u00A0А.А.");
  CHECK(n.initials_first() == "А.А.\u00A0Кузнецова");
}

TEST_CASE("names without a patronymic, hyphenated and long ones") {
  CHECK(PersonName::parse("Смит Джон").surname_first() == "Смит\u00A0Д.");
  CHECK(PersonName::parse("Иванова Анна-Мария Петровна").initials() == "А.-М.П.");
  CHECK(PersonName::parse("Мамедов Эльдар Гусейн оглы").patronymic == "Гусейн оглы");
  CHECK(PersonName::parse("Лазутин").initials_first() == "Лазутин");
  CHECK(PersonName::parse("лазутин алексей андреевич").initials() == "А.А.");
}

TEST_CASE("names written with initials, as imported roadmaps have them") {
  CHECK(PersonName::parse("А.А. Лазутин").initials_first() == "А.А.\u00A0Лазутин");
  CHECK(PersonName::parse("А.А. Лазутин").surname == "Лазутин");
  CHECK(PersonName::parse("Лазутин А.А.").initials_first() == "А.А.\u00A0Лазутин");
  CHECK(PersonName::parse("Лазутин А. А.").surname_first() == "Лазутин\u00A0А.А.");
  CHECK(PersonName::parse("С.Б.Колпакова").surname == "С.Б.Колпакова");  // glued: left as written
}
