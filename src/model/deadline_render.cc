// Deadlines back into Russian words, and the calendar they cover.
#include "model/deadline.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "language/text_util.h"

namespace nastavnik {

namespace {

std::string genitive_day(int day, int month) {
  return std::to_string(day) + " " + month_name(month, GrammarCase::Genitive);
}

std::string month_year(int month, int year) {
  return month_name(month, GrammarCase::Nominative) + " " + std::to_string(year) + " г.";
}

std::string yearly_phrase(const Deadline& d) {
  const int month_to = d.month_to ? d.month_to : d.month_from;
  const int day_to = d.day_to ? d.day_to : d.day_from;
  if (d.day_from > 0 && month_to == d.month_from) {
    if (day_to == d.day_from) return "ежегодно " + genitive_day(d.day_from, d.month_from);
    return "ежегодно с " + std::to_string(d.day_from) + " по " + genitive_day(day_to, month_to);
  }
  if (d.day_from > 0) {
    return "ежегодно с " + genitive_day(d.day_from, d.month_from) + " по " + genitive_day(day_to, month_to);
  }
  if (month_to == d.month_from) return "ежегодно в " + month_name(d.month_from, GrammarCase::Prepositional);
  return "ежегодно, " + month_name(d.month_from, GrammarCase::Nominative) + " – " +
         month_name(month_to, GrammarCase::Nominative);
}

std::string render_uncapitalised(const Deadline& d) {
  switch (d.kind) {
    case Deadline::Kind::Date: return format_long(d.from);
    case Deadline::Kind::Until: return "до " + format_numeric(d.to);
    case Deadline::Kind::Range:
      if (d.from == d.to) return format_long(d.from);
      if (d.from.year == d.to.year && d.from.month == d.to.month) {
        return "с " + std::to_string(d.from.day) + " по " + format_long(d.to);
      }
      return "с " + format_numeric(d.from) + " по " + format_numeric(d.to);
    case Deadline::Kind::Month: return month_year(d.month_from, d.year_from);
    case Deadline::Kind::MonthRange:
      if (d.year_from != d.year_to) {
        return month_year(d.month_from, d.year_from) + " – " + month_year(d.month_to, d.year_to);
      }
      if (d.month_from == d.month_to) return month_year(d.month_from, d.year_from);
      return month_name(d.month_from, GrammarCase::Nominative) + " – " + month_year(d.month_to, d.year_to);
    case Deadline::Kind::Yearly: return yearly_phrase(d);
    case Deadline::Kind::Text: return d.text;
  }
  return d.text;
}

}  // namespace

std::string render_deadline(const Deadline& d) { return capitalize_first_utf8(render_uncapitalised(d)); }

std::optional<std::pair<Date, Date>> deadline_span(const Deadline& d) {
  const auto last_day = [](int year, int month) { return Date{year, month, days_in_month(year, month)}; };
  switch (d.kind) {
    case Deadline::Kind::Date: return std::pair{d.from, d.from};
    case Deadline::Kind::Range: return std::pair{d.from, d.to};
    case Deadline::Kind::Until: return std::pair{d.to, d.to};
    case Deadline::Kind::Month:
      return std::pair{Date{d.year_from, d.month_from, 1}, last_day(d.year_from, d.month_from)};
    case Deadline::Kind::MonthRange:
      return std::pair{Date{d.year_from, d.month_from, 1}, last_day(d.year_to, d.month_to)};
    case Deadline::Kind::Yearly:
    case Deadline::Kind::Text: return std::nullopt;
  }
  return std::nullopt;
}

std::vector<int> deadline_month_indices(const Deadline& d, const AcademicYear& year) {
  std::vector<int> out;
  if (d.kind == Deadline::Kind::Text) {
    for (int i = 0; d.whole_period && i < 12; ++i) out.push_back(i);
    return out;
  }
  if (d.kind == Deadline::Kind::Yearly) {
    if (d.month_from < 1 || d.month_from > 12) return out;
    const int last = d.month_to >= 1 && d.month_to <= 12 ? d.month_to : d.month_from;
    // Walks forward through the calendar, so «ноябрь – апрель» wraps the new year.
    for (int m = d.month_from, guard = 0; guard < 12; m = m % 12 + 1, ++guard) {
      out.push_back(AcademicYear::month_index(m));
      if (m == last) break;
    }
  } else if (const auto span = deadline_span(d)) {
    const Date from = std::max(span->first, year.start());
    const Date to = std::min(span->second, year.end());
    for (int ym = from.year * 12 + from.month - 1; from <= to && ym <= to.year * 12 + to.month - 1; ++ym) {
      out.push_back(AcademicYear::month_index(ym % 12 + 1));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace nastavnik
