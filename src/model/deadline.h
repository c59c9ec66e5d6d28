// Deadlines of roadmap events as data: parsed from the free phrases schools
// write, resolved against the academic year, rendered back in Russian.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/academic_year.h"
#include "model/date.h"

namespace nastavnik {

struct Deadline {
  enum class Kind {
    Date,        // one day: from
    Range,       // from .. to
    Until,       // «до» to
    Month,       // month_from of year_from
    MonthRange,  // month_from/year_from .. month_to/year_to
    Yearly,      // «ежегодно»: month_from[..month_to], optionally day_from..day_to
    Text,        // a phrase with no calendar meaning
  };
  Kind kind = Kind::Text;
  Date from{}, to{};
  int month_from = 0, year_from = 0;
  int month_to = 0, year_to = 0;
  int day_from = 0, day_to = 0;  // Yearly only; 0 when the phrase names months only
  std::string text;              // Text: the phrase as written (trimmed)
  bool whole_period = false;     // Text meaning «весь период / в течение года»
  bool recognised = true;        // false: free text that matched no known form
  // Academic year written in the source («Январь 2023-2024»), if any.
  std::optional<AcademicYear> stated_year;

  bool has_dates() const { return kind != Kind::Text && kind != Kind::Yearly; }
};

// Parses a deadline phrase as schools write it; months without a year are placed
// in `year` (or in the academic year the phrase states). Never fails: what is not
// understood comes back as Kind::Text with recognised == false.
Deadline parse_deadline(std::string_view text, const AcademicYear& year);

// Russian rendering for a document cell, first letter capitalised:
// «5 июня 2024 г.», «до 30.08.2023», «с 01.12.2023 по 25.05.2024»,
// «Январь 2024 г.», «Февраль – май 2024 г.», «Ежегодно в мае».
std::string render_deadline(const Deadline& d);

// Earliest and latest calendar day the deadline covers; nullopt for Text/Yearly.
std::optional<std::pair<Date, Date>> deadline_span(const Deadline& d);

// Months of the academic year (indices 0 = September … 11 = August) the deadline
// touches, for the timeline; whole_period texts cover all twelve, other texts none.
std::vector<int> deadline_month_indices(const Deadline& d, const AcademicYear& year);

}  // namespace nastavnik
