#include "deadline.h"

#include <algorithm>
#include <array>

#include "text_util.h"

namespace nastavnik {

namespace {

// ---- Tokens -----------------------------------------------------------------

struct Token {
  enum class Type { Word, Number, Date, Dash, Slash, Comma, Other };
  Type type = Type::Other;
  std::string word;            // Word: folded to lower case, «ё» as «е»
  int number = 0, digits = 0;  // Number
  int day = 0, month = 0, year = 0;  // Date; year 0 when written «05.06»
  bool in_year = false;        // part of a stated academic year («2023-2024 уч. г.»)
  bool year_after = false;     // a stated academic year directly follows
};
using Tokens = std::vector<Token>;

Token make_token(Token::Type type, int a = 0, int b = 0, int c = 0) {
  Token t;
  t.type = type;
  if (type == Token::Type::Number) t.number = a, t.digits = b;
  if (type == Token::Type::Date) t.day = a, t.month = b, t.year = c;
  return t;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 0x0400 && cp <= 0x04FF); }
bool is_dash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// A dotted number: «05.06.2024», or «05.06» with the year left to the context.
std::optional<Token> date_token(std::string_view lit) {
  Token t = make_token(Token::Type::Date);
  if (std::count(lit.begin(), lit.end(), '.') == 2) {
    const auto d = parse_numeric_date(lit);
    if (!d) return std::nullopt;
    t.day = d->day, t.month = d->month, t.year = d->year;
    return t;
  }
  const auto dot = lit.find('.');
  if (std::count(lit.begin(), lit.end(), '.') != 1 || dot > 2 || lit.size() - dot - 1 > 2) {
    return std::nullopt;
  }
  t.day = std::stoi(std::string(lit.substr(0, dot)));
  t.month = std::stoi(std::string(lit.substr(dot + 1)));
  // 2000 is a leap year, so «29.02» passes here and is checked once the year is known.
  if (!is_valid_date(2000, t.month, t.day)) return std::nullopt;
  return t;
}

// Splits a folded, whitespace-collapsed phrase. nullopt when a written date
// names no real day: such a phrase must not be half-understood.
std::optional<Tokens> tokenize(std::string_view s) {
  Tokens out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    if (is_digit(s[pos])) {
      if (s.size() - pos >= 10 && (s.size() - pos == 10 || !is_digit(s[pos + 10]))) {
        if (const auto iso = parse_iso_date(s.substr(pos, 10))) {
          out.push_back(make_token(Token::Type::Date, iso->day, iso->month, iso->year));
          pos += 10;
          continue;
        }
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
      } else if (lit.size() <= 6) {
        out.push_back(make_token(Token::Type::Number, std::stoi(std::string(lit)),
                                 static_cast<int>(lit.size())));
      } else {
        out.push_back(make_token(Token::Type::Other));
      }
      continue;
    }
    const char32_t cp = next_code_point(s, pos);
    if (is_letter(cp)) {
      std::size_t next = pos;
      while (next < s.size() && is_letter(next_code_point(s, next))) pos = next;
      out.push_back(make_token(Token::Type::Word));
      out.back().word = s.substr(start, pos - start);
    } else if (cp == ' ' || cp == '.') {
      continue;  // abbreviation dots («г.», «янв.») carry no meaning here
    } else if (is_dash(cp)) {
      out.push_back(make_token(Token::Type::Dash));
    } else if (cp == '/') {
      out.push_back(make_token(Token::Type::Slash));
    } else if (cp == ',') {
      out.push_back(make_token(Token::Type::Comma));
    } else {
      out.push_back(make_token(Token::Type::Other));
    }
  }
  return out;
}

bool is_word(const Token& t, std::string_view w) { return t.type == Token::Type::Word && t.word == w; }

