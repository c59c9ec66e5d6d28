#include "read/programme_reader.h"

#include <algorithm>
#include <fstream>
#include <tuple>
#include <sstream>
#include <stdexcept>

#include "model/input_limits.h"
#include "read/json_bounds.h"
#include "read/json_locator.h"
#include "read/participants_reader.h"
#include "read/results_reader.h"
#include "read/text_limits.h"
#include "read/validate.h"

namespace nastavnik {
namespace {

bool digits_only(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

void read_organisation(const Json& v, const std::string& ptr, Organisation& org, Diagnostics& diag) {
  ObjectReader r(v, ptr, diag,
                 {"full_name", "full_name_dative", "short_name", "type", "city", "address", "site", "inn", "ogrn"});
  org.full_name = r.text("full_name", true);
  org.full_name_dative = r.text("full_name_dative");
  org.short_name = r.text("short_name", true);
  org.type = r.text("type");
  org.city = r.text("city", true);
  org.address = r.text("address");
  org.site = r.text("site");
  org.inn = r.text("inn");
  org.ogrn = r.text("ogrn");
  if (!org.inn.empty() && (!digits_only(org.inn) || (org.inn.size() != 10 && org.inn.size() != 12)))
    diag.error(r.pointer("inn"), "ИНН должен состоять из 10 или 12 цифр");
  if (!org.ogrn.empty() && (!digits_only(org.ogrn) || (org.ogrn.size() != 13 && org.ogrn.size() != 15)))
    diag.error(r.pointer("ogrn"), "ОГРН должен состоять из 13 или 15 цифр");
}

void read_staff(const Json& arr, const std::string& ptr, Programme& p, Diagnostics& diag) {
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string item_ptr = ptr + "/" + std::to_string(i);
    ObjectReader r(arr[i], item_ptr, diag,
                   {"id", "full_name", "position", "phone", "gender", "name_forms", "experience_years",
                    "young_specialist", "mentoring_consent", "address", "document"});
    if (!r.ok()) continue;
    StaffMember s;
    s.id = r.text("id", true);
    s.full_name = r.text("full_name", true);
    s.position = r.text("position", true);
    s.phone = r.text("phone");
    detail::read_staff_details(r, s, diag);
    s.pointer = item_ptr;
    if (!s.id.empty() && s.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
      diag.error(r.pointer("id"), "код сотрудника «" + s.id +
                                      "» может содержать только латинские строчные буквы, цифры, «_» и «-»");
    p.staff.push_back(std::move(s));
  }
}

void read_executor(const Json& v, const std::string& ptr, Programme& p, Diagnostics& diag) {
  ObjectReader r(v, ptr, diag, {"staff", "full_name", "position", "phone"});
  if (!r.ok()) return;
  Executor e;
  std::string staff_id = r.text("staff");
  if (!staff_id.empty()) {
    if (r.has("full_name"))
      diag.error(r.pointer("full_name"), "укажите либо «staff» (код сотрудника), либо «full_name», но не оба");
    if (const StaffMember* s = p.find_staff(staff_id)) {
      e.full_name = s->full_name;
      e.position = s->position;
      e.phone = s->phone;
    } else {
      report_unknown_staff(staff_id, r.pointer("staff"), p, diag);
    }
  } else {
    e.full_name = r.text("full_name", true);
    e.position = r.text("position");
  }
  if (r.has("phone")) e.phone = r.text("phone");
  p.executor = e;
}

// The parser's complaint in Russian: invalid UTF-8 is common (a file saved in
// Windows-1251), so it gets its own words.
std::string parse_problem(const Json::parse_error& e) {
  const std::string what = e.what();
  if (what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos)
    return "файл не в кодировке UTF-8 (сохраните его как «UTF-8» в редакторе)";
  if (what.find("control character") != std::string::npos)
    return "в строке управляющий символ (перевод строки или табуляция пишутся как \\n и \\t)";
  return "файл не является правильным JSON (проверьте запятые, кавычки и скобки рядом с этим местом)";
}

}  // namespace

ReadResult read_programme_value(const Json& root, const std::vector<Stage>& standard_stages) {
  ReadResult result;
  Diagnostics& diag = result.diagnostics;
  // Oversized or control-character text is refused before any reader compares,
  // declines or lays it out (an edit distance over a 50 MB key would never end).
  if (!check_text_values(root, diag)) return result;
  Programme p;
  ObjectReader r(root, "", diag,
                 {"format_version", "organisation", "academic_year", "period", "staff", "executor", "roadmap",
                  "curator", "max_mentees_per_mentor", "monitoring_dates", "pupils", "others", "pairs", "orders",
                  "publication", "consents_date", "data_recipients", "results"});
  if (r.ok()) {
    if (auto v = r.integer("format_version", 1, 1)) (void)v;
    if (const Json* org = r.raw("organisation", true)) read_organisation(*org, "/organisation", p.organisation, diag);
    std::string year_text = r.text("academic_year", true);
    bool year_ok = false;
    if (!year_text.empty()) {
      if (auto y = AcademicYear::parse(year_text)) {
        p.academic_year = *y;
        year_ok = true;
      } else {
        diag.error("/academic_year", "«" + year_text + "» — не учебный год; пишите так: 2023/2024");
      }
    }
    p.period_from = p.academic_year.start();
    p.period_to = p.academic_year.end();
    if (const Json* period = r.raw("period")) {
      ObjectReader pr(*period, "/period", diag, {"from", "to"});
      if (auto d = pr.date("from", true)) p.period_from = *d;
      if (auto d = pr.date("to", true)) p.period_to = *d;
      if (p.period_to < p.period_from) diag.error("/period", "период заканчивается раньше, чем начинается");
    }
    if (const Json* staff = r.array("staff", true)) read_staff(*staff, "/staff", p, diag);
    if (const Json* ex = r.raw("executor")) read_executor(*ex, "/executor", p, diag);
    detail::read_programme_extras(r, p, diag);
    if (const Json* rm = r.raw("roadmap", true); rm && year_ok)
      detail::read_roadmap(*rm, "/roadmap", p.academic_year, standard_stages, p, diag);
    if (const Json* res = r.raw("results")) detail::read_results(*res, "/results", p, diag);
    if (year_ok) validate_programme(p, diag);
    if (year_ok && diag.has_errors()) result.partial = p;
  }
  if (!diag.has_errors()) result.programme = std::move(p);
  return result;
}

ReadResult read_programme_json(std::string_view text, const std::vector<Stage>& standard_stages) {
  if (text.size() > limits::kDataFileBytes) {
    ReadResult result;
    check_json_text(text, JsonLocator(""), result.diagnostics);
    return result;
  }
  JsonLocator locator(text);
  Json root;
  {
    ReadResult result;
    if (!check_json_text(text, locator, result.diagnostics)) {
      locate_diagnostics(locator, result.diagnostics);
      return result;
    }
    try {
      root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
      TextPosition pos = locator.position_of(e.byte > 0 ? e.byte - 1 : 0);
      result.diagnostics.add({Diagnostic::Severity::Error, "", pos.line, pos.column, parse_problem(e), "", ""});
      return result;
    } catch (const Json::exception&) {  // anything check_json_text did not foresee
      result.diagnostics.add({Diagnostic::Severity::Error, "", 1, 1,
                              "файл не удалось прочитать как JSON (недопустимое значение)", "", ""});
      return result;
    }
  }
  ReadResult result = read_programme_value(root, standard_stages);
  locate_diagnostics(locator, result.diagnostics);
  result.locate = [source = std::string(text)](Diagnostics& d) { locate_diagnostics(JsonLocator(source), d); };
  return result;
}

std::vector<Stage> load_standard_stages(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("не найден файл стандартных этапов " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<Stage> stages;
  try {
    Json root = Json::parse(ss.str());
    for (const auto& s : root.at("stages")) {
      Stage st;
      st.number = s.at("number").get<int>();
      st.name = s.at("name").get<std::string>();
      st.goal = s.value("goal", "");
      st.task = s.value("task", "");
      st.result = s.value("result", "");
      stages.push_back(std::move(st));
    }
  } catch (const Json::exception& e) {
    throw std::runtime_error("файл стандартных этапов " + path + " повреждён: " + e.what());
  }
  return stages;
}

}  // namespace nastavnik
