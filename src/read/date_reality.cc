#include "read/date_reality.h"

#include <cctype>

namespace nastavnik {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Reads 1–max digits at text[i], advancing i; -1 when there are none.
int number_at(std::string_view text, size_t& i, size_t max) {
  size_t start = i;
  int n = 0;
  while (i < text.size() && i - start < max && digit(text[i])) n = n * 10 + (text[i++] - '0');
  return i == start ? -1 : n;
}

}  // namespace

std::string unreal_date_problem(const Date& d) {
  if (d.year < kFirstYear || d.year > kLastYear)
    return "год " + std::to_string(d.year) + " вне допустимых " + std::to_string(kFirstYear) + "–" +
           std::to_string(kLastYear) + ": проверьте дату";
  return "";
}

std::string impossible_date_in_text(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!digit(text[i]) || (i > 0 && digit(text[i - 1]))) continue;
    size_t j = i;
    const int day = number_at(text, j, 2);
    if (j >= text.size() || text[j] != '.') continue;
    const int month = number_at(text, ++j, 2);
    if (month < 0 || j >= text.size() || text[j] != '.') continue;
    const size_t year_at = ++j;
    const int year = number_at(text, j, 4);
    if (j - year_at != 4 || (j < text.size() && digit(text[j]))) continue;
    const std::string written(text.substr(i, j - i));
    if (!is_valid_date(year, month, day))
      return "«" + written + "» — такого дня нет в календаре";
    if (std::string why = unreal_date_problem(Date{year, month, day}); !why.empty()) return "«" + written + "»: " + why;
  }
  return "";
}

}  // namespace nastavnik