// Marks «2023-2024», «2023/24», «2023–2024 уч. г.» as a stated academic year.
// False when the phrase states two different ones.
bool mark_academic_years(Tokens& t, std::optional<AcademicYear>& stated) {
  static constexpr std::array<std::string_view, 9> kSuffix = {
      "уч", "учебный", "учебного", "учебном", "год", "года", "году", "г", "гг"};
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    const Token &a = t[i], &sep = t[i + 1], &b = t[i + 2];
    if (a.in_year || a.type != Token::Type::Number || a.digits != 4) continue;
    if (sep.type != Token::Type::Dash && sep.type != Token::Type::Slash) continue;
    if (b.type != Token::Type::Number) continue;
    const bool follows = (b.digits == 4 && b.number == a.number + 1) ||
                         (b.digits == 2 && b.number == (a.number + 1) % 100);
    if (!follows) continue;
    if (stated && stated->first != a.number) return false;
    stated = AcademicYear{a.number};
    std::size_t end = i + 3;
    while (end < t.size() && t[end].type == Token::Type::Word &&
           std::find(kSuffix.begin(), kSuffix.end(), t[end].word) != kSuffix.end()) {
      ++end;
    }
    for (std::size_t k = i; k < end; ++k) t[k].in_year = true;
    if (i > 0) t[i - 1].year_after = true;
    i = end - 1;
  }
  return true;
}

// ---- Phrases with no calendar meaning ----------------------------------------

struct KnownPhrase {
  std::string_view words;
  bool whole_period;
  bool prefix;  // anything may follow («… реализации ЦМН», «… программы»)
};

constexpr std::array<KnownPhrase, 20> kKnownPhrases = {{
    {"в течение всего периода", true, true},
    {"на протяжении всего периода", true, true},
    {"весь период", true, true},
    {"в течение года", true, false},
    {"в течение учебного года", true, false},
    {"в течение всего учебного года", true, false},
    {"учебный год", true, false},
    {"постоянно", true, false},
    {"ежедневно", true, false},
    {"еженедельно", true, false},
    {"ежемесячно", true, false},
    {"ежеквартально", true, false},
    {"систематически", true, false},
    {"по отдельному графику", false, false},
    {"по отдельному плану", false, false},
    {"по графику", false, false},
    {"по мере необходимости", false, false},
    {"по запросу", false, false},
    {"по запросам", false, false},
    {"по согласованию", false, false},
}};

// The words of the phrase, academic years left out; nullopt when anything but
// words remains (then the phrase has dates to parse instead).
std::optional<std::string> words_only(const Tokens& t) {
  std::string out;
  for (const Token& tok : t) {
    if (tok.in_year && tok.type != Token::Type::Word) continue;
    if (tok.type != Token::Type::Word) return std::nullopt;
    if (!out.empty()) out += ' ';
    // «в течении» is the commonest misspelling in school plans.
    out += tok.word == "течении" ? std::string("течение") : tok.word;
  }
  return out;
}

const KnownPhrase* known_phrase(const std::string& words) {
  for (const KnownPhrase& p : kKnownPhrases) {
    if (words == p.words) return &p;
    if (p.prefix && words.starts_with(p.words) && words[p.words.size()] == ' ') return &p;
  }
  return nullptr;
}

// ---- Calendar phrases -----------------------------------------------------------

struct DayRef {
  int day = 0, month = 0, year = 0;  // year 0: not written; day 0: a month only
};

struct Shape {
  enum class Kind { Day, DayRange, Until, Month, MonthSpan };
  Kind kind = Kind::Day;
  DayRef a, b;  // Day, Month: a; Until: b; ranges: a..b
};

// Recursive descent over the tokens; every form is tried from the start and
// must consume the whole phrase.
class Grammar {
 public:
  explicit Grammar(const Tokens& t) : t_(t) {}

  std::optional<Shape> parse() {
    using Form = std::optional<Shape> (Grammar::*)();
    for (Form form : {&Grammar::until, &Grammar::day_range, &Grammar::day, &Grammar::month_span,
                      &Grammar::half_year, &Grammar::month}) {
      pos_ = 0;
      accept_word("в") || accept_word("во");
      if (auto s = (this->*form)(); s && pos_ == t_.size()) return s;
    }
    return std::nullopt;
  }

 private:
  const Token* peek() const { return pos_ < t_.size() ? &t_[pos_] : nullptr; }

  bool accept_word(std::string_view w) {
    if (peek() && is_word(*peek(), w)) return ++pos_, true;
    return false;
  }
  bool accept(Token::Type type) {
    if (peek() && peek()->type == type) return ++pos_, true;
    return false;
  }

  // «2024», «2024 г.», «2024 года»; 0 when no year is written.
  int calendar_year() {
    const Token* p = peek();
    if (!p || p->type != Token::Type::Number || p->digits != 4) return 0;
    ++pos_;
    accept_word("г") || accept_word("года") || accept_word("год");
    return p->number;
  }

  std::optional<int> month_word() {
    const Token* p = peek();
    if (!p || p->type != Token::Type::Word) return std::nullopt;
    const auto m = parse_month_name(p->word);
    if (m) ++pos_;
    return m;
  }

