// The publication view: which pupil may be named on the site and how, what is
// removed from the public copy, and the leak scan that guards the site pack.
#include "documents/publication.h"

#include <catch2/catch.hpp>
#include <functional>

#include "documents/documents.h"
#include "render/site_pack.h"
#include "system/staging.h"
#include "support/example_programme.h"

using namespace nastavnik;

namespace {

// The example school, with `edit` applied to its JSON first.
Programme example(const std::function<void(Json&)>& edit = nullptr) { return test::example_programme(edit); }

// Gives the pupil with that id a signed dissemination consent of the given form.
std::function<void(Json&)> consent(const std::string& id, const std::string& form, bool with_class) {
  return [=](Json& j) {
    for (Json& x : j["pupils"])
      if (x["id"] == id) x["dissemination"] = {{"date", "2023-12-14"}, {"name", form}, {"class", with_class}};
  };
}

const Pupil& pupil(const Programme& p, const std::string& id) {
  const Pupil* x = p.find_pupil(id);
  REQUIRE(x);
  return *x;
}

std::string appendix_text(const Programme& p) { return order_pairs_context(p)["appendix"]["rows"].dump(); }

}  // namespace

TEST_CASE("each consent form gives its own name; no consent gives none", "[publication]") {
  CHECK(consented_name("Орлов Тимофей Алексеевич", DisseminationConsent::Name::Full) == "Орлов Тимофей");
  CHECK(consented_name("Орлов Тимофей Алексеевич", DisseminationConsent::Name::Short) == "Орлов\u00A0Т.");
  CHECK(consented_name("Орлов Тимофей Алексеевич", DisseminationConsent::Name::FirstName) == "Тимофей");

  PublicationView v = publication_view(example(consent("orlov_ta", "short", false)));
  const Pupil& orlov = pupil(v.programme, "orlov_ta");
  CHECK(orlov.full_name == "Орлов\u00A0Т.");
  CHECK(orlov.class_name.empty());
  CHECK_FALSE(is_withheld(orlov));
  const Pupil& other = pupil(v.programme, "akhmedova_ar");
  CHECK(is_withheld(other));
  CHECK(other.class_name.empty());
  CHECK_FALSE(other.sex);
}

TEST_CASE("the class stays only when the consent allows it", "[publication]") {
  PublicationView v = publication_view(example(consent("orlov_ta", "full", true)));
  CHECK(pupil(v.programme, "orlov_ta").full_name == "Орлов Тимофей");
  CHECK(pupil(v.programme, "orlov_ta").class_name == "5А");
}

TEST_CASE("birth dates, representatives and contacts never reach the public copy", "[publication]") {
  PublicationView v = publication_view(example(consent("orlov_ta", "full", true)));
  for (const Pupil& x : v.programme.pupils) {
    CHECK_FALSE(x.birth_date);
    CHECK_FALSE(x.representative);
    CHECK(x.contact.address.empty());
    CHECK_FALSE(x.contact.document);
    CHECK(x.name_forms.genitive.empty());
  }
  for (const OtherPerson& o : v.programme.others) CHECK(o.phone.empty());
  for (const StaffMember& s : v.programme.staff) {
    CHECK(s.contact.address.empty());
    if (s.id != v.programme.curator) CHECK(s.phone.empty());
  }
}

TEST_CASE("the withheld list names each pupil without consent and the consented ones apart", "[publication]") {
  Programme p = example(consent("orlov_ta", "full", true));
  PublicationView v = publication_view(p);
  size_t pupils_withheld = 0;
  for (const auto& n : v.withheld)
    if (n.reason.find("нет согласия") != std::string::npos && n.pointer.rfind("/pupils/", 0) == 0) ++pupils_withheld;
  CHECK(pupils_withheld == p.pupils.size() - 1);
  CHECK(v.withheld.front().who == "Обучающаяся Ахмедова А.Р.");  // orlov_ta is first in the data
  CHECK(v.withheld.front().pointer == "/pupils/1");
  REQUIRE(v.named.size() == 2);  // and the example's employer with a consent
  CHECK(v.named[0].who == "Обучающийся Орлов Т.А.");
  CHECK(v.named[0].pointer == "/pupils/0");
  CHECK(v.named[0].reason == "согласие на распространение от 14.12.2023 — на сайте как «Орлов Тимофей», с классом (5А)");
}

