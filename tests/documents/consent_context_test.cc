// The consent forms: each kind's context names every element 152-ФЗ (ст. 9 ч. 4,
// ст. 10.1) or ТК РФ ст. 351.8 asks for, what the data lacks is a blank to fill
// by hand, and the templates render all of it.
#include "documents/consents/consent_context.h"
#include "documents/consents/consent_text.h"

#include <catch2/catch.hpp>

#include "language/typography.h"
#include "render/templates.h"
#include "support/test_support.h"

using namespace nastavnik;

namespace {

const std::string kPassport =
    R"({"series": "0712", "number": "345678", "issued_by": "ГУ МВД России по Краснодольскому краю",
        "issued_on": "2015-03-12", "division_code": "260-012"})";

// The minimal file plus an operator with requisites, a teacher mentor with a
// passport, a young teacher with no personal data at all, a minor pupil with a
// representative, an adult pupil, a student, the site pages and the forms' date.
std::string consent_json(const std::string& extra_root = R"("consents_date": "2023-09-01",)") {
  std::string t = test::minimal_json();
  t.replace(t.find(R"("city": "Энск")"), std::string(R"("city": "Энск")").size(),
            R"("city": "Энск", "address": "123456, г. Энск, ул. Школьная, д. 1", "inn": "2637004518",
               "ogrn": "1022602623517")");
  t.insert(t.find(R"({"id": "director")"),
           R"({"id": "teacher", "full_name": "Воронцов Павел Игоревич", "position": "учитель математики",
     "phone": "8 (800) 000-00-01", "address": "123456, г. Энск, ул. Мира, д. 5, кв. 7", "document": )" +
               kPassport + R"(,
     "mentoring_consent": {"date": "2023-09-04", "agreement": {"number": "7", "date": "2023-09-05"}}},
    {"id": "young", "full_name": "Юсупова Камила Ринатовна", "position": "учитель начальных классов",
     "young_specialist": true},
    )");
  t.insert(t.find("\"staff\""), extra_root + R"(
  "curator": "deputy",
  "publication": {"pages": ["https://school1.example.ru/nastavnichestvo", "https://school1.example.ru/itogi"],
                  "pupils": true},
  "pupils": [
    {"id": "minor", "full_name": "Орлов Илья Сергеевич", "class": "7А", "birth_date": "2011-04-01", "gender": "male",
     "representative": {"full_name": "Орлова Мария Ивановна", "relation": "мать", "phone": "8 (900) 111-22-33",
                        "address": "123456, г. Энск, ул. Мира, д. 1, кв. 2", "document": )" +
                                    kPassport + R"(,
                        "authority": "свидетельство о рождении II-ДН № 123456"}},
    {"id": "adult", "full_name": "Зуева Ольга Олеговна", "class": "11А", "birth_date": "2005-07-01"}
  ],
  "others": [{"id": "st1", "kind": "student", "full_name": "Лисицына Яна Игоревна", "organisation": "колледж",
              "phone": "8 (900) 222-33-44"}],
  "pairs": [
    {"id": "a", "form": "учитель – ученик", "mentor": "teacher", "mentees": ["minor", "adult"],
     "from": "2023-10-02", "to": "2024-05-31", "goal": "Подготовка к олимпиаде по математике"},
    {"id": "b", "form": "традиционная", "role_pair": "опытный педагог – молодой специалист", "mentor": "teacher",
     "mentees": ["young"], "from": "2023-10-02", "to": "2024-06-28"},
    {"id": "c", "form": "студент – ученик", "mentor": "st1", "mentees": ["minor"], "from": "2023-10-02",
     "to": "2024-05-31"}
  ],
  )");
  return t;
}

Programme read_programme(const std::string& text) {
  ReadResult r = test::read(text);
  for (const auto& d : r.diagnostics.items()) INFO(d.pointer << ": " << d.message);
  REQUIRE(r.programme);
  return *r.programme;
}

const Programme& programme() {
  static const Programme p = read_programme(consent_json());
  return p;
}

Json context(ConsentKind kind, const std::string& id, bool by_representative = false) {
  return consent_context(programme(), {kind, id, by_representative});
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Nothing of the machinery leaks into what a person reads and signs.
void check_clean(const std::string& text) {
  INFO(text);
  for (const char* bad : {"null", "None", "{{", "}}", "()", ", ,", ",,", " ,", "..", "false", "true"})
    CHECK_FALSE(has(text, bad));
}

std::string all_text(const Json& ctx) {
  std::string out;
  if (ctx.is_string()) return ctx.get<std::string>() + "\n";
  if (ctx.is_structured())
    for (const auto& x : ctx) out += all_text(x);
  return out;
}

const std::string kBlankDocument = std::string("серия ______ №") + "\u00A0" +
                                   "__________, выдан ________________ ________________ «___» __________ ____ г.";

}  // namespace

