// Every form of a pupil's name that may not reach the site is found: declined,
// alone, with the patronymic, in capitals, with look-alike letters; adults' and
// consented forms are not.
#include "documents/pupil_names.h"

#include <catch2/catch.hpp>
#include <functional>

#include "support/example_programme.h"

using namespace nastavnik;

namespace {

Programme example(const std::function<void(Json&)>& edit = nullptr) { return test::example_programme(edit); }

// «person_id: form» of the first finding, "" for none.
std::string first(const PupilNameMatcher& m, const std::string& text) {
  std::vector<Leak> l = m.find(text);
  return l.empty() ? std::string() : l[0].person_id + ": " + l[0].found;
}

}  // namespace

TEST_CASE("the issue's attempts: declined forms, surname alone, homoglyphs, first name and patronymic",
          "[pupil_names]") {
  PupilNameMatcher m(example());
  CHECK(first(m, "Поздравить Орлову Тимофею с победой") == "orlov_ta: Орлову Тимофею");
  CHECK(first(m, "Грамота Громовой Елизавете") == "gromova_ed: Громовой Елизавете");
  CHECK(first(m, "Работа с Ахмедовой Аминой") == "akhmedova_ar: Ахмедовой Аминой");
  CHECK(first(m, "докладчик — Орлов") == "orlov_ta: Орлов");
  CHECK(first(m, "докладчик — Oрлов") == "orlov_ta: Орлов");  // Latin O
  CHECK(first(m, "выступает Тимофей Алексеевич") == "orlov_ta: Тимофей Алексеевич");
}

TEST_CASE("more attempts: every case, initials, capitals, invisible characters", "[pupil_names]") {
  PupilNameMatcher m(example());
  CHECK(first(m, "ОРЛОВА ТИМОФЕЯ наградить") == "orlov_ta: Орлова Тимофея");
  CHECK(first(m, "вместе с орловым") == "orlov_ta: Орловым");
  CHECK(first(m, "рассказ об Орлове") == "orlov_ta: Орлове");
  CHECK(first(m, "вручить Т.А. Орлову") == "orlov_ta: Т.А.\u00A0Орлову");
  CHECK(first(m, "вручить Т. А. Орлову") == "orlov_ta: Т.А.\u00A0Орлову");
  CHECK(first(m, "Громовой Е.Д.") == "gromova_ed: Громовой\u00A0Е.Д.");
  CHECK(first(m, "Елизавете Дмитриевне") == "gromova_ed: Елизавете Дмитриевне");
  CHECK(first(m, "Амине Руслановне Ахмедовой") == "akhmedova_ar: Амине Руслановне Ахмедовой");
  CHECK(first(m, "Федоров Ярослав") == "fedorov_yo: Фёдоров Ярослав");  // «ё» as «е»
  CHECK(first(m, "Ковалеву Михаилу") == "kovalev_ms: Ковалёву Михаилу");
  CHECK(first(m, "Ор\u00ADлов") == "orlov_ta: Орлов");                   // soft hyphen
  CHECK(first(m, "Орло\u0301в") == "orlov_ta: Орлов");                   // stress mark
  CHECK(first(m, "ОРЛ0В") == "orlov_ta: Орлов");                         // digit zero
  CHECK(first(m, "Opлoв") == "orlov_ta: Орлов");                         // three Latin letters
  CHECK(first(m, "Громовa") == "gromova_ed: Громова");                  // Latin a
  CHECK(first(m, "\u039Fрлов") == "orlov_ta: Орлов");                    // Greek Omicron
  CHECK(first(m, "Зайцеву Егору") == "zaitsev_ep: Зайцеву Егору");
  CHECK(first(m, "с Хабибуллиным Тимуром") == "khabibullin_tr: Хабибуллиным Тимуром");
  CHECK(first(m, "Сидоренко") == "sidorenko_vi: Сидоренко");             // indeclinable
  CHECK(first(m, "Мельник") == "melnik_at: Мельник");                    // indeclinable for a girl
  CHECK(first(m, "Ахмедовой\u00A0А.Р.") == "akhmedova_ar: Ахмедовой\u00A0А.Р.");
  CHECK(first(m, "Котовым Максимом") == "kotov_md: Котовым Максимом");
}

TEST_CASE("the longest form per pupil is reported, each pupil once", "[pupil_names]") {
  PupilNameMatcher m(example());
  std::vector<Leak> l = m.find("Орлов, Орлову Тимофею Алексеевичу и Громова");
  REQUIRE(l.size() == 2);
  CHECK(l[0].found == "Орлову Тимофею Алексеевичу");
  CHECK(l[1].found == "Громова");
}

