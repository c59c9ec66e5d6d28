// Words of a text as a name check compares them: a person trying (or a clipboard
// happening) to slip a name past the check writes «Oрлов» with a Latin O,
// «ОРЛОВ», «Орлóв» with a stress mark, «Ор­лов» with a soft hyphen, «Фёдоров» as
// «Федоров». All of these come out as the same word here.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

// The text's words in comparison form: lower case, «ё» as «е», Latin and Greek
// letters that look Cyrillic (A, B, C, E, H, K, M, O, P, T, X, Y, a, c, e, o, p,
// x, y, k …) as those Cyrillic letters, and 0/3 inside a Cyrillic word as «о»/«з»;
// invisible characters (soft hyphen, zero-width ones) and combining accents are
// dropped (a combining breve makes «й»). Anything but a letter or digit separates words.
std::vector<std::string> match_words(std::string_view text);

}  // namespace nastavnik
