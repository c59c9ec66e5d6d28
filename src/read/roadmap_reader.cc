// The roadmap part of the data file: stages (over the standard seven), events and
// their deadlines.
#include <algorithm>

#include "read/programme_reader.h"
#include "read/date_reality.h"
#include "read/validate.h"

namespace nastavnik::detail {
namespace {

std::optional<int> read_month(const Json& v, const std::string& ptr, Diagnostics& diag) {
  if (v.is_number_integer()) {
    int m = v.get<int>();
    if (m >= 1 && m <= 12) return m;
  } else if (v.is_string()) {
    if (auto m = parse_month_name(v.get<std::string>())) return m;
  }
  diag.error(ptr, "здесь ожидалось название месяца («январь») или его номер 1–12, а записано: " + v.dump());
  return std::nullopt;
}

Deadline read_deadline_object(const Json& v, const std::string& ptr, const AcademicYear& year,
                              Diagnostics& diag) {
  ObjectReader r(v, ptr, diag, {"date", "from", "to", "until", "month", "year", "months", "yearly", "days", "text"});
  Deadline d;
  d.kind = Deadline::Kind::Text;
  d.recognised = false;
  if (!r.ok()) return d;
  if (r.has("date")) {
    if (auto x = r.date("date")) {
      d.kind = Deadline::Kind::Date;
      d.from = d.to = *x;
      d.recognised = true;
    }
  } else if (r.has("from") || r.has("to")) {
    auto f = r.date("from", true);
    auto t = r.date("to", true);
    if (f && t) {
      if (*t < *f) diag.error(ptr, "срок заканчивается (" + format_numeric(*t) + ") раньше, чем начинается (" +
                                       format_numeric(*f) + ")");
      d.kind = Deadline::Kind::Range;
      d.from = *f;
      d.to = *t;
      d.recognised = true;
    }
  } else if (r.has("until")) {
    if (auto x = r.date("until")) {
      d.kind = Deadline::Kind::Until;
      d.from = d.to = *x;
      d.recognised = true;
    }
  } else if (r.has("month")) {
    if (auto m = read_month(*r.raw("month"), r.pointer("month"), diag)) {
      d.kind = Deadline::Kind::Month;
      d.month_from = d.month_to = *m;
      d.year_from = d.year_to = year.year_of_month(*m);
      if (auto y = r.integer("year", 1900, 2200)) d.year_from = d.year_to = *y;
      d.recognised = true;
    }
  } else if (const Json* ms = r.array("months")) {
    if (ms->size() != 2) {
      diag.error(r.pointer("months"), "в «months» нужны ровно два месяца: первый и последний, например [\"февраль\", \"май\"]");
    } else {
      auto a = read_month((*ms)[0], r.pointer("months") + "/0", diag);
      auto b = read_month((*ms)[1], r.pointer("months") + "/1", diag);
      if (a && b) {
        d.kind = Deadline::Kind::MonthRange;
        d.month_from = *a;
        d.year_from = year.year_of_month(*a);
        d.month_to = *b;
        d.year_to = year.year_of_month(*b);
        if (AcademicYear::month_index(*b) < AcademicYear::month_index(*a))
          diag.error(r.pointer("months"), "месяцы идут не по порядку учебного года (сентябрь → август)");
        d.recognised = true;
      }
    }
  } else if (r.has("yearly")) {
    if (auto m = read_month(*r.raw("yearly"), r.pointer("yearly"), diag)) {
      d.kind = Deadline::Kind::Yearly;
      d.month_from = d.month_to = *m;
      d.recognised = true;
      if (const Json* days = r.array("days")) {
        if (days->size() != 2 || !(*days)[0].is_number_integer() || !(*days)[1].is_number_integer()) {
          diag.error(r.pointer("days"), "в «days» нужны два числа: первый и последний день, например [1, 15]");
        } else {
          d.day_from = (*days)[0].get<int>();
          d.day_to = (*days)[1].get<int>();
          if (d.day_from < 1 || d.day_to > days_in_month(2024, *m) || d.day_to < d.day_from)
            diag.error(r.pointer("days"), "таких дней в этом месяце нет");
        }
      }
    }
  } else if (r.has("text")) {
    std::string t = r.text("text", true);
    d = parse_deadline(t, year);
    if (d.kind != Deadline::Kind::Text) {  // the user asked for the words as written
      d = Deadline{};
      d.text = t;
      d.recognised = true;
    }
  } else {
    diag.error(ptr, "непонятный срок: укажите одно из полей date, from/to, until, month, months, yearly или text");
  }
  return d;
}

}  // namespace

Deadline read_deadline(const Json& v, const std::string& ptr, const AcademicYear& year, Diagnostics& diag) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
      diag.error(ptr, "срок не заполнен");
      return {};
    }
    // The parser keeps an impossible day as text to print; it must not be printed.
    if (std::string why = impossible_date_in_text(s); !why.empty()) {
      diag.error(ptr, why);
      return {};
    }
    return parse_deadline(s, year);
  }
  if (v.is_object()) return read_deadline_object(v, ptr, year, diag);
  diag.error(ptr, "срок пишется строкой («январь 2024», «до 30.08.2023») или объектом, а записано: " +
                      json_type_name(v));
  return {};
}

