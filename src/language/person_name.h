// A person's full name «Фамилия Имя Отчество» and its short forms, with the
// non-breaking space that keeps initials on the surname's line (ГОСТ Р 7.0.97).
#pragma once
#include <string>
#include <string_view>

namespace nastavnik {

inline constexpr const char* kNbsp = "\u00A0";

struct PersonName {
  std::string surname, given, patronymic;

  // Splits «Фамилия Имя Отчество» at whitespace; fewer parts leave fields empty,
  // more than three keep the rest in the patronymic («Оглы», double patronymics).
  static PersonName parse(std::string_view full_name);

  // «А.А.» (or «А.» without a patronymic, "" without a given name).
  std::string initials() const;

  // «Кузнецова А.А.» — lists and tables.
  std::string surname_first() const;

  // «А.А. Кузнецова» — signatures.
  std::string initials_first() const;
};

}  // namespace nastavnik
