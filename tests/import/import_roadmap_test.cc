// The table → roadmap mapping on tables built in code (no pandoc).
#include "import/import_roadmap.h"

#include <catch2/catch.hpp>

#include "read/programme_reader.h"
#include "support/test_support.h"

using namespace nastavnik;

namespace {

// One row from cell texts; "<3>text" gives a cell spanning three columns, "^"
// a cell covered by the one above.
ImportRow row(std::vector<std::string> cells) {
  ImportRow r;
  int col = 0;
  for (auto& t : cells) {
    ImportCell c;
    c.column = col;
    if (t.size() > 2 && t[0] == '<') {
      c.colspan = t[1] - '0';
      t = t.substr(3);
    }
    if (t == "^") c.from_above = true;
    c.text = t;
    col += c.colspan;
    r.cells.push_back(c);
  }
  return r;
}

ImportDocument doc_of(std::vector<ImportRow> rows, std::vector<std::string> before = {},
                      std::vector<std::string> after = {}) {
  ImportDocument d;
  for (auto& p : before) d.blocks.push_back({ImportBlock::Kind::Paragraph, p, {}, 0});
  ImportBlock t;
  t.kind = ImportBlock::Kind::Table;
  t.table.rows = std::move(rows);
  normalise_grid(t.table);
  d.blocks.push_back(t);
  for (auto& p : after) d.blocks.push_back({ImportBlock::Kind::Paragraph, p, {}, 0});
  return d;
}

const std::vector<std::string> kHeader = {"№ п/п", "Мероприятие", "Сроки", "Ответственные"};

}  // namespace

TEST_CASE("merged stage rows with Задача/Результат, events with deadlines and responsible", "[import]") {
  auto d = doc_of({row(kHeader),
                   row({"1", "<3>Подготовка условий\nЗадача: сбор запросов.   Результат: определены ресурсы."}),
                   row({"1.1", "Издание приказа", "Январь\n2023-2024", "Педагог-\nпсихолог"}),
                   row({"2", "<3>Формирование базы наставляемых\nЗадача: выявление.\nРезультат: база."}),
                   row({"2.1", "Анкетирование", "Февраль-\nмай 2023-2024", "Зам. директора по УВР"})});
  ImportedRoadmap r = import_roadmap(d, {});
  REQUIRE(r.stages.size() == 2);
  CHECK(r.stages[0].number == 1);
  CHECK(r.stages[0].name == "Подготовка условий");
  CHECK(r.stages[0].task == "сбор запросов.");
  CHECK(r.stages[0].result == "определены ресурсы.");
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].number == "1.1");
  CHECK(r.events[0].deadline == "Январь 2023-2024");
  CHECK(r.events[0].responsible == "Педагог-психолог");
  CHECK(r.events[1].deadline == "Февраль-май 2023-2024");
  REQUIRE(r.year);
  CHECK(r.year->label() == "2023/2024");
  CHECK(r.year_reason.find("Январь 2023-2024") != std::string::npos);
}

TEST_CASE("numbered stage rows without merging: a number and no deadline", "[import]") {
  auto d = doc_of({row(kHeader), row({"3", "Формирование базы наставников", "", ""}),
                   row({"3.1", "Выбор форм", "октябрь", "Куратор"})});
  ImportedRoadmap r = import_roadmap(d, {AcademicYear{2023}});
  REQUIRE(r.stages.size() == 1);
  CHECK(r.stages[0].number == 3);
  CHECK(r.stages[0].name == "Формирование базы наставников");
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].stage == 3);
  CHECK(r.year_reason == "задан параметром --year");
}

