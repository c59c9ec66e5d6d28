#include "documents/pupil_names.h"

#include <algorithm>

#include "language/match_words.h"
#include "language/person_name.h"
#include "model/person_forms.h"

namespace nastavnik {
namespace {

// Which parts of a name a form shows; a consent allows some of them.
enum class Part { Surname, SurnameInitial, SurnameGiven, WithPatronymic };

struct Form {
  std::string text;
  Part part;
};

constexpr NameCase kCases[] = {NameCase::Nominative, NameCase::Genitive,     NameCase::Dative,
                               NameCase::Accusative, NameCase::Instrumental, NameCase::Prepositional};

// Every form of a name in every case, most specific first.
std::vector<Form> forms_of(const std::string& full_name, const NameForms& explicit_forms, std::optional<Sex> sex) {
  std::vector<Form> out;
  for (NameCase c : kCases) {
    PersonName n = PersonName::parse(full_name_in(full_name, explicit_forms, sex, c));
    if (n.surname.empty()) continue;
    if (!n.patronymic.empty() && !n.given.empty()) {
      out.push_back({n.surname + " " + n.given + " " + n.patronymic, Part::WithPatronymic});
      out.push_back({n.given + " " + n.patronymic + " " + n.surname, Part::WithPatronymic});
      out.push_back({n.surname_first(), Part::WithPatronymic});
      out.push_back({n.initials_first(), Part::WithPatronymic});
      out.push_back({n.given + " " + n.patronymic, Part::WithPatronymic});
    }
    if (!n.given.empty()) {
      out.push_back({n.surname + " " + n.given, Part::SurnameGiven});
      out.push_back({n.given + " " + n.surname, Part::SurnameGiven});
      PersonName short_name{n.surname, n.given, ""};
      out.push_back({short_name.surname_first(), Part::SurnameInitial});
      out.push_back({short_name.initials_first(), Part::SurnameInitial});
    }
    out.push_back({n.surname, Part::Surname});
  }
  return out;
}

// What a person's consent to dissemination lets the site show of their name.
bool allowed(const std::optional<DisseminationConsent>& consent, Part part) {
  if (!consent) return false;
  switch (consent->name) {
    case DisseminationConsent::Name::Full: return part != Part::WithPatronymic;
    case DisseminationConsent::Name::Short: return part == Part::Surname || part == Part::SurnameInitial;
    case DisseminationConsent::Name::FirstName: return false;
  }
  return false;
}

}  // namespace

PupilNameMatcher::PupilNameMatcher(const Programme& p) {
  auto publish = [&](const std::string& form) {
    published_.push_back(match_words(form));
    published_words_.insert(published_words_.end(), published_.back().begin(), published_.back().end());
  };
  for (const StaffMember& s : p.staff)
    for (const Form& f : forms_of(s.full_name, s.name_forms, s.sex)) publish(f.text);
  // Participants from outside the school (students, employers' people, parents) are
  // not school staff: like pupils, they are named only as their consent allows.
  for (const OtherPerson& o : p.others)
    for (const Form& f : forms_of(o.full_name, o.name_forms, o.sex))
      if (allowed(o.dissemination, f.part)) publish(f.text);
  for (const Pupil& x : p.pupils)
    for (const Form& f : forms_of(x.full_name, x.name_forms, x.sex))
      if (allowed(x.dissemination, f.part)) publish(f.text);
  std::sort(published_.begin(), published_.end());
  std::sort(published_words_.begin(), published_words_.end());

  for (const Pupil& x : p.pupils)
    for (const Form& f : forms_of(x.full_name, x.name_forms, x.sex))
      if (!allowed(x.dissemination, f.part)) add(x.id, f.text);
  for (const OtherPerson& o : p.others)
    for (const Form& f : forms_of(o.full_name, o.name_forms, o.sex))
      if (!allowed(o.dissemination, f.part)) add(o.id, f.text);
}

void PupilNameMatcher::add(const std::string& person_id, const std::string& form) {
  std::vector<std::string> words = match_words(form);
  if (words.empty() || std::binary_search(published_.begin(), published_.end(), words)) return;
  if (words.size() == 1 && std::binary_search(published_words_.begin(), published_words_.end(), words[0])) return;
  for (size_t i : by_first_word_[words[0]])
    if (needles_[i].person_id == person_id && needles_[i].words == words) return;  // the same form in another case
  by_first_word_[words[0]].push_back(needles_.size());
  needles_.push_back({person_id, form, std::move(words)});
}

void PupilNameMatcher::add_person(const std::string& person_id, const std::string& full_name) {
  for (const Form& f : forms_of(full_name, NameForms{}, std::nullopt)) add(person_id, f.text);
}

std::vector<Leak> PupilNameMatcher::find(std::string_view text) const {
  const std::vector<std::string> words = match_words(text);
  std::vector<const Needle*> best;  // per pupil, in the order pupils are first found
  for (size_t at = 0; at < words.size(); ++at) {
    auto it = by_first_word_.find(words[at]);
    if (it == by_first_word_.end()) continue;
    for (size_t i : it->second) {
      const Needle& n = needles_[i];
      if (at + n.words.size() > words.size() ||
          !std::equal(n.words.begin(), n.words.end(), words.begin() + static_cast<std::ptrdiff_t>(at)))
        continue;
      auto same = std::find_if(best.begin(), best.end(), [&](const Needle* b) { return b->person_id == n.person_id; });
      if (same == best.end()) best.push_back(&n);
      else if (n.words.size() > (*same)->words.size() || (n.words.size() == (*same)->words.size() && &n < *same))
        *same = &n;
    }
  }
  std::vector<Leak> out;
  for (const Needle* n : best) out.push_back({n->person_id, n->form});
  return out;
}

std::string leaked_person(const Programme& original, const std::string& person_id) {
  if (const Pupil* x = original.find_pupil(person_id)) return "обучающегося (" + x->pointer + ")";
  if (const OtherPerson* o = original.find_other(person_id)) return "участника программы не из школы (" + o->pointer + ")";
  return "(" + person_id + ")";
}

}  // namespace nastavnik
