// Which consent forms the programme's participants sign, decided from the data:
// age (a minor's legal representative signs for them), role (teacher mentors
// consent to mentoring, ТК РФ ст. 351.8) and whether the school publishes on its
// site (a separate consent to dissemination, 152-ФЗ ст. 10.1). Since 01.09.2025
// each consent is a separate document (156-ФЗ), so each item is one form.
#pragma once
#include <string>
#include <vector>

#include "model/model.h"

namespace nastavnik {

enum class ConsentKind {
  PersonalData,               // an adult's consent to processing (152-ФЗ ст. 9)
  RepresentativePersonalData,  // a legal representative's consent for a minor
  Dissemination,              // data permitted for dissemination on the site (ст. 10.1)
  Mentoring,                  // a teacher's written consent to mentoring duties (ТК РФ ст. 351.8)
};

struct ConsentItem {
  ConsentKind kind;
  std::string person_id;   // the participant the data is about
  bool by_representative;  // signed by the pupil's legal representative
};

// Every form to hand out, grouped by kind (in ConsentKind order), people in
// data order: each participant of a pair (mentor or mentee) once per kind.
std::vector<ConsentItem> plan_consents(const Programme& p);

// True when a pupil is under 18 on the first day of the academic year (or has no
// birth date recorded: then the representative signs, to be safe).
bool is_minor_pupil(const Programme& p, const Pupil& x);

}  // namespace nastavnik
