// Commands beyond build/check that the command line dispatches to: rollover to
// the next academic year.
#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/model.h"

namespace nastavnik {

// `nastavnik rollover FILE --to YEAR [-o NEW]`: writes the moved copy and lists what to
// check by hand. `programme` is the file read and validated (so only a good file moves).
// Returns an exit status (cli.h).
int run_rollover(const std::string& file, const std::string& text, const Programme& programme,
                 const std::string& to, const std::string& output, std::ostream& out, std::ostream& err);

}  // namespace nastavnik
