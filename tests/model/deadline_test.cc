#include "model/deadline.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

using namespace nastavnik;
using Kind = Deadline::Kind;

namespace {

const AcademicYear kYear{2023};

Deadline parse(std::string_view text) { return parse_deadline(text, kYear); }

std::string two(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// One line naming every field that matters for the kind, so a table row pins
// the whole parse result and a failure shows all of it.
std::string summary(const Deadline& d) {
  const auto ym = [](int y, int m) { return std::to_string(y) + "-" + two(m); };
  const auto md = [](int m, int day) { return two(m) + (day ? "-" + two(day) : ""); };
  std::string s;
  switch (d.kind) {
    case Kind::Date: s = "Date " + format_iso(d.from); break;
    case Kind::Range: s = "Range " + format_iso(d.from) + ".." + format_iso(d.to); break;
    case Kind::Until: s = "Until " + format_iso(d.to); break;
    case Kind::Month: s = "Month " + ym(d.year_from, d.month_from); break;
    case Kind::MonthRange: s = "MonthRange " + ym(d.year_from, d.month_from) + ".." + ym(d.year_to, d.month_to); break;
    case Kind::Yearly: s = "Yearly " + md(d.month_from, d.day_from) + ".." + md(d.month_to, d.day_to); break;
    case Kind::Text:
      s = std::string(!d.recognised ? "Text unknown" : d.whole_period ? "Text whole" : "Text known") + " «" + d.text + "»";
      break;
  }
  if (d.kind != Kind::Text && (!d.recognised || d.whole_period || !d.text.empty())) s += " (stray text fields)";
  if (d.stated_year) s += " [" + d.stated_year->label() + "]";
  return s;
}

struct Case {
  const char* input;
  const char* summary;
  const char* rendered;
};

void check_cases(const std::vector<Case>& cases, const AcademicYear& year = kYear) {
  for (const Case& c : cases) {
    CAPTURE(c.input);
    const Deadline d = parse_deadline(c.input, year);
    CHECK(summary(d) == c.summary);
    CHECK(render_deadline(d) == c.rendered);
  }
}

}  // namespace

TEST_CASE("months with the academic year written under them", "[deadline]") {
  check_cases({
      {"Январь\n2023-2024", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"Январь 2023-2024", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"январь 2023/2024", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"ЯНВАРЬ  2023 - 2024", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"Январь 2023–2024 уч. г.", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"Январь 2023/24 учебного года", "Month 2024-01 [2023/2024]", "Январь 2024 г."},
      {"октябрь\n2023-2024", "Month 2023-10 [2023/2024]", "Октябрь 2023 г."},
  });
}

TEST_CASE("months resolve in the stated academic year, not the argument", "[deadline]") {
  check_cases({
      {"Январь 2022-2023", "Month 2023-01 [2022/2023]", "Январь 2023 г."},
      {"Февраль- май 2024/25", "MonthRange 2025-02..2025-05 [2024/2025]", "Февраль – май 2025 г."},
      {"Январь", "Month 2024-01", "Январь 2024 г."},
      // Two different academic years in one phrase cannot both hold.
      {"Декабрь 2023-2024 май 2024-2025", "Text unknown «Декабрь 2023-2024 май 2024-2025»",
       "Декабрь 2023-2024 май 2024-2025"},
  });
}

TEST_CASE("month ranges as roadmaps write them", "[deadline]") {
  check_cases({
      {"Февраль-\nмай\n2023-2024", "MonthRange 2024-02..2024-05 [2023/2024]", "Февраль – май 2024 г."},
      {"Февраль- май 2023-2024", "MonthRange 2024-02..2024-05 [2023/2024]", "Февраль – май 2024 г."},
      {"Февраль- май", "MonthRange 2024-02..2024-05", "Февраль – май 2024 г."},
      {"февраль—май", "MonthRange 2024-02..2024-05", "Февраль – май 2024 г."},
      {"с февраля по май", "MonthRange 2024-02..2024-05", "Февраль – май 2024 г."},
      {"Декабрь\n2023-2024\nмай\n2023-2024", "MonthRange 2023-12..2024-05 [2023/2024]",
       "Декабрь 2023 г. – май 2024 г."},
      {"Сентябрь- Октябрь", "MonthRange 2023-09..2023-10", "Сентябрь – октябрь 2023 г."},
      {"Ноябрь-Апрель", "MonthRange 2023-11..2024-04", "Ноябрь 2023 г. – апрель 2024 г."},
      // One end has a year: the other end goes before or after it.
      {"сентябрь – май 2024 г.", "MonthRange 2023-09..2024-05", "Сентябрь 2023 г. – май 2024 г."},
      {"ноябрь 2023 – февраль", "MonthRange 2023-11..2024-02", "Ноябрь 2023 г. – февраль 2024 г."},
      // Backwards inside the academic year: nothing sensible to place.
      {"Май - Сентябрь", "Text unknown «Май - Сентябрь»", "Май - Сентябрь"},
      // Two months side by side are a list, not a range.
      {"Февраль май", "Text unknown «Февраль май»", "Февраль май"},
      {"Февраль, май", "Text unknown «Февраль, май»", "Февраль, май"},
  });
}

TEST_CASE("half-years are month ranges", "[deadline]") {
  check_cases({
      {"I полугодие", "MonthRange 2023-09..2023-12", "Сентябрь – декабрь 2023 г."},
      {"1 полугодие", "MonthRange 2023-09..2023-12", "Сентябрь – декабрь 2023 г."},
      {"первое полугодие", "MonthRange 2023-09..2023-12", "Сентябрь – декабрь 2023 г."},
      {"II полугодие", "MonthRange 2024-01..2024-05", "Январь – май 2024 г."},
      {"2 полугодие", "MonthRange 2024-01..2024-05", "Январь – май 2024 г."},
      {"II полугодие 2024-2025", "MonthRange 2025-01..2025-05 [2024/2025]", "Январь – май 2025 г."},
      {"III полугодие", "Text unknown «III полугодие»", "III полугодие"},
  });
}

TEST_CASE("single months", "[deadline]") {
  check_cases({
      {"Сентябрь", "Month 2023-09", "Сентябрь 2023 г."},
      {"Май", "Month 2024-05", "Май 2024 г."},
      {"в мае", "Month 2024-05", "Май 2024 г."},
      {"сент.", "Month 2023-09", "Сентябрь 2023 г."},
  });
  // A written calendar year wins over the academic year passed in.
  check_cases({
      {"сентябрь 2023", "Month 2023-09", "Сентябрь 2023 г."},
      {"сентябрь 2023 г.", "Month 2023-09", "Сентябрь 2023 г."},
      {"Сентябрь 2023 года", "Month 2023-09", "Сентябрь 2023 г."},
      {"в сентябре 2023 г.", "Month 2023-09", "Сентябрь 2023 г."},
  }, AcademicYear{2030});
}

TEST_CASE("yearly deadlines", "[deadline]") {
  check_cases({
      {"с 1 по 15 сентября ежегодно", "Yearly 09-01..09-15", "Ежегодно с 1 по 15 сентября"},
      {"ежегодно с 1 по 15 сентября", "Yearly 09-01..09-15", "Ежегодно с 1 по 15 сентября"},
      {"Ежегодно, с 1 по 15 сентября", "Yearly 09-01..09-15", "Ежегодно с 1 по 15 сентября"},
      {"Ежегодно в мае", "Yearly 05..05", "Ежегодно в мае"},
      {"ежегодно, май", "Yearly 05..05", "Ежегодно в мае"},
      {"в мае ежегодно", "Yearly 05..05", "Ежегодно в мае"},
      {"ЕЖЕГОДНО МАЙ", "Yearly 05..05", "Ежегодно в мае"},
      {"ежегодно, февраль – май", "Yearly 02..05", "Ежегодно, февраль – май"},
      {"Ежегодно в феврале – мае", "Yearly 02..05", "Ежегодно, февраль – май"},
      {"ежегодно 1 сентября", "Yearly 09-01..09-01", "Ежегодно 1 сентября"},
      {"ежегодно с 25 мая по 5 июня", "Yearly 05-25..06-05", "Ежегодно с 25 мая по 5 июня"},
      {"ежегодно 29 февраля", "Yearly 02-29..02-29", "Ежегодно 29 февраля"},
      {"ежегодно 30 февраля", "Text unknown «ежегодно 30 февраля»", "Ежегодно 30 февраля"},
      {"ежегодно с 15 по 1 сентября", "Text unknown «ежегодно с 15 по 1 сентября»", "Ежегодно с 15 по 1 сентября"},
      // A calendar year contradicts «ежегодно»; «до» with it is understood (real plans
      // write «до 15.10. ежегодно») but has no form of its own: printed as written.
      {"ежегодно в мае 2024", "Text unknown «ежегодно в мае 2024»", "Ежегодно в мае 2024"},
      {"ежегодно до 1 сентября", "Text known «ежегодно до 1 сентября»", "Ежегодно до 1 сентября"},
      {"ежегодно", "Text unknown «ежегодно»", "Ежегодно"},
  });
  const Deadline d = parse("ежегодно в мае");
  CHECK_FALSE(d.has_dates());
  CHECK(d.year_from == 0);
  CHECK(d.year_to == 0);
}

TEST_CASE("date ranges", "[deadline]") {
  check_cases({
      {"01.12.2021- 25.05.2024", "Range 2021-12-01..2024-05-25", "С 01.12.2021 по 25.05.2024"},
      {"01.12.2021 – 25.05.2024", "Range 2021-12-01..2024-05-25", "С 01.12.2021 по 25.05.2024"},
      {"2021-12-01 — 2024-05-25", "Range 2021-12-01..2024-05-25", "С 01.12.2021 по 25.05.2024"},
      {"с 01.12.2023 по 25.05.2024", "Range 2023-12-01..2024-05-25", "С 01.12.2023 по 25.05.2024"},
      {"с 1 по 15 сентября", "Range 2023-09-01..2023-09-15", "С 1 по 15 сентября 2023 г."},
      {"1-15 сентября", "Range 2023-09-01..2023-09-15", "С 1 по 15 сентября 2023 г."},
      {"с 25 декабря по 10 января", "Range 2023-12-25..2024-01-10", "С 25.12.2023 по 10.01.2024"},
      {"с 25 декабря по 10 января 2025 г.", "Range 2024-12-25..2025-01-10", "С 25.12.2024 по 10.01.2025"},
      {"с 5 по 5 июня", "Range 2024-06-05..2024-06-05", "5 июня 2024 г."},
      {"25.05.2024 - 01.12.2021", "Text unknown «25.05.2024 - 01.12.2021»", "25.05.2024 - 01.12.2021"},
      {"с 15 по 1 сентября", "Text unknown «с 15 по 1 сентября»", "С 15 по 1 сентября"},
      // Only months may be separated by a stated year alone («Декабрь 2023-2024 май 2023-2024»).
      {"1 сентября 2023-2024 15 сентября", "Text unknown «1 сентября 2023-2024 15 сентября»",
       "1 сентября 2023-2024 15 сентября"},
  });
}

TEST_CASE("until a day", "[deadline]") {
  check_cases({
      {"до 30.08.2023", "Until 2023-08-30", "До 30.08.2023"},
      {"до 30 августа 2023 г.", "Until 2023-08-30", "До 30.08.2023"},
      {"До 15 сентября", "Until 2023-09-15", "До 15.09.2023"},
      {"до 15.05", "Until 2024-05-15", "До 15.05.2024"},
      {"до мая", "Text unknown «до мая»", "До мая"},
  });
}

TEST_CASE("single days", "[deadline]") {
  check_cases({
      {"5 июня 2024 г.", "Date 2024-06-05", "5 июня 2024 г."},
      {"05.06.2024", "Date 2024-06-05", "5 июня 2024 г."},
      {"5 июня", "Date 2024-06-05", "5 июня 2024 г."},
      {"5.6.2024", "Date 2024-06-05", "5 июня 2024 г."},
      {"2024-06-05", "Date 2024-06-05", "5 июня 2024 г."},
      {"5\u00A0июня\u00A02024\u00A0г.", "Date 2024-06-05", "5 июня 2024 г."},
      {"5 июня 2024 года", "Date 2024-06-05", "5 июня 2024 г."},
      {"5 июня 24", "Text unknown «5 июня 24»", "5 июня 24"},
  });
}

TEST_CASE("leap days and impossible dates", "[deadline]") {
  check_cases({
      {"29.02.2024", "Date 2024-02-29", "29 февраля 2024 г."},
      {"29 февраля", "Date 2024-02-29", "29 февраля 2024 г."},  // February of 2023/2024 is in 2024
      {"29.02.2023", "Text unknown «29.02.2023»", "29.02.2023"},
      {"31.02.2024", "Text unknown «31.02.2024»", "31.02.2024"},
      {"32.01.2024", "Text unknown «32.01.2024»", "32.01.2024"},
      {"до 31.04.2024", "Text unknown «до 31.04.2024»", "До 31.04.2024"},
      {"31 июня", "Text unknown «31 июня»", "31 июня"},
      {"01.12.2021- 31.02.2024", "Text unknown «01.12.2021- 31.02.2024»", "01.12.2021- 31.02.2024"},
      {"с 30 по 31 февраля", "Text unknown «с 30 по 31 февраля»", "С 30 по 31 февраля"},
  });
  check_cases({{"29 февраля", "Text unknown «29 февраля»", "29 февраля"}}, AcademicYear{2022});
}

TEST_CASE("phrases meaning the whole period", "[deadline]") {
  check_cases({
      {"в течение всего периода реализации ЦМН", "Text whole «в течение всего периода реализации ЦМН»",
       "В течение всего периода реализации ЦМН"},
      {"в течение всего периода реализации", "Text whole «в течение всего периода реализации»",
       "В течение всего периода реализации"},
      {"в течение года", "Text whole «в течение года»", "В течение года"},
      {"в течение учебного года", "Text whole «в течение учебного года»", "В течение учебного года"},
      {"постоянно", "Text whole «постоянно»", "Постоянно"},
      {"ежемесячно", "Text whole «ежемесячно»", "Ежемесячно"},
      {"Еженедельно", "Text whole «Еженедельно»", "Еженедельно"},
      {"  в течение всего\nпериода реализации ЦМН ", "Text whole «в течение всего периода реализации ЦМН»",
       "В течение всего периода реализации ЦМН"},
      {"в течении года", "Text whole «в течении года»", "В течении года"},
      {"в течение 2023-2024 учебного года", "Text whole «в течение 2023-2024 учебного года» [2023/2024]",
       "В течение 2023-2024 учебного года"},
      {"2023-2024", "Text whole «2023-2024» [2023/2024]", "2023-2024"},
  });
}

TEST_CASE("phrases with no dates that are still understood", "[deadline]") {
  check_cases({
      {"по отдельному графику", "Text known «по отдельному графику»", "По отдельному графику"},
      {"по мере необходимости", "Text known «по мере необходимости»", "По мере необходимости"},
      {"по запросу", "Text known «по запросу»", "По запросу"},
      {"По запросу", "Text known «По запросу»", "По запросу"},
  });
}

TEST_CASE("anything else is kept as written", "[deadline]") {
  check_cases({
      {"  когда-нибудь\n\tпотом ", "Text unknown «когда-нибудь потом»", "Когда-нибудь потом"},
      {"", "Text unknown «»", ""},
      {"май июнь июль", "Text unknown «май июнь июль»", "Май июнь июль"},
      {"в течение", "Text unknown «в течение»", "В течение"},
      {"2023-2025", "Text unknown «2023-2025»", "2023-2025"},
      {"ежемесячно в мае", "Text unknown «ежемесячно в мае»", "Ежемесячно в мае"},
      {"сентябрь 1", "Text unknown «сентябрь 1»", "Сентябрь 1"},
      {"12345678", "Text unknown «12345678»", "12345678"},
  });
}

TEST_CASE("single-point kinds fill both ends, as the JSON reader does", "[deadline]") {
  const Deadline day = parse("5 июня");
  CHECK(day.from == Date{2024, 6, 5});
  CHECK(day.to == Date{2024, 6, 5});
  const Deadline until = parse("до 30.08.2023");
  CHECK(until.from == Date{2023, 8, 30});
  CHECK(until.to == Date{2023, 8, 30});
  const Deadline month = parse("Январь");
  CHECK(month.month_to == 1);
  CHECK(month.year_to == 2024);
  CHECK(month.day_from == 0);
}

TEST_CASE("render_deadline for every kind", "[deadline]") {
  Deadline d;
  d.kind = Kind::Date;
  d.from = {2024, 6, 5};
  CHECK(render_deadline(d) == "5 июня 2024 г.");

  d = {};
  d.kind = Kind::Until;
  d.to = {2023, 8, 30};
  CHECK(render_deadline(d) == "До 30.08.2023");

  d = {};
  d.kind = Kind::Range;
  d.from = {2023, 12, 1}, d.to = {2024, 5, 25};
  CHECK(render_deadline(d) == "С 01.12.2023 по 25.05.2024");
  d.from = {2023, 9, 1}, d.to = {2023, 9, 15};
  CHECK(render_deadline(d) == "С 1 по 15 сентября 2023 г.");
  d.to = {2024, 9, 15};  // same month, another year
  CHECK(render_deadline(d) == "С 01.09.2023 по 15.09.2024");

  d = {};
  d.kind = Kind::Month;
  d.month_from = 1, d.year_from = 2024;
  CHECK(render_deadline(d) == "Январь 2024 г.");

  d = {};
  d.kind = Kind::MonthRange;
  d.month_from = 2, d.year_from = 2024, d.month_to = 5, d.year_to = 2024;
  CHECK(render_deadline(d) == "Февраль – май 2024 г.");
  d.month_from = 12, d.year_from = 2023;
  CHECK(render_deadline(d) == "Декабрь 2023 г. – май 2024 г.");

  d = {};
  d.kind = Kind::Yearly;
  d.month_from = 5;
  CHECK(render_deadline(d) == "Ежегодно в мае");  // month_to 0 means one month
  d.month_to = 5;
  CHECK(render_deadline(d) == "Ежегодно в мае");
  d.month_from = 2;
  CHECK(render_deadline(d) == "Ежегодно, февраль – май");
  d.month_from = 9, d.month_to = 9, d.day_from = 1, d.day_to = 15;
  CHECK(render_deadline(d) == "Ежегодно с 1 по 15 сентября");
  d.day_to = 1;
  CHECK(render_deadline(d) == "Ежегодно 1 сентября");

  d = {};
  d.kind = Kind::Text;
  d.text = "по отдельному графику";
  CHECK(render_deadline(d) == "По отдельному графику");
}

TEST_CASE("rendered deadlines parse back to the same deadline", "[deadline]") {
  // Rendered phrases carry their years, so another academic year must not matter.
  const AcademicYear other{2030};
  for (const char* text :
       {"5 июня 2024 г.", "до 30.08.2023", "с 01.12.2023 по 25.05.2024", "с 1 по 15 сентября 2023 г.", "Январь 2024 г.",
        "Февраль – май 2024 г.", "Декабрь 2023 г. – май 2024 г.", "Ежегодно в мае", "Ежегодно, февраль – май",
        "Ежегодно с 1 по 15 сентября", "Ежегодно 1 сентября", "Ежегодно с 25 мая по 5 июня", "В течение года",
        "По запросу", "Когда-нибудь потом"}) {
    CAPTURE(text);
    const Deadline first = parse(text);
    const std::string rendered = render_deadline(first);
    const Deadline again = parse_deadline(rendered, other);
    CHECK(summary(again) == summary(first));
    CHECK(render_deadline(again) == rendered);
  }
}

TEST_CASE("deadline_span", "[deadline]") {
  using Span = std::pair<Date, Date>;
  CHECK(deadline_span(parse("05.06.2024")) == Span{{2024, 6, 5}, {2024, 6, 5}});
  CHECK(deadline_span(parse("с 01.12.2023 по 25.05.2024")) == Span{{2023, 12, 1}, {2024, 5, 25}});
  CHECK(deadline_span(parse("до 30.08.2023")) == Span{{2023, 8, 30}, {2023, 8, 30}});
  CHECK(deadline_span(parse("Февраль 2024")) == Span{{2024, 2, 1}, {2024, 2, 29}});
  CHECK(deadline_span(parse("Февраль 2023")) == Span{{2023, 2, 1}, {2023, 2, 28}});
  CHECK(deadline_span(parse("Декабрь 2023-2024 май 2023-2024")) == Span{{2023, 12, 1}, {2024, 5, 31}});
  CHECK_FALSE(deadline_span(parse("ежегодно в мае")));
  CHECK_FALSE(deadline_span(parse("в течение года")));
  CHECK_FALSE(deadline_span(parse("когда-нибудь")));
}

TEST_CASE("deadline_month_indices", "[deadline]") {
  const auto idx = [](const char* text) { return deadline_month_indices(parse(text), kYear); };
  using V = std::vector<int>;
  CHECK(idx("Сентябрь") == V{0});
  CHECK(idx("Август") == V{11});
  CHECK(idx("Ноябрь-Апрель") == V{2, 3, 4, 5, 6, 7});
  CHECK(idx("с 01.12.2023 по 15.02.2024") == V{3, 4, 5});
  CHECK(idx("с 01.12.2021 по 25.05.2024") == V{0, 1, 2, 3, 4, 5, 6, 7, 8});  // clipped to 2023/2024
  CHECK(idx("01.06.2024 - 30.09.2024") == V{9, 10, 11});
  CHECK(idx("5 июня 2024 г.") == V{9});
  CHECK(idx("до 15 сентября") == V{0});
  CHECK(idx("до 30.08.2023").empty());  // before the academic year
  CHECK(idx("Январь 2022-2023").empty());
  CHECK(idx("ежегодно с 1 по 15 сентября") == V{0});
  CHECK(idx("ежегодно, февраль – май") == V{5, 6, 7, 8});
  CHECK(idx("ежегодно, май – сентябрь") == V{0, 8, 9, 10, 11});  // wraps past December
  CHECK(idx("в течение года") == V{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  CHECK(idx("по запросу").empty());
  CHECK(idx("когда-нибудь потом").empty());
}

TEST_CASE("forms of real imported roadmaps: «г.» after a date, repeats per year, dates without a year", "[deadline]") {
  check_cases({
      {"до 20.09.2023 г.", "Until 2023-09-20", "До 20.09.2023"},
      {"25.05.2024г.", "Date 2024-05-25", "25 мая 2024 г."},
      {"до 15.10.", "Until 2023-10-15", "До 15.10.2023"},
      {"до 15.10. ежегодно", "Text known «до 15.10. ежегодно»", "До 15.10. ежегодно"},
      {"Май 2022 Май 2023 Май 2024", "Yearly 05..05", "Ежегодно в мае"},
      {"с 1 по 15 сентября ежегодно (в период с 2023 по 2024 г.)", "Yearly 09-01..09-15", "Ежегодно с 1 по 15 сентября"},
      {"Декабрь, в период с 2023 по 2024 г", "Yearly 12..12", "Ежегодно в декабре"},
      // Not a repeat: different months, or years not in a row.
      {"Май 2022 Апрель 2023", "Text unknown «Май 2022 Апрель 2023»", "Май 2022 Апрель 2023"},
      {"Май 2022 Май 2024", "Text unknown «Май 2022 Май 2024»", "Май 2022 Май 2024"},
  });
}
