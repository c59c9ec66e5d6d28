// The `import` command: an existing Word/ODT/text roadmap into a data file.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace nastavnik {

// Runs `nastavnik import` with the arguments after the command word; returns an
// ExitCode (cli.h): 2 for an unreadable or unrecognisable roadmap, 3 when pandoc fails.
int run_import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace nastavnik
