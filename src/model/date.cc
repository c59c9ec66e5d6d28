#include "model/date.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "language/text_util.h"

namespace nastavnik {

namespace {

struct MonthForms {
  const char* nominative;
  const char* genitive;
  const char* prepositional;
};

constexpr std::array<MonthForms, 12> kMonths = {{
    {"январь", "января", "январе"},
    {"февраль", "февраля", "феврале"},
    {"март", "марта", "марте"},
    {"апрель", "апреля", "апреле"},
    {"май", "мая", "мае"},
    {"июнь", "июня", "июне"},
    {"июль", "июля", "июле"},
    {"август", "августа", "августе"},
    {"сентябрь", "сентября", "сентябре"},
    {"октябрь", "октября", "октябре"},
    {"ноябрь", "ноября", "ноябре"},
    {"декабрь", "декабря", "декабре"},
}};

// Parses exactly the digits of `text` (no sign, no spaces); from_chars alone
// would accept a prefix.
std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::optional<Date> make_date(int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = parse_digits(text.substr(0, 4));
  const auto m = parse_digits(text.substr(5, 2));
  const auto d = parse_digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, *m, *d);
}

std::optional<Date> parse_numeric_date(std::string_view text) {
  const auto dot1 = text.find('.');
  if (dot1 == std::string_view::npos) return std::nullopt;
  const auto dot2 = text.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos) return std::nullopt;
  const auto day_part = text.substr(0, dot1);
  const auto month_part = text.substr(dot1 + 1, dot2 - dot1 - 1);
  const auto year_part = text.substr(dot2 + 1);
  // Two-digit years are refused: «05.06.24» is ambiguous in official papers.
  if (day_part.size() > 2 || month_part.size() > 2 || year_part.size() != 4) return std::nullopt;
  const auto d = parse_digits(day_part);
  const auto m = parse_digits(month_part);
  const auto y = parse_digits(year_part);
  if (!y || !m || !d) return std::nullopt;
  return make_date(*y, *m, *d);
}

std::string format_iso(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_numeric(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day, d.month, d.year);
  return buf;
}

std::string format_long(const Date& d) {
  return std::to_string(d.day) + " " + month_name(d.month, GrammarCase::Genitive) + " " +
         std::to_string(d.year) + " г.";
}

std::string format_quoted(const Date& d) {
  return "«" + std::to_string(d.day) + "» " + month_name(d.month, GrammarCase::Genitive) + " " +
         std::to_string(d.year) + " г.";
}

std::string month_name(int month, GrammarCase c) {
  if (month < 1 || month > 12) return {};
  const MonthForms& f = kMonths[month - 1];
  switch (c) {
    case GrammarCase::Nominative: return f.nominative;
    case GrammarCase::Genitive: return f.genitive;
    case GrammarCase::Prepositional: return f.prepositional;
  }
  return {};
}

// An abbreviation is any prefix of three letters or more: that covers the
// official «янв.», «февр.», «сент.», «нояб.» and the casual «сен», «дек» alike,
// and three Cyrillic letters never start two different months.
std::optional<int> parse_month_name(std::string_view word) {
  std::string w = fold_for_match(trim(word));
  if (!w.empty() && w.back() == '.') w.pop_back();
  constexpr std::size_t kMinPrefixBytes = 3 * 2;  // three two-byte Cyrillic letters
  if (w.size() < kMinPrefixBytes) return std::nullopt;
  for (int m = 1; m <= 12; ++m) {
    const MonthForms& f = kMonths[m - 1];
    for (std::string_view form : {f.nominative, f.genitive, f.prepositional}) {
      if (form.starts_with(w)) return m;
    }
  }
  return std::nullopt;
}

}  // namespace nastavnik
