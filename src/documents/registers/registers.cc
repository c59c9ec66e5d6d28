// The three registers of the target model as text: who mentors, who is mentored,
// and the pairs and groups, ordered the way a school files them.
#include "documents/registers/registers.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <limits>
#include <map>
#include <tuple>

#include "documents/pair_label.h"
#include "model/mentoring_form.h"
#include "model/person_forms.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

using Type = RegisterColumn::Type;

// The forms in the order of the methodology: the pupil model, then the teacher model.
constexpr const char* kFormOrder[] = {
    "ученик – ученик", "учитель – ученик", "студент – ученик", "работодатель – ученик",
    "учитель – учитель", "традиционная", "групповая", "виртуальная", "реверсивная",
    "ситуационная", "скоростная", "краткосрочная"};

int form_rank(const std::string& form) {
  const auto* at = std::find(std::begin(kFormOrder), std::end(kFormOrder), form);
  return static_cast<int>(at - std::begin(kFormOrder));  // unknown forms last
}

// Pupils first, then staff, then everybody else (the mentees register's grouping).
int category_rank(const FoundPerson& x) { return x.pupil ? 0 : x.staff ? 1 : 2; }

std::string category(const FoundPerson& x) {
  if (x.staff) return "Педагог";
  if (x.pupil) return "Обучающийся";
  if (!x.other) return "";
  switch (x.other->kind) {
    case OtherPerson::Kind::Student: return "Студент";
    case OtherPerson::Kind::Employer: return "Представитель работодателя";
    case OtherPerson::Kind::Parent: return "Родитель";
  }
  return "";
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& s : parts) {
    if (s.empty()) continue;
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// «учитель математики», «7А класс», «3 курс, ГБПОУ «Колледж»».
std::string affiliation(const FoundPerson& x) {
  if (x.staff) return x.staff->position;
  if (x.pupil) return x.pupil->class_name.empty() ? "" : x.pupil->class_name + " класс";
  if (x.other) return join({x.other->position, x.other->organisation}, ", ");
  return "";
}

// Alphabetical order as people expect it: letter case and «ё» do not matter.
std::string name_key(const std::string& full_name) {
  return fold_for_match(collapse_whitespace(full_name));
}

// «7А» < «10Б»: the grade as a number, then the letter; a class without a grade last.
std::pair<int, std::string> class_key(const std::string& class_name) {
  const std::string s = trim(class_name);
  int grade = std::numeric_limits<int>::max();
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), grade);
  if (ec != std::errc()) return {std::numeric_limits<int>::max(), fold_for_match(s)};
  return {grade, fold_for_match(std::string_view(s).substr(end - s.data()))};
}

// Full years of a person born on `birth` at the day `on`.
int age_on(const Date& birth, const Date& on) {
  const bool before_birthday = std::tie(on.month, on.day) < std::tie(birth.month, birth.day);
  return on.year - birth.year - (before_birthday ? 1 : 0);
}

// ТК РФ ст. 351.8: «от 28.08.2023, доп. соглашение от 30.08.2023 № 15»; «нет» for a
// teacher without it; «—» for mentors who are not staff (the article does not apply).
std::string consent_text(const FoundPerson& x) {
  if (!x.staff) return "—";
  const auto& consent = x.staff->mentoring_consent;
  if (!consent) return "нет";
  std::string agreement;
  const DocumentRef& a = consent->agreement;
  if (a.date || !a.number.empty()) {
    agreement = "доп. соглашение";
    if (a.date) agreement += " от " + format_numeric(*a.date);
    if (!a.number.empty()) agreement += " №" + std::string(kNbsp) + a.number;
  }
  const std::string text =
      join({consent->date ? "от " + format_numeric(*consent->date) : "", agreement}, ", ");
  return text.empty() ? "да" : text;
}

// «Сидорова Мария Ивановна, мать, тел. …» for a minor; «совершеннолетний» for a
// pupil 18 or older when the academic year starts; nothing for other mentees.
std::string guardian_text(const Programme& p, const FoundPerson& x) {
  if (!x.pupil) return "";
  const Pupil& pupil = *x.pupil;
  if (pupil.birth_date && age_on(*pupil.birth_date, p.academic_year.start()) >= 18) {
    return pupil.sex == Sex::Female ? "совершеннолетняя" : "совершеннолетний";
  }
  if (!pupil.representative) return "не указан";
  const Representative& r = *pupil.representative;
  return join({r.full_name, r.relation, r.phone.empty() ? "" : "тел. " + r.phone}, ", ");
}

std::string title(const std::string& what, const Programme& p) {
  return join({what, p.organisation.short_name,
               "на " + p.academic_year.label() + " учебный год"},
              " ");
}

std::string curator_name(const Programme& p, const Pair& pair) {
  const std::string& id = pair.curator.empty() ? p.curator : pair.curator;
  if (id.empty()) return "";
  return p.find_person(id).full_name;
}

