// Cross-field checks of a read programme: what each field alone cannot show.
#pragma once
#include <string>

#include "model/diagnostics.h"
#include "model/model.h"

namespace nastavnik {

// Reports duplicate ids and event numbers, events of missing stages and dated
// deadlines outside the programme's period.
void validate_programme(const Programme& p, Diagnostics& diag);

// Checks participants and pairs: references, roles per form, overlaps, limits,
// dates, minors' representatives; warns about teacher mentors without consent.
void validate_participants(const Programme& p, Diagnostics& diag);

// Reports a reference to a staff id that does not exist, suggesting the closest id.
void report_unknown_staff(const std::string& id, const std::string& pointer, const Programme& p,
                          Diagnostics& diag);

// Reports a reference to a person id that is in no list, suggesting the closest id.
void report_unknown_person(const std::string& id, const std::string& pointer, const Programme& p,
                           Diagnostics& diag);

}  // namespace nastavnik
