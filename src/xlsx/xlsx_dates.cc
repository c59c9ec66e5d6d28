#include "xlsx/xlsx_dates.h"

#include <cctype>
#include <cmath>
#include <string>

namespace nastavnik::xlsx {
namespace {

// Day numbers relative to 1970-01-01 (H. Hinnant's civil calendar algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

const long kDay1899_12_30 = days_from_civil(1899, 12, 30);  // serial 0 of Excel after 1900-02-28
const long kDay1904_01_01 = days_from_civil(1904, 1, 1);
constexpr double kLastSerial1900 = 2958465;  // 9999-12-31

}  // namespace

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

bool is_date_format_code(std::string_view code) {
  bool day_or_year = false, month_or_minute = false, time = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
    if (c == '"') {  // a literal
      const std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '[') {  // colour, condition, locale; but [h] [mm] [ss] are elapsed time
      const std::size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, end - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) time = true;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {  // escaped, padding and fill characters
      ++i;
    } else if (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm") {
      time = true;
      i += 4;
    } else if (c == 'd' || c == 'y') {
      day_or_year = true;
    } else if (c == 'm') {
      month_or_minute = true;
    } else if (c == 'h' || c == 's') {
      time = true;
    }
  }
  return day_or_year || (month_or_minute && !time);
}

std::optional<Date> serial_to_date(double serial, bool date1904) {
  if (!std::isfinite(serial)) return std::nullopt;
  // A hair of tolerance: a time stored as 0.99999999 of a day still means that day.
  const double whole = std::floor(serial + 1e-7);
  if (date1904) {
    if (whole < 0 || whole > kLastSerial1900 - 1462) return std::nullopt;
    return civil_from_days(kDay1904_01_01 + static_cast<long>(whole));
  }
  if (whole < 1 || whole > kLastSerial1900 || whole == 60) return std::nullopt;
  // Excel counts 1900 as a leap year (Lotus 1-2-3's bug): serials before its
  // phantom 29 February are one day later than the calendar says.
  const long n = static_cast<long>(whole);
  return civil_from_days(kDay1899_12_30 + (n < 60 ? n + 1 : n));
}

double date_to_serial(const Date& d, bool date1904) {
  const long days = days_from_civil(d.year, d.month, d.day);
  if (date1904) return static_cast<double>(days - kDay1904_01_01);
  const long n = days - kDay1899_12_30;
  return static_cast<double>(n < 61 ? n - 1 : n);
}

}  // namespace nastavnik::xlsx
