#include "deadline.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace nastavnik;
using Kind = Deadline::Kind;

namespace {

const AcademicYear kYear{2023};

Deadline parse(std::string_view text) { return parse_deadline(text, kYear); }

std::vector<int> indices(std::initializer_list<int> list) { return std::vector<int>(list); }

}  // namespace

TEST_CASE("a month with the academic year written under it", "[deadline]") {
  for (const char* text : {"Январь\n2023-2024", "Январь 2023-2024", "январь 2023/2024", "Январь 2023–2024 уч. г.",
                           "ЯНВАРЬ  2023 - 2024"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Month);
    CHECK(d.recognised);
    CHECK(d.month_from == 1);
    CHECK(d.year_from == 2024);
    REQUIRE(d.stated_year);
    CHECK(d.stated_year->first == 2023);
    CHECK(render_deadline(d) == "Январь 2024 г.");
  }
  const Deadline oct = parse("октябрь\n2023-2024");
  CHECK(oct.kind == Kind::Month);
  CHECK(oct.month_from == 10);
  CHECK(oct.year_from == 2023);
  CHECK(render_deadline(oct) == "Октябрь 2023 г.");
}

TEST_CASE("months resolve in the stated academic year, not the argument", "[deadline]") {
  const Deadline d = parse_deadline("Январь 2022-2023", AcademicYear{2023});
  CHECK(d.kind == Kind::Month);
  CHECK(d.year_from == 2023);
  REQUIRE(d.stated_year);
  CHECK(d.stated_year->first == 2022);

  const Deadline r = parse_deadline("Февраль- май 2024/25", AcademicYear{2023});
  CHECK(r.kind == Kind::MonthRange);
  CHECK(r.year_from == 2025);
  CHECK(r.year_to == 2025);
  CHECK(r.stated_year->first == 2024);

  CHECK_FALSE(parse("Январь").stated_year);
  // Two different academic years in one phrase cannot both hold.
  CHECK_FALSE(parse("Декабрь 2023-2024 май 2024-2025").recognised);
}

TEST_CASE("month ranges as roadmaps write them", "[deadline]") {
  for (const char* text : {"Февраль-\nмай\n2023-2024", "Февраль- май 2023-2024", "Февраль- май", "Февраль – май",
                           "февраль—май", "с февраля по май"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::MonthRange);
    CHECK(d.month_from == 2);
    CHECK(d.year_from == 2024);
    CHECK(d.month_to == 5);
    CHECK(d.year_to == 2024);
    CHECK(render_deadline(d) == "Февраль – май 2024 г.");
  }

  const Deadline dec = parse("Декабрь\n2023-2024\nмай\n2023-2024");
  CHECK(dec.kind == Kind::MonthRange);
  CHECK(dec.month_from == 12);
  CHECK(dec.year_from == 2023);
  CHECK(dec.month_to == 5);
  CHECK(dec.year_to == 2024);
  CHECK(dec.stated_year->first == 2023);
  CHECK(render_deadline(dec) == "Декабрь 2023 г. – май 2024 г.");

  const Deadline so = parse("Сентябрь- Октябрь");
  CHECK(so.kind == Kind::MonthRange);
  CHECK(so.month_from == 9);
  CHECK(so.month_to == 10);
  CHECK(so.year_from == 2023);
  CHECK(so.year_to == 2023);
  CHECK(render_deadline(so) == "Сентябрь – октябрь 2023 г.");

  const Deadline na = parse("Ноябрь-Апрель");
  CHECK(na.kind == Kind::MonthRange);
  CHECK(na.month_from == 11);
  CHECK(na.year_from == 2023);
  CHECK(na.month_to == 4);
  CHECK(na.year_to == 2024);
  CHECK(render_deadline(na) == "Ноябрь 2023 г. – апрель 2024 г.");

  // Only one end has a year: the other end is placed before or after it.
  const Deadline half = parse("сентябрь – май 2024 г.");
  CHECK(half.year_from == 2023);
  CHECK(half.year_to == 2024);
  const Deadline half2 = parse("ноябрь 2023 – февраль");
  CHECK(half2.year_from == 2023);
  CHECK(half2.year_to == 2024);

  // Backwards within the academic year is not a range we can place.
  CHECK_FALSE(parse("Май - Сентябрь").recognised);
  // Two months with nothing between them are a list, not a range.
  CHECK_FALSE(parse("Февраль май").recognised);
  CHECK_FALSE(parse("Февраль, май").recognised);
}

TEST_CASE("half-years are month ranges", "[deadline]") {
  for (const char* text : {"I полугодие", "1 полугодие", "первое полугодие"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::MonthRange);
    CHECK(render_deadline(d) == "Сентябрь – декабрь 2023 г.");
  }
  for (const char* text : {"II полугодие", "2 полугодие", "II полугодие 2023-2024"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::MonthRange);
    CHECK(render_deadline(d) == "Январь – май 2024 г.");
  }
}

