#include "cli_commands.h"
#include "json_locator.h"
#include "lint.h"

namespace nastavnik {

Diagnostics lint_located(std::string_view text, const Programme& p) {
  Diagnostics d = lint_programme(p);
  locate_diagnostics(JsonLocator(text), d);
  return d;
}

}  // namespace nastavnik
