#include "language/person_name.h"

#include <algorithm>
#include <vector>

#include "language/text_util.h"

namespace nastavnik {
namespace {

// First character of a UTF-8 word, upper-cased, with «.»; a hyphenated given name
// («Анна-Мария») keeps both parts: «А.-М.».
std::string initial_of(std::string_view word) {
  std::string out;
  size_t pos = 0;
  bool at_start = true;
  while (pos < word.size()) {
    size_t begin = pos;
    char32_t cp = next_code_point(word, pos);
    if (at_start) {
      out += capitalize_first_utf8(word.substr(begin, pos - begin)) + ".";
      at_start = false;
    }
    if (cp == U'-') {
      out += "-";
      at_start = true;
    }
  }
  return out;
}

// «А.», «А.А.», «А.-М.»: capital letters, each followed by a dot.
bool is_initials(std::string_view word) {
  size_t pos = 0;
  int letters = 0;
  while (pos < word.size()) {
    char32_t cp = next_code_point(word, pos);
    bool upper = (cp >= U'А' && cp <= U'Я') || cp == U'Ё' || (cp >= U'A' && cp <= U'Z');
    if (!upper || pos >= word.size() || word[pos] != '.') return false;
    ++pos, ++letters;
    if (pos < word.size() && word[pos] == '-') ++pos;
  }
  return letters > 0;
}

}  // namespace

PersonName PersonName::parse(std::string_view full_name) {
  PersonName n;
  std::vector<std::string> words;
  std::string s = collapse_whitespace(full_name);
  for (size_t start = 0; start < s.size();) {
    size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  // «А.А. Лазутин» as written in a signature: the surname is the last word.
  if (words.size() >= 2 && is_initials(words.front()) && !is_initials(words.back()))
    std::rotate(words.begin(), words.end() - 1, words.end());
  // «Лазутин А.А.»: glued initials are the given name's and the patronymic's.
  if (words.size() == 2 && is_initials(words[1])) {
    size_t dot = words[1].find('.');
    if (dot + 1 < words[1].size() && words[1][dot + 1] != '-') {
      words.push_back(words[1].substr(dot + 1));
      words[1] = words[1].substr(0, dot + 1);
    }
  }
  std::string* parts[] = {&n.surname, &n.given, &n.patronymic};
  for (size_t idx = 0; idx < words.size(); ++idx) {
    if (idx < 3) *parts[idx] = words[idx];
    else n.patronymic += " " + words[idx];
  }
  return n;
}

std::string PersonName::initials() const {
  if (given.empty()) return "";
  return initial_of(given) + (patronymic.empty() ? "" : initial_of(patronymic));
}

std::string PersonName::surname_first() const {
  std::string i = initials();
  return i.empty() ? surname : surname + kNbsp + i;
}

std::string PersonName::initials_first() const {
  std::string i = initials();
  return i.empty() ? surname : i + kNbsp + surname;
}

}  // namespace nastavnik
