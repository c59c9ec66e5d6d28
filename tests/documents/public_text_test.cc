// The free text that reaches the site is checked field by field: a pupil's name
// in any form is reported with the field's JSON pointer and the form found.
#include "documents/public_text.h"

#include <catch2/catch.hpp>

#include "support/example_programme.h"

using namespace nastavnik;

namespace {

using test::example_json;

Programme read_example(const Json& j) {
  return test::example_programme([&](Json& e) { e = j; });
}

struct Attempt {
  const char* pointer;  // the field written (and expected in the finding)
  const char* text;
  const char* found;    // the form the finding names
};

// The 29 attempts (and a few more): three declined names in five kinds of
// field, a surname alone, a Latin look-alike, first name with patronymic — in every
// kind of field that reaches the site.
const Attempt kAttempts[] = {
    {"/roadmap/events/0/title", "Беседа с Орловым Тимофеем", "Орловым Тимофеем"},
    {"/roadmap/events/0/title", "Награждение Орлову Тимофею", "Орлову Тимофею"},
    {"/roadmap/events/1/title", "Грамота Громовой Елизавете", "Громовой Елизавете"},
    {"/roadmap/events/2/title", "Занятие с Ахмедовой Аминой", "Ахмедовой Аминой"},
    {"/results/best_practices/0/text", "Опыт работы с Орлову Тимофею", "Орлову Тимофею"},
    {"/results/best_practices/0/text", "Победа Громовой Елизавете", "Громовой Елизавете"},
    {"/results/best_practices/0/title", "Как мы работали с Ахмедовой Аминой", "Ахмедовой Аминой"},
    {"/results/swot/strengths/0", "Успехи Орлову Тимофею", "Орлову Тимофею"},
    {"/results/swot/weaknesses/0", "Трудности Громовой Елизавете", "Громовой Елизавете"},
    {"/results/swot/threats/0", "Уход Ахмедовой Аминой", "Ахмедовой Аминой"},
    {"/orders/roadmap/points/0", "Объявить благодарность Орлову Тимофею", "Орлову Тимофею"},
    {"/orders/pairs/points/0", "Поручить Громовой Елизавете", "Громовой Елизавете"},
    {"/orders/roadmap/points/0", "Закрепить за Ахмедовой Аминой", "Ахмедовой Аминой"},
    {"/staff/4/position", "социальный педагог, наставник Орлову Тимофею", "Орлову Тимофею"},
    {"/staff/5/position", "методист (куратор Громовой Елизавете)", "Громовой Елизавете"},
    {"/staff/6/position", "учитель, работает с Ахмедовой Аминой", "Ахмедовой Аминой"},
    {"/roadmap/events/3/title", "Доклад; докладчик — Орлов", "Орлов"},
    {"/roadmap/events/3/title", "Доклад; докладчик — Oрлов", "Орлов"},  // Latin O
    {"/roadmap/events/4/title", "Выступает Тимофей Алексеевич", "Тимофей Алексеевич"},
    {"/roadmap/events/0/result", "Справка об успехах Громовой Е.Д.", "Громовой\u00A0Е.Д."},
    {"/roadmap/stages/0/result", "Орлов Т.А. принят в кружок", "Орлов\u00A0Т.А."},
    {"/pairs/0/goal", "Подготовка Громовой Елизаветы к олимпиаде", "Громовой Елизаветы"},
    {"/results/measures/0/name", "Мотивация Орлова Т.", "Орлова\u00A0Т."},
    {"/results/best_mentors/0/reason", "подготовила ОРЛОВА ТИМОФЕЯ к олимпиаде", "Орлова Тимофея"},
    {"/results/events/0/note", "перенесено из-за болезни Ахмедовой", "Ахмедовой"},
    {"/others/0/position", "студентка, наставник Елизаветы Дмитриевны", "Елизаветы Дмитриевны"},
    {"/roadmap/events/0/responsible/0", "Орлов Тимофей (староста)", "Орлов Тимофей"},
    {"/results/swot/opportunities/0", "Опыт Ор\u00ADлову Тимофею", "Орлову Тимофею"},  // a soft hyphen inside
    {"/roadmap/title", "Дорожная карта (составил Т.А. Орлов)", "Т.А.\u00A0Орлов"},
    {"/organisation/address", "ул. Мира, 1 (у дома Федорова Ярослава)", "Фёдорова Ярослава"},
    // The report's conclusions, measures and the curator's questionnaire reach the site too.
    {"/results/conclusions/1", "Низкая доля объясняется болезнью Громовой Елизаветы", "Громовой Елизаветы"},
    {"/results/actions/0/action", "Закрепить наставника за Орловым Тимофеем", "Орловым Тимофеем"},
    {"/results/actions/1/deadline", "до выпуска Ахмедовой Амины", "Ахмедовой Амины"},
    {"/results/actions/0/responsible/1", "Орлов Т.А. (староста)", "Орлов\u00A0Т.А."},
    {"/results/curator_survey/1/answer", "Встречи с Громовой Е.Д. переносились", "Громовой\u00A0Е.Д."},
    {"/results/curator_survey/0/question", "Как работал Орлов Тимофей?", "Орлов Тимофей"},
};

}  // namespace

TEST_CASE("the example's public free text is clean", "[public_text]") {
  Programme p = read_example(example_json());
  CHECK(pupil_names_in_public_text(p).items().empty());
  std::vector<PublicText> texts = public_free_text(p);
  CHECK(texts.size() > 100);
  auto has = [&](const std::string& ptr) {
    return std::any_of(texts.begin(), texts.end(), [&](const PublicText& t) { return t.pointer == ptr; });
  };
  CHECK(has("/roadmap/events/0/title"));
  CHECK(has("/staff/0/position"));
  CHECK(has("/orders/roadmap/points/0"));
  CHECK(has("/results/swot/strengths/0"));
  CHECK(has("/results/best_practices/0/text"));
  CHECK_FALSE(has("/pupils/0/full_name"));  // the pupils' own entries are not public text
}

TEST_CASE("each attempt is refused at its field with the form found", "[public_text]") {
  for (const Attempt& a : kAttempts) {
    INFO(a.pointer << ": " << a.text);
    Json j = example_json();
    Json::json_pointer ptr(a.pointer);
    j[ptr] = a.text;  // a responsible {"staff": …} becomes role text
    Diagnostics d = pupil_names_in_public_text(read_example(j));
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].pointer == a.pointer);
    CHECK_THAT(d.items()[0].message, Catch::Contains(std::string("«") + a.found + "»"));
    CHECK_THAT(d.items()[0].message, Catch::Contains("(/pupils/"));
  }
}
