// How a printed document names a mentoring pair: by its number (its place in the
// data, the row of the pair-fixing order's appendix) and its mentor — never by
// the data's internal id («pair_06»), which no reader of the documents knows.
#pragma once
#include <string>

#include "model/model.h"

namespace nastavnik {

// The pair's number, 1-based, as the pair-fixing order and the registers number it; 0 for an unknown id.
int pair_number(const Programme& p, const std::string& pair_id);

// «№ 6, Воронцов П.И.»; "" for an unknown id.
std::string pair_label(const Programme& p, const std::string& pair_id);

}  // namespace nastavnik
