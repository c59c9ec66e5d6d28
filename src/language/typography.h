// Russian typesetting rules applied in one place to everything a document prints
// (ГОСТ Р 7.0.97 practice): non-breaking spaces that keep «№ 45», «И.Т. Веденеева»,
// «Соколова Н.П.», «2023 г.», «31 августа 2023 г.» and «70 %» on one line, and a
// spaced hyphen made into an en dash that never starts a line.
#pragma once
#include <string>
#include <string_view>

namespace nastavnik {

// Plain text with the rules applied; text already typeset comes back unchanged.
std::string typeset(std::string_view text);

// typeset over the text of an HTML page: tags, attributes, entities and the
// contents of <style> and <script> are left as they are.
std::string typeset_html(std::string_view html);

}  // namespace nastavnik