TEST_CASE("the forms' date and the operator's requisites come from the data", "[consents]") {
  Json c = context(ConsentKind::PersonalData, "teacher");
  CHECK(c["operator"]["full_name"] == "Муниципальное бюджетное общеобразовательное учреждение «Школа № 1»");
  // «даю согласие Муниципальному бюджетному …»: the running text needs the dative.
  CHECK(c["operator"]["full_name_dative"] == "Муниципальному бюджетному общеобразовательному учреждению «Школа № 1»");
  CHECK(c["operator"]["short_name"] == "МБОУ «Школа № 1»");
  CHECK(c["operator"]["address"] == "123456, г. Энск, ул. Школьная, д. 1");
  CHECK(c["operator"]["inn"] == "2637004518");
  CHECK(c["operator"]["ogrn"] == "1022602623517");
  CHECK(c["date_line"] == "«1» сентября 2023 г.");
  CHECK(c["kind_title"] == "Согласие на обработку персональных данных");
  CHECK(c["subtitle"] == "участника программы наставничества");
}

TEST_CASE("an adult's consent names the nine elements of ст. 9 ч. 4", "[consents]") {
  Json c = context(ConsentKind::PersonalData, "teacher");
  // 1: the subject's name, address and identity document
  CHECK(c["subject"]["full_name"] == "Воронцов Павел Игоревич");
  CHECK(c["subject"]["address"] == "123456, г. Энск, ул. Мира, д. 5, кв. 7");
  CHECK(c["subject"]["document_line"] ==
        "паспорт гражданина Российской Федерации серия 0712 №\u00A0345678, выдан ГУ МВД России по Краснодольскому "
        "краю 12.03.2015, код подразделения 260-012");
  CHECK(c["child"].is_null());
  // 3: operator (above); 4: purpose; 5: list of data; 6: processor; 7: actions and methods
  CHECK(has(c["purpose"], "программы наставничества МБОУ «Школа № 1» в 2023/2024 учебном году"));
  REQUIRE(c["data_list"].size() >= 5);
  CHECK(c["data_list"][0]["text"] == "фамилия, имя, отчество");
  CHECK(c["data_list"].back()["last"] == true);
  CHECK(has(all_text(c["data_list"]), "должность"));
  CHECK(has(all_text(c["data_list"]), "данные документа, удостоверяющего личность"));
  CHECK(has(c["processor"], "не поручает обработку"));
  CHECK(has(c["actions"], "сбор, запись"));
  CHECK(has(c["methods"], "средств автоматизации"));
  // 8: validity and withdrawal; 9: signature
  CHECK(c["validity"] == "Срок действия согласия: со дня подписания по 31 августа 2024 г.");
  CHECK(has(c["withdrawal"], "письменным заявлением"));
  CHECK(has(c["withdrawal"], "30 дней"));
  CHECK(c["signature_name"] == "П.И.\u00A0Воронцов");
  check_clean(all_text(c));
}

TEST_CASE("a person without passport data gets blanks to fill by hand, never null", "[consents]") {
  Json c = context(ConsentKind::PersonalData, "young");
  CHECK(c["subject"]["full_name"] == "Юсупова Камила Ринатовна");
  CHECK(c["subject"]["address"] == consent_blank(40));
  CHECK(c["subject"]["phone"] == consent_blank(20));
  CHECK(c["subject"]["document_line"] == "паспорт гражданина Российской Федерации " + kBlankDocument +
                                             ", код подразделения _______");
  check_clean(all_text(c));
}

TEST_CASE("what the data lacks about the operator and the date is blank", "[consents]") {
  Programme p = read_programme(consent_json(""));
  p.organisation.address.clear();
  p.organisation.inn.clear();
  Json c = consent_context(p, {ConsentKind::Dissemination, "teacher", false});
  CHECK(c["date_line"] == "«___» __________ 20___ г.");
  CHECK(c["operator"]["address"] == consent_blank(40));
  CHECK(c["operator"]["inn"] == consent_blank(12));
  check_clean(all_text(c));
}

