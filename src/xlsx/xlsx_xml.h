// XML helpers of the workbook reader. Producers differ in namespace prefixes
// ("row" from Excel, "x:row" from some generators), so elements are matched by
// local name.
#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace nastavnik::xlsx {

// "x:row" -> "row".
inline std::string_view local_name(const char* name) {
  const std::string_view n(name);
  const std::size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// True when `node` is an element with that local name.
inline bool named(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && local_name(node.name()) == local;
}

// The first child element with that local name (an empty node when there is none).
inline pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (named(c, local)) return c;
  return {};
}

// Parses a part of the workbook at `path` in place (`xml` must outlive `doc`);
// throws ReadError naming the part when it is not well-formed XML.
void parse_part(pugi::xml_document& doc, std::string& xml, const std::string& path, const std::string& part);

// The text of a string item (<si>, <is>): its <t>, or its rich-text runs' <t>
// joined; phonetic runs (<rPh>) left out and "_xHHHH_" escapes decoded.
std::string string_item_text(const pugi::xml_node& item);

// Decodes OOXML's "_xHHHH_" escapes (a UTF-16 code unit each) into UTF-8.
std::string decode_escapes(std::string_view text);

}  // namespace nastavnik::xlsx
