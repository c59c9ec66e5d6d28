// The academic year a programme runs in: 1 September of its first year to
// 31 August of its second.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace nastavnik {

struct AcademicYear {
  int first = 0;  // 2023 for 2023/2024

  // Parses "2023/2024", "2023-2024", "2023–2024", "2023 - 2024" (second = first + 1).
  static std::optional<AcademicYear> parse(std::string_view text);

  int second() const { return first + 1; }

  // September–December belong to the first year, January–August to the second.
  int year_of_month(int month) const;

  // Position of a month in the academic year: September 0 … August 11.
  static int month_index(int month);

  // Month 1..12 at a position 0..11 of the academic year.
  static int month_at(int index);

  Date start() const;  // 1 September of the first year
  Date end() const;    // 31 August of the second year

  bool contains(const Date& d) const { return d >= start() && d <= end(); }

  // "2023/2024".
  std::string label() const;

  bool operator==(const AcademicYear&) const = default;
};

}  // namespace nastavnik
