#include "model/mentoring_form.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

TEST_CASE("forms are recognised however the dash and spaces were typed") {
  CHECK(normalise_form("учитель – ученик") == "учитель – ученик");
  CHECK(normalise_form("Учитель-ученик") == "учитель – ученик");
  CHECK(normalise_form("  ученик —  ученик ") == "ученик – ученик");
  CHECK(normalise_form("РАБОТОДАТЕЛЬ - УЧЕНИК") == "работодатель – ученик");
  CHECK(normalise_form("Традиционная") == "традиционная");
  CHECK(normalise_form("учитель – студент").empty());
  CHECK(normalise_form("").empty());
}

TEST_CASE("each form says who mentors whom and which model it belongs to") {
  const MentoringForm* f = find_form("студент – ученик");
  REQUIRE(f);
  CHECK(f->mentor == MentoringForm::Role::Student);
  CHECK(f->mentee == MentoringForm::Role::Pupil);
  CHECK_FALSE(f->teacher_model);
  CHECK(find_form("учитель – учитель")->teacher_model);
  CHECK(find_form("реверсивная")->teacher_model);
  CHECK(known_forms().size() == 12);
}
