#include "model/person_forms.h"

#include "language/person_name.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

std::optional<Gender> gender_of(std::optional<Sex> sex) {
  if (!sex) return std::nullopt;
  return *sex == Sex::Male ? Gender::Male : Gender::Female;
}

const std::string& explicit_form(const NameForms& f, NameCase c) {
  static const std::string none;
  switch (c) {
    case NameCase::Genitive: return f.genitive;
    case NameCase::Dative: return f.dative;
    case NameCase::Accusative: return f.accusative;
    case NameCase::Instrumental: return f.instrumental;
    case NameCase::Prepositional: return f.prepositional;
    case NameCase::Nominative: return none;
  }
  return none;
}

}  // namespace

std::string full_name_in(const std::string& full_name, const NameForms& forms, std::optional<Sex> sex, NameCase c) {
  if (c == NameCase::Nominative) return collapse_whitespace(full_name);
  const std::string& given = explicit_form(forms, c);
  if (!given.empty()) return given;
  return decline_full_name(full_name, c, gender_of(sex));
}

bool is_female(const std::string& full_name, std::optional<Sex> sex) {
  if (sex) return *sex == Sex::Female;
  return detect_gender(PersonName::parse(full_name)) == Gender::Female;
}

std::string person_full_name(const Programme& p, const std::string& id, NameCase c) {
  const FoundPerson w = p.find_person(id);
  static const NameForms none;
  return full_name_in(w.full_name, w.name_forms ? *w.name_forms : none, w.sex, c);
}

std::string person_short_name(const Programme& p, const std::string& id, NameCase c) {
  // The short form is built from the declined full name, so an explicit form
  // in the data also fixes the short one.
  return PersonName::parse(person_full_name(p, id, c)).surname_first();
}

std::string person_signature_name(const Programme& p, const std::string& id) {
  return PersonName::parse(person_full_name(p, id)).initials_first();
}

std::string person_role(const Programme& p, const std::string& id) {
  if (const StaffMember* s = p.find_staff(id)) return s->position;
  if (const Pupil* s = p.find_pupil(id)) {
    std::string who = is_female(s->full_name, s->sex) ? "обучающаяся" : "обучающийся";
    return s->class_name.empty() ? who : who + " " + s->class_name + " класса";  // the site may hide the class
  }
  if (const OtherPerson* s = p.find_other(id)) return other_role(*s);
  return "";
}

std::string other_role(const OtherPerson& s, bool with_position) {
  std::string who = s.kind == OtherPerson::Kind::Student    ? "студент"
                    : s.kind == OtherPerson::Kind::Employer ? "представитель работодателя"
                                                            : "родитель";
  if (with_position && !s.position.empty()) who = s.position;
  return s.organisation.empty() ? who : who + ", " + s.organisation;
}

}  // namespace nastavnik
