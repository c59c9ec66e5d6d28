#include "xlsx/xlsx_xml.h"

#include "language/text_util.h"
#include "xlsx/xlsx_read.h"
#include "xlsx/xlsx_zip.h"

namespace nastavnik::xlsx {
namespace {

// The code unit of an "_xHHHH_" escape starting at text[i], or -1.
long escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return -1;
  long v = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const char c = text[k];
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return -1;
    v = v * 16 + digit;
  }
  return v;
}

void append_text(std::string& out, const pugi::xml_node& t) {
  out += t.value();  // the text itself when it was embedded in the element (parse_embed_pcdata)
  for (pugi::xml_node n = t.first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
}

}  // namespace

void parse_part(pugi::xml_document& doc, std::string& xml, const std::string& path, const std::string& part) {
  // Whitespace-only text is kept when it is all an element holds: <t xml:space="preserve"> </t>.
  // An element's sole text lives in the element itself, not in a node of its own:
  // a third less memory for a sheet of <c><v>1</v></c>.
  const pugi::xml_parse_result r = doc.load_buffer_inplace(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata);
  if (!r || !doc.document_element())
    throw ReadError(path, std::string(kNotAWorkbook) + " — испорчен XML в " + part + " (около байта " +
                              std::to_string(r.offset) + ")");
}

std::string string_item_text(const pugi::xml_node& item) {
  std::string raw;
  for (pugi::xml_node n = item.first_child(); n; n = n.next_sibling()) {
    if (named(n, "t")) {
      append_text(raw, n);
    } else if (named(n, "r")) {  // a rich-text run; <rPh> (phonetic reading) is not shown text
      append_text(raw, child(n, "t"));
    }
  }
  return decode_escapes(raw);
}

std::string decode_escapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const long unit = escape_at(text, i);
    if (unit < 0) {
      out += text[i++];
      continue;
    }
    i += 7;
    unsigned cp = static_cast<unsigned>(unit);
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair spans two escapes
      const long low = escape_at(text, i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<unsigned>(low) - 0xDC00);
        i += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace nastavnik::xlsx
