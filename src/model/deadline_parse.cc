// Reading deadline phrases as schools write them into Deadline data.
#include "model/deadline.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "language/text_util.h"
#include "model/deadline_tokens.h"

namespace nastavnik {

namespace {

using namespace deadline_tokens;
// ---- Phrases with no calendar meaning ---------------------------------------------

// Said of the whole academic year; a prefix entry may go on («… реализации ЦМН»).
constexpr std::array<std::string_view, 10> kWholePeriod = {
    "в течение года", "в течение учебного года", "в течение всего учебного года", "учебный год",
    "постоянно", "ежедневно", "еженедельно", "ежемесячно", "ежеквартально", "систематически"};
constexpr std::array<std::string_view, 3> kWholePeriodPrefix = {
    "в течение всего периода", "на протяжении всего периода", "весь период"};
constexpr std::array<std::string_view, 7> kNoCalendar = {
    "по отдельному графику", "по отдельному плану", "по графику", "по мере необходимости",
    "по запросу", "по запросам", "по согласованию"};

bool contains(const auto& list, std::string_view words) {
  return std::find(list.begin(), list.end(), words) != list.end();
}

bool is_whole_period(std::string_view words) {
  return contains(kWholePeriod, words) ||
         std::any_of(kWholePeriodPrefix.begin(), kWholePeriodPrefix.end(), [&](std::string_view p) {
           return words == p || (words.starts_with(p) && words[p.size()] == ' ');
         });
}

// The words of the phrase, academic years left out; nullopt when anything but
// words remains (then the phrase has dates to parse instead).
std::optional<std::string> words_only(const Tokens& t) {
  std::string out;
  for (const Token& tok : t) {
    if (tok.in_year && tok.type != Type::Word) continue;
    if (tok.type != Type::Word) return std::nullopt;
    if (!out.empty()) out += ' ';
    // «в течении» is the commonest misspelling in school plans.
    out += tok.word == "течении" ? std::string("течение") : tok.word;
  }
  return out;
}

// ---- Calendar phrases ---------------------------------------------------------------

struct DayRef {
  int day = 0, month = 0, year = 0;  // year 0: not written; day 0: a month only
};

struct Shape {
  enum class Kind { Day, DayRange, Until, Month, MonthSpan };
  Kind kind = Kind::Day;
  DayRef a, b;  // Day, Month: a; Until: b; ranges: a..b
};
using SK = Shape::Kind;

// Recursive descent over the tokens; each form is tried from the start and
// must consume the whole phrase.
class Grammar {
 public:
  explicit Grammar(const Tokens& t) : t_(t) {}

  std::optional<Shape> parse() {
    for (int form = 0; form < 6; ++form) {
      pos_ = 0;
      accept_word("в") || accept_word("во");
      const auto s = form == 0 ? until()
                     : form == 1 ? span(false)
                     : form == 2 ? single(false)
                     : form == 3 ? span(true)
                     : form == 4 ? half_year()
                                 : single(true);
      if (s && pos_ == t_.size()) return s;
    }
    return std::nullopt;
  }

 private:
  const Token* peek() const { return pos_ < t_.size() ? &t_[pos_] : nullptr; }
  const Token* accept(Type type) { return peek() && peek()->type == type ? &t_[pos_++] : nullptr; }
  bool accept_word(std::string_view w) { return peek() && is_word(*peek(), w) && ++pos_; }

  // «2024», «2024 г.», «2024 года»; 0 when no year is written.
  int calendar_year() {
    if (!peek() || peek()->type != Type::Number || peek()->digits != 4) return 0;
    const int year = t_[pos_++].number;
    accept_word("г") || accept_word("года") || accept_word("год");
    return year;
  }

  std::optional<int> month_word() {
    const auto m = peek() && peek()->type == Type::Word ? parse_month_name(peek()->word) : std::nullopt;
    if (m) ++pos_;
    return m;
  }

  const Token* day_number() {
    const Token* p = peek();
    return p && p->type == Type::Number && p->digits <= 2 ? accept(Type::Number) : nullptr;
  }

  std::optional<DayRef> date() {
    const std::size_t save = pos_;
    if (const Token* p = accept(Type::Date)) {
      if (p->year) accept_word("г") || accept_word("года");  // «20.09.2023 г.», «25.05.2024г.»
      return DayRef{p->day, p->month, p->year};
    }
    if (const Token* p = day_number()) {
      if (const auto m = month_word()) return DayRef{p->number, *m, calendar_year()};
    }
    pos_ = save;
    return std::nullopt;
  }

  std::optional<DayRef> month_ref() {
    const auto m = month_word();
    return m ? std::optional<DayRef>(DayRef{0, *m, calendar_year()}) : std::nullopt;
  }

  std::optional<Shape> until() {
    const auto d = accept_word("до") ? date() : std::nullopt;
    return d ? std::optional<Shape>(Shape{SK::Until, {}, *d}) : std::nullopt;
  }

  std::optional<Shape> single(bool months) {
    const auto a = months ? month_ref() : date();
    return a ? std::optional<Shape>(Shape{months ? SK::Month : SK::Day, *a, {}}) : std::nullopt;
  }

