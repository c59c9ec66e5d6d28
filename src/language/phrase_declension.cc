#include "language/phrase_declension.h"

#include <array>
#include <vector>

#include "language/text_util.h"

namespace nastavnik {
namespace {

using Word = std::u32string;

// Endings for genitive, dative, accusative, instrumental, prepositional; in the
// accusative "=" keeps the nominative and "~" takes the genitive (an animate masculine).
struct Paradigm {
  const char32_t* nominative;
  std::array<const char32_t*, 5> oblique;
  bool adjective;
};

// Longest endings first: the first that matches wins.
constexpr Paradigm kParadigms[] = {
    // adjectives (and participles: «заведующий», «исполняющий»)
    {U"кий", {U"кого", U"кому", U"~", U"ким", U"ком"}, true},
    {U"гий", {U"гого", U"гому", U"~", U"гим", U"гом"}, true},
    {U"хий", {U"хого", U"хому", U"~", U"хим", U"хом"}, true},
    {U"ый", {U"ого", U"ому", U"~", U"ым", U"ом"}, true},
    {U"ой", {U"ого", U"ому", U"~", U"ым", U"ом"}, true},
    {U"ий", {U"его", U"ему", U"~", U"им", U"ем"}, true},
    {U"ая", {U"ой", U"ой", U"ую", U"ой", U"ой"}, true},
    {U"яя", {U"ей", U"ей", U"юю", U"ей", U"ей"}, true},
    {U"ое", {U"ого", U"ому", U"=", U"ым", U"ом"}, true},
    {U"ее", {U"его", U"ему", U"=", U"им", U"ем"}, true},
    // nouns
    {U"ие", {U"ия", U"ию", U"=", U"ием", U"ии"}, false},  // учреждение
    {U"ия", {U"ии", U"ии", U"ию", U"ией", U"ии"}, false},  // организация, гимназия
    {U"ка", {U"ки", U"ке", U"ку", U"кой", U"ке"}, false},  // библиотека
    {U"га", {U"ги", U"ге", U"гу", U"гой", U"ге"}, false},
    {U"ца", {U"цы", U"це", U"цу", U"цей", U"це"}, false},
    {U"а", {U"ы", U"е", U"у", U"ой", U"е"}, false},        // школа
    {U"я", {U"и", U"е", U"ю", U"ей", U"е"}, false},
    {U"ей", {U"ея", U"ею", U"~", U"еем", U"ее"}, false},   // лицей
    {U"ь", {U"я", U"ю", U"~", U"ем", U"е"}, false},        // учитель, заместитель
    {U"", {U"а", U"у", U"~", U"ом", U"е"}, false},         // директор, педагог, сад
};

bool is_cyrillic_lower(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё'; }
bool is_consonant(char32_t c) { return is_cyrillic_lower(c) && Word(U"аеёиоуыэюяйь").find(c) == Word::npos; }

bool ends_with(const Word& w, const Word& e) { return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; }

// The paradigm of a word written in lower case after its first letter; nullptr
// for what is not a Russian word in the nominative (abbreviations, numbers).
const Paradigm* paradigm_of(const Word& w) {
  if (w.size() < 3) return nullptr;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (!is_cyrillic_lower(w[i])) return nullptr;
  for (const Paradigm& p : kParadigms) {
    Word e = p.nominative;
    if (e.empty() ? !is_consonant(w.back()) : !ends_with(w, e)) continue;
    return &p;
  }
  return nullptr;
}

Word apply(const Word& w, const Paradigm& p, NameCase c, bool animate) {
  if (c == NameCase::Nominative) return w;
  int k = static_cast<int>(c) - 1;
  Word e = p.oblique[k];
  if (e == U"=" || (e == U"~" && !animate)) return w;
  if (e == U"~") e = p.oblique[0];
  Word stem = w.substr(0, w.size() - Word(p.nominative).size());
  return stem + e;
}

// One word, hyphenated parts each («педагог-психолог» → «педагога-психолога»).
Word decline_word(const Word& w, NameCase c, bool animate, bool& head_done) {
  std::vector<Word> parts(1);
  for (char32_t ch : w) {
    if (ch == U'-')
      parts.emplace_back();
    else
      parts.back().push_back(ch);
  }
  Word out;
  bool any_noun = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Paradigm* p = paradigm_of(parts[i]);
    if (p && !p->adjective) any_noun = true;
    if (i) out += U'-';
    out += p ? apply(parts[i], *p, c, animate) : parts[i];
  }
  if (any_noun) head_done = true;
  return out;
}

}  // namespace

std::string decline_phrase(std::string_view phrase, NameCase c, bool animate) {
  Word text;
  for (std::size_t pos = 0; pos < phrase.size();) text += next_code_point(phrase, pos);
  Word out;
  bool head_done = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && text[j] != U' ' && text[j] != U'\u00A0') ++j;
    Word w = text.substr(i, j - i);
    if (!head_done) {
      const Paradigm* p = paradigm_of(w);
      if (w.find(U'-') != Word::npos || p) {
        out += decline_word(w, c, animate, head_done);
      } else {
        out += w;
        head_done = true;  // a word the rules do not know ends the declined part
      }
    } else {
      out += w;
    }
    if (j < text.size()) out += text[j];
    i = j + 1;
  }
  std::string result;
  for (char32_t ch : out) append_utf8(result, ch);
  return result;
}

}  // namespace nastavnik
