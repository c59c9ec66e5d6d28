#include "language/match_words.h"

#include <algorithm>

#include "language/text_util.h"

namespace nastavnik {
namespace {

// A Latin or Greek letter drawn like a Cyrillic one, as that Cyrillic letter in lower case; 0 for others.
char32_t cyrillic_look_alike(char32_t cp) {
  switch (cp) {
    case U'A': case U'a': case 0x0391: case 0x03B1: return U'а';
    case U'B': case 0x0392: return U'в';
    case U'C': case U'c': case 0x03F9: case 0x03F2: return U'с';
    case U'E': case U'e': case 0x0395: return U'е';
    case U'H': case 0x0397: return U'н';
    case U'K': case U'k': case 0x039A: case 0x03BA: return U'к';
    case U'M': case 0x039C: return U'м';
    case U'O': case U'o': case 0x039F: case 0x03BF: return U'о';
    case U'P': case U'p': case 0x03A1: case 0x03C1: return U'р';
    case U'T': case 0x03A4: return U'т';
    case U'X': case U'x': case 0x03A7: case 0x03C7: return U'х';
    case U'Y': case U'y': case 0x03A5: return U'у';
  }
  return 0;
}

bool is_invisible(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
         cp == 0x034F;
}

bool is_combining(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

bool is_cyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x04FF; }

bool is_word_char(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || is_cyrillic(cp) ||
         (cp >= 0x0370 && cp <= 0x03FF);
}

// Lower case and «ё» → «е» for the letters names use (Cyrillic А–Я, Ё; Latin was folded already or stays).
char32_t fold_letter(char32_t cp) {
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
  if (cp == 0x0401 || cp == 0x0451) return U'е';
  if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
  return cp;
}

// Digits that pose as letters, once the word is known to be Cyrillic.
void fold_digits(std::u32string& word) {
  if (std::none_of(word.begin(), word.end(), [](char32_t c) { return c >= 0x0430 && c <= 0x044F; })) return;
  for (char32_t& c : word) {
    if (c == U'0') c = U'о';
    else if (c == U'3') c = U'з';
  }
}

}  // namespace

std::vector<std::string> match_words(std::string_view text) {
  std::vector<std::string> out;
  std::u32string word;
  auto flush = [&] {
    if (word.empty()) return;
    fold_digits(word);
    std::string utf8;
    for (char32_t c : word) append_utf8(utf8, c);
    out.push_back(std::move(utf8));
    word.clear();
  };
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = next_code_point(text, pos);
    if (is_invisible(cp)) continue;
    if (is_combining(cp)) {
      if (cp == 0x0306 && !word.empty() && word.back() == U'и') word.back() = U'й';  // и + breve
      continue;
    }
    if (!is_word_char(cp)) {
      flush();
      continue;
    }
    if (char32_t look = cyrillic_look_alike(cp)) cp = look;
    word.push_back(fold_letter(cp));
  }
  flush();
  return out;
}

}  // namespace nastavnik
