#include "language/number_format.h"

#include <cmath>
#include <cstdio>

namespace nastavnik {

double round_decimal(double value, int decimals) {
  // Half away from zero, as a school counts and as Excel's ROUND and number formats
  // show the workbook's averages (printf alone gives 8,2 for an average of 8,25).
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

std::string format_decimal(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, round_decimal(value, decimals));
  std::string s = buf;
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);  // no «−0,0»
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

std::string format_percent(double percent) { return format_decimal(percent, 1) + "\u00a0%"; }

}  // namespace nastavnik
