// Russian personal names in the six grammatical cases, for the text of orders
// («назначить куратором Порошину Марию Ивановну»). The algorithm is petrovich's
// (rules.json of the npm package petrovich 0.2.1, embedded at build time) plus a
// short table of corrections for forms petrovich gets wrong. A form the data
// file gives explicitly wins over all of this; that lives in the model.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "language/person_name.h"

namespace nastavnik {

enum class Gender { Male, Female, Androgynous };
enum class NameCase { Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional };

// Gender from the patronymic (-вич/-ич/-оглы → male, -вна/-чна/-кызы → female),
// else from petrovich's gendered first-name exceptions (Лев, Рашель …), else
// Androgynous: petrovich 0.2.1 has no gender dictionary for first names.
Gender detect_gender(const PersonName& n);

// A surname («Иванов», «Петрова-Водкина») in case `c`; unknown words stay as written.
std::string decline_surname(std::string_view surname, NameCase c, Gender g);

// A given name («Павел» → «Павла») in case `c`; unknown words stay as written.
std::string decline_given(std::string_view given, NameCase c, Gender g);

// A patronymic («Ильич» → «Ильичом») in case `c`; multi-word ones («Гусейн оглы»)
// stay as written.
std::string decline_patronymic(std::string_view patronymic, NameCase c, Gender g);

// «Порошина Мария Ивановна» in case `c` («Порошину Марию Ивановну»); gender is
// detected when not given; parts petrovich cannot decline stay as written.
std::string decline_full_name(std::string_view full_name, NameCase c,
                              std::optional<Gender> g = std::nullopt);

// «Порошиной М.И.»: declined surname, NBSP, initials (lists, tables).
std::string surname_initials(std::string_view full_name, NameCase c,
                             std::optional<Gender> g = std::nullopt);

// «М.И. Порошиной»: initials, NBSP, declined surname (running text of orders).
std::string initials_surname(std::string_view full_name, NameCase c,
                             std::optional<Gender> g = std::nullopt);

}  // namespace nastavnik
