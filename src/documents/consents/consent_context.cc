#include "documents/consents/consent_context.h"

#include <algorithm>

#include "documents/consents/consent_text.h"
#include "model/mentoring_form.h"
#include "model/person_forms.h"
#include "language/person_name.h"
#include "language/phrase_declension.h"
#include "language/text_util.h"

namespace nastavnik {

std::string consent_template(ConsentKind kind) {
  switch (kind) {
    case ConsentKind::PersonalData: return "consent_personal";
    case ConsentKind::RepresentativePersonalData: return "consent_representative";
    case ConsentKind::Dissemination: return "consent_dissemination";
    case ConsentKind::Mentoring: return "consent_mentoring";
  }
  return "";
}

std::string consent_kind_id(ConsentKind kind) {
  switch (kind) {
    case ConsentKind::PersonalData: return "consent-personal";
    case ConsentKind::RepresentativePersonalData: return "consent-representative";
    case ConsentKind::Dissemination: return "consent-dissemination";
    case ConsentKind::Mentoring: return "consent-mentoring";
  }
  return "";
}

std::string consent_kind_name(ConsentKind kind) {
  switch (kind) {
    case ConsentKind::PersonalData: return "согласие на обработку персональных данных";
    case ConsentKind::RepresentativePersonalData:
      return "согласие законного представителя на обработку персональных данных несовершеннолетнего";
    case ConsentKind::Dissemination: return "согласие на обработку персональных данных, разрешённых для распространения";
    case ConsentKind::Mentoring: return "согласие педагогического работника на осуществление наставничества";
  }
  return "";
}

namespace {

const std::string kBlankDateLine = "«___» __________ 20___ г.";

// The person who signs: the participant, or a minor pupil's legal representative.
struct Signer {
  std::string full_name, address, phone;
  std::optional<IdentityDocument> document;
};

Signer signer_of(const Programme& p, const ConsentItem& item) {
  if (item.by_representative) {
    const Pupil* x = p.find_pupil(item.person_id);
    if (x && x->representative) {
      const Representative& r = *x->representative;
      return {r.full_name, r.address, r.phone, r.document};
    }
    return {};
  }
  if (const StaffMember* s = p.find_staff(item.person_id))
    return {s->full_name, s->contact.address, s->phone, s->contact.document};
  if (const Pupil* s = p.find_pupil(item.person_id)) return {s->full_name, s->contact.address, "", s->contact.document};
  if (const OtherPerson* s = p.find_other(item.person_id))
    return {s->full_name, s->contact.address, s->phone, s->contact.document};
  return {};
}

// [{"text", "last"}]: a list the templates run into one sentence («…; …»).
Json items_json(const std::vector<std::string>& items) {
  Json out = Json::array();
  for (size_t i = 0; i < items.size(); ++i) out.push_back({{"text", items[i]}, {"last", i + 1 == items.size()}});
  return out;
}

Json operator_json(const Organisation& o) {
  std::string dative = o.full_name_dative.empty() ? decline_phrase(o.full_name, NameCase::Dative, false)
                                                  : o.full_name_dative;
  return {{"full_name", or_blank(o.full_name, 40)}, {"full_name_dative", or_blank(dative, 40)},
          {"short_name", or_blank(o.short_name, 20)},
          {"address", or_blank(o.address, 40)},    {"inn", or_blank(o.inn, 12)},
          {"ogrn", or_blank(o.ogrn, 15)},          {"site", or_blank(o.site, 30)}};
}

std::string date_line(const std::optional<Date>& d) { return d ? format_quoted(*d) : kBlankDateLine; }

std::string signature_name(const std::string& full_name) {
  std::string n = collapse_whitespace(full_name);
  return n.empty() ? consent_blank(16) : PersonName::parse(n).initials_first();
}

bool is_female(std::optional<Sex> sex, const std::string& full_name) {
  if (sex) return *sex == Sex::Female;
  return detect_gender(PersonName::parse(full_name)) == Gender::Female;
}

// The minor a representative signs for, as the sentence about them needs it.
Json child_json(const Programme& p, const Pupil& x) {
  bool female = is_female(x.sex, x.full_name);
  return {{"full_name", collapse_whitespace(x.full_name)},
          {"full_name_genitive", person_full_name(p, x.id, NameCase::Genitive)},
          {"birth_date", x.birth_date ? format_numeric(*x.birth_date) : "__.__.____"},
          {"class", or_blank(x.class_name, 4)},
          {"minor", female ? "несовершеннолетней" : "несовершеннолетнего"},
          {"pupil", female ? "обучающейся" : "обучающегося"},
          {"pronoun", female ? "её" : "его"}};
}

// What every kind shares: operator, who signs (and for whom), date and signature.
Json common_context(const Programme& p, const ConsentItem& item) {
  const Signer s = signer_of(p, item);
  Json ctx = {{"operator", operator_json(p.organisation)},
              {"subject",
               {{"full_name", or_blank(s.full_name, 40)},
                {"address", or_blank(s.address, 40)},
                {"document_line", identity_document_line(s.document)},
                {"phone", or_blank(s.phone, 20)}}},
              {"by_representative", item.by_representative},
              {"child", nullptr},
              {"law", std::string("Федерального закона от 27.07.2006 №") + kNbsp + "152-ФЗ «О персональных данных»"},
              {"programme", programme_phrase(p)},
              {"date_line", date_line(p.consents_date)},
              {"signature_name", signature_name(s.full_name)}};
  const Pupil* pupil = p.find_pupil(item.person_id);
  if (item.by_representative && pupil) {
    const Representative* r = pupil->representative ? &*pupil->representative : nullptr;
    ctx["child"] = child_json(p, *pupil);
    ctx["relation"] = r ? or_blank(r->relation, 12) : consent_blank(12);
    ctx["representative_of"] = representative_phrase(r ? r->relation : "");
    ctx["authority"] = authority_line(r);
  }
  return ctx;
}

void add_processing_terms(const Programme& p, const ConsentItem& item, Json& ctx) {
  Json groups = Json::array();
  std::vector<std::string> flat;
  if (item.by_representative) {
    groups.push_back({{"title", "о ребёнке:"}, {"items", items_json(child_data_items())}});
    groups.push_back({{"title", "обо мне:"}, {"items", items_json(representative_data_items())}});
    flat = child_data_items();
    for (const auto& x : representative_data_items()) flat.push_back(x);
  } else {
    flat = own_data_items(p, item.person_id);
    groups.push_back({{"title", nullptr}, {"items", items_json(flat)}});  // null: no heading (an empty string is truthy in Mustache)
  }
  for (auto& g : groups) g["last_group"] = false;
  groups.back()["last_group"] = true;
  ctx["data_groups"] = groups;
  ctx["data_list"] = items_json(flat);
  ctx["purpose"] = consent_purpose(p);
  ctx["actions"] = consent_actions(p);
  ctx["methods"] = consent_methods();
  ctx["processor"] = consent_processor();
  ctx["validity"] = consent_validity(p);
  ctx["withdrawal"] = consent_withdrawal();
}

// One row per data item the subject sets conditions for; the category cell spans its items.
Json dissemination_rows(const Programme& p, const ConsentItem& item) {
  std::string position = "должность";
  if (p.find_pupil(item.person_id)) position = "класс";
  else if (p.find_other(item.person_id)) position = "место учёбы или работы, курс или должность";
  const std::vector<std::string> general = {
      "фамилия, имя, отчество", position,
      "участие в программе наставничества (роль, форма, достижения)"};
  Json rows = Json::array();
  for (size_t i = 0; i < general.size(); ++i)
    rows.push_back({{"category", "Персональные данные"}, {"first", i == 0},
                    {"rowspan", general.size()}, {"item", general[i]}});  // a number: part of the form's shape
  rows.push_back({{"category", "Биометрические персональные данные"}, {"first", true}, {"rowspan", 1},
                  {"item", "фотографическое изображение"}});
  return rows;
}

void add_dissemination_terms(const Programme& p, const ConsentItem& item, Json& ctx) {
  Json pages = Json::array();
  if (p.publication)
    for (const auto& url : p.publication->pages)
      if (!trim(url).empty()) pages.push_back(trim(url));
  if (pages.empty()) pages.push_back(consent_blank(40));
  ctx["pages"] = pages;
  ctx["purpose"] = dissemination_purpose(p);
  ctx["data_rows"] = dissemination_rows(p, item);
  ctx["photo_note"] = dissemination_photo_note();
  ctx["transfer_conditions"] = dissemination_transfer();
  ctx["validity"] = consent_validity(p);
  ctx["withdrawal"] = dissemination_withdrawal();
}


// «обучающиеся 10А класса: Панов И.А., Сергеева А.Р.; Некрасов А.С. (учитель информатики)».
std::string mentees_text(const Programme& p, const Pair& x) {
  std::vector<std::string> classes, parts;
  std::vector<std::vector<const Pupil*>> by_class;
  for (const auto& id : x.mentees) {
    if (const Pupil* pu = p.find_pupil(id)) {
      auto it = std::find(classes.begin(), classes.end(), pu->class_name);
      if (it == classes.end()) {
        classes.push_back(pu->class_name);
        by_class.push_back({});
        it = classes.end() - 1;
      }
      by_class[it - classes.begin()].push_back(pu);
    }
  }
  for (size_t c = 0; c < classes.size(); ++c) {
    const auto& group = by_class[c];
    std::string who = group.size() > 1                                       ? "обучающиеся"
                      : is_female(group[0]->sex, group[0]->full_name) ? "обучающаяся"
                                                                        : "обучающийся";
    if (!trim(classes[c]).empty()) who += " " + trim(classes[c]) + " класса";
    std::string names;
    for (const Pupil* pu : group) names += (names.empty() ? "" : ", ") + person_short_name(p, pu->id);
    parts.push_back(who + (group.size() > 1 ? ": " : " ") + names);
  }
  for (const auto& id : x.mentees) {
    if (p.find_pupil(id)) continue;
    std::string role = person_role(p, id);
    parts.push_back(person_short_name(p, id) + (role.empty() ? "" : " (" + role + ")"));
  }
  std::string out;
  for (const auto& s : parts) out += (out.empty() ? "" : "; ") + s;
  return out.empty() ? consent_blank(30) : out;
}

void add_mentoring_terms(const Programme& p, const ConsentItem& item, Json& ctx) {
  const StaffMember* s = p.find_staff(item.person_id);
  ctx["position"] = or_blank(s ? s->position : "", 30);
  Json pairs = Json::array();
  std::optional<Date> from, to;
  bool from_missing = false, to_missing = false;
  for (const Pair& x : p.pairs) {
    if (x.mentor != item.person_id) continue;
    std::string form = "«" + x.form + "»" + (x.role_pair.empty() ? "" : " (" + x.role_pair + ")");
    pairs.push_back({{"n", std::to_string(pairs.size() + 1)},
                     {"mentees", mentees_text(p, x)},
                     {"form", x.form.empty() ? consent_blank(16) : form},
                     {"term", term_text(x.from, x.to)},
                     {"goal", or_blank(x.goal, 30)}});
    if (!x.from) from_missing = true;
    else if (!from || *x.from < *from) from = x.from;
    if (!x.to) to_missing = true;
    else if (!to || *to < *x.to) to = x.to;
  }
  if (from_missing) from.reset();
  if (to_missing) to.reset();
  ctx["pairs"] = pairs;
  ctx["term"] = term_text(from, to);
  ctx["duties"] = items_json(mentoring_duties());
  ctx["pay"] = mentoring_pay();
  ctx["early_end"] = mentoring_early_end();
  if (s && s->mentoring_consent && s->mentoring_consent->date) ctx["date_line"] = date_line(s->mentoring_consent->date);
}

}  // namespace

Json consent_context(const Programme& p, const ConsentItem& item) {
  Json ctx = common_context(p, item);
  std::string title = "Согласие на обработку персональных данных", subtitle = "участника программы наставничества";
  switch (item.kind) {
    case ConsentKind::PersonalData:
      ctx["kind"] = "personal";
      add_processing_terms(p, item, ctx);
      break;
    case ConsentKind::RepresentativePersonalData:
      ctx["kind"] = "representative";
      subtitle = "законного представителя несовершеннолетнего обучающегося";
      add_processing_terms(p, item, ctx);
      break;
    case ConsentKind::Dissemination:
      ctx["kind"] = "dissemination";
      title = "Согласие на обработку персональных данных, разрешённых для распространения";
      if (item.by_representative) subtitle = "законного представителя несовершеннолетнего обучающегося";
      add_dissemination_terms(p, item, ctx);
      break;
    case ConsentKind::Mentoring:
      ctx["kind"] = "mentoring";
      title = "Согласие на осуществление наставничества";
      subtitle = "педагогического работника";
      add_mentoring_terms(p, item, ctx);
      break;
  }
  ctx["title"] = title;
  ctx["kind_title"] = title;
  ctx["subtitle"] = subtitle;
  return ctx;
}

}  // namespace nastavnik
