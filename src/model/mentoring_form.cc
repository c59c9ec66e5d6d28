#include "model/mentoring_form.h"

#include "language/text_util.h"

namespace nastavnik {

const std::vector<MentoringForm>& known_forms() {
  using R = MentoringForm::Role;
  static const std::vector<MentoringForm> forms = {
      {"ученик – ученик", R::Pupil, R::Pupil, false},
      {"учитель – ученик", R::Staff, R::Pupil, false},
      {"студент – ученик", R::Student, R::Pupil, false},
      {"работодатель – ученик", R::Employer, R::Pupil, false},
      {"учитель – учитель", R::Staff, R::Staff, true},
      {"традиционная", R::Staff, R::Staff, true},
      {"групповая", R::Staff, R::Staff, true},
      {"виртуальная", R::Staff, R::Staff, true},
      {"реверсивная", R::Staff, R::Staff, true},
      {"ситуационная", R::Staff, R::Staff, true},
      {"скоростная", R::Staff, R::Staff, true},
      {"краткосрочная", R::Staff, R::Staff, true},
  };
  return forms;
}

// Folds case, ё and every dash/space variant so that only the words remain.
static std::string form_key(std::string_view text) {
  std::string folded = fold_for_match(collapse_whitespace(text));
  std::string out;
  size_t pos = 0;
  while (pos < folded.size()) {
    size_t begin = pos;
    char32_t cp = next_code_point(folded, pos);
    bool dash = cp == U'-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
    if (dash || cp == U' ') {
      if (!out.empty() && out.back() != '|') out += '|';
    } else {
      out.append(folded, begin, pos - begin);
    }
  }
  while (!out.empty() && out.back() == '|') out.pop_back();
  return out;
}

std::string normalise_form(std::string_view text) {
  std::string key = form_key(text);
  for (const auto& f : known_forms())
    if (form_key(f.name) == key) return f.name;
  return "";
}

const MentoringForm* find_form(const std::string& name) {
  for (const auto& f : known_forms())
    if (f.name == name) return &f;
  return nullptr;
}

std::string role_name(MentoringForm::Role r) {
  switch (r) {
    case MentoringForm::Role::Pupil: return "обучающийся (из списка pupils)";
    case MentoringForm::Role::Staff: return "педагог (из списка staff)";
    case MentoringForm::Role::Student: return "студент (others, kind student)";
    case MentoringForm::Role::Employer: return "представитель работодателя (others, kind employer)";
  }
  return "";
}

std::string term_text(const std::optional<Date>& from, const std::optional<Date>& to) {
  auto d = [](const std::optional<Date>& v) { return v ? format_numeric(*v) : std::string("__.__.____"); };
  return "с " + d(from) + " по " + d(to);
}

bool fits_role(const Programme& p, const std::string& id, MentoringForm::Role r) {
  switch (r) {
    case MentoringForm::Role::Pupil: return p.find_pupil(id) != nullptr;
    case MentoringForm::Role::Staff: return p.find_staff(id) != nullptr;
    case MentoringForm::Role::Student: {
      const OtherPerson* o = p.find_other(id);
      return o && o->kind == OtherPerson::Kind::Student;
    }
    case MentoringForm::Role::Employer: {
      const OtherPerson* o = p.find_other(id);
      return o && o->kind == OtherPerson::Kind::Employer;
    }
  }
  return false;
}

}  // namespace nastavnik
