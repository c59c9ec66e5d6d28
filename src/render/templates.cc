#include "render/templates.h"

#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "language/typography.h"
#include "system/staging.h"

namespace nastavnik {
namespace mustache = kainjow::mustache;

namespace {

mustache::data to_data(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (const auto& [k, x] : v.items()) d.set(k, to_data(x));
      return d;
    }
    case Json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      for (const auto& x : v) d.push_back(to_data(x));
      return d;
    }
    case Json::value_t::string:
      return mustache::data{v.get<std::string>()};
    case Json::value_t::boolean:
      return v.get<bool>() ? mustache::data{mustache::data::type::bool_true}
                           : mustache::data{mustache::data::type::bool_false};
    case Json::value_t::null:
      return mustache::data{mustache::data::type::bool_false};
    default:
      return mustache::data{v.dump()};  // numbers print as written
  }
}

}  // namespace

TemplateSet::TemplateSet(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::filesystem::path pdir = dir_ / "partials";
  if (!std::filesystem::is_directory(pdir)) return;
  for (const auto& e : std::filesystem::directory_iterator(pdir)) {
    if (e.path().extension() != ".mustache") continue;
    partials_[e.path().stem().string()] = read_file(e.path());
  }
}

std::string TemplateSet::render(const std::string& name, const Json& context) const {
  std::filesystem::path path = dir_ / (name + ".html.mustache");
  if (!std::filesystem::exists(path))
    throw std::runtime_error("не найден шаблон " + path.string() + " (проверьте папку templates/)");
  try {
    // Every page (site, DOCX, PDF) is typeset here, values and template text alike.
    return typeset_html(render_text(read_file(path), context));
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("шаблон " + path.string() + ": " + e.what());
  }
}

std::string TemplateSet::render_text(const std::string& text, const Json& context) const {
  mustache::mustache tmpl{text};
  if (!tmpl.is_valid()) throw std::runtime_error("ошибка в шаблоне: " + tmpl.error_message());
  mustache::data data = to_data(context);
  if (!data.is_object()) data = mustache::data{mustache::data::type::object};
  for (const auto& [name, body] : partials_) data.set(name, mustache::data{body});
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) throw std::runtime_error("ошибка в шаблоне: " + tmpl.error_message());
  return out;
}

}  // namespace nastavnik
