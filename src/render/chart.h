// A chart of the final report described as data and drawn by gnuplot (cairo
// terminals): the same picture as PNG for DOCX/PDF and SVG for the HTML page.
// The caption is the document's business, so the image carries no title.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/chart_spec.h"
#include "system/tool_runner.h"

namespace nastavnik {

// Draws `spec` into `png` (1600×900, sharp at 16 cm) and `svg` (the same picture)
// with gnuplot; the script and data file are written beside the PNG and removed
// once it succeeds. Throws ToolError (naming gnuplot-nox) when gnuplot is missing,
// fails, hangs or leaves no picture; std::invalid_argument for a spec without
// categories or with a series of the wrong length.
void render_chart(const ChartSpec& spec, const std::filesystem::path& png, const std::filesystem::path& svg,
                  ToolRunner& tools, std::chrono::seconds timeout);

// The gnuplot script render_chart runs for `spec`, reading `data` (tab-separated)
// and writing `png` then `svg`.
std::string chart_script(const ChartSpec& spec, const std::filesystem::path& data, const std::filesystem::path& png,
                         const std::filesystem::path& svg);

// The tab-separated data file of `spec`: per category its position, then per
// series the value and its printed label («8,6», «7,4 %»).
std::string chart_data(const ChartSpec& spec);

// `text` as a double-quoted gnuplot string: backslashes and quotes escaped,
// line breaks as \n, other control characters dropped; UTF-8 kept as it is.
std::string gnuplot_string(std::string_view text);

}  // namespace nastavnik
