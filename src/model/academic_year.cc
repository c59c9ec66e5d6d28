#include "model/academic_year.h"

#include <cctype>

#include "language/text_util.h"

namespace nastavnik {

namespace {

// Reads a run of ASCII digits at `pos`; `count` gets how many there were.
int read_number(std::string_view s, std::size_t& pos, int& count) {
  int value = 0;
  count = 0;
  while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])) && count < 9) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
    ++count;
  }
  return value;
}

void skip_spaces(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
}

// The separators people put between the two years: slash, hyphen and the
// dashes a word processor substitutes for it (‐ ‑ ‒ – — ―, minus sign).
bool read_separator(std::string_view s, std::size_t& pos) {
  if (pos >= s.size()) return false;
  if (s[pos] == '/' || s[pos] == '-') {
    ++pos;
    return true;
  }
  std::size_t next = pos;
  const char32_t cp = next_code_point(s, next);
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
    pos = next;
    return true;
  }
  return false;
}

}  // namespace

std::optional<AcademicYear> AcademicYear::parse(std::string_view text) {
  const std::string s = collapse_whitespace(text);
  std::size_t pos = 0;
  int first_digits = 0, second_digits = 0;
  const int first = read_number(s, pos, first_digits);
  if (first_digits != 4) return std::nullopt;
  skip_spaces(s, pos);
  if (!read_separator(s, pos)) return std::nullopt;
  skip_spaces(s, pos);
  const int second = read_number(s, pos, second_digits);
  if (pos != s.size()) return std::nullopt;
  // «2023/24» is the short form school letterheads use.
  const bool follows = second_digits == 4   ? second == first + 1
                       : second_digits == 2 ? second == (first + 1) % 100
                                            : false;
  if (!follows) return std::nullopt;
  return AcademicYear{first};
}

int AcademicYear::year_of_month(int month) const { return month >= 9 ? first : first + 1; }

int AcademicYear::month_index(int month) { return (month + 3) % 12; }

int AcademicYear::month_at(int index) { return (index + 8) % 12 + 1; }

Date AcademicYear::start() const { return Date{first, 9, 1}; }

Date AcademicYear::end() const { return Date{first + 1, 8, 31}; }

std::string AcademicYear::label() const {
  return std::to_string(first) + "/" + std::to_string(first + 1);
}

}  // namespace nastavnik
