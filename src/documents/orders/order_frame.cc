#include "documents/orders/order_frame.h"

#include <algorithm>

#include "documents/approval_block.h"
#include "model/mentoring_form.h"
#include "model/person_forms.h"
#include "language/person_name.h"
#include "language/text_util.h"

namespace nastavnik {

Json order_header(const Programme& p, const Order& o) {
  return {{"organisation", p.organisation.full_name},
          {"short_name", p.organisation.short_name},
          {"date", o.date ? format_numeric(*o.date) : "«___» __________ 20___ г."},
          {"number", std::string("№") + kNbsp + (o.number.empty() ? "______" : o.number)},
          {"place", p.organisation.city.empty() ? "" : "г. " + p.organisation.city}};
}

Json order_signature(const Programme& p, const Order& o) {
  const StaffMember* s = p.find_staff(o.signer);
  if (!s) return {{"position", "Директор"}, {"name", ""}};
  return {{"position", capitalize_first_utf8(s->position)}, {"name", person_signature_name(p, s->id)}};
}

std::string order_reference(const Order& o) { return dated_number(DocumentRef{o.number, o.date}); }

Json appendix_heading(const Programme& p, const Order& o, int number) {
  return {{"lines",
           {std::string("Приложение №") + kNbsp + std::to_string(number), "к приказу " + p.organisation.short_name,
            order_reference(o)}}};
}

std::string end_sentence(const std::string& text) {
  return !text.empty() && text.back() == '.' ? text : text + ".";
}

Json acquaintance_sheet(const Programme& p, const Order& o, const std::vector<std::string>& ids) {
  Json rows = Json::array();
  std::vector<std::string> seen;
  for (const auto& id : ids) {
    if (id.empty() || std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    if (!p.find_staff(id)) continue;  // only employees sign: pupils and outside mentors are not staff
    seen.push_back(id);
    rows.push_back({{"n", std::to_string(seen.size())},
                    {"position", capitalize_first_utf8(person_role(p, id))},
                    {"name", person_signature_name(p, id)}});
  }
  return {{"reference", order_reference(o)}, {"rows", rows}};
}

std::vector<std::string> executor_mark(const Programme& p) {
  if (!p.executor) return {};
  std::vector<std::string> lines = {"Исп. " + p.executor->full_name};
  if (!p.executor->phone.empty()) lines.push_back("тел. " + p.executor->phone);
  return lines;
}

bool has_teacher_model(const Programme& p) {
  return std::any_of(p.pairs.begin(), p.pairs.end(), [](const Pair& x) {
    const MentoringForm* f = find_form(x.form);
    return f && f->teacher_model;
  });
}

std::string legal_basis(const Programme& p, bool teachers) {
  std::string s =
      "В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 №" +
      std::string(kNbsp) +
      "Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, "
      "осуществляющих образовательную деятельность по общеобразовательным, дополнительным "
      "общеобразовательным и программам среднего профессионального образования, в том числе с применением "
      "лучших практик обмена опытом между обучающимися»";
  if (teachers || has_teacher_model(p))
    s += ", письмом Министерства просвещения Российской Федерации от 21.12.2021 №" + std::string(kNbsp) +
         "АЗ-1128/08 «О направлении методических рекомендаций» (Методические рекомендации по разработке и "
         "внедрению системы (целевой модели) наставничества педагогических работников в образовательных "
         "организациях)";
  return s;
}

Json order_document(const Programme& p, const Order& o, const std::string& title, const std::string& preamble,
                    const Json& points, const Json& appendix, const std::vector<std::string>& acquainted) {
  return {
      {"title", title},
      {"header", order_header(p, o)},
      {"preamble", preamble},
      {"points", points},
      {"signature", order_signature(p, o)},
      {"executor", executor_mark(p)},
      {"has_executor", p.executor.has_value()},
      {"appendix", appendix},
      {"acquaintance", acquaintance_sheet(p, o, acquainted)},
  };
}

Json order_point(const std::string& text, const std::vector<std::string>& sub) {
  return {{"text", text}, {"sub", sub}, {"has_sub", !sub.empty()}};
}

}  // namespace nastavnik
