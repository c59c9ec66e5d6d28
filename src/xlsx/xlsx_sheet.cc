#include "xlsx/xlsx_sheet.h"

#include <charconv>
#include <cstring>

#include "language/text_util.h"
#include "xlsx/xlsx_dates.h"
#include "xlsx/xlsx_xml.h"
#include "xlsx/xlsx_zip.h"

namespace nastavnik::xlsx {
namespace {

constexpr int kMaxRows = 1048576;
constexpr int kMaxCols = 16384;

std::optional<double> parse_number(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '+')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int> parse_index(std::string_view s) {
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Reads one <c> element into `cell`; false when its value is damaged.
bool read_value(const pugi::xml_node& c, const SheetContext& ctx, Cell& cell) {
  const std::string_view t = c.attribute("t").value();
  const pugi::xml_node v = child(c, "v");
  const std::string_view raw = v.text().get();
  if (t == "inlineStr") {
    const pugi::xml_node is = child(c, "is");
    cell.text = is ? string_item_text(is) : decode_escapes(raw);
    cell.type = CellType::String;
  } else if (raw.empty()) {
    return true;  // no value: a formatted blank, or a formula not calculated (openpyxl drops results)
  } else if (t == "s") {
    const std::optional<int> i = parse_index(raw);
    if (!i || *i < 0 || static_cast<std::size_t>(*i) >= ctx.shared_strings.size()) return false;
    cell.text = ctx.shared_strings[static_cast<std::size_t>(*i)];
    cell.type = CellType::String;
  } else if (t == "str") {
    cell.text = decode_escapes(raw);
    cell.type = CellType::String;
  } else if (t == "b") {
    if (raw != "0" && raw != "1" && raw != "true" && raw != "false") return false;
    cell.text = raw;
    cell.number = raw == "1" || raw == "true" ? 1 : 0;
    cell.type = CellType::Bool;
  } else if (t == "e") {
    cell.text = raw;
    cell.type = CellType::Error;
  } else if (t == "d") {  // an ISO 8601 date (strict OOXML and a few generators)
    cell.text = raw;
    cell.type = CellType::String;
    if (std::optional<Date> d = parse_iso_date(raw.substr(0, 10))) {
      cell.date = d;
      cell.number = date_to_serial(*d, ctx.date1904);
      cell.type = CellType::Date;
    }
  } else if (t.empty() || t == "n") {
    const std::optional<double> n = parse_number(raw);
    if (!n) return false;
    cell.text = raw;
    cell.number = *n;
    cell.type = CellType::Number;
    const unsigned style = c.attribute("s").as_uint(0);
    if (style < ctx.date_styles.size() && ctx.date_styles[style]) {
      cell.date = serial_to_date(*n, ctx.date1904);
      if (cell.date) cell.type = CellType::Date;
    }
  } else {
    return false;
  }
  if (cell.type == CellType::String && cell.text.empty()) cell.type = CellType::Empty;
  return true;
}

std::optional<CellRange> parse_range(std::string_view ref) {
  const std::size_t colon = ref.find(':');
  CellRange r;
  if (!parse_cell_ref(ref.substr(0, colon), r.first_row, r.first_col)) return std::nullopt;
  if (colon == std::string_view::npos) {
    r.last_row = r.first_row;
    r.last_col = r.first_col;
  } else if (!parse_cell_ref(ref.substr(colon + 1), r.last_row, r.last_col)) {
    return std::nullopt;
  }
  if (r.last_row < r.first_row || r.last_col < r.first_col) return std::nullopt;
  return r;
}

}  // namespace

bool parse_cell_ref(std::string_view ref, int& row, int& col) {
  std::size_t i = ref.empty() || ref[0] != '$' ? 0 : 1;  // "$A$1" in some writers' ranges
  long c = 0, r = 0;
  while (i < ref.size() && c <= kMaxCols && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    c = c * 26 + (ref[i] | 0x20) - 'a' + 1;
    ++i;
  }
  const std::size_t letters = i;
  if (i < ref.size() && ref[i] == '$') ++i;
  const std::size_t digits = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && r <= kMaxRows) r = r * 10 + (ref[i++] - '0');
  if (letters == 0 || i == digits || i != ref.size()) return false;
  if (c < 1 || c > kMaxCols || r < 1 || r > kMaxRows) return false;
  row = static_cast<int>(r);
  col = static_cast<int>(c);
  return true;
}

Sheet SheetBuilder::parse(const std::string& name, std::string xml, const std::string& part, SheetContext& ctx) {
  Sheet sheet;
  sheet.name_ = name;
  pugi::xml_document doc;
  parse_part(doc, xml, ctx.path, part);
  const pugi::xml_node ws = doc.document_element();
  const std::string where = "лист «" + name + "»";
  auto damaged = [&](const std::string& what) {
    return ReadError(ctx.path, std::string(kNotAWorkbook) + " — " + where + ": " + what);
  };

  int row = 0;
  for (pugi::xml_node r = child(child(ws, "sheetData"), "row"); r; r = r.next_sibling()) {
    if (!named(r, "row")) continue;
    // Without "r" a row follows the previous one, and a cell the previous cell.
    const pugi::xml_attribute row_attr = r.attribute("r");
    row = row_attr ? row_attr.as_int(0) : row + 1;
    if (row < 1 || row > kMaxRows) throw damaged("неверный номер строки «" + std::string(row_attr.value()) + "»");
    int col = 0;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (!named(c, "c")) continue;
      int cell_row = row;
      if (const pugi::xml_attribute ref = c.attribute("r")) {
        if (!parse_cell_ref(ref.value(), cell_row, col))
          throw damaged("неверный адрес ячейки «" + std::string(ref.value()) + "»");
      } else if (++col > kMaxCols) {
        throw damaged("в строке " + std::to_string(row) + " больше " + std::to_string(kMaxCols) + " ячеек");
      }
      Cell cell;
      if (!read_value(c, ctx, cell))
        throw damaged("ячейка " + cell_ref(cell_row, col) + " содержит неверное значение");
      if (cell.type == CellType::Empty) continue;
      // Excel writes UTF-8 only; other bytes come from a damaged or hand-made file and
      // would break every document the text reaches.
      if (!is_valid_utf8(cell.text))
        throw ReadError(ctx.path, "Лист «" + name + "», ячейка " + cell_ref(cell_row, col) +
                                      ": текст не в кодировке UTF-8 (испорченные символы); наберите его заново");
      if (++ctx.cells > ctx.limits.max_cells)
        throw ReadError(ctx.path, "слишком много заполненных ячеек (больше " + std::to_string(ctx.limits.max_cells) +
                                      "); книга повреждена или это не таблица школы");
      ctx.text_bytes += cell.text.size();
      if (ctx.text_bytes > ctx.limits.max_text_bytes)
        throw ReadError(ctx.path, "слишком много текста в ячейках (больше " +
                                      std::to_string(ctx.limits.max_text_bytes >> 20) +
                                      " МБ); книга повреждена или это не таблица школы");
      sheet.cells_[{cell_row, col}] = std::move(cell);
    }
  }
  for (pugi::xml_node m = child(child(ws, "mergeCells"), "mergeCell"); m; m = m.next_sibling())
    if (named(m, "mergeCell"))
      if (std::optional<CellRange> range = parse_range(m.attribute("ref").value())) sheet.merges_.push_back(*range);

  for (const auto& [pos, cell] : sheet.cells_) {
    sheet.max_row_ = pos.first;  // the map runs row by row: the last one wins
    sheet.max_col_ = std::max(sheet.max_col_, pos.second);
  }
  return sheet;
}

}  // namespace nastavnik::xlsx
