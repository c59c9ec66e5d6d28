// Every form of a pupil's name that a public text may not hold. A name typed into
// free text comes in any grammatical case («наградить Орлову Тимофею»), alone
// («докладчик — Орлов»), as first name and patronymic («Тимофей Алексеевич»), in
// capitals or with a Latin look-alike letter; the forms are built from the
// project's declension (and the data's explicit forms) and compared as words
// (match_words.h), so each of these is found.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace nastavnik {

// A piece of a pupil's (or an outside participant's) personal data found in a public text.
struct Leak {
  std::string person_id;  // a pupil's or an outside participant's (`others`) id
  std::string found;  // the form that was found («Орлов Т.А.», «11.02.2013»)
};

class PupilNameMatcher {
 public:
  // For each pupil and each participant from outside the school (`others`) of the
  // original (unredacted) programme, the name forms beyond what their dissemination
  // consent allows, in all six cases: full name, surname with initials or first name,
  // first name with patronymic, and the surname alone. A form that is also how staff
  // or a consented person may be named is left out, or staff could not be named: a
  // surname alone when it is a word of such a name («Орлова» of «Орлова-Соколовская»),
  // a longer form when it is one of their forms.
  explicit PupilNameMatcher(const Programme& original);

  // Adds another form to look for (a birth date, an address), as whole words.
  void add(const std::string& person_id, const std::string& form);

  // Adds every form of another person's name in every case (a pupil's representative).
  void add_person(const std::string& person_id, const std::string& full_name);

  // What `text` holds: at most one form per pupil, the longest (in words) found.
  std::vector<Leak> find(std::string_view text) const;

 private:
  struct Needle {
    std::string person_id, form;
    std::vector<std::string> words;
  };
  std::vector<Needle> needles_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
  std::vector<std::vector<std::string>> published_;  // forms adults and consented pupils are named by
  std::vector<std::string> published_words_;         // every word of those (a hyphenated surname's parts too)
};

// Whose name a leak is, for a message: «обучающегося (/pupils/0)» or «участника программы
// не из школы (/others/1)».
std::string leaked_person(const Programme& original, const std::string& person_id);

}  // namespace nastavnik
