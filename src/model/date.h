// Calendar dates and their Russian spellings (ГОСТ Р 7.0.97-2025: «05.06.2024»,
// «5 июня 2024 г.»).
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace nastavnik {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  auto operator<=>(const Date&) const = default;
};

enum class GrammarCase { Nominative, Genitive, Prepositional };

// True when year/month/day name a real Gregorian day (leap years included).
bool is_valid_date(int year, int month, int day);

// Number of days in the month of that year.
int days_in_month(int year, int month);

// Parses ISO "2024-06-05"; nullopt for anything else or an impossible day.
std::optional<Date> parse_iso_date(std::string_view text);

// Parses Russian numeric "05.06.2024" or "5.6.2024"; nullopt otherwise.
std::optional<Date> parse_numeric_date(std::string_view text);

// "2024-06-05".
std::string format_iso(const Date& d);

// "05.06.2024".
std::string format_numeric(const Date& d);

// "5 июня 2024 г." (genitive month, no leading zero).
std::string format_long(const Date& d);

// "«5» июня 2024 г." as used under a signature line.
std::string format_quoted(const Date& d);

// Lower-case month name in the case asked: 1 -> "январь" / "января" / "январе".
std::string month_name(int month, GrammarCase c);

// Recognises a Russian month word in any case or common abbreviation
// ("Январь", "января", "январе", "янв.", "сент"), ignoring letter case; 1..12.
std::optional<int> parse_month_name(std::string_view word);

}  // namespace nastavnik