TEST_CASE("single months", "[deadline]") {
  const Deadline sep = parse("Сентябрь");
  CHECK(sep.kind == Kind::Month);
  CHECK(sep.month_from == 9);
  CHECK(sep.year_from == 2023);
  CHECK(render_deadline(sep) == "Сентябрь 2023 г.");

  const Deadline may = parse("Май");
  CHECK(may.kind == Kind::Month);
  CHECK(may.month_from == 5);
  CHECK(may.year_from == 2024);
  CHECK(render_deadline(may) == "Май 2024 г.");

  for (const char* text : {"сентябрь 2023", "сентябрь 2023 г.", "Сентябрь 2023 года", "в сентябре 2023 г."}) {
    CAPTURE(text);
    const Deadline d = parse_deadline(text, AcademicYear{2030});  // the written year wins
    CHECK(d.kind == Kind::Month);
    CHECK(d.month_from == 9);
    CHECK(d.year_from == 2023);
    CHECK_FALSE(d.stated_year);
  }
  CHECK(render_deadline(parse("в мае")) == "Май 2024 г.");
}

TEST_CASE("yearly deadlines", "[deadline]") {
  for (const char* text : {"с 1 по 15 сентября ежегодно", "ежегодно с 1 по 15 сентября", "Ежегодно, с 1 по 15 сентября"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Yearly);
    CHECK(d.month_from == 9);
    CHECK(d.month_to == 9);
    CHECK(d.day_from == 1);
    CHECK(d.day_to == 15);
    CHECK(d.year_from == 0);
    CHECK_FALSE(d.has_dates());
    CHECK(render_deadline(d) == "Ежегодно с 1 по 15 сентября");
  }
  for (const char* text : {"Ежегодно в мае", "ежегодно, май", "в мае ежегодно", "ЕЖЕГОДНО МАЙ"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Yearly);
    CHECK(d.month_from == 5);
    CHECK(d.month_to == 5);
    CHECK(d.day_from == 0);
    CHECK(d.day_to == 0);
    CHECK(render_deadline(d) == "Ежегодно в мае");
  }
  const Deadline range = parse("ежегодно, февраль – май");
  CHECK(range.kind == Kind::Yearly);
  CHECK(range.month_from == 2);
  CHECK(range.month_to == 5);
  CHECK(render_deadline(range) == "Ежегодно, февраль – май");
  CHECK(render_deadline(parse("Ежегодно в феврале – мае")) == "Ежегодно, февраль – май");

  const Deadline day = parse("ежегодно 1 сентября");
  CHECK(day.kind == Kind::Yearly);
  CHECK(day.day_from == 1);
  CHECK(day.day_to == 1);
  CHECK(render_deadline(day) == "Ежегодно 1 сентября");

  const Deadline across = parse("ежегодно с 25 мая по 5 июня");
  CHECK(across.month_from == 5);
  CHECK(across.day_from == 25);
  CHECK(across.month_to == 6);
  CHECK(across.day_to == 5);
  CHECK(render_deadline(across) == "Ежегодно с 25 мая по 5 июня");

  CHECK(parse("ежегодно 29 февраля").kind == Kind::Yearly);
  CHECK_FALSE(parse("ежегодно 30 февраля").recognised);
  CHECK_FALSE(parse("ежегодно с 15 по 1 сентября").recognised);
  CHECK_FALSE(parse("ежегодно в мае 2024").recognised);  // a year contradicts «ежегодно»
  CHECK_FALSE(parse("ежегодно до 1 сентября").recognised);
  CHECK_FALSE(parse("ежегодно").recognised);
}

TEST_CASE("date ranges", "[deadline]") {
  for (const char* text : {"01.12.2021- 25.05.2024", "01.12.2021 – 25.05.2024", "с 01.12.2021 по 25.05.2024",
                           "2021-12-01 — 2024-05-25"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Range);
    CHECK(d.from == Date{2021, 12, 1});
    CHECK(d.to == Date{2024, 5, 25});
    CHECK(render_deadline(d) == "С 01.12.2021 по 25.05.2024");
  }
  const Deadline r = parse("с 01.12.2023 по 25.05.2024");
  CHECK(r.kind == Kind::Range);
  CHECK(r.from == Date{2023, 12, 1});
  CHECK(r.to == Date{2024, 5, 25});

  const Deadline sep = parse("с 1 по 15 сентября");
  CHECK(sep.kind == Kind::Range);
  CHECK(sep.from == Date{2023, 9, 1});
  CHECK(sep.to == Date{2023, 9, 15});
  CHECK(render_deadline(sep) == "С 1 по 15 сентября 2023 г.");

  const Deadline words = parse("с 25 декабря по 10 января");
  CHECK(words.from == Date{2023, 12, 25});
  CHECK(words.to == Date{2024, 1, 10});
  const Deadline right_year = parse("с 25 декабря по 10 января 2025 г.");
  CHECK(right_year.from == Date{2024, 12, 25});
  CHECK(right_year.to == Date{2025, 1, 10});
  const Deadline dash = parse("1-15 сентября");
  CHECK(dash.kind == Kind::Range);
  CHECK(dash.from == Date{2023, 9, 1});
  CHECK(dash.to == Date{2023, 9, 15});

  CHECK_FALSE(parse("25.05.2024 - 01.12.2021").recognised);  // backwards
  CHECK_FALSE(parse("с 15 по 1 сентября").recognised);
}

