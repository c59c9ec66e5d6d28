// Forms of mentoring the target model knows, and who may take which role in
// each (распоряжение № Р-145 for pupils; письмо № АЗ-1128/08 for teachers).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace nastavnik {

struct MentoringForm {
  enum class Role { Pupil, Staff, Student, Employer };
  std::string name;  // as documents print it: «учитель – ученик»
  Role mentor;
  Role mentee;
  bool teacher_model;  // the teachers' system of mentoring (АЗ-1128/08)
};

// Every known form, pupil model first.
const std::vector<MentoringForm>& known_forms();

// The canonical name of a form however its dash and spaces were typed
// («учитель-ученик», «Учитель — ученик»), or "" for an unknown form.
std::string normalise_form(std::string_view text);

// The form with that canonical name, or nullptr.
const MentoringForm* find_form(const std::string& name);

// Russian name of a role, for messages: «педагог (сотрудник школы)», «обучающийся» …
std::string role_name(MentoringForm::Role r);

// The term of a pair as documents print it: «с 18.12.2023 по 31.05.2024», with a
// blank for a date the data lacks.
std::string term_text(const std::optional<Date>& from, const std::optional<Date>& to);

// Whether a person of that kind may take a role.
bool fits_role(const Programme& p, const std::string& person_id, MentoringForm::Role r);

}  // namespace nastavnik
