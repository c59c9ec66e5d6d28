// Deadline phrases as tokens, and the rewrites done on tokens before the
// grammar reads them: stated academic years, «ежегодно», «в период с 2023 по
// 2024 г.», a month repeated once per year. Internal to deadline_parse.cc.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/academic_year.h"

namespace nastavnik::deadline_tokens {

struct Token {
  enum class Type { Word, Number, Date, Dash, Slash, Comma, Other };
  Type type = Type::Other;
  std::string word;                  // Word: folded to lower case, «ё» as «е»
  int number = 0, digits = 0;        // Number
  int day = 0, month = 0, year = 0;  // Date; year 0 when written «05.06»
  bool in_year = false;              // part of a stated academic year («2023-2024 уч. г.»)
  bool year_after = false;           // a stated academic year directly follows
};
using Tokens = std::vector<Token>;
using Type = Token::Type;


inline bool is_word(const Token& t, std::string_view w) { return t.type == Type::Word && t.word == w; }

// Splits a folded, whitespace-collapsed phrase. nullopt when a written date
// names no real day: such a phrase must not be half-understood.
std::optional<Tokens> tokenize(std::string_view s);

// Marks «2023-2024», «2023/24», «2023–2024 уч. г.» as a stated academic year.
// False when the phrase states two different ones.
bool mark_academic_years(Tokens& t, std::optional<AcademicYear>& stated);

// Removes «ежегодно» where it opens or closes the phrase (maybe set off by a comma); true if it was there.
bool take_yearly(Tokens& t);

// Removes «(в период с 2023 по 2024 г.)» or «, в период с 2023 по 2024 г»: the
// date repeats in each year of a multi-year plan; true if it was there.
bool take_period_clause(Tokens& t);

// «Май 2022 Май 2023 Май 2024»: one month named once for each year of the plan,
// years in a row; leaves only the month in `t` and returns true when it is so.
bool take_month_per_year(Tokens& t);

}  // namespace nastavnik::deadline_tokens
