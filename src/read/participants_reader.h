// Reader parts for participants, pairs, curator, monitoring dates and orders.
#pragma once
#include <string>

#include "read/json_fields.h"
#include "model/mentoring_form.h"
#include "model/model.h"

namespace nastavnik::detail {

// The staff fields beyond id/name/position/phone: sex, name forms, experience,
// young specialist, consent to mentoring.
void read_staff_details(ObjectReader& r, StaffMember& s, Diagnostics& diag);

// Top-level curator, mentee limit, monitoring dates, pupils, others, pairs and
// orders; staff must already be read (orders name their signer).
void read_programme_extras(ObjectReader& r, Programme& p, Diagnostics& diag);

}  // namespace nastavnik::detail