TEST_CASE("an outside participant is named only by a consent, otherwise by role", "[publication]") {
  Programme p = example();
  PublicationView v = publication_view(p);
  const OtherPerson* student = v.programme.find_other("student_lisitsyna");
  REQUIRE(student);
  CHECK(is_withheld(*student));
  CHECK(student->position.empty());  // «студентка 3 курса, специальность …» points to one person
  CHECK(student->organisation == "ГБПОУ «Краснодольский педагогический колледж»");
  const OtherPerson* employer = v.programme.find_other("employer_lomakin");
  REQUIRE(employer);
  CHECK(employer->full_name == "Ломакин Сергей");
  CHECK(employer->position == "главный инженер");  // the consent allows it

  bool noted = false;
  for (const auto& n : v.withheld)
    noted = noted || (n.who == "Студентка Лисицына П.С." && n.pointer == "/others/0" &&
                      n.reason == "нет согласия на распространение — на сайте без имени: «студент, ГБПОУ "
                                  "«Краснодольский педагогический колледж»»");
  CHECK(noted);
  REQUIRE(v.named.size() == 1);
  CHECK(v.named[0].who == "Представитель работодателя Ломакин С.В.");
  CHECK(v.named[0].reason == "согласие на распространение от 14.09.2023 — на сайте как «Ломакин Сергей», с должностью");

  Json rows = order_pairs_context(v.programme)["appendix"]["rows"];
  CHECK(rows[9]["mentor"] == "Студент, ГБПОУ «Краснодольский педагогический колледж»");  // pair_10
  CHECK(rows[9]["mentor_role"] == "");
  CHECK(rows[11]["mentor"] == "Ломакин Сергей");  // pair_12
  CHECK(rows[11]["mentor_role"] == "главный инженер, АО «Краснодольский приборный завод»");
  std::string text = appendix_text(v.programme);
  for (const char* name : {"Лисицына", "Дьяченко", "Арутюнова", "Викторович", "студентка 3 курса"})
    CHECK(text.find(name) == std::string::npos);
  // The full order (kept in the school) names everyone.
  CHECK(order_pairs_context(p)["appendix"]["rows"][9]["mentor"] == "Лисицына Полина Сергеевна");
}

TEST_CASE("a consent without the position names the participant by kind and organisation", "[publication]") {
  Programme p = example([](Json& j) {
    for (Json& o : j["others"])
      if (o["id"] == "employer_lomakin") o["dissemination"] = {{"date", "2023-09-14"}, {"name", "short"}};
  });
  PublicationView v = publication_view(p);
  Json rows = order_pairs_context(v.programme)["appendix"]["rows"];
  CHECK(rows[11]["mentor"] == "Ломакин С.");  // names are compared with whitespace collapsed; the typography pass adds the no-break space
  CHECK(rows[11]["mentor_role"] == "представитель работодателя, АО «Краснодольский приборный завод»");
}

TEST_CASE("the pair order's appendix counts unnamed pupils and names consented ones", "[publication]") {
  Programme p = example(consent("gromova_ed", "full", false));
  PublicationView v = publication_view(p);
  Json rows = order_pairs_context(v.programme)["appendix"]["rows"];
  // pair_01: gromova_ed (consent) with two pupils without one.
  CHECK(rows[0]["mentees"] == Json::array({"Громова Елизавета", "и ещё 2 обучающихся"}));
  // pair_02: one pupil, no consent.
  CHECK(rows[1]["mentees"] == Json::array({"1 обучающийся"}));
  // pair_06: «ученик – ученик» — the pupil mentor is not named either.
  CHECK(rows[5]["mentor"] == "Обучающийся");
  CHECK(rows[5]["mentor_role"] == "");
  // staff stay by name
  CHECK(rows[0]["mentor"] == "Ткач Светлана Юрьевна");

  std::string text = appendix_text(v.programme) + order_pairs_context(v.programme)["acquaintance"].dump();
  CHECK(find_leaks(p, text).empty());
  CHECK_FALSE(find_leaks(p, appendix_text(p)).empty());  // the full order does name them
}

