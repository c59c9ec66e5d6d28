// Small text rules for reading what schools type into Word: cell lines joined
// back, stage rows split at «Задача:»/«Результат:», dates, numbers and names
// found inside free phrases.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/academic_year.h"
#include "model/date.h"

namespace nastavnik {

// The non-empty trimmed lines of `text`.
std::vector<std::string> split_lines(std::string_view text);

// Joins a cell's lines with `sep`, whitespace collapsed; a line ending in a
// hyphen joins the next without a space («Педагог-» + «психолог»).
std::string join_lines(std::string_view text, const std::string& sep);

// «a» + «b» as one text: after a sentence end with a space, else with «: ».
std::string append_sentence(const std::string& a, const std::string& b);

struct StageText {
  std::string name, goal, task, result;
};

// Splits a stage row's text at «Цель:», «Задача:», «Результат:» wherever they
// stand; what precedes the first label is the stage's name.
StageText split_stage_text(std::string_view text);

// Straight double quotes around a name become «ёлочки».
std::string typographic_quotes(std::string_view text);

// The first date in a phrase: «31.08.2023», «31.08.2023г.», «"31" августа 2023 г.».
std::optional<Date> find_date(std::string_view text);

// The number after «№» («№ 234/2», «№1»), without trailing punctuation; empty if none.
std::string find_number_sign(std::string_view text);

// A person's name inside a phrase: «И.О. Фамилия», «Фамилия И.О.» or three words
// ending in a patronymic; the last one found. `before` receives the text before it.
std::optional<std::string> find_person_name(std::string_view text, std::string* before = nullptr);

// «2023/2024», «2023-2024», «2023– 2024» anywhere in a phrase (the second year
// following the first); nullopt if none.
std::optional<AcademicYear> find_academic_year(std::string_view text);

// The first «2021–2024», «2020 – 2024», «2023/2024» in a phrase: two years, the
// second later by one to six; nullopt if none.
std::optional<std::pair<int, int>> find_year_span(std::string_view text);

// The first letter lower-cased unless the first word is an abbreviation («МБОУ»).
std::string lower_first_word(std::string_view text);

}  // namespace nastavnik
