// The command line: `nastavnik build|check FILE …`, with Russian messages and the
// exit statuses scripts rely on.
#pragma once
#include <ostream>

namespace nastavnik {

// Exit statuses: 0 success; 1 wrong usage or an installation fault; 2 bad input
// data (nothing written); 3 an external program (pandoc, LibreOffice) failed.
enum ExitCode { kOk = 0, kUsage = 1, kBadInput = 2, kToolFailed = 3 };

// Runs one command line; everything for the user goes to `out` and `err`.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace nastavnik
