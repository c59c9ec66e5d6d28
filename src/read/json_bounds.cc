#include "read/json_bounds.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "model/input_limits.h"

namespace nastavnik {
namespace {

void error_at(const JsonLocator& locator, size_t offset, const std::string& pointer, const std::string& message,
              Diagnostics& diag) {
  const TextPosition pos = locator.position_of(offset);
  diag.add({Diagnostic::Severity::Error, pointer, pos.line, pos.column, message, "", ""});
}

// True for a number token whose value is beyond a double (strtod gives ±HUGE_VAL).
bool overflows(std::string_view text, size_t offset) {
  const char c = text[offset];
  if (c != '-' && (c < '0' || c > '9')) return false;
  size_t end = offset;
  while (end < text.size() && std::string_view("+-.eE0123456789").find(text[end]) != std::string_view::npos) ++end;
  const std::string token(text.substr(offset, end - offset));
  errno = 0;
  const double v = std::strtod(token.c_str(), nullptr);
  return !std::isfinite(v) || (errno == ERANGE && std::fabs(v) > 1.0);
}

}  // namespace

bool check_json_text(std::string_view text, const JsonLocator& locator, Diagnostics& diag) {
  bool ok = true;
  if (text.size() > limits::kDataFileBytes) {
    diag.add({Diagnostic::Severity::Error, "", 1, 1,
              "файл данных слишком большой: " + std::to_string(text.size() >> 20) + " МБ, допустимо не больше " +
                  std::to_string(limits::kDataFileBytes >> 20) + " МБ",
              "", ""});
    return false;  // not worth indexing further
  }
  if (locator.too_deep() != std::string_view::npos) {
    error_at(locator, locator.too_deep(), "",
             "слишком глубокая вложенность списков и объектов (больше " + std::to_string(limits::kJsonDepth) +
                 " уровней); в файле данных их не больше шести",
             diag);
    ok = false;
  }
  for (const auto& d : locator.duplicates()) {
    error_at(locator, d.offset, d.pointer,
             "поле записано дважды в одном объекте; оставьте одно (иначе одно из значений пропало бы)",
             diag);
    ok = false;
  }
  locator.for_each_value([&](const std::string& pointer, size_t offset) {
    if (!overflows(text, offset)) return;
    error_at(locator, offset, pointer, "число слишком велико для файла данных", diag);
    ok = false;
  });
  return ok;
}

}  // namespace nastavnik
