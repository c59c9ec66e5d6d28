// Numbers as Russian documents print them: a decimal comma, rounding half away
// from zero, a non-breaking space before «%». The report, its charts and the
// site page all print through these, so one figure reads the same everywhere.
#pragma once
#include <string>

namespace nastavnik {

// «7,4 %» — one decimal with a comma and a non-breaking space before the sign.
std::string format_percent(double percent);

// The value rounded to `decimals` decimals half away from zero: the figure format_decimal prints.
double round_decimal(double value, int decimals);

// «8,6» — `decimals` decimals with a comma, rounded half away from zero (8,25 → «8,3»); never «-0,0».
std::string format_decimal(double value, int decimals = 1);

}  // namespace nastavnik
