#include "model/diagnostics.h"

namespace nastavnik {

void Diagnostics::error(std::string pointer, std::string message) {
  items_.push_back({Diagnostic::Severity::Error, std::move(pointer), 0, 0, std::move(message), "", ""});
}

void Diagnostics::warning(std::string pointer, std::string message) {
  items_.push_back({Diagnostic::Severity::Warning, std::move(pointer), 0, 0, std::move(message), "", ""});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

bool Diagnostics::has_errors() const {
  for (const auto& d : items_)
    if (d.severity == Diagnostic::Severity::Error) return true;
  return false;
}

std::string format_diagnostic(const std::string& file, const Diagnostic& d) {
  std::string out = file;
  if (d.location.empty() && d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += d.severity == Diagnostic::Severity::Error ? ": ошибка" : ": предупреждение";
  if (!d.rule.empty()) out += " [" + d.rule + "]";
  out += ": ";
  // A workbook's «Лист …, ячейка C14» says where; a JSON pointer would only confuse there.
  if (!d.location.empty()) out += d.location + ": ";
  else if (!d.pointer.empty()) out += d.pointer + ": ";
  out += d.message;
  return out;
}

}  // namespace nastavnik
