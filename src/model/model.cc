#include "model/model.h"

namespace nastavnik {

const StaffMember* Programme::find_staff(const std::string& id) const { return staff_index.find(staff, id); }

const Pupil* Programme::find_pupil(const std::string& id) const { return pupil_index.find(pupils, id); }

const OtherPerson* Programme::find_other(const std::string& id) const { return other_index.find(others, id); }

FoundPerson Programme::find_person(const std::string& id) const {
  FoundPerson x;
  if ((x.staff = find_staff(id))) {
    x.full_name = x.staff->full_name, x.name_forms = &x.staff->name_forms, x.sex = x.staff->sex;
  } else if ((x.pupil = find_pupil(id))) {
    x.full_name = x.pupil->full_name, x.name_forms = &x.pupil->name_forms, x.sex = x.pupil->sex;
  } else if ((x.other = find_other(id))) {
    x.full_name = x.other->full_name, x.name_forms = &x.other->name_forms, x.sex = x.other->sex;
  } else {
    x.full_name = id;
  }
  return x;
}

std::optional<PersonRef::Kind> Programme::person_kind(const std::string& id) const {
  if (find_staff(id)) return PersonRef::Kind::Staff;
  if (find_pupil(id)) return PersonRef::Kind::Pupil;
  if (find_other(id)) return PersonRef::Kind::Other;
  return std::nullopt;
}

std::vector<const Event*> Programme::events_of_stage(int stage) const {
  std::vector<const Event*> out;
  for (const auto& e : roadmap.events)
    if (e.stage == stage) out.push_back(&e);
  return out;
}

}  // namespace nastavnik