  std::optional<DayRef> date() {
    const std::size_t save = pos_;
    const Token* p = peek();
    if (p && p->type == Token::Type::Date) return ++pos_, DayRef{p->day, p->month, p->year};
    if (p && p->type == Token::Type::Number && p->digits <= 2) {
      ++pos_;
      if (const auto m = month_word()) return DayRef{p->number, *m, calendar_year()};
    }
    pos_ = save;
    return std::nullopt;
  }

  // «с 1 по 15 сентября»: a bare day takes its month and year from the end.
  std::optional<DayRef> range_start() {
    if (auto d = date()) return d;
    const Token* p = peek();
    if (p && p->type == Token::Type::Number && p->digits <= 2) return ++pos_, DayRef{p->number};
    return std::nullopt;
  }

  std::optional<DayRef> month_ref() {
    const auto m = month_word();
    if (!m) return std::nullopt;
    return DayRef{0, *m, calendar_year()};
  }

  std::optional<Shape> until() {
    if (!accept_word("до")) return std::nullopt;
    const auto d = date();
    if (!d) return std::nullopt;
    return Shape{Shape::Kind::Until, {}, *d};
  }

  std::optional<Shape> day_range() {
    const bool with_s = accept_word("с") || accept_word("со");
    auto a = range_start();
    if (!a) return std::nullopt;
    const bool sep = accept(Token::Type::Dash) || (with_s && (accept_word("по") || accept_word("до")));
    if (!sep) return std::nullopt;
    const auto b = date();
    if (!b) return std::nullopt;
    if (a->month == 0) a->month = b->month, a->year = b->year;
    return Shape{Shape::Kind::DayRange, *a, *b};
  }

  std::optional<Shape> day() {
    const auto d = date();
    if (!d) return std::nullopt;
    return Shape{Shape::Kind::Day, *d, {}};
  }

  std::optional<Shape> month_span() {
    const bool with_s = accept_word("с") || accept_word("со");
    const auto a = month_ref();
    if (!a) return std::nullopt;
    // «Декабрь 2023-2024 май 2023-2024»: the stated year separates the two ends.
    const bool year_gap = t_[pos_ - 1].year_after;
    const bool sep = accept(Token::Type::Dash) || (with_s && (accept_word("по") || accept_word("до")));
    if (!sep && (with_s || !year_gap)) return std::nullopt;
    const auto b = month_ref();
    if (!b) return std::nullopt;
    return Shape{Shape::Kind::MonthSpan, *a, *b};
  }

  // «I полугодие» is September–December, «II полугодие» January–May.
  std::optional<Shape> half_year() {
    const Token* p = peek();
    if (!p) return std::nullopt;
    int half = 0;
    if (is_word(*p, "i") || is_word(*p, "первое") || (p->type == Token::Type::Number && p->number == 1)) half = 1;
    if (is_word(*p, "ii") || is_word(*p, "второе") || (p->type == Token::Type::Number && p->number == 2)) half = 2;
    ++pos_;
    if (half == 0 || !accept_word("полугодие")) return std::nullopt;
    return half == 1 ? Shape{Shape::Kind::MonthSpan, {0, 9, 0}, {0, 12, 0}}
                     : Shape{Shape::Kind::MonthSpan, {0, 1, 0}, {0, 5, 0}};
  }

  std::optional<Shape> month() {
    const auto a = month_ref();
    if (!a) return std::nullopt;
    return Shape{Shape::Kind::Month, *a, {}};
  }

  const Tokens& t_;
  std::size_t pos_ = 0;
};

bool before_or_same(const DayRef& a, const DayRef& b) {
  return a.month < b.month || (a.month == b.month && a.day <= b.day);
}

// An unwritten year comes from the other end of the range when that one has
// it, else from the academic year.
void resolve_years(DayRef& a, DayRef& b, const AcademicYear& year) {
  if (a.year && b.year) return;
  if (b.year) {
    a.year = before_or_same(a, b) ? b.year : b.year - 1;
  } else if (a.year) {
    b.year = before_or_same(a, b) ? a.year : a.year + 1;
  } else {
    a.year = year.year_of_month(a.month);
    b.year = year.year_of_month(b.month);
  }
}

std::optional<Date> to_date(const DayRef& r) {
  if (!is_valid_date(r.year, r.month, r.day)) return std::nullopt;
  return Date{r.year, r.month, r.day};
}

