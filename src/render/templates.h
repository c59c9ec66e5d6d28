// Mustache templates (kainjow) over JSON contexts. Every value is HTML-escaped by
// the engine, so user text can never become markup; shared document parts live
// in templates/partials/ and are available to every template.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "model/json.h"

namespace nastavnik {

class TemplateSet {
 public:
  // Loads the partials of `dir`/partials; templates themselves load on demand.
  explicit TemplateSet(std::filesystem::path dir);

  // Renders `dir`/<name>.html.mustache with `context`, typeset (language/typography.h); throws std::runtime_error
  // (an installation fault, not a data fault) when the template is missing or broken.
  std::string render(const std::string& name, const Json& context) const;

  // Renders a template given as text (tests, small inline pieces).
  std::string render_text(const std::string& text, const Json& context) const;

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::map<std::string, std::string> partials_;
};

}  // namespace nastavnik
