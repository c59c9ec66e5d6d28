// Charts a document shows, drawn once per build and put into its template
// context as image sources: the PNG file for pandoc (DOCX and PDF), the SVG as
// a data URI for the HTML page, so that the page stays one self-contained file.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "render/build.h"
#include "render/chart.h"
#include "model/json.h"

namespace nastavnik {

struct DrawnChart {
  std::string id;
  std::filesystem::path png;
  std::string svg_data_uri;  // «data:image/svg+xml;base64,…»
};

// Draws every chart into `dir` (created) with gnuplot; throws ToolError when it fails.
std::vector<DrawnChart> draw_charts(const std::vector<ChartSpec>& charts, const std::filesystem::path& dir,
                                    const RenderEnv& env);

// Sets "src" on every figure object (an object with "chart_id") anywhere in `ctx`:
// the SVG data URI when `for_html`, else the PNG path, and "html" to `for_html`. Throws std::logic_error for
// a figure whose chart was not drawn (a context and its charts disagree).
void set_figure_sources(Json& ctx, const std::vector<DrawnChart>& charts, bool for_html);

// Standard base64 (RFC 4648) with padding.
std::string base64(std::string_view bytes);

}  // namespace nastavnik
