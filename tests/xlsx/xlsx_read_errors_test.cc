// Files the workbook reader must refuse with a clear Russian message, never a crash
// or unbounded memory: not a zip, no workbook, truncated, bombs, broken XML.
#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "support/xlsx_fixtures.h"
#include "xlsx/xlsx_read.h"

using namespace nastavnik;
using namespace nastavnik::test;
using Catch::Matchers::Contains;

namespace {

const char* kNotAWorkbook = "файл повреждён или это не книга Excel (.xlsx)";

// The message read_workbook throws for `path` (fails the test when it reads fine).
std::string read_error(const std::filesystem::path& path, const xlsx::ReadLimits& limits = {}) {
  try {
    xlsx::read_workbook(path.string(), limits);
  } catch (const xlsx::ReadError& e) {
    return e.what();
  }
  FAIL("read_workbook accepted " << path);
  return "";
}

const std::string kTwoCells = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>)";
const std::string kOneString =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Иванова</t></si></sst>";

// Sets the uncompressed size the archive declares for `member` (local header and
// central directory) to `size`, as a hostile file would.
void lie_about_size(std::string& zip, const std::string& member, std::uint32_t size) {
  auto patch = [&](const char* signature, std::size_t name_offset, std::size_t size_offset) {
    for (std::size_t at = zip.find(signature, 0, 4); at != std::string::npos; at = zip.find(signature, at + 4, 4)) {
      if (zip.compare(at + name_offset, member.size(), member) != 0) continue;
      for (int i = 0; i < 4; ++i) zip[at + size_offset + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    }
  };
  patch("PK\x03\x04", 30, 22);
  patch("PK\x01\x02", 46, 24);
}

}  // namespace

TEST_CASE("xlsx: a file that is missing, not a zip or an old .xls is named as such", "[xlsx_read]") {
  TempDir dir;
  const auto missing = dir.path / "нет.xlsx";
  CHECK_THAT(read_error(missing), Contains("«" + missing.string() + "»") && Contains("файл не найден"));

  const auto text = dir.path / "text.xlsx";
  write_bytes(text, "ФИО;Дата\nИванова;01.09.2023\n");
  CHECK_THAT(read_error(text), Contains(text.string()) && Contains(kNotAWorkbook) && Contains("не ZIP-архив"));

  const auto empty = dir.path / "empty.xlsx";
  write_bytes(empty, "");
  CHECK_THAT(read_error(empty), Contains(empty.string()) && Contains(kNotAWorkbook));
  CHECK_THAT(read_error(dir.path), Contains(dir.path.string()) && Contains("это папка"));

  const auto xls = dir.path / "old.xlsx";
  write_bytes(xls, std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1000, '\0'));
  CHECK_THAT(read_error(xls), Contains("Excel 97–2003 (.xls)") && Contains("паролем"));
}

