// The workbook reader on what real producers write: libxlsxwriter (Excel's own
// dialect), hand-made packages with every liberty the format allows, and
// LibreOffice and openpyxl re-saving a workbook.
#include "xlsx/xlsx_read.h"

#include <xlsxwriter.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "system/tool_runner.h"
#include "support/xlsx_fixtures.h"

using namespace nastavnik;
using namespace nastavnik::test;
using xlsx::CellType;

namespace {

// A workbook as Excel would save it: an extra sheet first, then «Наставники» with
// every kind of value, then «Пары».
void write_generated_workbook(const std::filesystem::path& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  REQUIRE(wb);
  lxw_worksheet* help = workbook_add_worksheet(wb, "Справка");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Наставники");
  lxw_worksheet* pairs = workbook_add_worksheet(wb, "Пары");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd.mm.yyyy");
  lxw_format* builtin_date = workbook_add_format(wb);
  format_set_num_format_index(builtin_date, 14);
  lxw_format* time = workbook_add_format(wb);
  format_set_num_format(time, "hh:mm");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* fill = workbook_add_format(wb);
  format_set_bg_color(fill, LXW_COLOR_YELLOW);

  worksheet_write_string(help, 0, 0, "Заполните лист «Наставники»", nullptr);
  worksheet_write_string(ws, 0, 0, "ФИО", bold);
  worksheet_write_string(ws, 0, 1, "Дата", bold);
  worksheet_write_string(ws, 1, 0, "Иванова Мария Петровна", nullptr);
  lxw_datetime first_sept = {2023, 9, 1, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 1, &first_sept, date);
  worksheet_write_number(ws, 1, 2, 15, nullptr);
  worksheet_write_boolean(ws, 1, 3, 1, nullptr);
  worksheet_write_string(ws, 1, 4, "01.09.2023", nullptr);
  // Row 3 left empty.
  worksheet_write_formula_num(ws, 3, 0, "=C2*2", nullptr, 30);
  worksheet_write_formula_str(ws, 3, 1, "=A2&\"!\"", nullptr, "Иванова Мария Петровна!");
  lxw_datetime last_may = {2024, 5, 31, 0, 0, 0};
  worksheet_write_datetime(ws, 3, 2, &last_may, builtin_date);
  worksheet_write_number(ws, 3, 3, 0.4375, time);  // 10:30, a time, not a day
  worksheet_write_number(ws, 3, 4, 2.75, nullptr);
  worksheet_merge_range(ws, 5, 0, 5, 2, "Этап 1. Адаптация", bold);
  lxw_rich_string_tuple part1 = {bold, const_cast<char*>("Важно: ")};
  lxw_rich_string_tuple part2 = {nullptr, const_cast<char*>("до 15 сентября")};
  lxw_rich_string_tuple* rich[] = {&part1, &part2, nullptr};
  worksheet_write_rich_string(ws, 5, 3, rich, nullptr);
  worksheet_write_blank(ws, 19, 0, fill);  // a formatted but empty cell far below
  worksheet_write_string(pairs, 2, 1, "Пара 1", nullptr);
  REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

// What any faithful re-save of write_generated_workbook() still says.
void check_generated(const xlsx::Workbook& wb) {
  REQUIRE(wb.sheets().size() == 3);
  CHECK(wb.sheets()[0].name() == "Справка");
  CHECK(wb.sheets()[1].name() == "Наставники");
  CHECK(wb.sheets()[2].name() == "Пары");
  CHECK(wb.sheet("Справка")->cell(1, 1).text == "Заполните лист «Наставники»");
  CHECK(wb.require_sheet("Пары").cell(3, 2).text == "Пара 1");

  const xlsx::Sheet& s = wb.require_sheet("Наставники");
  CHECK(s.max_row() == 6);
  CHECK(s.max_col() == 5);
  CHECK(s.cell(1, 1).type == CellType::String);
  CHECK(s.cell(1, 1).text == "ФИО");
  CHECK(s.cell(2, 1).text == "Иванова Мария Петровна");

  const xlsx::Cell& date = s.cell(2, 2);
  CHECK(date.type == CellType::Date);
  CHECK(date.date == Date{2023, 9, 1});
  CHECK(date.number == 45170);
  CHECK(s.cell(2, 3).type == CellType::Number);
  CHECK(s.cell(2, 3).number == 15);
  CHECK(s.cell(2, 3).text == "15");
  CHECK(s.cell(2, 4).type == CellType::Bool);
  CHECK(s.cell(2, 4).number == 1);
  const xlsx::Cell& text_date = s.cell(2, 5);
  CHECK(text_date.type == CellType::String);
  CHECK(text_date.text == "01.09.2023");
  CHECK_FALSE(text_date.date);

  for (int col = 1; col <= 5; ++col) CHECK(s.cell(3, col).type == CellType::Empty);
  CHECK(s.cell(4, 1).type == CellType::Number);
  CHECK(s.cell(4, 1).number == 30);
  CHECK(s.cell(4, 2).type == CellType::String);
  CHECK(s.cell(4, 2).text == "Иванова Мария Петровна!");
  CHECK(s.cell(4, 3).type == CellType::Date);
  CHECK(s.cell(4, 3).date == Date{2024, 5, 31});
  CHECK(s.cell(4, 4).type == CellType::Number);
  CHECK(s.cell(4, 4).number == 0.4375);
  CHECK(s.cell(4, 5).number == 2.75);

  REQUIRE(s.merges().size() == 1);
  const xlsx::CellRange& m = s.merges()[0];
  CHECK((m.first_row == 6 && m.first_col == 1 && m.last_row == 6 && m.last_col == 3));
  CHECK(s.merge_at(6, 2) == &m);
  CHECK(s.merge_at(5, 2) == nullptr);
  CHECK(s.cell(6, 3).type == CellType::Empty);
  CHECK(s.value(6, 3).text == "Этап 1. Адаптация");
  CHECK(s.value(2, 1).text == "Иванова Мария Петровна");
  CHECK(s.cell(6, 4).text == "Важно: до 15 сентября");
  CHECK(s.cell(20, 1).type == CellType::Empty);
}

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// Every liberty the format allows: absolute and relative targets, sheets listed
// out of file order, a chart sheet, a prefixed namespace, cells and rows out of
// order or without addresses, inline and rich strings, custom date formats, 1904 dates.
Parts handmade_workbook() {
  const std::string rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
  return {
      {"_rels/.rels", "<Relationships xmlns=\"" + rels_ns + "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
                          "officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", std::string("<workbook xmlns=\"") + kMainNs + "\" xmlns:rel=\"" + kRel +
                              "\"><workbookPr date1904=\"1\"/><sheets>"
                              "<sheet name=\"Второй\" sheetId=\"2\" rel:id=\"rId2\"/>"
                              "<sheet name=\"Диаграмма\" sheetId=\"3\" rel:id=\"rId3\"/>"
                              "<sheet name=\"Первый\" sheetId=\"1\" rel:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"" + rels_ns + "\">"
       "<Relationship Id=\"rId1\" Type=\"" + kRel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + kRel + "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
       "<Relationship Id=\"rId3\" Type=\"" + kRel + "chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId4\" Type=\"" + kRel + "sharedStrings\" Target=\"./sharedStrings.xml\"/>"
       "<Relationship Id=\"rId5\" Type=\"" + kRel + "styles\" Target=\"worksheets/../styles.xml\"/>"
       "<Relationship Id=\"rId6\" Type=\"" + kRel + "hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/>"
       "</Relationships>"},
      {"xl/sharedStrings.xml",
       std::string("<sst xmlns=\"") + kMainNs + "\"><si><t>Простой</t></si>"
       "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Жирный </t></r><r><t>и обычный</t></r>"
       "<rPh sb=\"0\" eb=\"1\"><t>ФОНЕТИКА</t></rPh></si>"
       "<si><t>строка_x000D_вторая _x005F_x0041_</t></si><si><t xml:space=\"preserve\"> </t></si><si><t/></si></sst>"},
      {"xl/styles.xml", std::string("<styleSheet xmlns=\"") + kMainNs + "\"><numFmts count=\"4\">"
                        "<numFmt numFmtId=\"164\" formatCode=\"[$-419]DD.MM.YYYY\"/>"
                        "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy;@\"/>"
                        "<numFmt numFmtId=\"166\" formatCode=\"h:mm\"/>"
                        "<numFmt numFmtId=\"167\" formatCode=\"0.00\"/></numFmts><cellXfs>"
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
                        "<xf numFmtId=\"14\"/><xf numFmtId=\"167\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>"},
      {"xl/worksheets/sheet1.xml",
       std::string("<worksheet xmlns=\"") + kMainNs + "\"><sheetData>"
       "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>1</v></c><c r=\"A3\" s=\"1\"><v>0</v></c><c r=\"B3\" s=\"2\"><v>43000</v></c></row>"
       "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Встроенная </t></r>"
       "<r><rPr><i/></rPr><t>строка</t></r></is></c><c r=\"E1\" t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c>"
       "<c r=\"G1\" t=\"d\"><v>2023-09-01T00:00:00</v></c></row>"
       "<row><c><v>7</v></c><c s=\"3\"><v>0.5</v></c><c s=\"5\"><v>2.5</v></c><c t=\"s\"><v>2</v></c>"
       "<c t=\"s\"><v>3</v></c><c s=\"6\"><v>0.25</v></c><c t=\"s\"><v>4</v></c></row>"
       "<row r=\"5\"><c r=\"A5\" s=\"4\"/><c r=\"B5\" t=\"str\"><f>A1</f><v></v></c></row>"
       "<row r=\"4\"><c r=\"D4\" t=\"str\"><f>A1</f><v>Простой</v></c><c r=\"E4\"><f>1+1</f></c>"
       "<c r=\"F4\" s=\"4\"><v>1462</v></c></row>"
       "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"B3:C3\"/><mergeCell ref=\"$A$7:$B$8\"/></mergeCells></worksheet>"},
      {"xl/worksheets/sheet2.xml",
       std::string("<x:worksheet xmlns:x=\"") + kMainNs + "\"><x:sheetData><x:row r=\"2\">"
       "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>Префикс</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"},
  };
}

}  // namespace

TEST_CASE("xlsx: a workbook in Excel's dialect (libxlsxwriter) reads back value by value", "[xlsx_read]") {
  TempDir dir;
  const auto path = dir.path / "generated.xlsx";
  write_generated_workbook(path);
  const xlsx::Workbook wb = xlsx::read_workbook(path.string());
  CHECK(wb.path() == path.string());
  CHECK_FALSE(wb.date1904());
  check_generated(wb);
}

TEST_CASE("xlsx: a hand-made package with every liberty of the format", "[xlsx_read]") {
  TempDir dir;
  const auto path = dir.path / "handmade.xlsx";
  write_zip(path, handmade_workbook());
  const xlsx::Workbook wb = xlsx::read_workbook(path.string());
  CHECK(wb.date1904());
  REQUIRE(wb.sheets().size() == 2);  // the chart sheet holds no cells
  CHECK(wb.sheets()[0].name() == "Второй");
  CHECK(wb.sheets()[1].name() == "Первый");
  CHECK(wb.sheet("Диаграмма") == nullptr);
  CHECK(wb.sheets()[0].cell(2, 2).text == "Префикс");

  const xlsx::Sheet& s = wb.require_sheet("Первый");
  CHECK(s.cell(1, 1).text == "Простой");  // no r: first in its row
  CHECK(s.cell(1, 2).type == CellType::String);
  CHECK(s.cell(1, 2).text == "Встроенная строка");  // no r: after A1
  CHECK(s.cell(1, 5).type == CellType::Bool);
  CHECK(s.cell(1, 6).type == CellType::Error);  // no r: after E1
  CHECK(s.cell(1, 6).text == "#N/A");
  CHECK(s.cell(1, 7).type == CellType::Date);
  CHECK(s.cell(1, 7).date == Date{2023, 9, 1});

  // A row without r follows the row before it in the file (row 1), whatever its number.
  CHECK(s.cell(2, 1).number == 7);
  CHECK(s.cell(2, 2).type == CellType::Number);  // h:mm is a time of day
  CHECK(s.cell(2, 3).type == CellType::Number);  // 0.00
  CHECK(s.cell(2, 3).text == "2.5");
  CHECK(s.cell(2, 4).text == "строка\rвторая _x0041_");
  CHECK(s.cell(2, 5).text == " ");
  CHECK(s.cell(2, 6).type == CellType::Number);  // built-in 20 is h:mm
  CHECK(s.cell(2, 7).type == CellType::Empty);   // an empty shared string

  CHECK(s.cell(3, 1).type == CellType::Date);  // [$-419]DD.MM.YYYY, 1904 system
  CHECK(s.cell(3, 1).date == Date{1904, 1, 1});
  CHECK(s.cell(3, 2).date == Date{2021, 9, 23});  // dd/mm/yyyy;@
  CHECK(s.cell(3, 3).text == "Жирный и обычный");
  CHECK(s.value(3, 3).date == Date{2021, 9, 23});  // merged into B3

  CHECK(s.cell(4, 4).text == "Простой");
  CHECK(s.cell(4, 5).type == CellType::Empty);  // a formula never calculated
  CHECK(s.cell(4, 6).date == Date{1908, 1, 2});
  CHECK(s.cell(5, 1).type == CellType::Empty);
  CHECK(s.cell(5, 2).type == CellType::Empty);
  CHECK(s.max_row() == 4);
  CHECK(s.max_col() == 7);

  REQUIRE(s.merges().size() == 2);
  CHECK((s.merges()[1].first_row == 7 && s.merges()[1].last_col == 2));
  CHECK(s.value(8, 2).type == CellType::Empty);
  CHECK(xlsx::cell_location(s, 14, 3) == "лист «Первый», ячейка C14");
}

TEST_CASE("xlsx: cell addresses as Excel shows them", "[xlsx_read]") {
  CHECK(xlsx::cell_ref(14, 3) == "C14");
  CHECK(xlsx::cell_ref(1, 26) == "Z1");
  CHECK(xlsx::cell_ref(1, 27) == "AA1");
  CHECK(xlsx::cell_ref(2, 702) == "ZZ2");
  CHECK(xlsx::cell_ref(3, 703) == "AAA3");
  CHECK(xlsx::cell_ref(1048576, 16384) == "XFD1048576");
}

namespace {

// Runs a tool for the [office] test; false (with a warning) when it is not installed.
bool run_tool(const std::vector<std::string>& argv) {
  const ToolResult r = make_process_runner()->run(argv, std::chrono::seconds(180));
  if (r.status == ToolResult::Status::NotFound) {
    WARN(argv[0] << " is not installed; the test checks nothing");
    return false;
  }
  INFO(r.output);
  REQUIRE(r.status == ToolResult::Status::Ok);
  return true;
}

std::vector<std::string> soffice(const TempDir& dir, const std::string& filter, const std::filesystem::path& in,
                                 const std::filesystem::path& out_dir) {
  return {"soffice", "-env:UserInstallation=file://" + (dir.path / "lo-profile").string(), "--headless",
          "--convert-to", filter, "--outdir", out_dir.string(), in.string()};
}

}  // namespace

TEST_CASE("xlsx: workbooks LibreOffice saved, and a cell edited by a script after it", "[xlsx_read][office]") {
  TempDir dir;
  const auto generated = dir.path / "школа.xlsx";
  write_generated_workbook(generated);
  const auto lo_dir = dir.path / "lo";
  if (!run_tool(soffice(dir, "xlsx:Calc MS Excel 2007 XML", generated, lo_dir))) return;
  const auto resaved = lo_dir / "школа.xlsx";
  REQUIRE(std::filesystem::exists(resaved));
  CHECK(unzip_member(resaved, "docProps/app.xml").find("LibreOffice") != std::string::npos);
  check_generated(xlsx::read_workbook(resaved.string()));

  // A deputy types into LibreOffice (Russian locale): «01.09.2023» in a plain column
  // becomes a date, the same in a column formatted as text stays text.
  const auto typed = dir.path / "typed.csv";
  write_bytes(typed, "Дата;Текст\n01.09.2023;01.09.2023\n");
  const auto typed_dir = dir.path / "typed";
  std::vector<std::string> argv = soffice(dir, "xlsx:Calc MS Excel 2007 XML", typed, typed_dir);
  argv.insert(argv.begin() + 3, "--infilter=CSV:59,34,76,1,1/1/2/2,1049");
  REQUIRE(run_tool(argv));
  const xlsx::Workbook typed_wb = xlsx::read_workbook((typed_dir / "typed.xlsx").string());
  const xlsx::Sheet& t = typed_wb.sheets().at(0);
  CHECK(t.cell(2, 1).type == CellType::Date);
  CHECK(t.cell(2, 1).date == Date{2023, 9, 1});
  CHECK(t.cell(2, 2).type == CellType::String);
  CHECK(t.cell(2, 2).text == "01.09.2023");

  // A script edits LibreOffice's file: a real date and the same date as text.
  const auto edited = dir.path / "edited.xlsx";
  REQUIRE(run_tool({"/usr/bin/python3", "-c",
                    "import sys, datetime, openpyxl\n"
                    "wb = openpyxl.load_workbook(sys.argv[1])\n"
                    "ws = wb['Наставники']\n"
                    "ws['B10'] = datetime.date(2024, 2, 29)\n"
                    "ws['B10'].number_format = 'DD.MM.YYYY'\n"
                    "ws['C10'] = '01.09.2023'\n"
                    "wb.save(sys.argv[2])\n",
                    resaved.string(), edited.string()}));
  const xlsx::Workbook ewb = xlsx::read_workbook(edited.string());
  const xlsx::Sheet& e = ewb.require_sheet("Наставники");
  CHECK(e.cell(10, 2).type == CellType::Date);
  CHECK(e.cell(10, 2).date == Date{2024, 2, 29});
  CHECK(e.cell(10, 3).type == CellType::String);
  CHECK(e.cell(10, 3).text == "01.09.2023");
  CHECK(e.cell(2, 2).date == Date{2023, 9, 1});
  CHECK(e.value(6, 2).text == "Этап 1. Адаптация");
  CHECK(e.cell(4, 1).type == CellType::Empty);  // openpyxl keeps formulas but drops their results
  CHECK(e.max_row() == 10);
}
