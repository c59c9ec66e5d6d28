// Dates that parse but cannot be meant: a year outside 1900–2100 (an order dated
// 9999-12-31), a day that does not exist written in a deadline's text («до
// 31.02.2024», which the deadline parser leaves as text). Errors, not warnings.
#pragma once
#include <string>
#include <string_view>

#include "model/date.h"

namespace nastavnik {

inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2100;

// A Russian sentence saying why `d` cannot be a date of the programme, or "".
std::string unreal_date_problem(const Date& d);

// The first «ДД.ММ.ГГГГ» in `text` that is no real day or is out of range,
// explained in a Russian sentence; "" when every such date is real.
std::string impossible_date_in_text(std::string_view text);

}  // namespace nastavnik
