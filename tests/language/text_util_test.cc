#include "language/text_util.h"

#include <catch2/catch.hpp>
#include <string>

using namespace nastavnik;

TEST_CASE("lower_utf8 lowers Latin and the whole Cyrillic alphabet", "[text_util]") {
  CHECK(lower_utf8("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
  CHECK(lower_utf8("HELLO, World 42") == "hello, world 42");
  CHECK(lower_utf8("МБОУ «Гимназия № 7»") == "мбоу «гимназия № 7»");
  CHECK(lower_utf8("уже строчные") == "уже строчные");
  CHECK(lower_utf8("") == "");
  // A malformed byte passes through untouched.
  CHECK(lower_utf8(std::string("A\xD0") ) == std::string("a\xD0"));
}

TEST_CASE("fold_for_match treats ё as е", "[text_util]") {
  CHECK(fold_for_match("Ёлка ещё") == "елка еще");
  CHECK(fold_for_match("В ТЕЧЕНИЕ") == "в течение");
}

TEST_CASE("trim strips ASCII and Unicode spaces", "[text_util]") {
  CHECK(trim("  май \n") == "май");
  CHECK(trim("\u00A0\u202Fмай\u2009") == "май");
  CHECK(trim("с 1 по 15") == "с 1 по 15");
  CHECK(trim(" \t\r\n ") == "");
  CHECK(trim("") == "");
}

TEST_CASE("collapse_whitespace leaves single spaces between words", "[text_util]") {
  CHECK(collapse_whitespace("  Февраль-\nмай \t 2023-2024 ") == "Февраль- май 2023-2024");
  CHECK(collapse_whitespace("5\u00A0июня\u202F2024\u00A0г.") == "5 июня 2024 г.");
  CHECK(collapse_whitespace("ян\u200Bварь\u00AD") == "январь");
  CHECK(collapse_whitespace("\n\n") == "");
}

TEST_CASE("capitalize_first_utf8 upper-cases only the first letter", "[text_util]") {
  CHECK(capitalize_first_utf8("до 30.08.2023") == "До 30.08.2023");
  CHECK(capitalize_first_utf8("ежегодно в мае") == "Ежегодно в мае");
  CHECK(capitalize_first_utf8("январь") == "Январь");     // а–п block
  CHECK(capitalize_first_utf8("сентябрь") == "Сентябрь");  // р–я block
  CHECK(capitalize_first_utf8("ёлка") == "Ёлка");
  CHECK(capitalize_first_utf8("abc") == "Abc");
  CHECK(capitalize_first_utf8("Уже") == "Уже");
  CHECK(capitalize_first_utf8("5 июня") == "5 июня");
  CHECK(capitalize_first_utf8("«цитата»") == "«цитата»");
  CHECK(capitalize_first_utf8("") == "");
}

TEST_CASE("next_code_point and append_utf8 round-trip", "[text_util]") {
  const std::string text = "aЖ–😀";
  std::size_t pos = 0;
  std::string rebuilt;
  CHECK(next_code_point(text, pos) == U'a');
  CHECK(next_code_point(text, pos) == U'Ж');
  CHECK(next_code_point(text, pos) == U'–');
  CHECK(next_code_point(text, pos) == U'😀');
  CHECK(pos == text.size());
  for (char32_t cp : {U'a', U'Ж', U'–', U'😀'}) append_utf8(rebuilt, cp);
  CHECK(rebuilt == text);

  const std::string truncated = "\xD0";
  pos = 0;
  CHECK(next_code_point(truncated, pos) == 0xFFFD);
  CHECK(pos == 1);
}

TEST_CASE("is_space_code_point", "[text_util]") {
  CHECK(is_space_code_point(U' '));
  CHECK(is_space_code_point(U'\n'));
  CHECK(is_space_code_point(0x00A0));
  CHECK(is_space_code_point(0x202F));
  CHECK_FALSE(is_space_code_point(U'a'));
  CHECK_FALSE(is_space_code_point(0x200B));  // zero-width: dropped, not a space
}

TEST_CASE("well-formed UTF-8 is told from bytes the JSON library would refuse") {
  CHECK(is_valid_utf8("Ёлка, ёж — «кавычки» 𝄞"));
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\xD0"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong «/»
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xCF\xF0\xE8\xEA\xE0\xE7"));  // «Приказ» in Windows-1251
}
