#include "documents/consents/consent_text.h"

#include <algorithm>

#include "language/person_name.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

const std::string kNo = std::string("№") + kNbsp;
const std::string kBlankDate = "«___» __________ ____ г.";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Where the programme's forms end: the programme's period (the academic year unless widened).
Date programme_end(const Programme& p) { return p.period_to.year ? p.period_to : p.academic_year.end(); }

}  // namespace

std::string programme_phrase(const Programme& p) {
  std::string s = "программы наставничества";
  if (!p.organisation.short_name.empty()) s += " " + collapse_whitespace(p.organisation.short_name);
  return s + " в " + p.academic_year.label() + " учебном году";
}

std::string consent_blank(int n) {
  // Runs of at most 16 underscores a space apart: a longer run is a word no line can
  // break, and justified text gaped around it («Я,   Захаров   Денис   …   адрес:»).
  constexpr int kRun = 16;
  std::string out;
  for (int left = n; left > 0; left -= kRun) {
    if (!out.empty()) out += ' ';
    out.append(static_cast<size_t>(std::min(left, kRun)), '_');
  }
  return out;
}

std::string or_blank(const std::string& value, int n) {
  std::string v = collapse_whitespace(value);
  return v.empty() ? consent_blank(n) : v;
}


std::string identity_document_line(const std::optional<IdentityDocument>& d) {
  IdentityDocument x = d.value_or(IdentityDocument{});
  std::string kind = collapse_whitespace(x.kind);
  if (kind.empty()) kind = "паспорт гражданина Российской Федерации";
  std::string line = kind + " серия " + or_blank(x.series, 6) + " " + kNo + or_blank(x.number, 10) + ", выдан " +
                     or_blank(x.issued_by, 32) + " " + (x.issued_on ? format_numeric(*x.issued_on) : kBlankDate);
  if (contains(lower_utf8(kind), "паспорт") || !collapse_whitespace(x.division_code).empty())
    line += ", код подразделения " + or_blank(x.division_code, 7);
  return line;
}

std::string authority_line(const Representative* r) {
  if (r && !collapse_whitespace(r->authority).empty()) return collapse_whitespace(r->authority);
  std::string relation = r ? fold_for_match(r->relation) : "";
  if (contains(relation, "опекун") || contains(relation, "попечител"))
    return "акт органа опеки и попечительства от " + kBlankDate + " " + kNo + consent_blank(10);
  return "свидетельство о рождении серия " + consent_blank(6) + " " + kNo + consent_blank(10) + ", выдано " +
         consent_blank(24) + " " + kBlankDate;
}

std::string representative_phrase(const std::string& relation) {
  static const std::pair<const char*, const char*> kForms[] = {
      {"мать", "матерью"},         {"отец", "отцом"},
      {"опекун", "опекуном"},      {"попечитель", "попечителем"},
      {"приемная мать", "приёмной матерью"}, {"приемный отец", "приёмным отцом"},
      {"усыновитель", "усыновителем"},
  };
  const std::string key = fold_for_match(collapse_whitespace(relation));
  for (const auto& [nominative, instrumental] : kForms)
    if (key == fold_for_match(nominative)) return std::string(instrumental) + " (законным представителем)";
  if (key.empty()) return "законным представителем";
  return "законным представителем (" + collapse_whitespace(relation) + ")";
}

namespace {
const char* kParticipation =
    "сведения об участии в программе наставничества (роль, пара, группа) и результаты мониторинга";
}  // namespace

std::vector<std::string> own_data_items(const Programme& p, const std::string& id) {
  std::vector<std::string> items = {"фамилия, имя, отчество"};
  if (p.find_staff(id))
    items.insert(items.end(), {"должность", "педагогический стаж", "контактный телефон"});
  else if (p.find_pupil(id))
    items.insert(items.end(), {"дата рождения", "класс", "успеваемость и образовательные достижения"});
  else
    items.insert(items.end(), {"место учёбы (работы), должность", "контактный телефон"});
  items.insert(items.end(), {"адрес регистрации", "данные документа, удостоверяющего личность", kParticipation});
  return items;
}

