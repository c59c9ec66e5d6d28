#include "render/figures.h"

#include <stdexcept>

#include "system/staging.h"

namespace nastavnik {

std::string base64(std::string_view bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (size_t rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::vector<DrawnChart> draw_charts(const std::vector<ChartSpec>& charts, const std::filesystem::path& dir,
                                    const RenderEnv& env) {
  std::vector<DrawnChart> out;
  if (charts.empty()) return out;
  std::filesystem::create_directories(dir);
  for (const ChartSpec& spec : charts) {
    DrawnChart d{spec.id, dir / (spec.id + ".png"), ""};
    const std::filesystem::path svg = dir / (spec.id + ".svg");
    render_chart(spec, d.png, svg, *env.tools, env.pandoc_timeout);
    d.svg_data_uri = "data:image/svg+xml;base64," + base64(read_file(svg));
    out.push_back(std::move(d));
  }
  return out;
}

void set_figure_sources(Json& ctx, const std::vector<DrawnChart>& charts, bool for_html) {
  if (ctx.is_array()) {
    for (auto& x : ctx) set_figure_sources(x, charts, for_html);
    return;
  }
  if (!ctx.is_object()) return;
  if (auto id = ctx.find("chart_id"); id != ctx.end() && id->is_string()) {
    for (const auto& c : charts)
      if (c.id == id->get<std::string>()) ctx["src"] = for_html ? c.svg_data_uri : c.png.string();
    ctx["html"] = for_html;  // the page's <figure> refers to its table; pandoc takes a captioned image
    if (!ctx.contains("src")) throw std::logic_error("нет рисунка для диаграммы «" + id->get<std::string>() + "»");
    return;
  }
  for (auto& [key, value] : ctx.items()) set_figure_sources(value, charts, for_html);
}

}  // namespace nastavnik