TEST_CASE("until a day", "[deadline]") {
  const Deadline a = parse("до 30.08.2023");
  CHECK(a.kind == Kind::Until);
  CHECK(a.to == Date{2023, 8, 30});
  CHECK(render_deadline(a) == "До 30.08.2023");

  const Deadline b = parse("до 30 августа 2023 г.");
  CHECK(b.kind == Kind::Until);
  CHECK(b.to == Date{2023, 8, 30});

  const Deadline c = parse("До 15 сентября");
  CHECK(c.kind == Kind::Until);
  CHECK(c.to == Date{2023, 9, 15});
  CHECK(render_deadline(c) == "До 15.09.2023");

  const Deadline e = parse("до 15.05");
  CHECK(e.kind == Kind::Until);
  CHECK(e.to == Date{2024, 5, 15});
}

TEST_CASE("single days", "[deadline]") {
  for (const char* text : {"5 июня 2024 г.", "05.06.2024", "5 июня", "5.6.2024", "2024-06-05", "5\u00A0июня\u00A02024\u00A0г."}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Date);
    CHECK(d.from == Date{2024, 6, 5});
    CHECK(d.has_dates());
    CHECK(render_deadline(d) == "5 июня 2024 г.");
  }
}

TEST_CASE("leap days and impossible dates", "[deadline]") {
  CHECK(parse("29.02.2024").from == Date{2024, 2, 29});
  CHECK(parse("29 февраля").from == Date{2024, 2, 29});  // February of 2023/2024 is in 2024
  CHECK_FALSE(parse_deadline("29 февраля", AcademicYear{2022}).recognised);

  for (const char* text : {"29.02.2023", "31.02.2024", "32.01.2024", "до 31.04.2024", "31 июня",
                           "01.12.2021- 31.02.2024", "с 30 по 31 февраля"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Text);
    CHECK_FALSE(d.recognised);
    CHECK(d.text == text);
  }
}

TEST_CASE("phrases meaning the whole period", "[deadline]") {
  for (const char* text : {"в течение всего периода реализации ЦМН", "в течение всего периода реализации",
                           "в течение года", "в течение учебного года", "постоянно", "ежемесячно", "еженедельно",
                           "В течение\nгода", "в течении года", "в течение 2023-2024 учебного года"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Text);
    CHECK(d.recognised);
    CHECK(d.whole_period);
  }
  const Deadline cmn = parse("  в течение всего\nпериода реализации ЦМН ");
  CHECK(cmn.text == "в течение всего периода реализации ЦМН");
  CHECK(render_deadline(cmn) == "В течение всего периода реализации ЦМН");
  CHECK(parse("в течение 2023-2024 учебного года").stated_year->first == 2023);
  const Deadline bare = parse("2023-2024");
  CHECK(bare.whole_period);
  CHECK(bare.recognised);
}

TEST_CASE("phrases with no dates that are still understood", "[deadline]") {
  for (const char* text : {"по отдельному графику", "по мере необходимости", "по запросу", "По запросу"}) {
    CAPTURE(text);
    const Deadline d = parse(text);
    CHECK(d.kind == Kind::Text);
    CHECK(d.recognised);
    CHECK_FALSE(d.whole_period);
    CHECK(d.text == text);
  }
  CHECK(render_deadline(parse("по мере необходимости")) == "По мере необходимости");
}

