// The publication view: what of the programme may go on the school's site
// (152-ФЗ ст. 10.1). Staff appear by name (the law publishes them); a pupil appears
// by name only in the form their signed dissemination consent allows, otherwise only
// as a count; an outside participant (student, employer's representative, parent) the
// same way, otherwise by role.
// Birth dates, representatives, addresses, phones and identity documents of
// pupils and parents are never published. Every public document is built from
// the redacted copy, so a kind cannot leak what the copy no longer holds.
#pragma once
#include <string>
#include <vector>

#include "documents/pupil_names.h"
#include "model/model.h"

namespace nastavnik {

// One line of `check --site`: a person (or a kind of data) and why it is treated so.
struct PublicationNote {
  std::string who;      // «Обучающийся Орлов Т.А.» — for the deputy's terminal, never for the site
  std::string pointer;  // «/pupils/0»; "" for a general rule
  std::string reason;   // «нет согласия на распространение — на сайте только в числах»
};

struct PublicationView {
  Programme programme;                   // the redacted copy public documents are built from
  std::vector<PublicationNote> withheld;  // what is left out and why
  std::vector<PublicationNote> named;     // pupils and outside participants named thanks to a consent, and how
};

// Builds the redacted copy of a validated programme and the notes explaining it.
PublicationView publication_view(const Programme& p);

// True for a pupil of the redacted copy who may not be named: their name was removed,
// so documents show them as a count («3 обучающихся»).
inline bool is_withheld(const Pupil& pupil) { return pupil.full_name.empty(); }
// The same for an outside participant (student, employer's representative, parent): documents
// show them by role («студент, ГБПОУ «…»»).
inline bool is_withheld(const OtherPerson& other) { return other.full_name.empty(); }

// The name a consent allows: «Орлов Тимофей», «Орлов Т.», «Тимофей».
std::string consented_name(const std::string& full_name, DisseminationConsent::Name form);

// Looks in `text` (a page's text) for what the original programme's pupils may not
// have published: names beyond their consent's form in any case (PupilNameMatcher),
// birth dates, representatives, addresses; at most one finding per pupil, the
// most specific. Compared as words (match_words.h). Empty when the text is clean.
std::vector<Leak> find_leaks(const Programme& original, const std::string& text);

}  // namespace nastavnik