RegisterSheet mentors_register(const Programme& p) {
  RegisterSheet s;
  s.sheet_name = "База наставников";
  s.title = title("База наставников", p);
  s.frozen_columns = 2;
  s.columns = {{"№", 6, Type::Number},
               {"ФИО", 28, Type::Text},
               {"Категория", 15, Type::Text},
               {"Должность, класс или организация", 26, Type::Text},
               {"Стаж (лет)", 9, Type::Number},
               {"Согласие на наставничество (ТК РФ ст. 351.8)", 26, Type::Text},
               {"Наставляемые", 22, Type::Text},
               {"Формы", 20, Type::Text}};

  std::vector<std::string> mentors;  // in order of first appearance
  std::map<std::string, std::vector<const Pair*>> pairs_of;
  for (const Pair& pair : p.pairs) {
    auto& list = pairs_of[pair.mentor];
    if (list.empty()) mentors.push_back(pair.mentor);
    list.push_back(&pair);
  }
  std::map<std::string, std::string> key_of;
  for (const std::string& id : mentors) key_of[id] = name_key(p.find_person(id).full_name);
  std::stable_sort(mentors.begin(), mentors.end(),
                   [&](const auto& a, const auto& b) { return key_of[a] < key_of[b]; });

  for (const std::string& id : mentors) {
    const FoundPerson m = p.find_person(id);
    std::vector<std::string> mentee_names, forms, seen;
    for (const Pair* pair : pairs_of[id]) {
      for (const std::string& mentee : pair->mentees) {
        if (std::find(seen.begin(), seen.end(), mentee) != seen.end()) continue;
        seen.push_back(mentee);
        mentee_names.push_back(mentee);
      }
      if (std::find(forms.begin(), forms.end(), pair->form) == forms.end())
        forms.push_back(pair->form);
    }
    std::stable_sort(mentee_names.begin(), mentee_names.end(), [&](const auto& a, const auto& b) {
      return name_key(p.find_person(a).full_name) < name_key(p.find_person(b).full_name);
    });
    for (std::string& id : mentee_names) id = person_short_name(p, id);
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto& a, const auto& b) { return form_rank(a) < form_rank(b); });
    const std::string experience = m.staff && m.staff->experience_years
                                       ? std::to_string(*m.staff->experience_years)
                                       : "";
    s.rows.push_back({std::to_string(s.rows.size() + 1), m.full_name, category(m), affiliation(m),
                      experience, consent_text(m), join(mentee_names, "\n"),
                      join(forms, "\n")});
  }
  return s;
}

RegisterSheet mentees_register(const Programme& p) {
  RegisterSheet s;
  s.sheet_name = "База наставляемых";
  s.title = title("База наставляемых", p);
  s.frozen_columns = 2;
  s.columns = {{"№", 6, Type::Number},
               {"ФИО", 26, Type::Text},
               {"Категория", 14, Type::Text},
               {"Класс / должность", 16, Type::Text},
               {"Дата рождения", 13, Type::Date},
               {"Законный представитель", 28, Type::Text},
               {"Наставник", 20, Type::Text},
               {"Форма", 16, Type::Text},
               {"Срок", 15, Type::Text}};

  // Sorted by category, then class, then name; a mentee in two pairs by start date.
  using Key = std::tuple<int, std::pair<int, std::string>, std::string, Date, std::size_t>;
  struct Entry {
    Key key;
    const Pair* pair;
    FoundPerson mentee;
  };
  std::vector<Entry> entries;
  for (const Pair& pair : p.pairs) {
    for (const std::string& id : pair.mentees) {
      FoundPerson x = p.find_person(id);
      auto klass = x.pupil ? class_key(x.pupil->class_name)
                           : std::pair{std::numeric_limits<int>::max(), std::string()};
      Key key{category_rank(x), std::move(klass), name_key(x.full_name),
              pair.from.value_or(Date{}), entries.size()};
      entries.push_back({std::move(key), &pair, std::move(x)});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });

  for (const Entry& e : entries) {
    const FoundPerson& x = e.mentee;
    // A pupil's class as is («7А»), so the column filters by class.
    const std::string place = x.pupil ? x.pupil->class_name : affiliation(x);
    const std::string birth =
        x.pupil && x.pupil->birth_date ? format_numeric(*x.pupil->birth_date) : "";
    s.rows.push_back({std::to_string(s.rows.size() + 1), x.full_name, category(x), place, birth,
                      guardian_text(p, x), person_short_name(p, e.pair->mentor),
                      e.pair->form, term_text(e.pair->from, e.pair->to)});
  }
  return s;
}

RegisterSheet pairs_register(const Programme& p) {
  RegisterSheet s;
  s.sheet_name = "Наставнические пары (группы)";
  s.title = title("Наставнические пары (группы)", p);
  s.columns = {{"№ пары", 8, Type::Number},
               {"Форма", 18, Type::Text},
               {"Наставник (ФИО, должность)", 28, Type::Text},
               {"Наставляемый / группа", 28, Type::Text},
               {"Срок", 15, Type::Text},
               {"Цель", 32, Type::Text},
               {"Куратор (ФИО)", 22, Type::Text}};

  // In data order: a pair's number here is its row in the pair-fixing order (pair_label.h).
  for (const Pair& x : p.pairs) {
    const Pair* pair = &x;
    const FoundPerson mentor = p.find_person(pair->mentor);
    std::vector<std::string> mentees;
    for (const std::string& id : pair->mentees) {
      const FoundPerson x = p.find_person(id);
      const bool with_class = x.pupil && !x.pupil->class_name.empty();
      mentees.push_back(with_class ? x.full_name + " (" + x.pupil->class_name + ")" : x.full_name);
    }
    s.rows.push_back({std::to_string(pair_number(p, pair->id)), pair->form,
                      join({mentor.full_name, affiliation(mentor)}, ", "), join(mentees, "\n"),
                      term_text(pair->from, pair->to), pair->goal, curator_name(p, *pair)});
  }
  return s;
}

}  // namespace

std::vector<RegisterSheet> build_registers(const Programme& p) {
  return {mentors_register(p), mentees_register(p), pairs_register(p)};
}

}  // namespace nastavnik
