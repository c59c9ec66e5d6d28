// What must be refused in a JSON text before it is parsed or walked: a file too
// large, nesting deeper than limits::kJsonDepth, a key written twice in one object
// (the parser would keep the last silently), a number no double can hold (1e400).
#pragma once
#include <string_view>

#include "model/diagnostics.h"
#include "read/json_locator.h"

namespace nastavnik {

// Adds a located error for each such problem of `text` (indexed by `locator`);
// true when there was none and the text may be parsed.
bool check_json_text(std::string_view text, const JsonLocator& locator, Diagnostics& diag);

}  // namespace nastavnik
