#include "documents/consents/consent_register.h"

#include "documents/consents/consent_context.h"
#include "model/person_forms.h"

namespace nastavnik {

RegisterSheet build_consent_register(const Programme& p) {
  using Type = RegisterColumn::Type;
  RegisterSheet s;
  s.sheet_name = "Согласия";
  s.title = "Реестр согласий участников программы наставничества " + p.organisation.short_name + " на " +
            p.academic_year.label() + " учебный год";
  s.columns = {{"№", 5, Type::Number},
               {"ФИО участника", 30, Type::Text},
               {"Вид согласия", 30, Type::Text},
               {"Класс", 8, Type::Centered},
               {"Подписывает (законный представитель)", 30, Type::Text},
               {"Выдано", 12, Type::Date},
               {"Получено", 12, Type::Date},
               {"Примечание", 24, Type::Text}};
  s.frozen_columns = 2;
  const std::string issued = p.consents_date ? format_numeric(*p.consents_date) : "";
  for (const ConsentItem& item : plan_consents(p)) {
    const Pupil* pupil = p.find_pupil(item.person_id);
    std::string signer;
    if (item.by_representative && pupil && pupil->representative)
      signer = pupil->representative->full_name + ", " + pupil->representative->relation;
    s.rows.push_back({std::to_string(s.rows.size() + 1), person_full_name(p, item.person_id),
                      consent_kind_name(item.kind), pupil ? pupil->class_name : "", signer, issued, "", ""});
  }
  return s;
}

}  // namespace nastavnik
