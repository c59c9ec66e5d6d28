#include "model.h"

namespace nastavnik {

const StaffMember* Programme::find_staff(const std::string& id) const {
  for (const auto& s : staff)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<const Event*> Programme::events_of_stage(int stage) const {
  std::vector<const Event*> out;
  for (const auto& e : roadmap.events)
    if (e.stage == stage) out.push_back(&e);
  return out;
}

}  // namespace nastavnik
