// Every text value of a data document, checked before any reader looks at it: no
// control characters (a NUL would reach the HTML raw and break the DOCX XML), no
// value longer than its kind of field allows and no word longer than
// limits::kWordChars, so nothing reaches pandoc or LibreOffice that they cannot lay out.
#pragma once
#include <cstddef>
#include <string>

#include "model/diagnostics.h"
#include "model/json.h"

namespace nastavnik {

// The most characters a text at `pointer` may have (the field kind follows from
// the key and where it stands: a name, the organisation, a title, a site address).
std::size_t text_limit(const std::string& pointer);

// Adds an error at the pointer of every value and key beyond the limits; true when
// there was none. Walks without recursion.
bool check_text_values(const Json& root, Diagnostics& diag);

}  // namespace nastavnik
