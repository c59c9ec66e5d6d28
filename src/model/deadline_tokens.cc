// Deadline phrases as tokens and the token-level rewrites (see deadline_tokens.h).
#include "model/deadline_tokens.h"

#include <algorithm>
#include <array>

#include "language/text_util.h"
#include "model/date.h"

namespace nastavnik::deadline_tokens {
namespace {

Token make_token(Type type, int a = 0, int b = 0, int c = 0) {
  Token t;
  t.type = type;
  if (type == Type::Number) t.number = a, t.digits = b;
  if (type == Type::Date) t.day = a, t.month = b, t.year = c;
  return t;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 0x0400 && cp <= 0x04FF); }
bool is_dash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// «05.06.2024», or «05.06» with the year left to the context.
std::optional<Token> date_token(std::string_view lit) {
  if (const auto d = parse_numeric_date(lit)) return make_token(Type::Date, d->day, d->month, d->year);
  // 2000 is a leap year, so «29.02» passes here and is checked once the year is known.
  const auto d = parse_numeric_date(std::string(lit) + ".2000");
  return d ? std::optional(make_token(Type::Date, d->day, d->month, 0)) : std::nullopt;
}

bool is_year_word(const Token& t) {
  return is_word(t, "г") || is_word(t, "гг") || is_word(t, "года") || is_word(t, "годов") || is_word(t, "год");
}

bool is_year_number(const Token& t) { return t.type == Type::Number && t.digits == 4; }

}  // namespace

std::optional<Tokens> tokenize(std::string_view s) {
  Tokens out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    if (is_digit(s[pos])) {
      const bool iso_sized = s.size() - pos == 10 || (s.size() - pos > 10 && !is_digit(s[pos + 10]));
      if (const auto iso = iso_sized ? parse_iso_date(s.substr(pos, 10)) : std::nullopt) {
        out.push_back(make_token(Type::Date, iso->day, iso->month, iso->year));
        pos += 10;
        continue;
      }
      while (pos < s.size() &&
             (is_digit(s[pos]) || (s[pos] == '.' && pos + 1 < s.size() && is_digit(s[pos + 1])))) {
        ++pos;
      }
      const std::string_view lit = s.substr(start, pos - start);
      if (lit.find('.') != std::string_view::npos) {
        const auto t = date_token(lit);
        if (!t) return std::nullopt;
        out.push_back(*t);
      } else {
        out.push_back(lit.size() > 6 ? make_token(Type::Other)
                                     : make_token(Type::Number, std::stoi(std::string(lit)),
                                                  static_cast<int>(lit.size())));
      }
      continue;
    }
    const char32_t cp = next_code_point(s, pos);
    if (is_letter(cp)) {
      for (std::size_t next = pos; next < s.size() && is_letter(next_code_point(s, next));) pos = next;
      out.push_back(make_token(Type::Word));
      out.back().word = s.substr(start, pos - start);
    } else if (cp != ' ' && cp != '.') {  // abbreviation dots («г.», «янв.») carry no meaning
      out.push_back(make_token(is_dash(cp) ? Type::Dash
                               : cp == '/' ? Type::Slash
                               : cp == ',' ? Type::Comma
                                           : Type::Other));
    }
  }
  return out;
}

bool mark_academic_years(Tokens& t, std::optional<AcademicYear>& stated) {
  static constexpr std::array<std::string_view, 9> kSuffix = {
      "уч", "учебный", "учебного", "учебном", "год", "года", "году", "г", "гг"};
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    const Token &a = t[i], &sep = t[i + 1], &b = t[i + 2];
    if (a.type != Type::Number || a.digits != 4 || b.type != Type::Number) continue;
    if (sep.type != Type::Dash && sep.type != Type::Slash) continue;
    std::string second = std::to_string(b.number);  // zeros back: «2099/00»
    second.insert(0, std::max<int>(0, b.digits - static_cast<int>(second.size())), '0');
    if (!AcademicYear::parse(std::to_string(a.number) + "/" + second)) continue;
    if (stated && stated->first != a.number) return false;
    stated = AcademicYear{a.number};
    std::size_t end = i + 3;
    while (end < t.size() && t[end].type == Type::Word &&
           std::find(kSuffix.begin(), kSuffix.end(), t[end].word) != kSuffix.end()) {
      ++end;
    }
    for (std::size_t k = i; k < end; ++k) t[k].in_year = true;
    if (i > 0) t[i - 1].year_after = true;
    i = end - 1;
  }
  return true;
}

bool take_yearly(Tokens& t) {
  const bool front = !t.empty() && is_word(t.front(), "ежегодно");
  if (!front && (t.empty() || !is_word(t.back(), "ежегодно"))) return false;
  t.erase(front ? t.begin() : t.end() - 1);
  if (!t.empty() && (front ? t.front() : t.back()).type == Type::Comma) {
    t.erase(front ? t.begin() : t.end() - 1);
  }
  return true;
}

bool take_period_clause(Tokens& t) {
  for (std::size_t i = 0; i + 4 < t.size(); ++i) {
    const std::size_t k = is_word(t[i], "в") ? i + 1 : i;
    if (k + 4 >= t.size() || !is_word(t[k], "период") || !is_word(t[k + 1], "с") || !is_year_number(t[k + 2]) ||
        !(is_word(t[k + 3], "по") || t[k + 3].type == Type::Dash) || !is_year_number(t[k + 4]))
      continue;
    std::size_t end = k + 5;
    while (end < t.size() && (is_year_word(t[end]) || t[end].type == Type::Other)) ++end;
    std::size_t begin = i;
    while (begin > 0 && (t[begin - 1].type == Type::Other || t[begin - 1].type == Type::Comma)) --begin;
    t.erase(t.begin() + static_cast<long>(begin), t.begin() + static_cast<long>(end));
    return true;
  }
  return false;
}

bool take_month_per_year(Tokens& t) {
  std::vector<std::pair<int, int>> months;  // month, year
  for (std::size_t i = 0; i < t.size();) {
    if (t[i].type == Type::Comma) {
      ++i;
      continue;
    }
    const auto m = t[i].type == Type::Word ? parse_month_name(t[i].word) : std::nullopt;
    if (!m || i + 1 >= t.size() || !is_year_number(t[i + 1])) return false;
    months.emplace_back(*m, t[i + 1].number);
    i += 2;
    while (i < t.size() && is_year_word(t[i])) ++i;
  }
  if (months.size() < 2) return false;
  for (std::size_t k = 1; k < months.size(); ++k)
    if (months[k].first != months[0].first || months[k].second != months[k - 1].second + 1) return false;
  Token month = t.front();
  t = {month};
  return true;
}

}  // namespace nastavnik::deadline_tokens