TEST_CASE("xlsx: a zip without a workbook is refused, a DOCX and an ODS are named", "[xlsx_read]") {
  TempDir dir;
  const auto plain = dir.path / "archive.xlsx";
  write_zip(plain, {{"readme.txt", "привет"}});
  CHECK_THAT(read_error(plain), Contains(kNotAWorkbook) && Contains("нет книги (xl/workbook.xml)"));

  const auto docx = dir.path / "letter.xlsx";
  write_zip(docx, {{"word/document.xml", "<w:document/>"}});
  CHECK_THAT(read_error(docx), Contains("документ Word"));

  const auto ods = dir.path / "table.xlsx";
  write_zip(ods, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
  CHECK_THAT(read_error(ods), Contains("OpenDocument (.ods)"));

  const auto no_sheet = dir.path / "no_sheet.xlsx";
  Parts parts = minimal_workbook(kTwoCells, kOneString);
  parts.erase(std::find_if(parts.begin(), parts.end(), [](const auto& p) { return p.first == "xl/worksheets/sheet1.xml"; }));
  write_zip(no_sheet, parts);
  CHECK_THAT(read_error(no_sheet), Contains(kNotAWorkbook) && Contains("нет листа «Лист1»"));
}

TEST_CASE("xlsx: a truncated copy of a good workbook is refused", "[xlsx_read]") {
  TempDir dir;
  const auto good = dir.path / "good.xlsx";
  write_zip(good, minimal_workbook(kTwoCells, kOneString));
  REQUIRE(xlsx::read_workbook(good.string()).sheets()[0].cell(1, 1).text == "Иванова");
  const std::string bytes = file_bytes(good);
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{100}}) {
    const auto cut = dir.path / ("cut" + std::to_string(keep) + ".xlsx");
    write_bytes(cut, bytes.substr(0, keep));
    CHECK_THAT(read_error(cut), Contains(cut.string()) && Contains(kNotAWorkbook));
  }
  // Bytes of the sheet's compressed data overwritten: the archive opens, the sheet does not.
  std::string spoilt = bytes;
  const std::string sheet = "xl/worksheets/sheet1.xml";
  const std::size_t name_at = spoilt.find(sheet);
  REQUIRE(spoilt.compare(name_at - 30, 4, "PK\x03\x04") == 0);
  const std::size_t extra = static_cast<unsigned char>(spoilt[name_at - 2]) | static_cast<unsigned char>(spoilt[name_at - 1]) << 8;
  for (std::size_t i = 0; i < 8; ++i) spoilt[name_at + sheet.size() + extra + 4 + i] = '\xFF';
  const auto bad = dir.path / "spoilt.xlsx";
  write_bytes(bad, spoilt);
  CHECK_THAT(read_error(bad), Contains(kNotAWorkbook) && Contains("не удалось распаковать " + sheet));
}

TEST_CASE("xlsx: a small file whose sharedStrings inflates past 100 MB is refused before inflating", "[xlsx_read]") {
  TempDir dir;
  const auto bomb = dir.path / "bomb.xlsx";
  GeneratedPart strings;
  strings.head = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>";
  strings.tail = "</t></si></sst>";
  strings.size = 101ull << 20;
  write_zip(bomb, minimal_workbook(kTwoCells), &strings, "xl/sharedStrings.xml");
  REQUIRE(std::filesystem::file_size(bomb) < 1u << 20);
  CHECK_THAT(read_error(bomb), Contains(bomb.string()) && Contains("слишком большой элемент книги xl/sharedStrings.xml") &&
                                   Contains("больше 16 МБ"));
}

TEST_CASE("xlsx: a part lying about its size is cut off at the limit", "[xlsx_read]") {
  TempDir dir;
  GeneratedPart strings;
  strings.head = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>";
  strings.tail = "</t></si></sst>";
  strings.size = 3u << 20;
  const auto honest = dir.path / "honest.xlsx";
  write_zip(honest, minimal_workbook(kTwoCells), &strings, "xl/sharedStrings.xml");
  std::string bytes = file_bytes(honest);
  lie_about_size(bytes, "xl/sharedStrings.xml", 1000);
  const auto liar = dir.path / "liar.xlsx";
  write_bytes(liar, bytes);
  xlsx::ReadLimits limits;
  limits.max_part_bytes = 1u << 20;  // above the declared 1000 bytes, below the real 3 MB
  // libzip inflates past the declared size; the reader's own cap stops it.
  CHECK_THAT(read_error(liar, limits),
             Contains(liar.string()) && Contains("слишком большой элемент книги xl/sharedStrings.xml (больше 1 МБ"));
}

