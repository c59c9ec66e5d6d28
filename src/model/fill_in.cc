#include "model/fill_in.h"

namespace nastavnik {

std::string fill_in_placeholder(const std::string& what) { return "[заполните: " + what + "]"; }

bool is_fill_in_placeholder(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\n");
  return start != std::string_view::npos && text.substr(start).starts_with("[заполните:");
}

}  // namespace nastavnik