bool build_yearly(const Shape& s, Deadline& d) {
  if (s.kind == Shape::Kind::Until || s.a.year || s.b.year) return false;
  const bool single = s.kind == Shape::Kind::Day || s.kind == Shape::Kind::Month;
  const DayRef& last = single ? s.a : s.b;
  d.kind = Deadline::Kind::Yearly;
  d.month_from = s.a.month, d.month_to = last.month;
  d.day_from = s.a.day, d.day_to = last.day;
  if (s.kind == Shape::Kind::Day || s.kind == Shape::Kind::DayRange) {
    // Checked against a leap year: «ежегодно 29 февраля» is odd but real.
    if (!is_valid_date(2024, d.month_from, d.day_from) || !is_valid_date(2024, d.month_to, d.day_to)) {
      return false;
    }
    if (d.month_from == d.month_to && d.day_from > d.day_to) return false;
  }
  return true;
}

bool build_dated(Shape s, const AcademicYear& year, Deadline& d) {
  switch (s.kind) {
    case Shape::Kind::Day:
    case Shape::Kind::Until: {
      DayRef& r = s.kind == Shape::Kind::Day ? s.a : s.b;
      if (!r.year) r.year = year.year_of_month(r.month);
      const auto date = to_date(r);
      if (!date) return false;
      d.kind = s.kind == Shape::Kind::Day ? Deadline::Kind::Date : Deadline::Kind::Until;
      (s.kind == Shape::Kind::Day ? d.from : d.to) = *date;
      return true;
    }
    case Shape::Kind::DayRange: {
      resolve_years(s.a, s.b, year);
      const auto from = to_date(s.a), to = to_date(s.b);
      if (!from || !to || *to < *from) return false;
      d.kind = Deadline::Kind::Range, d.from = *from, d.to = *to;
      return true;
    }
    case Shape::Kind::Month:
      d.kind = Deadline::Kind::Month, d.month_from = s.a.month;
      d.year_from = s.a.year ? s.a.year : year.year_of_month(s.a.month);
      return true;
    case Shape::Kind::MonthSpan:
      resolve_years(s.a, s.b, year);
      if (s.b.year * 12 + s.b.month < s.a.year * 12 + s.a.month) return false;
      d.kind = Deadline::Kind::MonthRange;
      d.month_from = s.a.month, d.year_from = s.a.year;
      d.month_to = s.b.month, d.year_to = s.b.year;
      return true;
  }
  return false;
}

}  // namespace

Deadline parse_deadline(std::string_view text, const AcademicYear& year) {
  const std::string written = collapse_whitespace(text);
  Deadline unknown;
  unknown.text = written;
  unknown.recognised = false;

  auto tokens = tokenize(fold_for_match(written));
  std::optional<AcademicYear> stated;
  if (!tokens || !mark_academic_years(*tokens, stated)) return unknown;

  Deadline d;
  d.stated_year = stated;
  if (const auto words = words_only(*tokens)) {
    const KnownPhrase* p = known_phrase(*words);
    if (p || (words->empty() && stated)) {  // a bare «2023-2024» means the whole year
      d.text = written;
      d.whole_period = p ? p->whole_period : true;
      return d;
    }
  }

  Tokens rest;
  for (const Token& t : *tokens) {
    if (!t.in_year) rest.push_back(t);
  }
  // «ежегодно» opens or closes the phrase, maybe set off by a comma.
  bool yearly = false;
  if (!rest.empty() && is_word(rest.front(), "ежегодно")) {
    rest.erase(rest.begin());
    if (!rest.empty() && rest.front().type == Token::Type::Comma) rest.erase(rest.begin());
    yearly = true;
  } else if (!rest.empty() && is_word(rest.back(), "ежегодно")) {
    rest.pop_back();
    if (!rest.empty() && rest.back().type == Token::Type::Comma) rest.pop_back();
    yearly = true;
  }

  const auto shape = Grammar(rest).parse();
  if (!shape) return unknown;
  const bool ok = yearly ? build_yearly(*shape, d) : build_dated(*shape, stated.value_or(year), d);
  return ok ? d : unknown;
}