TEST_CASE("the leak scan finds every form of a name, dates and representatives", "[publication]") {
  Programme p = example();
  auto found = [&](const std::string& text) {
    std::vector<Leak> l = find_leaks(p, text);
    return l.empty() ? std::string() : l[0].person_id + ": " + l[0].found;
  };
  CHECK(found("Наставник: Орлов Тимофей Алексеевич, 5А") == "orlov_ta: Орлов Тимофей Алексеевич");
  CHECK(found("…и Орлов\u00A0Т. А.") == "orlov_ta: Орлов\u00A0Т.А.");
  CHECK(found("подпись Т.А.\u00A0Орлов") == "orlov_ta: Т.А.\u00A0Орлов");
  CHECK(found("Орлов Т.А. и ещё двое") == "orlov_ta: Орлов\u00A0Т.А.");  // a word after the initials
  CHECK(found("Орлов Т.") == "orlov_ta: Орлов\u00A0Т.");
  CHECK(found("родился 11.02.2013") == "orlov_ta: 11.02.2013");
  CHECK(found("родился 11 февраля 2013 г.") == "orlov_ta: 11 февраля 2013");
  CHECK(found("мать — ОРЛОВА ЕКАТЕРИНА СЕРГЕЕВНА") == "orlov_ta: Орлова Екатерина Сергеевна");
  CHECK(found("Федоров Ярослав") == "fedorov_yo: Фёдоров Ярослав");  // «ё» written as «е»
  CHECK(found("Орловский район, Скотов М.Д., 111.02.2013") == "");  // whole words only
  CHECK(found("Соколова Наталья Петровна, куратор") == "");

  Programme consented = example(consent("orlov_ta", "short", false));
  std::vector<Leak> l = find_leaks(consented, "Орлов\u00A0Т., Т.\u00A0Орлов");
  CHECK(l.empty());
  l = find_leaks(consented, "Орлов Тимофей");
  REQUIRE(l.size() == 1);
  CHECK(l[0].found == "Орлов Тимофей");
}

TEST_CASE("the pack holds public kinds only, built from the redacted copy", "[publication]") {
  PublicationView v = publication_view(example());
  std::vector<std::string> ids;
  for (const DocumentKind* k : site_kinds(v.programme)) ids.push_back(k->id);
  CHECK(std::find(ids.begin(), ids.end(), "roadmap") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "order-pairs") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "registers") == ids.end());
  for (const auto& id : ids) CHECK(id.find("consent") == std::string::npos);

  Json index = site_index_context(v.programme, {{"roadmap", "roadmap.pdf", 155000}, {"roadmap", "roadmap.html", 2048}});
  CHECK(index["documents"].size() == 1);
  CHECK(index["documents"][0]["files"][0]["label"] == "PDF, 152\u00A0КБ");
  CHECK(index["documents"][0]["files"][1]["label"] == "веб-страница, 2\u00A0КБ");
  for (const Json& m : index["mentors"]) CHECK_FALSE(v.programme.find_pupil(m["name"].get<std::string>()));
  // Only staff: the law publishes teachers; students and employers' people have no consent for the site.
  CHECK(index["mentors"].size() == 9);
  CHECK(find_leaks(example(), index.dump()).empty());
}

TEST_CASE("html_text drops tags and decodes spaces", "[publication]") {
  CHECK(html_text("<p>Орлов&nbsp;Т.А.</p><p>x &amp; y</p>") == " Орлов Т.А.  x & y ");
}
