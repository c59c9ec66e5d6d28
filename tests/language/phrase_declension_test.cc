#include "language/phrase_declension.h"

#include <catch2/catch.hpp>

using nastavnik::decline_phrase;
using nastavnik::NameCase;

TEST_CASE("an organisation's type phrase in the dative keeps its quoted name", "[phrase]") {
  CHECK(decline_phrase("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»",
                       NameCase::Dative, false) ==
        "Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 7»");
  CHECK(decline_phrase("Муниципальная автономная общеобразовательная организация «Лицей № 2»", NameCase::Dative,
                       false) == "Муниципальной автономной общеобразовательной организации «Лицей № 2»");
  CHECK(decline_phrase("Государственное бюджетное учреждение «Школа № 1»", NameCase::Genitive, false) ==
        "Государственного бюджетного учреждения «Школа № 1»");
  CHECK(decline_phrase("Муниципальный детский сад № 5", NameCase::Dative, false) == "Муниципальному детскому саду № 5");
}

TEST_CASE("a position in the accusative of a person, complement untouched", "[phrase]") {
  CHECK(decline_phrase("заместитель директора по УВР", NameCase::Accusative, true) == "заместителя директора по УВР");
  CHECK(decline_phrase("учитель начальных классов", NameCase::Accusative, true) == "учителя начальных классов");
  CHECK(decline_phrase("педагог-психолог", NameCase::Accusative, true) == "педагога-психолога");
  CHECK(decline_phrase("социальный педагог", NameCase::Accusative, true) == "социального педагога");
  CHECK(decline_phrase("старший вожатый", NameCase::Genitive, true) == "старшего вожатого");
  CHECK(decline_phrase("советник директора по воспитанию", NameCase::Dative, true) ==
        "советнику директора по воспитанию");
  CHECK(decline_phrase("методист", NameCase::Instrumental, true) == "методистом");
}

TEST_CASE("what the rules do not know stays as written", "[phrase]") {
  CHECK(decline_phrase("МБОУ «СОШ № 7»", NameCase::Dative, false) == "МБОУ «СОШ № 7»");
  CHECK(decline_phrase("", NameCase::Dative, false).empty());
  CHECK(decline_phrase("директор", NameCase::Nominative, true) == "директор");
}
