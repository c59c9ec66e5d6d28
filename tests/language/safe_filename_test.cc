#include "language/safe_filename.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace nastavnik;

namespace {

bool only_allowed_chars(const std::string& s) {
  for (const char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string ascii_lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

bool is_device_name(const std::string& stem) {
  static const std::set<std::string> kDevices = {
      "con",  "prn",  "aux",  "nul",  "com0", "com1", "com2", "com3", "com4", "com5", "com6",
      "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
      "lpt8", "lpt9"};
  return kDevices.count(ascii_lower(stem)) > 0;
}

// What every stem must satisfy, whatever the name it came from.
void check_portable(const std::string& stem, std::size_t max_bytes) {
  INFO("stem: " << stem);
  CHECK(!stem.empty());
  CHECK(stem.size() <= max_bytes);
  CHECK(only_allowed_chars(stem));
  CHECK(stem.find("..") == std::string::npos);
  CHECK(stem.front() != '-');
  CHECK(stem.back() != '_');
  CHECK(stem.back() != '-');
  CHECK(!is_device_name(stem));
  // A leading "_" only ever marks a device name made safe ("_CON").
  if (stem.front() == '_') {
    const std::size_t end = stem.find('_', 1);
    CHECK(is_device_name(stem.substr(1, end == std::string::npos ? end : end - 1)));
  }
}

// `n` characters of Cyrillic text cycling through the alphabet, `tail` appended.
std::string long_cyrillic_name(std::size_t n, const std::string& tail) {
  static const std::vector<std::string> kLetters = {"а", "б", "в", "г", "д", "е", "ж", "з",
                                                    "и", "к", "л", "м", "н", "о", "п", "р"};
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i % 12 == 11) ? " " : kLetters[i % kLetters.size()];
  return out + tail;
}

}  // namespace

TEST_CASE("safe_file_stem transliterates full names passport-style", "[safe_filename]") {
  CHECK(safe_file_stem("Иванова Анна Петровна") == "Ivanova_Anna_Petrovna");
  CHECK(safe_file_stem("Захаров Павел Игоревич") == "Zakharov_Pavel_Igorevich");
  CHECK(safe_file_stem("Воронцова Ольга Михайловна") == "Vorontsova_Olga_Mikhaylovna");
  CHECK(safe_file_stem("Щукина Юлия Цезаревна") == "Shchukina_Yuliya_Tsezarevna");
  CHECK(safe_file_stem("Жуков Харитон Ёжиков") == "Zhukov_Khariton_Ezhikov");
  CHECK(safe_file_stem("Чайковский Пётр Ильич") == "Chaykovskiy_Petr_Ilich");
  // The whole alphabet, with ъ and ь dropped.
  CHECK(safe_file_stem("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") ==
        "abvgdeezhziyklmnoprstufkhtschshshchyeyuya");
  CHECK(safe_file_stem("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") ==
        "ABVGDEEZHZIYKLMNOPRSTUFKHTSCHSHSHCHYEYUYA");
  CHECK(safe_file_stem("Кузнецова") == "Kuznetsova");
  CHECK(safe_file_stem("ЦАРЁВ ЦЕЗАРЬ") == "TSAREV_TSEZAR");
}

TEST_CASE("safe_file_stem reads decomposed letters and ignores marks inside words", "[safe_filename]") {
  CHECK(safe_file_stem("Семёнов") == "Semenov");
  // macOS and some PDFs spell ё as е + U+0308 and й as и + U+0306.
  CHECK(safe_file_stem("Семе\u0308нов") == "Semenov");
  CHECK(safe_file_stem("Серге\u0438\u0306") == "Sergey");
  // A stress mark or soft hyphen inside a word does not split it.
  CHECK(safe_file_stem("Ива\u0301нова") == "Ivanova");
  CHECK(safe_file_stem("Ива\u00ADно\u200Bва") == "Ivanova");
}

TEST_CASE("safe_file_stem drops ъ and ь", "[safe_filename]") {
  CHECK(safe_file_stem("Подъячев") == "Podyachev");
  CHECK(safe_file_stem("Ильин Илья") == "Ilin_Ilya");
  CHECK(safe_file_stem("Эрдынеева Эльвира") == "Erdyneeva_Elvira");
  CHECK(safe_file_stem("ИЛЬИН") == "ILIN");
  // Ukrainian and Belarusian letters of the same table.
  CHECK(safe_file_stem("Ґалаґан Ігор Євгенович") == "Galagan_Igor_Yevgenovich");
  CHECK(safe_file_stem("Їжакевич Ўладзімір") == "Yizhakevich_Uladzimir");
}

TEST_CASE("safe_file_stem writes capitals in title or all caps as the word is", "[safe_filename]") {
  CHECK(safe_file_stem("ЩУКИНА Юлия") == "SHCHUKINA_Yuliya");
  CHECK(safe_file_stem("Жанна ЖУКОВА") == "Zhanna_ZHUKOVA");
  CHECK(safe_file_stem("Шилов Щ. Ю.") == "Shilov_Shch_Yu");
}

TEST_CASE("safe_file_stem keeps Latin letters, digits and hyphens of double surnames", "[safe_filename]") {
  CHECK(safe_file_stem("Римский-Корсаков Николай Андреевич") == "Rimskiy-Korsakov_Nikolay_Andreevich");
  CHECK(safe_file_stem("Римский\u2011Корсаков") == "Rimskiy-Korsakov");  // non-breaking hyphen
  CHECK(safe_file_stem("John O'Brien-Smith") == "John_O_Brien-Smith");
  CHECK(safe_file_stem("Иванов Иван 2") == "Ivanov_Ivan_2");
  // A hyphen not glued between two letters is an ordinary separator.
  CHECK(safe_file_stem("Анна - Мария") == "Anna_Mariya");
  CHECK(safe_file_stem("Анна--Мария") == "Anna_Mariya");
  CHECK(safe_file_stem("-rf Иван-") == "rf_Ivan");
  CHECK(safe_file_stem("---") == "document");
}

TEST_CASE("safe_file_stem defuses hostile names", "[safe_filename]") {
  CHECK(safe_file_stem("../../etc/passwd") == "etc_passwd");
  CHECK(safe_file_stem("..\\..\\Windows\\System32") == "Windows_System32");
  CHECK(safe_file_stem("/") == "document");
  CHECK(safe_file_stem("..") == "document");
  CHECK(safe_file_stem("...Иванов") == "Ivanov");
  CHECK(safe_file_stem(".hidden") == "hidden");
  CHECK(safe_file_stem("Иванов.") == "Ivanov");
  const char raw[] = "Ива/нов\\а\0Ан\x01на\x7F\n\tП\x1B[31m";
  const std::string controls(raw, sizeof raw - 1);  // keeps the NUL
  CHECK(safe_file_stem(controls) == "Iva_nov_a_An_na_P_31m");
  CHECK(safe_file_stem(std::string("\0\0\0", 3)) == "document");
  CHECK(safe_file_stem("\xFF\xFE Иван \xC3") == "Ivan");  // malformed UTF-8
}

TEST_CASE("safe_file_stem never returns a Windows device name", "[safe_filename]") {
  CHECK(safe_file_stem("CON") == "_CON");
  CHECK(safe_file_stem("con") == "_con");
  CHECK(safe_file_stem("  Nul  ") == "_Nul");
  CHECK(safe_file_stem("LPT1") == "_LPT1");
  CHECK(safe_file_stem("lpt9") == "_lpt9");
  CHECK(safe_file_stem("COM3") == "_COM3");
  CHECK(safe_file_stem("aux") == "_aux");
  CHECK(safe_file_stem("PRN") == "_PRN");
  // The dot turns into "_", so "con.txt" no longer names a device: "con_txt.docx"
  // is an ordinary file on Windows, unlike "con.docx".
  CHECK(safe_file_stem("con.txt") == "con_txt");
  CHECK(safe_file_stem("CON.") == "_CON");
  CHECK(safe_file_stem("COM10") == "COM10");
  CHECK(safe_file_stem("Conrad") == "Conrad");
}

TEST_CASE("safe_file_stem falls back to 'document' when nothing is left", "[safe_filename]") {
  CHECK(safe_file_stem("") == "document");
  CHECK(safe_file_stem("   ") == "document");
  CHECK(safe_file_stem("\u00A0\u2009\u3000") == "document");
  CHECK(safe_file_stem("😀👍") == "document");
  CHECK(safe_file_stem("王小明") == "document");
  CHECK(safe_file_stem("محمد علي") == "document");
  CHECK(safe_file_stem("ъ ь") == "document");
  // Foreign scripts between kept letters are separators.
  CHECK(safe_file_stem("Иванов 😀 Иван") == "Ivanov_Ivan");
  CHECK(safe_file_stem("Ли王Мин") == "Li_Min");
  // Bidi controls are dropped without a trace, so the stem reads in logical order.
  CHECK(safe_file_stem("Ива\u202Eнова\u202C") == "Ivanova");
}

TEST_CASE("safe_file_stem bounds long names and keeps them apart with a hash", "[safe_filename]") {
  const std::string a = long_cyrillic_name(300, "ов");
  const std::string b = long_cyrillic_name(300, "ин");
  const std::string stem_a = safe_file_stem(a);
  const std::string stem_b = safe_file_stem(b);
  check_portable(stem_a, 80);
  check_portable(stem_b, 80);
  CHECK(stem_a.size() <= 80);
  CHECK(stem_a != stem_b);
  CHECK(stem_a.substr(0, 60) == stem_b.substr(0, 60));  // the shared start is kept
  CHECK(stem_a == safe_file_stem(a));                   // stable
  // "_" + 6 hex digits at the end.
  REQUIRE(stem_a.size() > 7);
  CHECK(stem_a[stem_a.size() - 7] == '_');
  for (std::size_t i = stem_a.size() - 6; i < stem_a.size(); ++i) {
    CHECK(std::string("0123456789abcdef").find(stem_a[i]) != std::string::npos);
  }
  // Latin, too.
  CHECK(safe_file_stem(std::string(300, 'a')) != safe_file_stem(std::string(299, 'a') + "b"));
  // A name that fits is not hashed.
  CHECK(safe_file_stem(std::string(80, 'a')) == std::string(80, 'a'));
  CHECK(safe_file_stem(std::string(81, 'a')).size() == 80);
}

TEST_CASE("safe_file_stem honours max_bytes without splitting a letter", "[safe_filename]") {
  const std::string name = "Щукина-Шаршова Жанна Щербаковна";
  for (std::size_t max = kMinStemBytes; max <= 40; ++max) {
    const std::string stem = safe_file_stem(name, max);
    INFO("max_bytes " << max);
    check_portable(stem, max);
  }
  CHECK(safe_file_stem(name, 40).rfind("Shchukina-Sharshova_Zhanna_", 0) == 0);
  // Room for 9 bytes before "_<hash>": "Shchukina" fits whole.
  CHECK(safe_file_stem(name, 16).substr(0, 10) == "Shchukina_");
  // A cut never splits "shch": 9, 10 and 11 bytes of room all keep two letters.
  const std::string shch = "Щщщщщщщщщщщщщщщщщщ";
  for (const std::size_t max : {16, 17, 18}) CHECK(safe_file_stem(shch, max).substr(0, 9) == "Shchshch_");
  CHECK(safe_file_stem(shch, 20).substr(0, 13) == "Shchshchshch_");
  // Values below the minimum are raised to it.
  CHECK(safe_file_stem(name, 0).size() <= kMinStemBytes);
  CHECK(safe_file_stem(name, 3) == safe_file_stem(name, kMinStemBytes));
}

TEST_CASE("unique_file_stems numbers repeats and keeps the input order", "[safe_filename]") {
  CHECK(unique_file_stems({}).empty());
  CHECK(unique_file_stems({"Иванов Иван", "Петров Пётр", "Иванов Иван", "Иванов Иван"}) ==
        std::vector<std::string>{"Ivanov_Ivan", "Petrov_Petr", "Ivanov_Ivan_2", "Ivanov_Ivan_3"});
  // File systems on Windows and macOS ignore case.
  CHECK(unique_file_stems({"Иванов Иван", "ИВАНОВ ИВАН"}) ==
        std::vector<std::string>{"Ivanov_Ivan", "IVANOV_IVAN_2"});
  // Names that transliterate alike are kept apart as well.
  CHECK(unique_file_stems({"Эмма", "Емма"}) == std::vector<std::string>{"Emma", "Emma_2"});
  CHECK(unique_file_stems({"", "😀", "Document"}) ==
        std::vector<std::string>{"document", "document_2", "Document_3"});
  // A repeat does not take the stem of someone literally called «Иванов Иван 2».
  CHECK(unique_file_stems({"Иванов Иван", "Иванов Иван", "Иванов Иван 2"}) ==
        std::vector<std::string>{"Ivanov_Ivan", "Ivanov_Ivan_3", "Ivanov_Ivan_2"});
  CHECK(unique_file_stems({"CON", "con", "CON"}) ==
        std::vector<std::string>{"_CON", "_con_2", "_CON_3"});
}

TEST_CASE("unique_file_stems keeps numbered long names within max_bytes", "[safe_filename]") {
  const std::string a = long_cyrillic_name(300, "ов");
  const std::vector<std::string> names(12, a);
  const auto stems = unique_file_stems(names, 40);
  std::set<std::string> seen;
  for (const auto& stem : stems) {
    check_portable(stem, 40);
    seen.insert(ascii_lower(stem));
  }
  CHECK(seen.size() == names.size());
  CHECK(stems[0] == safe_file_stem(a, 40));
  CHECK(stems[11].substr(stems[11].size() - 3) == "_12");
}

TEST_CASE("stems of 1000 generated hostile names are portable and unique", "[safe_filename]") {
  const std::vector<std::string> pieces = {
      "Иванов", "Иван", "Семёнов", "Семенов", "Щукина", "Цой", "Римский-Корсаков", "O'Brien",
      "王", "😀", "محمد", "\u202E", "..", "/", "\\", std::string("\0", 1), "\x01", "\x7F", "CON",
      "lpt1", "aux.txt", " ", "\u00A0", "-", ".", "\xFF", "Ёлкин", "ъ", "ь", "е\u0308", "2",
      long_cyrillic_name(70, "")};
  std::mt19937 rng(20240901);  // the engine's sequence is fixed by the standard
  std::vector<std::string> names;
  for (int i = 0; i < 1000; ++i) {
    if (i % 7 == 6) {  // every seventh name repeats an earlier one
      names.push_back(names[rng() % names.size()]);
      continue;
    }
    std::string name;
    const std::size_t count = 1 + rng() % 6;
    for (std::size_t k = 0; k < count; ++k) {
      if (k > 0 && rng() % 2 == 0) name += ' ';
      name += pieces[rng() % pieces.size()];
    }
    names.push_back(name);
  }
  for (const std::size_t max : {std::size_t{kMinStemBytes}, std::size_t{80}}) {
    INFO("max_bytes " << max);
    for (const auto& name : names) check_portable(safe_file_stem(name, max), max);
    const auto stems = unique_file_stems(names, max);
    REQUIRE(stems.size() == names.size());
    std::set<std::string> seen;
    for (std::size_t i = 0; i < stems.size(); ++i) {
      check_portable(stems[i], max);
      seen.insert(ascii_lower(stems[i]));
    }
    CHECK(seen.size() == names.size());
    // The first name to produce a stem keeps it; only later ones are numbered.
    std::set<std::string> claimed;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string own = safe_file_stem(names[i], max);
      if (claimed.insert(ascii_lower(own)).second) CHECK(stems[i] == own);
    }
  }
}
