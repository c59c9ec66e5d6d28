// The order approving the roadmap and appointing the curator, with the roadmap
// as appendix 1.
#include <algorithm>

#include "documents/documents.h"
#include "documents/orders/order_frame.h"
#include "model/person_forms.h"
#include "documents/roadmap/roadmap_table.h"
#include "documents/page.h"
#include "language/phrase_declension.h"

namespace nastavnik {
namespace {

// Staff named as responsible in the roadmap, in order of first mention.
std::vector<std::string> responsible_staff(const Programme& p) {
  std::vector<std::string> ids;
  for (const auto& e : p.roadmap.events)
    for (const auto& r : e.responsible)
      if (!r.staff_id.empty() && std::find(ids.begin(), ids.end(), r.staff_id) == ids.end())
        ids.push_back(r.staff_id);
  return ids;
}

std::string monitoring_point(const Programme& p) {
  const auto& d = p.monitoring_dates;
  if (d.empty()) return "организовать мониторинг реализации программы наставничества в сроки, установленные дорожной картой;";
  std::string s = "организовать мониторинг реализации программы наставничества: первый этап (оценка качества "
                  "реализации программы) — до " + format_numeric(d[0]);
  if (d.size() > 1)
    s += ", второй этап (оценка мотивационно-личностного и профессионального роста участников) — до " +
         format_numeric(d[1]);
  return s + ";";
}

}  // namespace

Json order_roadmap_context(const Programme& p) {
  const Order& o = *p.roadmap_order;
  const std::string org = p.organisation.short_name;
  const std::string year = p.academic_year.label();
  std::vector<std::string> responsible = responsible_staff(p);
  responsible.erase(std::remove(responsible.begin(), responsible.end(), o.signer), responsible.end());

  Json points = Json::array();
  points.push_back(order_point("Утвердить дорожную карту (план мероприятий) по реализации целевой модели наставничества в " +
                               org + " на " + year + " учебный год (приложение 1)."));
  points.push_back(order_point("Назначить куратором реализации целевой модели наставничества в " + org + " " +
                               person_full_name(p, p.curator, NameCase::Accusative) + ", " +
                               decline_phrase(person_role(p, p.curator), NameCase::Accusative, true) + "."));
  points.push_back(order_point(
      "Куратору " + person_short_name(p, p.curator, NameCase::Dative) + ":",
      {"обеспечить выполнение мероприятий дорожной карты в установленные сроки;", monitoring_point(p),
       "обеспечить сбор согласий на обработку персональных данных участников программы наставничества "
       "(законных представителей несовершеннолетних участников);",
       "подготовить отчёт о реализации программы наставничества по итогам учебного года."}));
  if (!responsible.empty()) {
    std::string names;
    for (const auto& id : responsible)
      names += (names.empty() ? "" : ", ") + person_short_name(p, id, NameCase::Accusative);
    points.push_back(order_point("Назначить ответственными за выполнение мероприятий дорожной карты работников, "
                                 "указанных в графе «Ответственные» приложения 1: " + end_sentence(names)));
  }
  for (const auto& extra : o.extra_points) points.push_back(order_point(extra));
  points.push_back(order_point("Контроль за исполнением настоящего приказа оставляю за собой."));

  Json appendix = roadmap_context(p);
  appendix["page"] = {{"text_width", text_width_twips(true)}, {"landscape", true}};
  appendix["order_width"] = text_width_twips(false);
  appendix["heading"] = appendix_heading(p, o, 1);

  std::vector<std::string> acquainted = {p.curator};
  acquainted.insert(acquainted.end(), responsible.begin(), responsible.end());
  acquainted.insert(acquainted.end(), o.acquaint.begin(), o.acquaint.end());
  return order_document(
      p, o,
      "Об утверждении дорожной карты (плана мероприятий) по реализации целевой модели наставничества на " + year +
          " учебный год",
      legal_basis(p, false) + ", в целях внедрения целевой модели наставничества в " + org, points, appendix,
      acquainted);
}

}  // namespace nastavnik
