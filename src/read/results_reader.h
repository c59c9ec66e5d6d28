// Reader part for the year-end section «results» of the data file.
#pragma once
#include <string>

#include "read/json_fields.h"
#include "model/model.h"

namespace nastavnik::detail {

// Reads «results» into p.results; participants, pairs and the roadmap must already
// be read, because outcomes, answers and growth records refer to them.
void read_results(const Json& v, const std::string& ptr, Programme& p, Diagnostics& diag);

}  // namespace nastavnik::detail
