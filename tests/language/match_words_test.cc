// Words in comparison form: case, «ё», look-alike letters, invisible characters.
#include "language/match_words.h"

#include <catch2/catch.hpp>

using namespace nastavnik;
using W = std::vector<std::string>;

TEST_CASE("words fold case and ё, and split at anything but letters and digits", "[match_words]") {
  CHECK(match_words("Докладчик — ОРЛОВ, Фёдоров!") == W{"докладчик", "орлов", "федоров"});
  CHECK(match_words("Орлов\u00A0Т.\u2009А.") == W{"орлов", "т", "а"});
  CHECK(match_words("Петрова-Водкина") == W{"петрова", "водкина"});
  CHECK(match_words("11.02.2013") == W{"11", "02", "2013"});
  CHECK(match_words("") == W{});
}

TEST_CASE("Latin and Greek look-alikes become Cyrillic", "[match_words]") {
  CHECK(match_words("Oрлов") == W{"орлов"});          // Latin O
  CHECK(match_words("OPЛOB") == W{"орлов"});          // Latin O, P, O, B
  CHECK(match_words("Громовa") == W{"громова"});      // Latin a at the end
  CHECK(match_words("\u039Fрлов") == W{"орлов"});     // Greek Omicron
  CHECK(match_words("TИMOФEЙ") == W{"тимофей"});      // Latin T, M, O, E
  CHECK(match_words("Cидоренко") == W{"сидоренко"});  // Latin C
  CHECK(match_words("Xабибуллин") == W{"хабибуллин"});
  CHECK(match_words("Mozilla") == W{"моzillа"});      // a Latin word folds too, harmlessly
}

TEST_CASE("invisible characters, stress marks and digit look-alikes do not split or hide a word", "[match_words]") {
  CHECK(match_words("Ор\u00ADлов") == W{"орлов"});       // soft hyphen
  CHECK(match_words("Ор\u200Bлов") == W{"орлов"});       // zero-width space
  CHECK(match_words("Орло\u0301в") == W{"орлов"});       // combining acute (stress)
  CHECK(match_words("Тимофеи\u0306") == W{"тимофей"});   // и + combining breve
  CHECK(match_words("Ё\u0308лкин") == W{"елкин"});       // a stray diaeresis
  CHECK(match_words("ОРЛ0В") == W{"орлов"});             // digit zero in a Cyrillic word
  CHECK(match_words("3айцев") == W{"зайцев"});           // digit three
  CHECK(match_words("2023 год") == W{"2023", "год"});    // digits alone stay digits
}