  // «с 1 по 15 сентября», «01.12.2021 – 25.05.2024», «Февраль – май», «с сентября по май».
  std::optional<Shape> span(bool months) {
    const bool with_s = accept_word("с") || accept_word("со");
    std::optional<DayRef> a = months ? month_ref() : date();
    // «с 1 по 15 сентября»: a bare day takes its month and year from the end.
    if (const Token* p = !a && !months ? day_number() : nullptr) a = DayRef{p->number};
    if (!a) return std::nullopt;
    // «Декабрь 2023-2024 май 2023-2024»: the stated year separates the two ends.
    const bool year_gap = months && !with_s && t_[pos_ - 1].year_after;
    const bool sep = accept(Type::Dash) || (with_s && (accept_word("по") || accept_word("до")));
    const auto b = sep || year_gap ? (months ? month_ref() : date()) : std::nullopt;
    if (!b) return std::nullopt;
    if (a->month == 0) a->month = b->month, a->year = b->year;
    return Shape{months ? SK::MonthSpan : SK::DayRange, *a, *b};
  }

  // «I полугодие» is September–December, «II полугодие» January–May.
  std::optional<Shape> half_year() {
    const Token* p = peek();
    const auto is = [p](std::string_view roman, std::string_view word, int n) {
      return p && (is_word(*p, roman) || is_word(*p, word) || (p->type == Type::Number && p->number == n));
    };
    const int half = is("i", "первое", 1) ? 1 : is("ii", "второе", 2) ? 2 : 0;
    if (half == 0 || (++pos_, !accept_word("полугодие"))) return std::nullopt;
    return half == 1 ? Shape{SK::MonthSpan, {0, 9, 0}, {0, 12, 0}}
                     : Shape{SK::MonthSpan, {0, 1, 0}, {0, 5, 0}};
  }

  const Tokens& t_;
  std::size_t pos_ = 0;
};

// An unwritten year comes from the other end of the range when that one has
// it, else from the academic year.
void resolve_years(DayRef& a, DayRef& b, const AcademicYear& year) {
  const bool ordered = a.month < b.month || (a.month == b.month && a.day <= b.day);
  if (!a.year && b.year) a.year = ordered ? b.year : b.year - 1;
  if (a.year && !b.year) b.year = ordered ? a.year : a.year + 1;
  if (!a.year) a.year = year.year_of_month(a.month), b.year = year.year_of_month(b.month);
}

std::optional<Date> to_date(const DayRef& r) {
  if (!is_valid_date(r.year, r.month, r.day)) return std::nullopt;
  return Date{r.year, r.month, r.day};
}

bool build_yearly(const Shape& s, Deadline& d) {
  if (s.kind == SK::Until || s.a.year || s.b.year) return false;
  const DayRef& last = s.kind == SK::Day || s.kind == SK::Month ? s.a : s.b;
  d.kind = Deadline::Kind::Yearly;
  d.month_from = s.a.month, d.month_to = last.month;
  d.day_from = s.a.day, d.day_to = last.day;
  if (s.kind == SK::Month || s.kind == SK::MonthSpan) return true;
  // Checked against a leap year: «ежегодно 29 февраля» is odd but real.
  return is_valid_date(2024, d.month_from, d.day_from) && is_valid_date(2024, d.month_to, d.day_to) &&
         (d.month_from != d.month_to || d.day_from <= d.day_to);
}

bool build_dated(Shape s, const AcademicYear& year, Deadline& d) {
  switch (s.kind) {
    case SK::Day:
    case SK::Until: {
      DayRef& r = s.kind == SK::Day ? s.a : s.b;
      if (!r.year) r.year = year.year_of_month(r.month);
      const auto date = to_date(r);
      if (!date) return false;
      // from == to for both, as the JSON reader fills them, so either source compares equal.
      d.kind = s.kind == SK::Day ? Deadline::Kind::Date : Deadline::Kind::Until;
      d.from = d.to = *date;
      return true;
    }
    case SK::DayRange: {
      resolve_years(s.a, s.b, year);
      const auto from = to_date(s.a), to = to_date(s.b);
      if (!from || !to || *to < *from) return false;
      d.kind = Deadline::Kind::Range, d.from = *from, d.to = *to;
      return true;
    }
    case SK::Month:
      d.kind = Deadline::Kind::Month, d.month_from = d.month_to = s.a.month;
      d.year_from = d.year_to = s.a.year ? s.a.year : year.year_of_month(s.a.month);
      return true;
    case SK::MonthSpan:
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
    const bool whole = is_whole_period(*words) || (words->empty() && stated);  // bare «2023-2024»
    if (whole || contains(kNoCalendar, *words)) {
      d.text = written;
      d.whole_period = whole;
      return d;
    }
  }

  Tokens rest;
  std::copy_if(tokens->begin(), tokens->end(), std::back_inserter(rest),
               [](const Token& t) { return !t.in_year; });
  const bool each_year = take_period_clause(rest) | take_month_per_year(rest);
  while (!rest.empty() && rest.back().type == Type::Comma) rest.pop_back();
  const bool yearly = take_yearly(rest) || each_year;
  const auto shape = Grammar(rest).parse();
  if (!shape) return unknown;
  if (yearly && shape->kind == SK::Until && !shape->b.year) {
    // «до 15.10. ежегодно»: understood, but no form of ours says it; printed as written.
    d.text = written;
    return d;
  }
  const bool ok = yearly ? build_yearly(*shape, d) : build_dated(*shape, stated.value_or(year), d);
  return ok ? d : unknown;
}

}  // namespace nastavnik
