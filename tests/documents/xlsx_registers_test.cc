#include "documents/registers/xlsx_registers.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <string>

#include "xlsx/xlsx_util.h"

namespace fs = std::filesystem;
using namespace nastavnik;
using nastavnik::test::TempDir;
using nastavnik::test::unzip_member;

namespace {

const std::string kNb = "\u00A0";

StaffMember staff(std::string id, std::string name, std::string position,
                  std::optional<int> experience) {
  StaffMember s;
  s.id = std::move(id);
  s.full_name = std::move(name);
  s.position = std::move(position);
  s.experience_years = experience;
  return s;
}

Pupil pupil(std::string id, std::string name, std::string class_name, Date birth,
            std::optional<Representative> rep) {
  Pupil x;
  x.id = std::move(id);
  x.full_name = std::move(name);
  x.class_name = std::move(class_name);
  x.birth_date = birth;
  x.representative = std::move(rep);
  return x;
}

Pair pair(std::string id, std::string form, std::string mentor, std::vector<std::string> mentees,
          Date from, Date to, std::string goal) {
  Pair x;
  x.id = std::move(id);
  x.form = std::move(form);
  x.mentor = std::move(mentor);
  x.mentees = std::move(mentees);
  x.from = from;
  x.to = to;
  x.goal = std::move(goal);
  return x;
}

// Two teachers who mentor (one with the consent of ТК РФ ст. 351.8, one without),
// the curator, three pupils (one of them 18 on 1 September exactly), a student.
Programme sample_programme() {
  Programme p;
  p.organisation.short_name = "МБОУ «Гимназия № 7»";
  p.academic_year = AcademicYear{2023};
  p.period_from = p.academic_year.start();
  p.period_to = p.academic_year.end();

  StaffMember ivanova = staff("ivanova", "Иванова Ирина Петровна", "учитель математики", 15);
  ivanova.mentoring_consent = MentoringConsent{Date{2023, 8, 28}, {"15", Date{2023, 8, 30}}};
  p.staff = {staff("smirnova", "Смирнова Ольга Николаевна", "заместитель директора по УВР", 20),
             staff("petrov", "Петров Павел Сергеевич", "учитель физики", 3), ivanova};
  p.curator = "smirnova";

  Pupil elkina = pupil("elkina", "Ёлкина Анна Викторовна", "10Б", Date{2007, 2, 1},
                       Representative{"Ёлкин Виктор Андреевич", "отец", "+7 900 222-33-44", ""});
  elkina.sex = Sex::Female;
  p.pupils = {
      pupil("sidorov", "Сидоров Алексей Иванович", "7А", Date{2011, 5, 10},
            Representative{"Сидорова Мария Петровна", "мать", "+7 900 111-22-33", "ул. Ленина, 1"}),
      elkina,
      pupil("kuznetsov", "Кузнецов Дмитрий Олегович", "11А", Date{2005, 9, 1}, std::nullopt)};

  OtherPerson student;
  student.kind = OtherPerson::Kind::Student;
  student.id = "morozova";
  student.full_name = "Морозова Екатерина Андреевна";
  student.organisation = "ГБПОУ «Педагогический колледж № 1»";
  student.position = "3 курс";
  p.others = {student};

  p.pairs = {
      pair("П-1", "учитель – ученик", "ivanova", {"sidorov", "elkina"}, Date{2023, 9, 15},
           Date{2024, 5, 31}, "Подготовка к олимпиаде по математике"),
      pair("П-3", "студент – ученик", "morozova", {"sidorov"}, Date{2023, 10, 1},
           Date{2024, 4, 30}, "Профориентация"),
      pair("П-2", "учитель – ученик", "petrov", {"kuznetsov"}, Date{2023, 9, 1},
           Date{2024, 5, 24}, "Подготовка к ЕГЭ по физике"),
  };
  p.pairs[2].curator = "ivanova";
  return p;
}


// Sets the process umask for a scope, so file modes are tested against a lax one.
struct UmaskScope {
  mode_t old;
  explicit UmaskScope(mode_t mask) : old(::umask(mask)) {}
  ~UmaskScope() { ::umask(old); }
};


mode_t mode_of(const fs::path& file) {
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("registers workbook holds every participant and pair", "[registers]") {
  TempDir dir;
  const fs::path file = dir.path / "registers.xlsx";
  {
    std::ofstream(file) << "an older version, readable by everyone";
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write |
                              fs::perms::group_read | fs::perms::others_read);
  }
  {
    UmaskScope lax(022);
    write_registers_xlsx(sample_programme(), file.string());
  }
  REQUIRE(fs::exists(file));
  CHECK_FALSE(fs::exists(file.string() + ".part"));
  CHECK(mode_of(file) == 0600);

  const std::string sst = unzip_member(file, "xl/sharedStrings.xml");
  const std::string workbook = unzip_member(file, "xl/workbook.xml");
  const std::string mentors = unzip_member(file, "xl/worksheets/sheet1.xml");
  const std::string mentees = unzip_member(file, "xl/worksheets/sheet2.xml");
  const std::string pairs = unzip_member(file, "xl/worksheets/sheet3.xml");
  const std::string styles = unzip_member(file, "xl/styles.xml");
  const std::string app = unzip_member(file, "docProps/app.xml");
  REQUIRE_FALSE(sst.empty());
  REQUIRE_FALSE(pairs.empty());

  SECTION("sheets, titles and headers") {
    CHECK(has(workbook, "name=\"База наставников\""));
    CHECK(has(workbook, "name=\"База наставляемых\""));
    CHECK(has(workbook, "name=\"Наставнические пары (группы)\""));
    CHECK(has(sst, "База наставников МБОУ «Гимназия №" + kNb + "7» на 2023/2024 учебный год"));
    CHECK(has(sst, "База наставляемых МБОУ «Гимназия №" + kNb + "7» на 2023/2024 учебный год"));
    CHECK(has(sst, "Наставнические пары (группы) МБОУ «Гимназия №" + kNb + "7» на 2023/2024 учебный год"));
    CHECK(has(sst, "Согласие на наставничество (ТК РФ ст. 351.8)"));
    CHECK(has(sst, "Законный представитель"));
    CHECK(has(sst, "Наставник (ФИО, должность)"));
    CHECK(has(app, "МБОУ «Гимназия № 7»"));
  }

  SECTION("every person and pair appears") {
    for (const char* name : {"Иванова Ирина Петровна", "Петров Павел Сергеевич",
                             "Морозова Екатерина Андреевна", "Сидоров Алексей Иванович",
                             "Ёлкина Анна Викторовна", "Кузнецов Дмитрий Олегович",
                             "Смирнова Ольга Николаевна"}) {
      CHECK(has(sst, name));
    }
    // Pairs go by number, never by the data's internal id.
    for (const char* id : {"П-1", "П-2", "П-3"}) CHECK_FALSE(has(sst, id));
    // A mentor's mentees in short form, one per line; a group's members one per line.
    CHECK(has(sst, "Ёлкина" + kNb + "А.В.\nСидоров" + kNb + "А.И."));
    CHECK(has(sst, "Сидоров Алексей Иванович (7А)\nЁлкина Анна Викторовна (10Б)"));
    CHECK(has(sst, "Иванова Ирина Петровна, учитель математики"));
    CHECK(has(sst, "Морозова Екатерина Андреевна, 3 курс, ГБПОУ «Педагогический колледж №" + kNb + "1»"));
  }

  SECTION("consent, representatives and adults") {
    CHECK(has(sst, "<t>от 28.08.2023, доп. соглашение от 30.08.2023 №" + kNb + "15</t>"));
    CHECK(has(sst, "<t>нет</t>"));
    CHECK(has(sst, "<t>—</t>"));
    CHECK(has(sst, "<t>Сидорова Мария Петровна, мать, тел. +7 900 111-22-33</t>"));
    CHECK(has(sst, "<t>Ёлкин Виктор Андреевич, отец, тел. +7 900 222-33-44</t>"));
    CHECK(has(sst, "<t>совершеннолетний</t>"));
    CHECK_FALSE(has(sst, "ул. Ленина"));  // the address is not a register's business
  }

  SECTION("ready to filter, scroll and print") {
    CHECK(has(mentors, "<autoFilter ref=\"A2:H5\"/>"));
    CHECK(has(mentees, "<autoFilter ref=\"A2:I6\"/>"));
    CHECK(has(pairs, "<autoFilter ref=\"A2:G5\"/>"));
    CHECK(has(workbook, "_xlnm._FilterDatabase"));
    for (const std::string* sheet : {&mentors, &mentees, &pairs}) {
      CHECK(std::regex_search(*sheet, std::regex("<pane [^>]*ySplit=\"2\"[^>]*state=\"frozen\"")));
      CHECK(std::regex_search(*sheet, std::regex("<pageSetup [^>]*paperSize=\"9\"")));
      CHECK(std::regex_search(*sheet, std::regex("<pageSetup [^>]*orientation=\"landscape\"")));
      CHECK(std::regex_search(*sheet, std::regex("<pageSetup [^>]*fitToHeight=\"0\"")));
      CHECK(has(*sheet, "<pageSetUpPr fitToPage=\"1\"/>"));
      CHECK(has(*sheet, "Страница &amp;P из &amp;N"));
    }
    CHECK(std::regex_search(mentors, std::regex("<pane [^>]*xSplit=\"2\"[^>]*ySplit=\"2\"")));
    CHECK(has(mentors, "<mergeCell ref=\"A1:H1\"/>"));
    CHECK(has(mentees, "<mergeCell ref=\"A1:I1\"/>"));
    CHECK(has(workbook, "_xlnm.Print_Titles"));
    CHECK(has(workbook, "'База наставников'!$2:$2"));
    CHECK(has(workbook, "'База наставляемых'!$2:$2"));
    CHECK(has(workbook, "'Наставнические пары (группы)'!$2:$2"));
    // Numbers and dates are typed cells: № and стаж sort, birth dates filter by year.
    CHECK(std::regex_search(mentors, std::regex("<c r=\"E3\"[^>]*><v>15</v>")));
    CHECK(std::regex_search(mentees, std::regex("<c r=\"E6\"[^>]*><v>38596</v>")));  // 01.09.2005
    CHECK(has(mentees, "<v>40673</v>"));                                               // 10.05.2011
    CHECK(has(styles, "formatCode=\"dd.mm.yyyy\""));
    // Rows with several lines are taller than the default.
    CHECK(std::regex_search(pairs, std::regex("<row r=\"3\"[^>]*ht=\"(3\\d|[4-9]\\d)")));
  }
}

TEST_CASE("registers: rows, order and texts", "[registers]") {
  const auto sheets = build_registers(sample_programme());
  REQUIRE(sheets.size() == 3);
  const auto& mentors = sheets[0];
  const auto& mentees = sheets[1];
  const auto& pairs = sheets[2];

  SECTION("mentors by surname, with category, consent and forms") {
    REQUIRE(mentors.rows.size() == 3);
    CHECK(mentors.rows[0][1] == "Иванова Ирина Петровна");
    CHECK(mentors.rows[1][1] == "Морозова Екатерина Андреевна");
    CHECK(mentors.rows[2][1] == "Петров Павел Сергеевич");
    CHECK(mentors.rows[0][2] == "Педагог");
    CHECK(mentors.rows[1][2] == "Студент");
    CHECK(mentors.rows[0][4] == "15");
    CHECK(mentors.rows[1][4] == "");  // стаж only for staff
    CHECK(mentors.rows[1][5] == "—");
    CHECK(mentors.rows[2][5] == "нет");
    CHECK(mentors.rows[1][6] == "Сидоров" + kNb + "А.И.");
    CHECK(mentors.rows[0][7] == "учитель – ученик");
    for (std::size_t i = 0; i < mentors.rows.size(); ++i) {
      CHECK(mentors.rows[i][0] == std::to_string(i + 1));
      CHECK(mentors.rows[i].size() == mentors.columns.size());
    }
  }

  SECTION("mentees by category, class (7 before 10), surname; one row per pair") {
    REQUIRE(mentees.rows.size() == 4);
    CHECK(mentees.rows[0][1] == "Сидоров Алексей Иванович");
    CHECK(mentees.rows[0][7] == "учитель – ученик");
    CHECK(mentees.rows[0][8] == "с 15.09.2023 по 31.05.2024");
    CHECK(mentees.rows[0][6] == "Иванова" + kNb + "И.П.");
    CHECK(mentees.rows[1][1] == "Сидоров Алексей Иванович");
    CHECK(mentees.rows[1][7] == "студент – ученик");
    CHECK(mentees.rows[2][1] == "Ёлкина Анна Викторовна");
    CHECK(mentees.rows[2][3] == "10Б");
    CHECK(mentees.rows[2][4] == "01.02.2007");
    CHECK(mentees.rows[3][1] == "Кузнецов Дмитрий Олегович");
    CHECK(mentees.rows[3][5] == "совершеннолетний");
    CHECK(mentees.rows[3][2] == "Обучающийся");
  }

  SECTION("pairs numbered in data order, as the pair-fixing order numbers them; curator defaulted") {
    REQUIRE(pairs.rows.size() == 3);
    CHECK(pairs.rows[0][0] == "1");
    CHECK(pairs.rows[1][0] == "2");
    CHECK(pairs.rows[2][0] == "3");
    CHECK(pairs.rows[1][1] == "студент – ученик");
    CHECK(pairs.rows[0][6] == "Смирнова Ольга Николаевна");
    CHECK(pairs.rows[2][6] == "Иванова Ирина Петровна");
    CHECK(pairs.rows[2][2] == "Петров Павел Сергеевич, учитель физики");
    CHECK(pairs.rows[2][5] == "Подготовка к ЕГЭ по физике");
  }
}

TEST_CASE("registers: 18 on the first day of the academic year is an adult", "[registers]") {
  Programme p = sample_programme();
  Pupil& kuznetsov = p.pupils[2];
  const auto guardian = [&] { return build_registers(p)[1].rows[3][5]; };
  CHECK(guardian() == "совершеннолетний");
  kuznetsov.birth_date = Date{2005, 9, 2};  // 18 a day later: still a minor
  kuznetsov.representative = Representative{"Кузнецова Ольга Ивановна", "опекун", "", ""};
  CHECK(guardian() == "Кузнецова Ольга Ивановна, опекун");
  kuznetsov.birth_date = std::nullopt;  // unknown age: treated as a minor
  kuznetsov.representative.reset();
  CHECK(guardian() == "не указан");
  kuznetsov.birth_date = Date{2004, 1, 1};
  kuznetsov.sex = Sex::Female;
  CHECK(guardian() == "совершеннолетняя");
}

TEST_CASE("registers: consent spelled from what the data gives", "[registers]") {
  Programme p = sample_programme();
  const auto consent = [&] { return build_registers(p)[0].rows[0][5]; };  // Иванова
  StaffMember& ivanova = p.staff[2];
  ivanova.mentoring_consent = MentoringConsent{Date{2023, 8, 28}, {}};
  CHECK(consent() == "от 28.08.2023");
  ivanova.mentoring_consent = MentoringConsent{std::nullopt, {"7", std::nullopt}};
  CHECK(consent() == "доп. соглашение №" + kNb + "7");
  ivanova.mentoring_consent = MentoringConsent{};
  CHECK(consent() == "да");
}

TEST_CASE("registers: empty programme gives headers only", "[registers]") {
  TempDir dir;
  Programme p = sample_programme();
  p.pairs.clear();
  const fs::path file = dir.path / "empty.xlsx";
  write_registers_xlsx(p, file.string());
  CHECK(has(unzip_member(file, "xl/worksheets/sheet1.xml"), "<autoFilter ref=\"A2:H2\"/>"));
  CHECK(mode_of(file) == 0600);
}

TEST_CASE("registers: the temporary file is private and failures are reported", "[registers]") {
  TempDir dir;
  UmaskScope lax(022);
  const fs::path file = dir.path / "private.xlsx";
  const fs::path part = file.string() + ".part";
  {
    std::ofstream(part) << "stale";  // left by a crashed run, readable by everyone
    xlsx::WorkbookFile wb(file.string(), xlsx::FileAccess::OwnerOnly);
    REQUIRE(fs::exists(part));
    CHECK(mode_of(part) == 0600);
    CHECK(fs::file_size(part) == 0);
  }
  CHECK_FALSE(fs::exists(part));  // never committed: removed

  {
    xlsx::WorkbookFile wb(file.string());  // the default keeps the old behaviour
    CHECK_FALSE(fs::exists(part));
  }

  const std::string missing = (dir.path / "нет такой папки" / "registers.xlsx").string();
  try {
    write_registers_xlsx(sample_programme(), missing);
    FAIL("no exception");
  } catch (const std::runtime_error& e) {
    CHECK(has(e.what(), "Не удалось записать XLSX-файл «" + missing + "»"));
    CHECK(has(e.what(), "не существует"));
  }

  const fs::path occupied = dir.path / "occupied.xlsx";
  fs::create_directories(occupied / "inside");
  CHECK_THROWS_AS(write_registers_xlsx(sample_programme(), occupied.string()), std::runtime_error);
  CHECK_FALSE(fs::exists(occupied.string() + ".part"));
  CHECK(fs::is_directory(occupied / "inside"));
}