TEST_CASE("adults, a first name alone and words that merely contain a surname pass", "[pupil_names]") {
  PupilNameMatcher m(example());
  CHECK(first(m, "Соколова Наталья Петровна, куратор") == "");
  CHECK(first(m, "учитель Орловой-Соколовской Дарье Андреевне") == "");
  CHECK(first(m, "Орлова-Соколовская Дарья Андреевна") == "");  // «Орлова» is the teacher's, not Орлов's genitive
  CHECK(first(m, "Орловский район, Котовск, Скотов") == "");
  CHECK(first(m, "Тимофей") == "");  // a first name alone names no one
  CHECK(first(m, "Лев Толстой") == "");
}

TEST_CASE("a pupil whose surname is a staff surname is found only with more of the name", "[pupil_names]") {
  PupilNameMatcher m(example([](Json& j) {
    j["staff"].push_back({{"id", "teacher_bio"}, {"full_name", "Орлова Анна Сергеевна"}, {"position", "учитель"}});
  }));
  CHECK(first(m, "докладчик — Орлова") == "");  // the teacher
  CHECK(first(m, "докладчик — Орлову") == "");  // her accusative is his dative
  CHECK(first(m, "докладчик — Орлов") == "orlov_ta: Орлов");
  CHECK(first(m, "Орлову Т.") == "orlov_ta: Орлову\u00A0Т.");
}

TEST_CASE("a consent allows its form in every case and nothing beyond it", "[pupil_names]") {
  auto consent = [](const std::string& id, const std::string& form) {
    return [=](Json& j) {
      for (Json& x : j["pupils"])
        if (x["id"] == id) x["dissemination"] = {{"date", "2023-12-14"}, {"name", form}, {"class", true}};
    };
  };
  PupilNameMatcher full(example(consent("gromova_ed", "full")));
  CHECK(first(full, "Громовой Елизавете — грамота") == "");
  CHECK(first(full, "Громова") == "");
  CHECK(first(full, "Елизавета Дмитриевна") == "gromova_ed: Елизавета Дмитриевна");
  CHECK(first(full, "Громова Е.Д.") == "gromova_ed: Громова\u00A0Е.Д.");

  PupilNameMatcher short_form(example(consent("gromova_ed", "short")));
  CHECK(first(short_form, "Громовой Е.") == "");
  CHECK(first(short_form, "Громовой Елизавете") == "gromova_ed: Громовой Елизавете");

  PupilNameMatcher first_name(example(consent("gromova_ed", "first_name")));
  CHECK(first(first_name, "Елизавета") == "");
  CHECK(first(first_name, "Громова") == "gromova_ed: Громова");
}

TEST_CASE("a sibling without consent shares the surname of a consented pupil", "[pupil_names]") {
  PupilNameMatcher m(example([](Json& j) {
    j["pupils"].push_back({{"id", "gromov_ad"}, {"full_name", "Громов Артём Дмитриевич"}, {"class", "3Б"},
                           {"birth_date", "2015-03-01"},
                           {"representative", {{"full_name", "Громова Ирина Петровна"}, {"relation", "мать"}}}});
    for (Json& x : j["pupils"])
      if (x["id"] == "gromova_ed") x["dissemination"] = {{"date", "2023-12-14"}, {"name", "full"}, {"class", true}};
  }));
  CHECK(first(m, "Громова Елизавета") == "");
  CHECK(first(m, "Громову Артёму") == "gromov_ad: Громову Артёму");
  CHECK(first(m, "Артём Дмитриевич") == "gromov_ad: Артём Дмитриевич");
}

TEST_CASE("participants from outside the school are named only as their consent allows", "[pupil_names]") {
  const Programme p = example();
  PupilNameMatcher m(p);
  CHECK(first(m, "наставник — студентка Лисицыной Полиной") == "student_lisitsyna: Лисицыной Полиной");
  CHECK(first(m, "встреча с Арутюновой К.Э.") == "employer_arutyunova: Арутюновой\u00A0К.Э.");
  // Ломакин consented to his full name (surname and first name), not the patronymic.
  CHECK(first(m, "мастер-класс Ломакина Сергея") == "");
  CHECK(first(m, "мастер-класс Сергея Викторовича") == "employer_lomakin: Сергея Викторовича");
  CHECK(leaked_person(p, "student_lisitsyna").rfind("участника программы не из школы (/others/", 0) == 0);
  CHECK(leaked_person(p, "orlov_ta").rfind("обучающегося (/pupils/", 0) == 0);
}