namespace {

std::string yearly_phrase(const Deadline& d) {
  const int month_to = d.month_to ? d.month_to : d.month_from;
  const auto gen = [](int m) { return month_name(m, GrammarCase::Genitive); };
  if (d.day_from > 0) {
    const int day_to = d.day_to ? d.day_to : d.day_from;
    if (month_to == d.month_from && day_to == d.day_from) {
      return "ежегодно " + std::to_string(d.day_from) + " " + gen(d.month_from);
    }
    if (month_to == d.month_from) {
      return "ежегодно с " + std::to_string(d.day_from) + " по " + std::to_string(day_to) + " " +
             gen(d.month_from);
    }
    return "ежегодно с " + std::to_string(d.day_from) + " " + gen(d.month_from) + " по " +
           std::to_string(day_to) + " " + gen(month_to);
  }
  if (month_to == d.month_from) {
    return "ежегодно в " + month_name(d.month_from, GrammarCase::Prepositional);
  }
  return "ежегодно, " + month_name(d.month_from, GrammarCase::Nominative) + " – " +
         month_name(month_to, GrammarCase::Nominative);
}

std::string month_year(int month, int year) {
  return month_name(month, GrammarCase::Nominative) + " " + std::to_string(year) + " г.";
}

}  // namespace

std::string render_deadline(const Deadline& d) {
  std::string out;
  switch (d.kind) {
    case Deadline::Kind::Date:
      out = format_long(d.from);
      break;
    case Deadline::Kind::Until:
      out = "до " + format_numeric(d.to);
      break;
    case Deadline::Kind::Range:
      if (d.from == d.to) {
        out = format_long(d.from);
      } else if (d.from.year == d.to.year && d.from.month == d.to.month) {
        out = "с " + std::to_string(d.from.day) + " по " + format_long(d.to);
      } else {
        out = "с " + format_numeric(d.from) + " по " + format_numeric(d.to);
      }
      break;
    case Deadline::Kind::Month:
      out = month_year(d.month_from, d.year_from);
      break;
    case Deadline::Kind::MonthRange:
      if (d.year_from != d.year_to) {
        out = month_year(d.month_from, d.year_from) + " – " + month_year(d.month_to, d.year_to);
      } else if (d.month_from == d.month_to) {
        out = month_year(d.month_from, d.year_from);
      } else {
        out = month_name(d.month_from, GrammarCase::Nominative) + " – " +
              month_year(d.month_to, d.year_to);
      }
      break;
    case Deadline::Kind::Yearly:
      out = yearly_phrase(d);
      break;
    case Deadline::Kind::Text:
      out = d.text;
      break;
  }
  return capitalize_first_utf8(out);
}

std::optional<std::pair<Date, Date>> deadline_span(const Deadline& d) {
  switch (d.kind) {
    case Deadline::Kind::Date: return std::pair{d.from, d.from};
    case Deadline::Kind::Range: return std::pair{d.from, d.to};
    case Deadline::Kind::Until: return std::pair{d.to, d.to};
    case Deadline::Kind::Month:
      return std::pair{Date{d.year_from, d.month_from, 1},
                       Date{d.year_from, d.month_from, days_in_month(d.year_from, d.month_from)}};
    case Deadline::Kind::MonthRange:
      return std::pair{Date{d.year_from, d.month_from, 1},
                       Date{d.year_to, d.month_to, days_in_month(d.year_to, d.month_to)}};
    case Deadline::Kind::Yearly:
    case Deadline::Kind::Text: return std::nullopt;
  }
  return std::nullopt;
}

std::vector<int> deadline_month_indices(const Deadline& d, const AcademicYear& year) {
  std::vector<int> out;
  if (d.kind == Deadline::Kind::Text) {
    if (d.whole_period) {
      for (int i = 0; i < 12; ++i) out.push_back(i);
    }
    return out;
  }
  if (d.kind == Deadline::Kind::Yearly) {
    if (d.month_from < 1 || d.month_from > 12) return out;
    const int last = d.month_to >= 1 && d.month_to <= 12 ? d.month_to : d.month_from;
    // Walks forward through the calendar, so «ноябрь – апрель» wraps the new year.
    for (int m = d.month_from, guard = 0; guard < 12; m = m % 12 + 1, ++guard) {
      out.push_back(AcademicYear::month_index(m));
      if (m == last) break;
    }
  } else if (const auto span = deadline_span(d)) {
    const Date from = std::max(span->first, year.start());
    const Date to = std::min(span->second, year.end());
    for (int ym = from.year * 12 + from.month - 1; from <= to && ym <= to.year * 12 + to.month - 1; ++ym) {
      out.push_back(AcademicYear::month_index(ym % 12 + 1));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace nastavnik
