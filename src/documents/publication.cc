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
  x.name_forms = {};  // explicit case forms spell out the full name
  if (x.dissemination) {
    x.full_name = consented_name(x.full_name, x.dissemination->name);
    if (!x.dissemination->class_name) x.class_name.clear();
    return;
  }
  x.full_name.clear();
  x.class_name.clear();
  x.sex.reset();
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

bool is_letter_or_digit(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
         (cp >= 0x0410 && cp <= 0x044F) || cp == 0x0401 || cp == 0x0451;
}

// Folded case and «ё», one space for any whitespace run, none between initials
// («Орлов Т. А.» and «Орлов Т.А.» compare equal; «Т.А. и» keeps its space).
std::string normalise(std::string_view text) {
  std::string s = fold_for_match(collapse_whitespace(text)), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i > 0 && s[i - 1] == '.') {
      size_t next = i + 1;
      if (next < s.size() && is_letter_or_digit(next_code_point(s, next)) && s.compare(next, 1, ".") == 0) continue;
    }
    out += s[i];
  }
  return out;
}

char32_t code_point_before(const std::string& s, size_t pos) {
  if (pos == 0) return U' ';
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return next_code_point(s, start);
}

// A whole-word occurrence: «Орлов Т.» does not match inside «Орлов Т.А.», nor «Котов» inside «Скотов».
bool contains_word(const std::string& text, const std::string& needle) {
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    size_t end = at + needle.size();
    bool clean_before = !is_letter_or_digit(code_point_before(text, at));
    bool clean_after = end >= text.size() || !is_letter_or_digit(next_code_point(text, end));
    if (clean_before && clean_after) return true;
  }
  return false;
}

// Every spelling of an adult's or a child's name a text could carry.
std::vector<std::string> name_forms_of(const std::string& full_name) {
  PersonName n = PersonName::parse(full_name);
  std::vector<std::string> out = {collapse_whitespace(full_name), n.surname_first(), n.initials_first()};
  if (!n.given.empty()) {
    out.push_back(n.surname + " " + n.given);
    out.push_back(n.given + " " + n.surname);
    PersonName short_form{n.surname, n.given, ""};
    out.push_back(short_form.surname_first());
    out.push_back(short_form.initials_first());
  }
  return out;
}

// What of a pupil a public text may not hold, given their consent.
std::vector<std::string> needles_of(const Pupil& x) {
  std::vector<std::string> out;
  if (x.birth_date) {
    out.push_back(format_numeric(*x.birth_date));
    const Date& d = *x.birth_date;  // «11 февраля 2013», with or without «г.»
    out.push_back(std::to_string(d.day) + " " + month_name(d.month, GrammarCase::Genitive) + " " +
                  std::to_string(d.year));
  }
  if (x.representative) {
    for (auto& f : name_forms_of(x.representative->full_name)) out.push_back(f);
    if (!x.representative->phone.empty()) out.push_back(x.representative->phone);
    if (!x.representative->address.empty()) out.push_back(x.representative->address);
  }
  if (!x.contact.address.empty()) out.push_back(x.contact.address);
  std::string allowed = x.dissemination ? consented_name(x.full_name, x.dissemination->name) : "";
  std::vector<std::string> allowed_forms;
  if (!allowed.empty())
    for (auto& f : name_forms_of(allowed)) allowed_forms.push_back(normalise(f));
  for (auto& f : name_forms_of(x.full_name))
    if (std::find(allowed_forms.begin(), allowed_forms.end(), normalise(f)) == allowed_forms.end()) out.push_back(f);
  if (x.dissemination && !x.dissemination->class_name && !x.class_name.empty())
    out.push_back(allowed + ", " + x.class_name);
  return out;
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
  for (OtherPerson& o : r.others) {
    o.contact = {};
    o.phone.clear();
  }
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
  std::vector<Leak> out;
  const std::string haystack = normalise(text);
  for (const Pupil& x : original.pupils)
    for (const std::string& needle : needles_of(x)) {
      std::string n = normalise(needle);
      if (!n.empty() && contains_word(haystack, n)) out.push_back({x.id, needle});
    }
  return out;
}

}  // namespace nastavnik
