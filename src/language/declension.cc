#include "language/declension.h"

#include <array>
#include <nlohmann/json.hpp>
#include <vector>

#include "language/text_util.h"

namespace nastavnik {
namespace generated {
// petrovich 0.2.1 rules.json, compiled in by CMake (build/generated/petrovich_rules.cc).
std::string_view petrovich_rules_json();
}  // namespace generated

namespace {

using Word = std::u32string;

enum Part { kLast, kFirst, kMiddle };

struct Rule {
  Gender gender = Gender::Androgynous;  // Androgynous rules serve every gender
  std::vector<Word> tests;              // folded: lower case, «ё» as «е»
  std::array<Word, 5> mods;             // genitive … prepositional
  bool first_word = false;              // only for «Бонч» of «Бонч-Бруевич»
  bool unknown_tag = false;             // a tag this code does not know: never applies
};

struct RuleSet {
  std::vector<Rule> corrections, exceptions, suffixes;
};

// Forms petrovich 0.2.1 gets wrong, checked before its own exceptions (whole
// words, same mod syntax). Each line says which petrovich form it replaces.
struct Correction {
  Part part;
  Gender gender;
  const char* words;  // space-separated, folded
  const char* mods;   // space-separated: genitive … prepositional
};
constexpr Correction kCorrections[] = {
    // Patronymics stressed on the ending take «-ом»: Ильичом (petrovich: Ильичем).
    {kMiddle, Gender::Male, "ильич кузьмич лукич фомич фокич", "а у а ом е"},
    // Surnames that are nouns stressed on the ending follow the noun: Ткачом
    // (petrovich: Ткачем). A family that stresses the stem overrides it in the data.
    {kLast, Gender::Male, "ткач трубач скрипач калач усач силач богач грач", "а у а ом е"},
    // petrovich's androgynous exception declines these for women too (Цоя);
    // a woman's surname ending in a consonant does not decline.
    {kLast, Gender::Female, "вий сой цой хой", ". . . . ."},
    // Stressed ending: Ильёй (petrovich: Ильей, with «е» for the stressed «ё»).
    {kFirst, Gender::Male, "илья", "-и -е -ю -ёй -е"},
};

Word to_word(std::string_view s) {
  Word w;
  for (std::size_t pos = 0; pos < s.size();) w += next_code_point(s, pos);
  return w;
}

std::string to_utf8(const Word& w) {
  std::string out;
  for (char32_t cp : w) append_utf8(out, cp);
  return out;
}

bool is_upper(char32_t cp) {
  return (cp >= U'A' && cp <= U'Z') || (cp >= 0x410 && cp <= 0x42F) || cp == 0x401;
}
bool is_lower(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= 0x430 && cp <= 0x44F) || cp == 0x451;
}
char32_t to_lower(char32_t cp) {
  if (cp == 0x401) return 0x451;
  return is_upper(cp) ? cp + (cp < 0x80 ? 32 : 0x20) : cp;
}
char32_t to_upper(char32_t cp) {
  if (cp == 0x451) return 0x401;
  return is_lower(cp) ? cp - (cp < 0x80 ? 32 : 0x20) : cp;
}

// Rules are written in lower case and mostly without «ё»; people write both
// «Пугачёва» and «Пугачева», and both must meet the rule for «-ева».
Word fold(const Word& w) {
  Word out;
  for (char32_t cp : w) {
    cp = to_lower(cp);
    out += (cp == 0x451) ? char32_t{0x435} : cp;
  }
  return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = s.find(sep, start);
    parts.emplace_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

Gender parse_gender(const std::string& g) {
  if (g == "male") return Gender::Male;
  if (g == "female") return Gender::Female;
  return Gender::Androgynous;
}

Rule parse_rule(const nlohmann::json& j) {
  Rule r;
  r.gender = parse_gender(j.at("gender").get<std::string>());
  for (const auto& t : j.at("test")) r.tests.push_back(fold(to_word(t.get<std::string>())));
  for (std::size_t i = 0; i < 5; ++i) r.mods[i] = to_word(j.at("mods").at(i).get<std::string>());
  for (const auto& tag : j.value("tags", nlohmann::json::array())) {
    (tag == "first_word" ? r.first_word : r.unknown_tag) = true;
  }
  return r;
}

std::array<RuleSet, 3> load_rules() {
  std::array<RuleSet, 3> sets;
  const auto json = nlohmann::json::parse(generated::petrovich_rules_json());
  const char* keys[] = {"lastname", "firstname", "middlename"};
  for (int p = 0; p < 3; ++p) {
    const auto& part = json.at(keys[p]);
    for (const char* list : {"exceptions", "suffixes"}) {
      auto& target = std::string_view(list) == "exceptions" ? sets[p].exceptions : sets[p].suffixes;
      for (const auto& r : part.value(list, nlohmann::json::array())) target.push_back(parse_rule(r));
    }
  }
  for (const Correction& c : kCorrections) {
    Rule r;
    r.gender = c.gender;
    for (const auto& w : split(c.words, ' ')) r.tests.push_back(to_word(w));
    const auto mods = split(c.mods, ' ');
    for (std::size_t i = 0; i < 5; ++i) r.mods[i] = to_word(mods.at(i));
    sets[c.part].corrections.push_back(r);
  }
  return sets;
}

const RuleSet& rules(Part p) {
  static const std::array<RuleSet, 3> sets = load_rules();
  return sets[p];
}

bool ends_with(const Word& w, const Word& suffix) {
  return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// petrovich takes the FIRST rule in file order that fits, not the longest
// suffix: rules.json relies on it (its last firstname rule «ния рия вия» would
// otherwise give «Марием»).
const Rule* find_in(const std::vector<Rule>& list, const Word& folded, Gender g, bool first_of_several,
                    bool whole_word) {
  for (const Rule& r : list) {
    if (r.unknown_tag || (r.first_word && !first_of_several)) continue;
    if (r.gender != Gender::Androgynous && r.gender != g) continue;
    for (const Word& t : r.tests) {
      if (whole_word ? folded == t : ends_with(folded, t)) return &r;
    }
  }
  return nullptr;
}

const Rule* find_rule(Part p, const Word& folded, Gender g, bool first_of_several) {
  const RuleSet& set = rules(p);
  if (const Rule* r = find_in(set.corrections, folded, g, first_of_several, true)) return r;
  if (const Rule* r = find_in(set.exceptions, folded, g, first_of_several, true)) return r;
  return find_in(set.suffixes, folded, g, first_of_several, false);
}

bool is_consonant(char32_t folded_cp) {
  static const Word consonants = to_word("бвгджзйклмнпрстфхцчшщ");
  return consonants.find(folded_cp) != Word::npos;
}

// petrovich drops the «е» of every «-ец» (Немец → Немца), which after two
// consonants leaves an unpronounceable stem (Швец → «Швца», Кузнец → «Кузнца»);
// there the vowel stays: Швеца, Кузнеца.
const Rule* keep_fleeting_vowel(const Rule* r, const Word& folded) {
  static const Rule keep = [] {
    Rule k;
    const char* mods[] = {"а", "у", "а", "ом", "е"};
    for (int i = 0; i < 5; ++i) k.mods[i] = to_word(mods[i]);
    return k;
  }();
  const std::size_t n = folded.size();
  if (r == nullptr || n < 3 || !ends_with(folded, U"ец") || r->mods[0] != U"--ца") return r;
  const bool cluster = is_consonant(folded[n - 3]) && (n == 3 || is_consonant(folded[n - 4]));
  return cluster ? &keep : r;
}

// Applies a petrovich mod: each «-» drops one letter, «.» does nothing, other
// letters are appended in the word's own case pattern (ПЕТРОВ → ПЕТРОВА).
Word apply_mod(Word word, const Word& mod) {
  int cased = 0, upper = 0;
  for (char32_t cp : word) {
    if (is_upper(cp) || is_lower(cp)) ++cased;
    if (is_upper(cp)) ++upper;
  }
  const bool all_caps = cased > 1 && upper == cased;
  for (char32_t cp : mod) {
    if (cp == U'.') continue;
    if (cp == U'-') {
      if (!word.empty()) word.pop_back();
      continue;
    }
    // «Мишы» (petrovich's male «-ша») breaks the rule that «ы» never follows
    // г к х ж ш ч щ; Russian spelling writes «и» there.
    if (cp == U'ы' && !word.empty() && Word(U"гкхжшчщ").find(to_lower(word.back())) != Word::npos) {
      cp = U'и';
    }
    word += all_caps ? to_upper(cp) : cp;
  }
  return word;
}

std::string decline_word(std::string_view text, Part p, NameCase c, Gender g, bool first_of_several) {
  if (c == NameCase::Nominative || text.empty()) return std::string(text);
  const Word word = to_word(text);
  const Word folded = fold(word);
  const Rule* rule = find_rule(p, folded, g, first_of_several);
  if (p == kLast && g == Gender::Male) rule = keep_fleeting_vowel(rule, folded);
  if (rule == nullptr) return std::string(text);
  return to_utf8(apply_mod(word, rule->mods[static_cast<int>(c) - 1]));
}

// Each part of a hyphenated name declines on its own (Петровой-Водкиной);
// petrovich's «first_word» rules look at the first of several parts only.
std::string decline_part(std::string_view text, Part p, NameCase c, Gender g) {
  const auto parts = split(text, '-');
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '-';
    out += decline_word(parts[i], p, c, g, i == 0 && parts.size() > 1);
  }
  return out;
}

std::string last_word(const std::string& s) {
  const std::size_t space = s.rfind(' ');
  return space == std::string::npos ? s : s.substr(space + 1);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Gender detect_gender(const PersonName& n) {
  const std::string tail = last_word(fold_for_match(collapse_whitespace(n.patronymic)));
  if (ends_with(tail, "ич") || tail == "оглы" || tail == "улы" || tail == "уулу") return Gender::Male;
  if (ends_with(tail, "вна") || ends_with(tail, "чна") || tail == "кызы" || tail == "гызы") {
    return Gender::Female;
  }
  for (const auto& part : split(n.given, '-')) {
    const Word folded = fold(to_word(part));
    for (const auto* list : {&rules(kFirst).corrections, &rules(kFirst).exceptions}) {
      for (const Rule& r : *list) {
        if (r.gender == Gender::Androgynous) continue;
        for (const Word& t : r.tests) {
          if (t == folded) return r.gender;
        }
      }
    }
  }
  return Gender::Androgynous;
}

std::string decline_surname(std::string_view surname, NameCase c, Gender g) {
  return decline_part(surname, kLast, c, g);
}

std::string decline_given(std::string_view given, NameCase c, Gender g) {
  return decline_part(given, kFirst, c, g);
}

std::string decline_patronymic(std::string_view patronymic, NameCase c, Gender g) {
  // «Гусейн оглы», «Рашид кызы»: the father's name and the particle do not decline.
  if (patronymic.find(' ') != std::string_view::npos) return std::string(patronymic);
  return decline_part(patronymic, kMiddle, c, g);
}

std::string decline_full_name(std::string_view full_name, NameCase c, std::optional<Gender> g) {
  const PersonName n = PersonName::parse(full_name);
  const Gender gender = g ? *g : detect_gender(n);
  std::string out = decline_surname(n.surname, c, gender);
  for (const std::string& part : {decline_given(n.given, c, gender),
                                  decline_patronymic(n.patronymic, c, gender)}) {
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  }
  return out;
}

std::string surname_initials(std::string_view full_name, NameCase c, std::optional<Gender> g) {
  const PersonName n = PersonName::parse(full_name);
  const std::string surname = decline_surname(n.surname, c, g ? *g : detect_gender(n));
  const std::string initials = n.initials();
  return initials.empty() ? surname : surname + kNbsp + initials;
}

std::string initials_surname(std::string_view full_name, NameCase c, std::optional<Gender> g) {
  const PersonName n = PersonName::parse(full_name);
  const std::string surname = decline_surname(n.surname, c, g ? *g : detect_gender(n));
  const std::string initials = n.initials();
  return initials.empty() ? surname : initials + kNbsp + surname;
}

}  // namespace nastavnik