TEST_CASE("xlsx: too many cells or strings stop the reading", "[xlsx_read]") {
  TempDir dir;
  const auto path = dir.path / "many.xlsx";
  std::string rows;
  for (int r = 1; r <= 20; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c><c t=\"s\"><v>0</v></c></row>";
  write_zip(path, minimal_workbook(rows, kOneString));
  xlsx::ReadLimits cells;
  cells.max_cells = 30;
  CHECK_THAT(read_error(path, cells), Contains("слишком много заполненных ячеек (больше 30)"));
  xlsx::ReadLimits text;
  text.max_text_bytes = 100;  // «Иванова» is 14 bytes, 20 times
  CHECK_THAT(read_error(path, text), Contains("слишком много текста в ячейках"));
  xlsx::ReadLimits strings;
  strings.max_shared_strings = 0;
  CHECK_THAT(read_error(path, strings), Contains("слишком много строк в книге"));
  CHECK(xlsx::read_workbook(path.string()).sheets()[0].max_row() == 20);
}

TEST_CASE("xlsx: broken XML and impossible values name the sheet and the cell", "[xlsx_read]") {
  TempDir dir;
  const auto broken = dir.path / "broken.xlsx";
  write_zip(broken, minimal_workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
  CHECK_THAT(read_error(broken), Contains(kNotAWorkbook) && Contains("испорчен XML в xl/worksheets/sheet1.xml"));

  const auto index = dir.path / "index.xlsx";
  write_zip(index, minimal_workbook("<row r=\"1\"><c r=\"C1\" t=\"s\"><v>7</v></c></row>", kOneString));
  CHECK_THAT(read_error(index), Contains("лист «Лист1»: ячейка C1 содержит неверное значение"));

  const auto number = dir.path / "number.xlsx";
  write_zip(number, minimal_workbook("<row r=\"2\"><c r=\"B2\"><v>двенадцать</v></c></row>"));
  CHECK_THAT(read_error(number), Contains("ячейка B2 содержит неверное значение"));

  const auto ref = dir.path / "ref.xlsx";
  write_zip(ref, minimal_workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"));
  CHECK_THAT(read_error(ref), Contains("неверный адрес ячейки «XFE1»"));
}

TEST_CASE("xlsx: asking for a sheet the book lacks lists the sheets there are", "[xlsx_read]") {
  TempDir dir;
  const auto path = dir.path / "book.xlsx";
  write_zip(path, minimal_workbook(kTwoCells, kOneString));
  const xlsx::Workbook wb = xlsx::read_workbook(path.string());
  CHECK(wb.sheet("Пары") == nullptr);
  CHECK_THROWS_WITH(wb.require_sheet("Пары"),
                    Contains("«" + path.string() + "»: в книге нет листа «Пары» (есть: «Лист1»)"));
  CHECK(wb.require_sheet("Лист1").cell(1, 2).number == 5);
}

TEST_CASE("xlsx: entities declared in a DOCTYPE are never expanded (no billion laughs)", "[xlsx_read]") {
  TempDir dir;
  const auto path = dir.path / "laughs.xlsx";
  std::string doctype = "<!DOCTYPE sst [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i <= 9; ++i)
    doctype += "<!ENTITY lol" + std::to_string(i) + " \"" + [&] {
      std::string ten;
      for (int k = 0; k < 10; ++k) ten += "&lol" + std::to_string(i - 1) + ";";
      return ten;
    }() + "\">";
  doctype += "]>";
  write_zip(path, minimal_workbook(kTwoCells, "<?xml version=\"1.0\"?>" + doctype +
                                                  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                                  "<si><t>&lol9;</t></si></sst>"));
  CHECK(xlsx::read_workbook(path.string()).sheets()[0].cell(1, 1).text == "&lol9;");
}

TEST_CASE("xlsx: a cell whose text is not UTF-8 is refused with its sheet and cell", "[xlsx_read]") {
  TempDir dir;
  const auto shared = dir.path / "shared.xlsx";
  write_zip(shared, minimal_workbook("<row r=\"14\"><c r=\"C14\" t=\"s\"><v>0</v></c></row>",
                                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                     "<si><t>\xD0\x98\xFF\xFE</t></si></sst>"));
  CHECK_THAT(read_error(shared), Contains("Лист «Лист1», ячейка C14") && Contains("UTF-8"));

  const auto inline_cell = dir.path / "inline.xlsx";
  // An overlong «/» (0xC0 0xAF) and a surrogate half: both refused by the JSON library later.
  write_zip(inline_cell, minimal_workbook("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>\xC0\xAF</t></is></c>"
                                          "<c r=\"C2\" t=\"inlineStr\"><is><t>\xED\xA0\x80</t></is></c></row>"));
  CHECK_THAT(read_error(inline_cell), Contains("ячейка B2"));
}
