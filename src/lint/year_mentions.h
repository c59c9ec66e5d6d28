// Years inside free text: academic years («2023/2024», «2022 - 2023»), dates
// («31.08.2023», «2023-08-31») and bare years («в 2022 году»). Lint looks for last
// year's leftovers with it; rollover moves them to the next year.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace nastavnik {

struct YearMention {
  enum class Kind { AcademicYear, Date, Year };
  Kind kind = Kind::Year;
  std::size_t pos = 0, len = 0;  // bytes of the text the mention covers
  int year = 0;                  // the (first) year
  Date date{};                   // Date only
  bool iso = false;              // Date written «ГГГГ-ММ-ДД»
  int second_digits = 4;         // AcademicYear: «2023/24» has 2
  bool after_ot = false;         // right after «от»: a reference to a document («приказ от 31.08.2022»)
};

// Every mention in the text, left to right, none overlapping. Numbers longer than
// four digits (phones, ИНН) and four-digit numbers outside 1900–2199 are not years.
std::vector<YearMention> find_year_mentions(std::string_view text);

// The text of a mention as written.
std::string mention_text(std::string_view text, const YearMention& m);

}  // namespace nastavnik