TEST_CASE("anything else is kept as written", "[deadline]") {
  const Deadline d = parse("  когда-нибудь\n\tпотом ");
  CHECK(d.kind == Kind::Text);
  CHECK_FALSE(d.recognised);
  CHECK_FALSE(d.whole_period);
  CHECK_FALSE(d.stated_year);
  CHECK(d.text == "когда-нибудь потом");
  CHECK(render_deadline(d) == "Когда-нибудь потом");

  for (const char* text : {"", "май июнь июль", "в течение", "по", "до мая", "2023-2025", "сентябрь 1", "5 июня 24",
                           "ежемесячно в мае", "12345678"}) {
    CAPTURE(text);
    CHECK_FALSE(parse(text).recognised);
    CHECK(parse(text).kind == Kind::Text);
  }
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
  d.from = {2023, 12, 1};
  d.to = {2024, 5, 25};
  CHECK(render_deadline(d) == "С 01.12.2023 по 25.05.2024");
  d.from = {2023, 9, 1};
  d.to = {2023, 9, 15};
  CHECK(render_deadline(d) == "С 1 по 15 сентября 2023 г.");
  d.from = {2023, 9, 1};
  d.to = {2024, 9, 15};  // same month, another year
  CHECK(render_deadline(d) == "С 01.09.2023 по 15.09.2024");

  d = {};
  d.kind = Kind::Month;
  d.month_from = 1;
  d.year_from = 2024;
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
  const AcademicYear other{2030};  // explicit years must not depend on the argument
  for (const char* text : {"5 июня 2024 г.", "до 30.08.2023", "с 01.12.2023 по 25.05.2024", "с 1 по 15 сентября 2023 г.",
                           "Январь 2024 г.", "Февраль – май 2024 г.", "Декабрь 2023 г. – май 2024 г."}) {
    CAPTURE(text);
    const Deadline first = parse(text);
    REQUIRE(first.recognised);
    const std::string rendered = render_deadline(first);
    const Deadline again = parse_deadline(rendered, other);
    CHECK(again.kind == first.kind);
    CHECK(again.from == first.from);
    CHECK(again.to == first.to);
    CHECK(again.month_from == first.month_from);
    CHECK(again.year_from == first.year_from);
    CHECK(again.month_to == first.month_to);
    CHECK(again.year_to == first.year_to);
    CHECK(render_deadline(again) == rendered);
  }
  for (const char* text : {"Ежегодно в мае", "Ежегодно, февраль – май", "Ежегодно с 1 по 15 сентября",
                           "Ежегодно 1 сентября", "Ежегодно с 25 мая по 5 июня", "В течение года", "По запросу",
                           "Когда-нибудь потом"}) {
    CAPTURE(text);
    const Deadline d = parse_deadline(text, other);
    CHECK(render_deadline(d) == text);
    CHECK(render_deadline(parse_deadline(render_deadline(d), other)) == text);
  }
}

TEST_CASE("deadline_span", "[deadline]") {
  CHECK(deadline_span(parse("05.06.2024")) == std::pair{Date{2024, 6, 5}, Date{2024, 6, 5}});
  CHECK(deadline_span(parse("с 01.12.2023 по 25.05.2024")) == std::pair{Date{2023, 12, 1}, Date{2024, 5, 25}});
  CHECK(deadline_span(parse("до 30.08.2023")) == std::pair{Date{2023, 8, 30}, Date{2023, 8, 30}});
  CHECK(deadline_span(parse("Февраль 2024")) == std::pair{Date{2024, 2, 1}, Date{2024, 2, 29}});
  CHECK(deadline_span(parse("Февраль 2023")) == std::pair{Date{2023, 2, 1}, Date{2023, 2, 28}});
  CHECK(deadline_span(parse("Декабрь 2023-2024 май 2023-2024")) == std::pair{Date{2023, 12, 1}, Date{2024, 5, 31}});
  CHECK_FALSE(deadline_span(parse("ежегодно в мае")));
  CHECK_FALSE(deadline_span(parse("в течение года")));
  CHECK_FALSE(deadline_span(parse("когда-нибудь")));
}

TEST_CASE("deadline_month_indices", "[deadline]") {
  const auto idx = [](const char* text) { return deadline_month_indices(parse(text), kYear); };
  CHECK(idx("Сентябрь") == indices({0}));
  CHECK(idx("Август") == indices({11}));
  CHECK(idx("Ноябрь-Апрель") == indices({2, 3, 4, 5, 6, 7}));
  CHECK(idx("с 01.12.2023 по 15.02.2024") == indices({3, 4, 5}));
  CHECK(idx("с 01.12.2021 по 25.05.2024") == indices({0, 1, 2, 3, 4, 5, 6, 7, 8}));  // clipped to 2023/2024
  CHECK(idx("01.06.2024 - 30.09.2024") == indices({9, 10, 11}));
  CHECK(idx("5 июня 2024 г.") == indices({9}));
  CHECK(idx("до 15 сентября") == indices({0}));
  CHECK(idx("до 30.08.2023").empty());  // before the academic year
  CHECK(idx("Январь 2022-2023").empty());
  CHECK(idx("ежегодно с 1 по 15 сентября") == indices({0}));
  CHECK(idx("ежегодно, февраль – май") == indices({5, 6, 7, 8}));
  CHECK(idx("ежегодно, май – сентябрь") == indices({0, 8, 9, 10, 11}));
  CHECK(idx("в течение года") == indices({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
  CHECK(idx("по запросу").empty());
  CHECK(idx("когда-нибудь потом").empty());
}