TEST_CASE("a representative's consent names them, their authority and the child", "[consents]") {
  Json c = context(ConsentKind::RepresentativePersonalData, "minor", true);
  // 2: the representative's own name, address and document ...
  CHECK(c["subject"]["full_name"] == "Орлова Мария Ивановна");
  CHECK(c["subject"]["address"] == "123456, г. Энск, ул. Мира, д. 1, кв. 2");
  CHECK(has(c["subject"]["document_line"], "серия 0712 №\u00A0345678"));
  // ... the document proving authority, the child's name and date of birth
  CHECK(c["authority"] == "свидетельство о рождении II-ДН № 123456");
  CHECK(c["relation"] == "мать");
  CHECK(c["representative_of"] == "матерью (законным представителем)");
  CHECK(c["child"]["full_name"] == "Орлов Илья Сергеевич");
  CHECK(c["child"]["full_name_genitive"] == "Орлова Ильи Сергеевича");
  CHECK(c["child"]["birth_date"] == "01.04.2011");
  CHECK(c["child"]["class"] == "7А");
  CHECK(c["kind"] == "representative");
  CHECK(c["signature_name"] == "М.И.\u00A0Орлова");
  REQUIRE(c["data_groups"].size() == 2);
  CHECK(has(all_text(c["data_groups"][0]), "дата рождения"));
  CHECK(has(all_text(c["data_groups"][1]), "степень родства"));
  check_clean(all_text(c));
}

TEST_CASE("without a representative on record every part of them is a blank", "[consents]") {
  Json c = context(ConsentKind::RepresentativePersonalData, "adult", true);
  CHECK(c["subject"]["full_name"] == consent_blank(40));
  CHECK(has(c["subject"]["document_line"], kBlankDocument));
  CHECK(has(c["authority"], "свидетельство о рождении серия ______ №\u00A0__________"));
  CHECK(c["child"]["full_name"] == "Зуева Ольга Олеговна");
  CHECK(c["signature_name"] == consent_blank(16));
  check_clean(all_text(c));
}

TEST_CASE("a guardian's authority is a guardianship act", "[consents]") {
  Programme p = programme();
  p.pupils[0].representative->relation = "опекун";
  p.pupils[0].representative->authority.clear();
  Json c = consent_context(p, {ConsentKind::RepresentativePersonalData, "minor", true});
  CHECK(c["representative_of"] == "опекуном (законным представителем)");
  CHECK(has(c["authority"], "акт органа опеки и попечительства"));
}

TEST_CASE("the consent to dissemination names the pages, the data and leaves conditions to the subject",
          "[consents]") {
  Json c = context(ConsentKind::Dissemination, "teacher");
  CHECK(c["kind_title"] == "Согласие на обработку персональных данных, разрешённых для распространения");
  CHECK(c["pages"] == Json::array({"https://school1.example.ru/nastavnichestvo", "https://school1.example.ru/itogi"}));
  CHECK(c["subject"]["phone"] == "8 (800) 000-00-01");
  std::vector<std::string> items;
  for (const auto& r : c["data_rows"]) items.push_back(r["item"]);
  CHECK(items == std::vector<std::string>{"фамилия, имя, отчество", "должность",
                                          "участие в программе наставничества (роль, форма, достижения)",
                                          "фотографическое изображение"});
  CHECK(c["data_rows"].back()["category"] == "Биометрические персональные данные");
  CHECK(c["data_rows"][0]["rowspan"] == 3);
  CHECK(has(c["photo_note"], "биометрические"));
  CHECK(has(c["transfer_conditions"], "только по внутренней сети Оператора"));
  CHECK(has(c["validity"], "31 августа 2024 г."));
  CHECK(has(c["withdrawal"], "по моему требованию"));
  check_clean(all_text(c));

  Json pupil = context(ConsentKind::Dissemination, "minor", true);
  CHECK(pupil["child"]["full_name"] == "Орлов Илья Сергеевич");
  CHECK(pupil["data_rows"][1]["item"] == "класс");
  CHECK(pupil["subtitle"] == "законного представителя несовершеннолетнего обучающегося");
}

