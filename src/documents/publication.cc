#include "documents/publication.h"

#include <algorithm>

#include "language/declension.h"
#include "language/person_name.h"
#include "language/plural.h"
#include "language/text_util.h"
#include "model/person_forms.h"

namespace nastavnik {
namespace {

using Form = DisseminationConsent::Name;

// «Обучающийся Орлов Т.А.»: how the deputy's terminal names a pupil.
std::string pupil_label(const Pupil& x) {
  PersonName n = PersonName::parse(x.full_name);
  return std::string(is_female(x.full_name, x.sex) ? "Обучающаяся " : "Обучающийся ") + n.surname + " " + n.initials();
}

// «Студентка Лисицына П.С.», «Представитель работодателя Ломакин С.В.».
std::string other_label(const OtherPerson& o) {
  PersonName n = PersonName::parse(o.full_name);
  std::string kind = o.kind == OtherPerson::Kind::Student
                         ? (is_female(o.full_name, o.sex) ? "Студентка" : "Студент")
                         : o.kind == OtherPerson::Kind::Employer ? "Представитель работодателя" : "Родитель";
  return kind + " " + n.surname + " " + n.initials();
}

// A person of the public copy under their consent to dissemination: the consented name,
// with `detail` (a pupil's class, an outside participant's position) only when
// `detail_allowed`; without a consent no name, no detail and no sex.
void apply_consent(const std::optional<DisseminationConsent>& c, bool detail_allowed, std::string& full_name,
                   std::string& detail, std::optional<Sex>& sex, NameForms& forms) {
  forms = {};  // explicit case forms spell out the full name
  if (c) full_name = consented_name(full_name, c->name);
  else full_name.clear(), sex.reset();
  if (!c || !detail_allowed) detail.clear();
}

// An outside participant as the public copy may hold them: a consented name (with the
// position when the consent allows it), or only who they are and where from.
void redact_other(OtherPerson& o) {
  o.contact = {};
  o.phone.clear();
  apply_consent(o.dissemination, o.dissemination && o.dissemination->position, o.full_name, o.position, o.sex,
                o.name_forms);
}

void note_others(const Programme& p, PublicationView& v) {
  for (const OtherPerson& o : p.others) {
    if (!o.dissemination) {
      v.withheld.push_back({other_label(o), o.pointer,
                            "нет согласия на распространение — на сайте без имени: «" + other_role(o, false) + "»"});
      continue;
    }
    const DisseminationConsent& c = *o.dissemination;
    v.named.push_back({other_label(o), o.pointer,
                       "согласие на распространение" + (c.date ? " от " + format_numeric(*c.date) : std::string()) +
                           " — на сайте как «" + consented_name(o.full_name, c.name) + "»" +
                           (c.position ? ", с должностью" : ", без должности")});
  }
}

std::string form_text(const Pupil& x, const DisseminationConsent& c) {
  std::string text = "«" + consented_name(x.full_name, c.name) + "»";
  text += c.class_name ? ", с классом (" + x.class_name + ")" : ", без класса";
  return text;
}

// The pupil as the public copy may hold them: a consented name, or nothing at all.
void redact_pupil(Pupil& x) {
  x.birth_date.reset();
  x.representative.reset();
  x.contact = {};
  apply_consent(x.dissemination, x.dissemination && x.dissemination->class_name, x.full_name, x.class_name, x.sex,
                x.name_forms);
}

bool withheld_id(const Programme& redacted, const std::string& id) {
  const Pupil* x = redacted.find_pupil(id);
  return x && is_withheld(*x);
}

// Best mentors stay in the results (the report counts a pupil it may not name);
// the deputy should still know that one of them will go unnamed.
void note_results(const Programme& original, const Programme& r, std::vector<PublicationNote>& withheld) {
  if (!r.results) return;
  for (const BestMentor& m : r.results->best_mentors)
    if (withheld_id(r, m.person))
      withheld.push_back({pupil_label(*original.find_pupil(m.person)), m.pointer,
                          "лучший наставник без согласия на распространение — в отчёте без имени"});
}

// Besides the name (PupilNameMatcher): what of a pupil a public text may not hold.
void add_other_data(const Pupil& x, PupilNameMatcher& m) {
  if (x.birth_date) {
    m.add(x.id, format_numeric(*x.birth_date));
    const Date& d = *x.birth_date;  // «11 февраля 2013», with or without «г.»
    m.add(x.id, std::to_string(d.day) + " " + month_name(d.month, GrammarCase::Genitive) + " " + std::to_string(d.year));
  }
  if (x.representative) {
    m.add_person(x.id, x.representative->full_name);
    m.add(x.id, x.representative->phone);
    m.add(x.id, x.representative->address);
  }
  m.add(x.id, x.contact.address);
  if (x.dissemination && !x.dissemination->class_name && !x.class_name.empty())
    m.add(x.id, consented_name(x.full_name, x.dissemination->name) + ", " + x.class_name);
}

}  // namespace

std::string consented_name(const std::string& full_name, DisseminationConsent::Name form) {
  PersonName n = PersonName::parse(full_name);
  switch (form) {
    case Form::Full: return n.given.empty() ? n.surname : n.surname + " " + n.given;
    case Form::Short: return PersonName{n.surname, n.given, ""}.surname_first();
    case Form::FirstName: return n.given.empty() ? n.surname : n.given;
  }
  return "";
}

PublicationView publication_view(const Programme& p) {
  PublicationView v{p, {}, {}};
  Programme& r = v.programme;
  for (size_t i = 0; i < r.pupils.size(); ++i) {
    const Pupil& x = p.pupils[i];
    if (x.dissemination)
      v.named.push_back({pupil_label(x), x.pointer,
                         "согласие на распространение" +
                             (x.dissemination->date ? " от " + format_numeric(*x.dissemination->date) : std::string()) +
                             " — на сайте как " + form_text(x, *x.dissemination)});
    else
      v.withheld.push_back({pupil_label(x), x.pointer, "нет согласия на распространение — на сайте только в числах"});
    redact_pupil(r.pupils[i]);
  }
  const std::string curator = r.curator;
  for (StaffMember& s : r.staff) {
    s.contact = {};
    if (s.id != curator) s.phone.clear();
    // That a teacher consented is the order's point; when and the agreement's number are the
    // employment contract's business, not the public's.
    if (s.mentoring_consent) s.mentoring_consent = MentoringConsent{};
  }
  note_others(p, v);
  for (OtherPerson& o : r.others) redact_other(o);
  note_results(p, r, v.withheld);
  if (!p.pupils.empty())
    v.withheld.push_back({"Даты рождения, адреса, телефоны и документы обучающихся", "",
                          "не публикуются никогда, даже по согласию"});
  long long reps = std::count_if(p.pupils.begin(), p.pupils.end(), [](const Pupil& x) { return x.representative; });
  if (reps > 0)
    v.withheld.push_back({"Законные представители (" + plural(reps, "человек", "человека", "человек") + ")", "",
                          "не публикуются никогда: ни имена, ни телефоны, ни адреса"});
  v.withheld.push_back({"Адреса, телефоны и документы сотрудников и других участников", "",
                        "не публикуются; на сайте только телефон куратора"});
  if (std::any_of(p.staff.begin(), p.staff.end(), [](const StaffMember& s) { return s.mentoring_consent; }))
    v.withheld.push_back({"Даты согласий педагогов на наставничество и реквизиты дополнительных соглашений", "",
                          "не публикуются: это условия трудового договора (ТК РФ ст. 351.8)"});
  return v;
}

std::vector<Leak> find_leaks(const Programme& original, const std::string& text) {
  PupilNameMatcher matcher(original);
  for (const Pupil& x : original.pupils) add_other_data(x, matcher);
  return matcher.find(text);
}

}  // namespace nastavnik
