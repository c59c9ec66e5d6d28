// Editing an existing XLSX package in place: its parts in memory, relationships,
// content types, and the cell styles and cells of a sheet. The annotator uses it
// so that everything it does not touch is written back byte for byte.
#pragma once
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace nastavnik::xlsx {

inline constexpr const char* kRelComments =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
inline constexpr const char* kRelVml = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
inline constexpr const char* kRelSheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
inline constexpr const char* kRelStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kRelOffice =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// The parts of a package by name, and their order in the archive.
struct Package {
  std::map<std::string, std::string> parts;
  std::vector<std::string> order;
};

// Reads every part of the workbook at `path`, bounded like the reader; throws ReadError.
Package read_package(const std::string& path);
// Writes the package to `path` (parts in their original order, new ones last); throws std::runtime_error.
void write_package(const Package& package, const std::string& path);

// Parses one part; throws std::runtime_error naming it when it is missing or not XML.
pugi::xml_document parse_part(const Package& package, const std::string& name);
// The document as compact XML text.
std::string serialize(const pugi::xml_document& doc);
// A part name not yet in the package: stem + N + ext.
std::string fresh_name(const Package& package, const std::string& stem, const std::string& ext);
// The element's namespace prefix («x:» or «»), so added elements spell the part's way.
std::string prefix_of(const pugi::xml_node& node);
// Text for XML character data and attribute values.
std::string xml_escape(const std::string& s);

// The relationships of one part (its _rels/….rels), created empty when it has none.
class Relationships {
 public:
  Relationships(Package& package, std::string part);
  // The part the first relationship of that type points to, or "".
  std::string target(const std::string& type) const;
  // The part a relationship id points to, or "".
  std::string target_of_id(const std::string& id) const;
  // Adds a relationship to the part `target_part` and returns its new id; saved at once.
  std::string add(const std::string& type, const std::string& target_part);

 private:
  Package& package_;
  std::string name_, part_;
  pugi::xml_document doc_;
};

// Adds an Override for a new part to [Content_Types].xml.
void add_content_type(Package& package, const std::string& part, const std::string& type);
// Makes sure [Content_Types].xml has a Default for .vml (comment shapes).
void ensure_vml_default(Package& package);

// The warning fill added to the styles part, and per cell style (xf) a copy with it.
class WarningStyles {
 public:
  WarningStyles(Package& package, std::string part, const char* argb);
  // The index of the copy of cell style `xf` carrying the warning fill.
  int marked(int xf);
  void save();

 private:
  Package& package_;
  std::string part_;
  pugi::xml_document doc_;
  pugi::xml_node xfs_;
  int fill_id_ = 0;
  std::map<int, int> made_;
};

// The <c> element at (row, col) of a sheet's <sheetData>, made in order when missing.
pugi::xml_node cell_node(pugi::xml_node sheet_data, int row, int col);

}  // namespace nastavnik::xlsx