TEST_CASE("a stage column, vertical merges and a content column (kindergarten shape)", "[import]") {
  auto d = doc_of({row({"№", "Наименование этапа", "Мероприятия", "Содержание деятельности", "Сроки", "Ответственные"}),
                   row({"1.", "Подготовка условий", "Изучение материалов", "1. Изучение базы", "Сентябрь", "Куратор"}),
                   row({"^", "^", "Подготовка нормативной базы", "1. Издание приказа", "^", "Руководитель"}),
                   row({"^", "^", "^", "2. Совещание", "^", "Руководитель"}),
                   row({"2.", "Формирование базы", "Сбор данных", "Анкеты", "Октябрь", "Куратор"})});
  // "^" cells repeat the text above, as the pandoc reader makes them.
  d.blocks[0].table.rows[2].cells[0].text = "1.";
  d.blocks[0].table.rows[2].cells[1].text = "Подготовка условий";
  d.blocks[0].table.rows[2].cells[4].text = "Сентябрь";
  d.blocks[0].table.rows[3].cells[2].text = "Подготовка нормативной базы";
  ImportedRoadmap r = import_roadmap(d, {AcademicYear{2023}});
  REQUIRE(r.stages.size() == 2);
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].number == "1.1");
  CHECK(r.events[0].title == "Изучение материалов: 1. Изучение базы");
  CHECK(r.events[1].number == "1.2");
  CHECK(r.events[1].deadline == "Сентябрь");
  CHECK(r.events[1].title == "Подготовка нормативной базы: 1. Издание приказа 2. Совещание");
  CHECK(r.events[2].number == "2.1");
  CHECK(r.events[2].stage == 2);
}

TEST_CASE("unrecognised columns are kept in note and reported with their place", "[import]") {
  auto d = doc_of({row({"№", "Мероприятие", "Срок реализации", "Ответственный исполнитель", "Отметка"}),
                   row({"1.1", "Приказ", "до 30.08.2023", "Директор", "выполнено"})});
  ImportedRoadmap r = import_roadmap(d, {});
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].note == "Отметка: выполнено");
  REQUIRE(r.unrecognised.size() == 1);
  CHECK(r.unrecognised[0].find("таблица 1, строка 2, столбец 5") != std::string::npos);
  CHECK(r.year->label() == "2023/2024");  // «до 30.08.2023» closes the year before: … August 2023 belongs to 2022/2023
}

TEST_CASE("a table restated after its header replaces the earlier copy; one section keeps both as written", "[import]") {
  auto d = doc_of({row(kHeader), row({"1.1", "Старый текст", "Май", "Куратор"}), row(kHeader),
                   row({"1.1", "Новый текст", "Май", "Куратор"}), row({"1.1", "Ещё одно", "Май", "Куратор"})});
  ImportedRoadmap r = import_roadmap(d, {AcademicYear{2023}});
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].title == "Новый текст");
  CHECK(r.events[1].number == "1.1");  // kept as written, reported: lint names it (L015)
  REQUIRE_FALSE(r.unrecognised.empty());
  CHECK(r.unrecognised.back().find("оставлен как есть") != std::string::npos);
}

TEST_CASE("approval blocks, organisation and executor around the table", "[import]") {
  auto d = doc_of({row(kHeader), row({"1.1", "Приказ", "Сентябрь 2023", "Директор"})},
                  {"СОГЛАСОВАНО", "Протокол № 1 заседания педагогического совета от 31.08.2023", "",
                   "УТВЕРЖДЕНО Приказ № 234/2 от 01.09.2023", "",
                   "Муниципальное бюджетное общеобразовательное учреждение", "\"Гимназия № 9\""},
                  {"Исп. Заместитель директора по УВР Иванова И.И., 8 (800) 000-00-00"});
  ImportedRoadmap r = import_roadmap(d, {});
  REQUIRE(r.approvals.size() == 2);
  CHECK(r.approvals[0].kind == Approval::Kind::Agreed);
  CHECK(r.approvals[0].body == "педагогического совета");
  CHECK(r.approvals[0].document.number == "1");
  CHECK(r.approvals[0].document.date == Date{2023, 8, 31});
  CHECK(r.approvals[1].kind == Approval::Kind::ApprovedByOrder);
  CHECK(r.approvals[1].document.number == "234/2");
  CHECK(r.full_name == "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 9»");
  REQUIRE(r.executor);
  CHECK(r.executor->full_name == "Иванова И.И.");
  CHECK(r.executor->position == "заместитель директора по УВР");
  CHECK(r.executor->phone == "8 (800) 000-00-00");

  ImportOutput o = imported_to_json(r);
  CHECK(o.data["organisation"]["short_name"] == "МБОУ «Гимназия № 9»");
  CHECK(o.data["organisation"]["city"].get<std::string>().rfind("[заполните:", 0) == 0);
  CHECK(o.fill_in.size() == 1);
  // The file reads back without errors.
  ReadResult rr = read_programme_json(o.data.dump(), test::standard_stages());
  for (const auto& x : rr.diagnostics.items()) UNSCOPED_INFO(x.pointer + ": " + x.message);
  CHECK(rr.programme);
}