TEST_CASE("a teacher's consent to mentoring states pairs, duties, term, pay and early end", "[consents]") {
  Json c = context(ConsentKind::Mentoring, "teacher");
  CHECK(c["kind_title"] == "Согласие на осуществление наставничества");
  CHECK(c["position"] == "учитель математики");
  REQUIRE(c["pairs"].size() == 2);
  CHECK(c["pairs"][0]["form"] == "«учитель – ученик»");
  CHECK(c["pairs"][0]["mentees"] == "обучающийся 7А класса Орлов\u00A0И.С.; обучающаяся 11А класса Зуева\u00A0О.О.");
  CHECK(c["pairs"][0]["term"] == "с 02.10.2023 по 31.05.2024");
  CHECK(c["pairs"][0]["goal"] == "Подготовка к олимпиаде по математике");
  CHECK(c["pairs"][1]["form"] == "«традиционная» (опытный педагог – молодой специалист)");
  CHECK(c["pairs"][1]["mentees"] == "Юсупова\u00A0К.Р. (учитель начальных классов)");
  CHECK(c["pairs"][1]["goal"] == consent_blank(30));
  CHECK(c["term"] == "с 02.10.2023 по 28.06.2024");
  CHECK(c["duties"].size() >= 2);
  CHECK(has(c["pay"], "дополнительным соглашением к трудовому договору"));
  CHECK(has(c["early_end"], "не позднее чем за три рабочих дня"));
  CHECK(c["date_line"] == "«4» сентября 2023 г.");  // the consent the data records
  check_clean(all_text(c));
}

TEST_CASE("every planned form renders completely, with each element in the HTML", "[consents]") {
  TemplateSet t(std::string(NASTAVNIK_SOURCE_DIR) + "/templates");
  const Programme& p = programme();
  std::vector<ConsentItem> plan = plan_consents(p);
  int kinds_seen[4] = {0, 0, 0, 0};
  for (const ConsentItem& item : plan) {
    Json ctx = consent_context(p, item);
    std::string html = t.render(consent_template(item.kind), ctx);
    INFO(consent_kind_id(item.kind) << " " << item.person_id << "\n" << html);
    ++kinds_seen[static_cast<int>(item.kind)];
    check_clean(html);
    CHECK(has(html, "<h1>" + ctx["kind_title"].get<std::string>() + "</h1>"));
    CHECK(has(html, "<div class=\"signature"));
    CHECK(has(html, "(подпись)"));
    CHECK(has(html, ctx["signature_name"].get<std::string>()));
    CHECK(has(html, typeset(ctx["date_line"].get<std::string>())));  // the page is typeset
    CHECK(has(html, "123456, г. Энск, ул. Школьная, д. 1"));  // the operator's address
    CHECK_FALSE(has(html, "document-break"));                 // the pipeline joins forms itself
    if (item.kind == ConsentKind::Mentoring) {
      CHECK(has(html, "статьёй 351.8 Трудового кодекса"));
      CHECK(has(html, "<table"));
      CHECK(has(html, "три рабочих дня"));
      continue;
    }
    CHECK(has(html, "Я, " + ctx["subject"]["full_name"].get<std::string>() + ", адрес регистрации: "));
    CHECK(has(html, ctx["subject"]["document_line"].get<std::string>()));
    CHECK(has(html, "Срок действия согласия"));
    if (item.by_representative) {
      CHECK(has(html, ctx["child"]["full_name_genitive"].get<std::string>()));
      CHECK(has(html, "дата рождения: " + ctx["child"]["birth_date"].get<std::string>()));
      CHECK(has(html, typeset("документ, подтверждающий полномочия: " + ctx["authority"].get<std::string>())));
    }
    if (item.kind == ConsentKind::Dissemination) {
      CHECK(has(html, "статьёй 10.1"));
      CHECK(has(html, "<li>https://school1.example.ru/nastavnichestvo</li>"));
      CHECK(has(html, "ИНН 2637004518, ОГРН 1022602623517"));
      CHECK(has(html, "<td rowspan=\"3\">Персональные данные</td>"));
      CHECK(has(html, "фотографическое изображение"));
    } else {
      CHECK(has(html, "статьёй 9 Федерального закона"));
      CHECK(has(html, "Цель обработки персональных данных: "));
      CHECK(has(html, std::string("Перечень персональных данных, на обработку которых даю согласие: ") +
                          (item.by_representative ? "о ребёнке: " : "") + "фамилия, имя, отчество"));
      CHECK(has(html, "Оператор не поручает обработку"));
      CHECK(has(html, "Порядок отзыва согласия"));
    }
  }
  CHECK(kinds_seen[0] == 4);  // teacher, adult pupil, student, young teacher
  CHECK(kinds_seen[1] == 1);  // the minor
  CHECK(kinds_seen[2] == 5);  // everyone: the school publishes pupils too
  CHECK(kinds_seen[3] == 1);  // the teacher mentor
}

TEST_CASE("a blank longer than 16 underscores can break: runs of 16 a space apart", "[consents]") {
  CHECK(consent_blank(6) == "______");
  CHECK(consent_blank(16) == "________________");
  CHECK(consent_blank(40) == "________________ ________________ ________");
  CHECK(or_blank("", 20) == "________________ ____");
  CHECK(or_blank(" ул.  Садовая ", 20) == "ул. Садовая");
}
