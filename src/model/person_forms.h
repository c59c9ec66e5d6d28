// People of the programme as documents name them: in the case a sentence needs,
// with the forms the data gives explicitly winning over automatic declension,
// and with a description of who they are («учитель математики», «обучающийся 7А класса»).
#pragma once
#include <string>

#include "language/declension.h"
#include "model/model.h"

namespace nastavnik {

// A full name in case `c`: the data's explicit form if given, else declined
// (grammatical gender from the recorded sex, else from the patronymic).
std::string full_name_in(const std::string& full_name, const NameForms& forms, std::optional<Sex> sex, NameCase c);

// Whether a person is spoken of in the feminine: the recorded sex, else the
// gender the name shows (patronymic, then surname and first name).
bool is_female(const std::string& full_name, std::optional<Sex> sex);

// The full name of a programme person (staff, pupil or other) in case `c`.
std::string person_full_name(const Programme& p, const std::string& id, NameCase c = NameCase::Nominative);

// «Соколовой Н.П.»: the short list form of a programme person in case `c`.
std::string person_short_name(const Programme& p, const std::string& id, NameCase c = NameCase::Nominative);

// «Н.П. Соколова»: the signature form (nominative).
std::string person_signature_name(const Programme& p, const std::string& id);

// Who the person is, for tables and acquaintance sheets: a staff position, «обучающийся 7А класса»,
// «студент, Краснодольский педагогический колледж», an employer's position and company.
std::string person_role(const Programme& p, const std::string& id);

// An outside participant's role as person_role gives it; without the position (course)
// when `with_position` is false: «студент, ГБПОУ «…»», «представитель работодателя, АО «…»».
std::string other_role(const OtherPerson& s, bool with_position = true);

}  // namespace nastavnik