TEST_CASE("approval phrases as schools write them", "[import]") {
  auto accepted = parse_approval("ПРИНЯТО с учетом мнения Совета родителей (Протокол № 9 от 20.05.2021)");
  REQUIRE(accepted);
  CHECK(accepted->kind == Approval::Kind::Accepted);
  CHECK(accepted->body == "Совета родителей");
  CHECK(accepted->document.number == "9");
  CHECK(accepted->document.date == Date{2021, 5, 20});
  auto approve = parse_approval("УТВЕРЖДАЮ Директор МБОУ «СОШ № 7» ________ И.О. Петрова «31» августа 2023 г.");
  REQUIRE(approve);
  CHECK(approve->kind == Approval::Kind::Approve);
  CHECK(approve->position == "Директор МБОУ «СОШ № 7»");
  CHECK(approve->signer == "И.О. Петрова");
  CHECK(approve->date == Date{2023, 8, 31});
  CHECK_FALSE(parse_approval("План мероприятий"));
}

TEST_CASE("no roadmap table: nothing imported, and it says why", "[import]") {
  ImportDocument d;
  d.blocks.push_back({ImportBlock::Kind::Paragraph, "1-й этап – алгоритм условий", {}, 1});
  ImportedRoadmap r = import_roadmap(d, {});
  CHECK(r.events.empty());
  CHECK(r.tables == 0);
  REQUIRE_FALSE(r.unrecognised.empty());
  CHECK(r.unrecognised.back().find("не найдено таблицы мероприятий") != std::string::npos);
}

TEST_CASE("ledger: header repeat by its text, numbering row, page split joined, empty cells stay empty", "[import]") {
  auto d = doc_of({row({"№", "Мероприятие", "Сроки", "Ответственные"}), row({"1", "2", "3", "4"}),
                   row({"1.1", "Мероприятия по информированию (сроки, период)", "Срок подачи заявок", "Куратор"}),
                   row({"1.2", "Сбор согласий от законных", "", "Куратор"}),
                   row({"", "представителей", "", ""}),
                   row({"№", "Мероприятие", "Сроки", "Ответственные"}),
                   row({"1.3", "Анкетирование", "Октябрь", ""})});
  ImportedRoadmap r = import_roadmap(d, {AcademicYear{2023}});
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].title == "Мероприятия по информированию (сроки, период)");  // header words, still an event
  CHECK(r.events[1].title == "Сбор согласий от законных представителей");
  CHECK(r.events[1].deadline.empty());  // not «Срок подачи заявок» from the row above
  CHECK(r.events[2].number == "1.3");
  CHECK(r.events[2].responsible.empty());
  using K = LedgerEntry::Kind;
  std::vector<K> kinds;
  for (const auto& e : r.ledger) kinds.push_back(e.kind);
  CHECK(kinds == std::vector<K>{K::Header, K::ColumnNumbers, K::Event, K::Event, K::Continuation, K::HeaderRepeat, K::Event});
  CHECK(r.ledger[4].where == "таблица 1, строка 5");
  CHECK(r.ledger[4].detail == "1.2");
  auto report = ledger_report(r.ledger);
  CHECK(report[0] == "Строк в таблице мероприятий: 7 (мероприятий — 3, заголовков — 1, повторов заголовка — 1, "
                     "строк нумерации столбцов — 1, продолжений строки — 1)");
  CHECK(report.size() == 5);  // every row that is no event has its line
}

