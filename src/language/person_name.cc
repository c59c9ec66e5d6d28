#include "language/person_name.h"

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

}  // namespace

PersonName PersonName::parse(std::string_view full_name) {
  PersonName n;
  std::string s = collapse_whitespace(full_name);
  std::string* parts[] = {&n.surname, &n.given, &n.patronymic};
  size_t idx = 0, start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    std::string word = s.substr(start, end - start);
    if (idx < 3) {
      *parts[idx++] = word;
    } else {
      n.patronymic += " " + word;
    }
    start = end + 1;
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