std::vector<std::string> child_data_items() {
  return {"фамилия, имя, отчество", "дата рождения", "класс", "успеваемость и образовательные достижения",
          kParticipation};
}

std::vector<std::string> representative_data_items() {
  return {"фамилия, имя, отчество", "степень родства", "адрес регистрации", "контактный телефон",
          "данные документов, удостоверяющих личность и полномочия"};
}

std::string consent_purpose(const Programme& p) {
  return "организация участия в реализации " + programme_phrase(p) +
         ": формирование баз наставников, наставляемых и пар (групп), организация их работы, мониторинг и "
         "отчётность";
}

std::string consent_actions(const Programme& p) {
  std::string transfer;
  for (const auto& r : p.data_recipients) transfer += (transfer.empty() ? "" : "; ") + r;
  transfer = transfer.empty() ? "без передачи третьим лицам"
                              : "передача (предоставление) третьим лицам: " + transfer;
  return "сбор, запись, систематизация, накопление, хранение, уточнение, извлечение, использование, "
         "предоставление участникам и куратору наставнической пары (группы), блокирование, удаление, уничтожение; " +
         transfer;
}

std::string consent_methods() {
  return "с использованием средств автоматизации и без них, без распространения";
}

std::string consent_processor() {
  return "Оператор не поручает обработку персональных данных другому лицу";
}

std::string consent_validity(const Programme& p) {
  return "Срок действия согласия: со дня подписания по " + format_long(programme_end(p));
}

std::string consent_withdrawal() {
  return "Порядок отзыва согласия: письменным заявлением Оператору; Оператор прекращает обработку и уничтожает "
         "персональные данные в течение 30 дней с даты поступления отзыва, если иное не предусмотрено федеральным "
         "законом (ч. 2 ст. 9, ч. 5 ст. 21 Федерального закона " + kNo + "152-ФЗ).";
}

std::string dissemination_purpose(const Programme& p) {
  return "информирование участников образовательных отношений и общественности о реализации " + programme_phrase(p) +
         ": размещение на официальном сайте Оператора сведений о наставниках и наставляемых, наставнических парах "
         "(группах), мероприятиях и итогах программы";
}

std::string dissemination_transfer() {
  return "только по внутренней сети Оператора, обеспечивающей доступ к информации лишь для строго определённых "
         "работников; с использованием информационно-телекоммуникационных сетей; без передачи полученных "
         "персональных данных. Иные условия: " + consent_blank(30);
}

std::string dissemination_withdrawal() {
  return "Распространение персональных данных (предоставление доступа к ним) прекращается в любое время по моему "
         "требованию, направленному Оператору в письменной форме по его адресу, указанному выше. Требование должно содержать фамилию, имя, отчество, контактную информацию (номер телефона, адрес "
         "электронной почты или почтовый адрес) и перечень персональных данных, обработка которых подлежит "
         "прекращению. Действие согласия прекращается с момента поступления требования Оператору.";
}

std::string dissemination_photo_note() {
  return "Фотографическое изображение — биометрические персональные данные: согласие на его распространение "
         "даётся только по желанию (при отказе в этой строке указывается «нет»).";
}

std::vector<std::string> mentoring_duties() {
  return {"разработка совместно с наставляемым (наставляемыми) индивидуального плана развития и контроль его "
          "выполнения",
          "проведение встреч, консультаций и совместных мероприятий наставнической пары (группы), оказание помощи "
          "в достижении цели наставничества",
          "участие в анкетировании и мониторинге программы наставничества, подготовка отчёта о работе "
          "наставнической пары (группы) по окончании срока наставничества"};
}

std::string mentoring_pay() {
  return "Содержание, срок и форма наставничества, размер и условия выплаты за его осуществление устанавливаются "
         "дополнительным соглашением к трудовому договору.";
}

std::string mentoring_early_end() {
  return "Мне разъяснено, что я вправе досрочно отказаться от осуществления наставничества, а Работодатель вправе "
         "досрочно отменить поручение о его осуществлении, предупредив другую сторону в письменной форме не позднее "
         "чем за три рабочих дня (статья 351.8 Трудового кодекса Российской Федерации).";
}

}  // namespace nastavnik