TEST_CASE("approval blocks in the school's own words", "[import]") {
  auto accepted = parse_approval("ПРИНЯТО Педагогическим советом Протокол №1 от «31» августа 2021");
  REQUIRE(accepted);
  CHECK(accepted->kind == Approval::Kind::Accepted);
  CHECK(accepted->heading == "ПРИНЯТО");
  CHECK(accepted->by == "Педагогическим советом");
  CHECK(accepted->body.empty());
  CHECK(accepted->document.number == "1");
  CHECK(accepted->document.date == Date{2021, 8, 31});
  auto agreed = parse_approval("СОГЛАСОВАНО Протокол № 1 заседания Педагогического совета школы от «31» 08. 2023 г.");
  REQUIRE(agreed);
  CHECK(agreed->body == "Педагогического совета школы");
  CHECK(agreed->document.date == Date{2023, 8, 31});
  auto order = parse_approval("УТВЕРЖДЕНО Приказ №234/2 от «01» сентября 2021 Директор школы С.Б.Колпакова");
  REQUIRE(order);
  CHECK(order->kind == Approval::Kind::ApprovedByOrder);
  CHECK(order->heading == "УТВЕРЖДЕНО");
  CHECK(order->document.number == "234/2");
  CHECK(order->document.date == Date{2021, 9, 1});
  CHECK(order->position == "Директор школы");
  CHECK(order->signer == "С.Б. Колпакова");
  auto appendix = parse_approval("Приложение 1 к приказу № 15 от 18.02.2022");
  REQUIRE(appendix);
  CHECK(appendix->kind == Approval::Kind::ApprovedByOrder);
  CHECK(appendix->heading == "Приложение 1 к приказу");
  CHECK(appendix->document.number == "15");
  CHECK_FALSE(parse_approval("Приложение к программе наставничества"));
  auto approve = parse_approval("УТВЕРЖДАЮ ДИРЕКТОР ШКОЛЫ Е.В.ТАРАБАНОВА");
  REQUIRE(approve);
  CHECK(approve->position == "ДИРЕКТОР ШКОЛЫ");
  CHECK(approve->signer == "Е.В. ТАРАБАНОВА");
}

TEST_CASE("a table continued as a second table: its header only by the first header's text", "[import]") {
  auto d = doc_of({row(kHeader), row({"1.1", "Приказ", "Сентябрь", "Директор"})});
  ImportBlock second;
  second.kind = ImportBlock::Kind::Table;
  // A data row full of header words at the top of the continued table, then the header repeated.
  second.table.rows = {row({"1.2", "Мероприятия: сроки и период реализации", "Срок — дата приказа", "Ответственные лица"}),
                       row(kHeader), row({"1.3", "Совещание", "Октябрь", "Куратор"})};
  normalise_grid(second.table);
  d.blocks.push_back(second);
  ImportedRoadmap r = import_roadmap(d, {AcademicYear{2023}});
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[1].number == "1.2");
  CHECK(r.events[1].title == "Мероприятия: сроки и период реализации");
  REQUIRE(r.ledger.size() == 5);
  CHECK(r.ledger[2].kind == LedgerEntry::Kind::Event);
  CHECK(r.ledger[3].kind == LedgerEntry::Kind::HeaderRepeat);
  CHECK(r.ledger[3].where == "таблица 2, строка 2");
}
