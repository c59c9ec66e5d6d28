// Text exports and pandoc's JSON AST into ImportDocument (no pandoc run).
#include "import/import_readers.h"

#include <catch2/catch.hpp>

using namespace nastavnik;

namespace {
const ImportTable& only_table(const ImportDocument& d) {
  for (const auto& b : d.blocks)
    if (b.kind == ImportBlock::Kind::Table) return b.table;
  FAIL("no table");
  throw;
}
}  // namespace

TEST_CASE("Word's text export: a cell per line after a tab, blank line between rows", "[import]") {
  std::string text =
      " Школа\n\n\t№\nп/п\n\tМероприятие\n\tСроки\n\tОтветственные\n\n\t1\n\tПодготовка\n"
      "Задача: сбор.   Результат: ресурсы.\n\n\t1.1\n\n\tАнкетирование\n\tЯнварь\n2023-2024\n\tПедагог-\n"
      "психолог\n \t№\nп/п\n\tМероприятие\n\tСроки\n\tОтветственные\n\n\nИтоги\n";
  ImportDocument d = read_text_export(text);
  CHECK(d.from_text_file);
  REQUIRE(d.blocks.size() >= 4);
  CHECK(d.blocks[0].text == "Школа");
  const ImportTable& t = only_table(d);
  CHECK(t.columns == 4);
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].cells[0].text == "№\nп/п");
  CHECK(t.rows[1].line == 9);
  REQUIRE(t.rows[1].cells.size() == 2);
  CHECK(t.rows[1].cells[1].colspan == 3);  // the stage row spans the rest
  // «1.1», an empty paragraph, then the rest of the row: still one row.
  REQUIRE(t.rows[2].cells.size() == 4);
  CHECK(t.rows[2].cells[2].text == "Январь\n2023-2024");
  CHECK(t.rows[3].cells[1].text == "Мероприятие");  // the header again, with no blank line before it
  CHECK(d.blocks[d.blocks.size() - 2].text == "Итоги");
  CHECK(cell_location(d, 1, t.rows[2], 2, 2) == "строка 13, столбец 3");
}

TEST_CASE("one row per line with tab-separated cells, Windows-1251 decoded", "[import]") {
  // «№\tСроки\n1.\tМай» in Windows-1251.
  std::string cp1251 = "\xB9\t\xD1\xF0\xEE\xEA\xE8\n1.\t\xCC\xE0\xE9\n\t\n";
  ImportDocument d = read_text_export(cp1251);
  const ImportTable& t = only_table(d);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].cells[0].text == "№");
  CHECK(t.rows[0].cells[1].text == "Сроки");
  CHECK(t.rows[1].cells[1].text == "Май");
  CHECK(t.rows[2].cells[0].text.empty());
}

TEST_CASE("pandoc's AST: rowspan and colspan become a grid", "[import]") {
  auto cell = [](int rs, int cs, const std::string& s) {
    return R"([["",[],[]],{"t":"AlignDefault"},)" + std::to_string(rs) + "," + std::to_string(cs) +
           R"(,[{"t":"Plain","c":[{"t":"Str","c":")" + s + R"("}]}]])";
  };
  auto r = [](const std::string& cells) { return R"([["",[],[]],[)" + cells + "]]"; };
  std::string spec = R"([{"t":"AlignDefault"},{"t":"ColWidthDefault"}])";
  std::string json = R"({"pandoc-api-version":[1,22,2,1],"meta":{},"blocks":[
    {"t":"Para","c":[{"t":"Str","c":"СОГЛАСОВАНО"},{"t":"LineBreak"},{"t":"Str","c":"Протокол"}]},
    {"t":"Table","c":[["",[],[]],[null,[]],[)" + spec + "," + spec + "," + spec + R"(],
      [["",[],[]],[)" + r(cell(1, 1, "№") + "," + cell(1, 1, "Мероприятие") + "," + cell(1, 1, "Сроки")) + R"(]],
      [[["",[],[]],0,[],[)" + r(cell(1, 1, "1") + "," + cell(1, 2, "Этап")) + "," +
                     r(cell(1, 1, "1.1") + "," + cell(1, 1, "А") + "," + cell(2, 1, "Май")) + "," +
                     r(cell(1, 1, "1.2") + "," + cell(1, 1, "Б")) + R"(]]],
      [["",[],[]],[]]]}]})";
  ImportDocument d = document_from_pandoc_json(json);
  CHECK_FALSE(d.from_text_file);
  REQUIRE(d.blocks.size() == 2);
  CHECK(d.blocks[0].text == "СОГЛАСОВАНО\nПротокол");
  const ImportTable& t = d.blocks[1].table;
  CHECK(t.columns == 3);
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[1].cells[1].colspan == 2);
  REQUIRE(t.rows[3].cells.size() == 3);
  CHECK(t.rows[3].cells[2].from_above);
  CHECK(t.rows[3].cells[2].text == "Май");
  CHECK(cell_location(d, 1, t.rows[3], 3, 2) == "таблица 1, строка 4, столбец 3");
  CHECK_THROWS_AS(document_from_pandoc_json("not json"), ImportError);
}

TEST_CASE("pandoc's AST nested deeper than any roadmap is refused, not walked") {
  std::string deep = "{\"blocks\": [";
  for (int i = 0; i < 5000; ++i) deep += "{\"t\": \"BlockQuote\", \"c\": [";
  for (int i = 0; i < 5000; ++i) deep += "]}";
  deep += "]}";
  CHECK_THROWS_AS(document_from_pandoc_json(deep), ImportError);
  CHECK_NOTHROW(document_from_pandoc_json("{\"blocks\": [{\"t\": \"BlockQuote\", \"c\": []}]}"));
}