namespace {

// `standard` empty: only the file's own stages, each as written (an imported
// roadmap); then a stage may have no name and prints no stage row.
void read_stages(const Json* arr, const std::string& ptr, const std::vector<Stage>& standard,
                 Roadmap& rm, Diagnostics& diag) {
  rm.stages = standard;
  const bool own_only = standard.empty();
  if (!arr) return;
  for (size_t i = 0; i < arr->size(); ++i) {
    std::string item = ptr + "/" + std::to_string(i);
    ObjectReader r((*arr)[i], item, diag, {"number", "name", "goal", "task", "result", "note"});
    if (!r.ok()) continue;
    auto number = r.integer("number", 1, 20, true);
    if (!number) continue;
    auto it = std::find_if(rm.stages.begin(), rm.stages.end(), [&](const Stage& s) { return s.number == *number; });
    if (it == rm.stages.end()) {
      rm.stages.push_back(Stage{*number, "", "", "", "", "", item});
      it = rm.stages.end() - 1;
      if (!r.has("name") && !own_only)
        diag.error(r.pointer("name"), "у нового этапа " + std::to_string(*number) + " должно быть название (name)");
    } else if (!it->pointer.empty()) {
      diag.error(r.pointer("number"), "этап " + std::to_string(*number) + " описан дважды");
    }
    it->pointer = item;
    if (r.has("name")) it->name = r.text("name", true);
    if (r.has("goal")) it->goal = r.text("goal");
    if (r.has("task")) it->task = r.text("task");
    if (r.has("result")) it->result = r.text("result");
    if (r.has("note")) it->note = r.text("note");
  }
  std::sort(rm.stages.begin(), rm.stages.end(), [](const Stage& a, const Stage& b) { return a.number < b.number; });
}

}  // namespace

std::vector<Responsible> read_responsible(const Json* arr, const std::string& ptr, const Programme& p,
                                          const std::string& whose, Diagnostics& diag) {
  std::vector<Responsible> out;
  if (!arr) return out;
  if (arr->empty()) diag.error(ptr, "у " + whose + " не указан ни один ответственный");
  for (size_t i = 0; i < arr->size(); ++i) {
    const Json& v = (*arr)[i];
    std::string item = ptr + "/" + std::to_string(i);
    Responsible r;
    if (v.is_string()) {
      r.text = v.get<std::string>();
      if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) diag.error(item, "пустая строка вместо ответственного");
    } else if (v.is_object()) {
      ObjectReader o(v, item, diag, {"staff"});
      r.staff_id = o.text("staff", true);
      if (const StaffMember* s = p.find_staff(r.staff_id)) {
        r.text = s->full_name;
        r.position = s->position;
      } else if (!r.staff_id.empty()) {
        report_unknown_staff(r.staff_id, o.pointer("staff"), p, diag);
      }
    } else {
      diag.error(item, "ответственный пишется строкой («Педагог-психолог») или ссылкой {\"staff\": \"код\"}, а записано: " +
                           json_type_name(v));
      continue;
    }
    out.push_back(std::move(r));
  }
  return out;
}

void read_roadmap(const Json& v, const std::string& ptr, const AcademicYear& year,
                  const std::vector<Stage>& standard, Programme& p, Diagnostics& diag) {
  ObjectReader r(v, ptr, diag, {"title", "approvals", "stages", "standard_stages", "events", "show_result_column"});
  if (!r.ok()) return;
  Roadmap& rm = p.roadmap;
  rm.title = r.text("title");
  if (const Json* a = r.raw("approvals")) rm.approvals = read_approvals(*a, r.pointer("approvals"), p, diag);
  const bool with_standard = r.boolean("standard_stages").value_or(true);
  read_stages(r.array("stages"), r.pointer("stages"), with_standard ? standard : std::vector<Stage>{}, rm, diag);
  const Json* events = r.array("events", true);
  if (events && events->empty())
    diag.error(r.pointer("events"), "в дорожной карте нет ни одного мероприятия: пустой документ не нужен");
  bool any_result = false;
  for (size_t i = 0; events && i < events->size(); ++i) {
    std::string item = r.pointer("events") + "/" + std::to_string(i);
    ObjectReader er((*events)[i], item, diag, {"number", "stage", "title", "deadline", "responsible", "result", "note"});
    if (!er.ok()) continue;
    Event e;
    e.pointer = item;
    e.number = er.number("number", true);
    e.title = er.text("title", true);
    if (auto s = er.integer("stage", 1, 20)) {
      e.stage = *s;
    } else if (!er.has("stage") && !e.number.empty()) {
      try {
        e.stage = std::stoi(e.number.substr(0, e.number.find('.')));
      } catch (const std::exception&) {
        diag.error(er.pointer("number"), "по номеру «" + e.number + "» не понять этап; укажите поле stage");
      }
    }
    if (const Json* dl = er.raw("deadline", true)) {
      e.deadline = read_deadline(*dl, er.pointer("deadline"), year, diag);
      e.deadline_source = dl->is_string() ? dl->get<std::string>() : dl->dump();
    }
    e.responsible = read_responsible(er.array("responsible", true), er.pointer("responsible"), p,
                                     "мероприятия «" + e.number + "»", diag);
    e.result = er.text("result");
    e.note = er.text("note");
    any_result = any_result || !e.result.empty();
    rm.events.push_back(std::move(e));
  }
  rm.show_result_column = r.boolean("show_result_column").value_or(any_result);
}

}  // namespace nastavnik::detail
