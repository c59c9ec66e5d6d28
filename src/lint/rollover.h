// Rollover: last year's data file as the start of next year's. Works on the JSON
// document itself (key order and fields this version does not know survive), not
// on the model: every date and year of the plan moves, the year's own records
// (pairs, statuses, order numbers, year-end results) are cleared, and what cannot
// be moved safely is listed for the user.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/academic_year.h"

namespace nastavnik {

struct RolloverResult {
  nlohmann::ordered_json data;
  std::vector<std::string> notes;  // Russian, one line each: what the user must check by hand
};

// Moves `data` (a data file whose academic_year is valid) to the academic year `to`.
// Throws std::invalid_argument with a Russian message when `to` is not later than
// the file's year or the file has no readable academic_year.
RolloverResult rollover(const nlohmann::ordered_json& data, const AcademicYear& to);

// A text's years moved by `years`: every date, academic year and bare year in it
// (a deadline phrase, where each year is the plan's). 29 February of a year that has
// none becomes 28 February, and `leap_day` is set.
std::string shift_all_years(const std::string& text, int years, bool* leap_day = nullptr);

}  // namespace nastavnik
