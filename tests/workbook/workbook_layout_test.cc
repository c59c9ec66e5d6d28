// The layout covers the whole data model: every field the schema describes has a
// column (or a sheet) in the workbook, and the sheets are ones Excel accepts.
#include <catch2/catch.hpp>
#include <set>

#include "system/staging.h"
#include "workbook/workbook_layout.h"
#include "workbook/workbook_values.h"
#include "xlsx/xlsx_util.h"

using namespace nastavnik;
using namespace nastavnik::workbook;

namespace {

using Schema = nlohmann::json;

// Every leaf field of the schema as a path pattern («/staff/*/document/series»).
void leaves(const Schema& root, const Schema& node, const std::string& path, std::set<std::string>& out, int depth = 0) {
  if (depth > 12) return;
  if (node.contains("$ref")) {
    std::string ref = node["$ref"].get<std::string>().substr(2);  // "#/$defs/x" → "$defs/x"
    const Schema& target = root[Schema::json_pointer("/" + ref)];
    Schema merged = target;
    for (auto it = node.begin(); it != node.end(); ++it)
      if (it.key() != "$ref") merged[it.key()] = it.value();
    merged.erase("$ref");
    return leaves(root, merged, path, out, depth + 1);
  }
  bool object = node.contains("properties");
  if (object) {
    for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it)
      if (it.value().is_object()) leaves(root, it.value(), path + "/" + it.key(), out, depth + 1);
  }
  if (node.contains("items") && node["items"].is_object()) {
    const Schema& items = node["items"];
    bool item_object = items.contains("properties") ||
                       (items.contains("$ref") && root[Schema::json_pointer("/" + items["$ref"].get<std::string>().substr(2))]
                                                      .contains("properties"));
    if (item_object) return leaves(root, items, path + "/*", out, depth + 1);
  }
  if (!object) out.insert(path);
}

// Every path pattern the layout writes.
std::set<std::string> covered() {
  std::set<std::string> out;
  for (const auto& s : sheets()) {
    for (const auto& c : s.columns) {
      std::string base = s.target;
      switch (s.kind) {
        case SheetKind::Form: break;
        case SheetKind::Table: base += "/*"; break;
        case SheetKind::KeyedField: base += "/*/" + s.field; break;
        case SheetKind::KeyedMap: base += "/" + std::string("{key}"); break;
        case SheetKind::KeyedList: base += "/{key}" + (s.field.empty() ? "" : "/" + s.field); break;
      }
      if (c.path == kKeyPath) continue;
      std::string path = c.path == kValuePath ? base : base + "/" + c.path;
      if (s.kind == SheetKind::KeyedMap || s.kind == SheetKind::KeyedList)
        for (const auto& choice : s.columns[0].choices) {
          std::string p = path;
          p.replace(p.find("{key}"), 5, choice.value);
          out.insert(p);
        }
      else
        out.insert(path);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every field of the schema has its place in the workbook", "[workbook]") {
  Schema schema = Schema::parse(read_file(std::string(NASTAVNIK_SOURCE_DIR) + "/data/nastavnik.schema.json"));
  std::set<std::string> fields;
  leaves(schema, schema, "", fields);
  std::set<std::string> have = covered();
  REQUIRE(fields.size() > 100);
  for (const auto& f : fields) {
    // A leaf of a nested object («/roadmap/events/*/deadline», an object or a phrase) is its column.
    bool found = have.count(f) > 0;
    for (const auto& h : have) found = found || h.rfind(f + "/", 0) == 0;  // a oneOf of objects («/executor»)
    for (std::string p = f; !found && p.find('/') != std::string::npos; p = p.substr(0, p.rfind('/')))
      found = have.count(p) > 0;
    INFO(f);
    CHECK(found);
  }
}

TEST_CASE("sheets and columns are ones Excel accepts and a reader can tell apart", "[workbook]") {
  std::set<std::string> names;
  for (const auto& s : sheets()) {
    INFO(s.name);
    CHECK(xlsx::excel_length(s.name) <= 31);
    CHECK(s.name.find_first_of(":\\/?*[]") == std::string::npos);
    CHECK(names.insert(s.name).second);
    std::set<std::string> headers;
    for (const auto& c : s.columns) {
      INFO(c.header);
      CHECK(headers.insert(c.header).second);
      CHECK_FALSE(c.comment.empty());
      if (c.type == CellType::Choice) CHECK_FALSE(c.choices.empty());
    }
  }
}
