#include "model.h"

namespace nastavnik {

const StaffMember* Programme::find_staff(const std::string& id) const {
  for (const auto& s : staff)
    if (s.id == id) return &s;
  return nullptr;
}

const Pupil* Programme::find_pupil(const std::string& id) const {
  for (const auto& x : pupils)
    if (x.id == id) return &x;
  return nullptr;
}

const OtherPerson* Programme::find_other(const std::string& id) const {
  for (const auto& x : others)
    if (x.id == id) return &x;
  return nullptr;
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
