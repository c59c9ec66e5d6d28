// The JSON value type: what the data file is made of and what every document
// context is built as, so readers and documents share one type without
// documents depending on the readers.
#pragma once
#include <nlohmann/json.hpp>

namespace nastavnik {

using Json = nlohmann::json;

}  // namespace nastavnik
