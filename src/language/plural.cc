#include "language/plural.h"

namespace nastavnik {

const std::string& plural_form(long long n, const std::string& one, const std::string& few,
                               const std::string& many) {
  long long a = n < 0 ? -n : n;
  long long tens = a % 100, units = a % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units == 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

std::string plural(long long n, const std::string& one, const std::string& few, const std::string& many) {
  return std::to_string(n) + " " + plural_form(n, one, few, many);
}

}  // namespace nastavnik
