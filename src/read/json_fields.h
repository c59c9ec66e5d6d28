// Typed, located reading of one JSON object of the data file: every problem
// becomes a Russian diagnostic at the field's JSON pointer instead of an exception.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/json.h"
#include "model/diagnostics.h"

namespace nastavnik {

// Russian name of a JSON value's type, for messages («строка», «число» …).
std::string json_type_name(const Json& v);

class ObjectReader {
 public:
  // Reads `value` at `pointer`; reports a non-object and every key not in `known`.
  ObjectReader(const Json& value, std::string pointer, Diagnostics& diag,
               std::vector<std::string> known);

  bool ok() const { return object_ != nullptr; }
  bool has(const std::string& key) const;
  std::string pointer(const std::string& key) const;

  // A string field; "" when absent (an error if required) or of another type.
  std::string text(const std::string& key, bool required = false);
  // An ISO date field «ГГГГ-ММ-ДД».
  std::optional<Date> date(const std::string& key, bool required = false);
  // A number of a document or an event («2.1», «234/2»): a string, or an integer
  // written without quotes, returned as text.
  std::string number(const std::string& key, bool required = false);
  // An integer field within [min, max].
  std::optional<int> integer(const std::string& key, int min, int max, bool required = false);
  // A boolean field.
  std::optional<bool> boolean(const std::string& key);
  // The raw value of a field (nullptr when absent; an error if required).
  const Json* raw(const std::string& key, bool required = false);
  // An array field (nullptr when absent or not an array, reporting which).
  const Json* array(const std::string& key, bool required = false);

 private:
  const Json* object_ = nullptr;
  std::string pointer_;
  Diagnostics& diag_;
};

// Parses an ISO date value found at `pointer`, reporting a located error.
std::optional<Date> read_date_value(const Json& v, const std::string& pointer, Diagnostics& diag);

// The candidate closest to `word` by edit distance, or "" when none is close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace nastavnik
