#include "read/json_fields.h"

#include <algorithm>

#include "language/text_util.h"
#include "read/date_reality.h"

namespace nastavnik {

std::string json_type_name(const Json& v) {
  switch (v.type()) {
    case Json::value_t::string: return "строка";
    case Json::value_t::boolean: return "логическое значение";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "число";
    case Json::value_t::object: return "объект { … }";
    case Json::value_t::array: return "список [ … ]";
    case Json::value_t::null: return "null";
    default: return "значение неизвестного типа";
  }
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

ObjectReader::ObjectReader(const Json& value, std::string pointer, Diagnostics& diag,
                           std::vector<std::string> known)
    : pointer_(std::move(pointer)), diag_(diag) {
  if (!value.is_object()) {
    diag_.error(pointer_, "здесь ожидался объект { … }, а записано: " + json_type_name(value));
    return;
  }
  object_ = &value;
  for (const auto& [key, v] : value.items()) {
    if (key == "$schema" || key == "$comment" || std::find(known.begin(), known.end(), key) != known.end())
      continue;
    std::string msg = "неизвестное поле «" + key + "»";
    std::string hint = closest_match(key, known);
    if (!hint.empty()) msg += " — возможно, имелось в виду «" + hint + "»";
    diag_.error(pointer_ + "/" + key, msg);
  }
}

bool ObjectReader::has(const std::string& key) const {
  return object_ && object_->contains(key) && !(*object_)[key].is_null();
}

std::string ObjectReader::pointer(const std::string& key) const { return pointer_ + "/" + key; }

const Json* ObjectReader::raw(const std::string& key, bool required) {
  if (!object_) return nullptr;
  if (!has(key)) {
    if (required) diag_.error(pointer(key), "не заполнено обязательное поле «" + key + "»");
    return nullptr;
  }
  return &(*object_)[key];
}

std::string ObjectReader::text(const std::string& key, bool required) {
  const Json* v = raw(key, required);
  if (!v) return "";
  if (!v->is_string()) {
    diag_.error(pointer(key), "здесь ожидалась строка в кавычках, а записано: " + json_type_name(*v));
    return "";
  }
  std::string s = v->get<std::string>();
  if (required && s.find_first_not_of(" \t\r\n") == std::string::npos)
    diag_.error(pointer(key), "обязательное поле «" + key + "» пустое");
  return s;
}

std::optional<Date> read_date_value(const Json& v, const std::string& pointer, Diagnostics& diag) {
  if (v.is_string()) {
    if (auto d = parse_iso_date(v.get<std::string>())) {
      if (std::string why = unreal_date_problem(*d); !why.empty()) {
        diag.error(pointer, "«" + v.get<std::string>() + "»: " + why);
        return std::nullopt;
      }
      return d;
    }
    diag.error(pointer, "«" + v.get<std::string>() +
                            "» — не дата; дату пишите так: ГГГГ-ММ-ДД, например 2023-09-01");
  } else {
    diag.error(pointer, "здесь ожидалась дата в кавычках (ГГГГ-ММ-ДД), а записано: " + json_type_name(v));
  }
  return std::nullopt;
}

std::optional<Date> ObjectReader::date(const std::string& key, bool required) {
  const Json* v = raw(key, required);
  if (!v) return std::nullopt;
  return read_date_value(*v, pointer(key), diag_);
}

std::string ObjectReader::number(const std::string& key, bool required) {
  const Json* v = raw(key, required);
  if (v && v->is_number_integer()) return std::to_string(v->get<long long>());
  return v ? text(key, required) : "";
}

std::optional<int> ObjectReader::integer(const std::string& key, int min, int max, bool required) {
  const Json* v = raw(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    diag_.error(pointer(key), "здесь ожидалось целое число, а записано: " + json_type_name(*v));
    return std::nullopt;
  }
  long long n = v->get<long long>();
  if (n < min || n > max) {
    diag_.error(pointer(key), "число " + std::to_string(n) + " вне допустимых пределов " +
                                  std::to_string(min) + "–" + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(n);
}

std::optional<bool> ObjectReader::boolean(const std::string& key) {
  const Json* v = raw(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    diag_.error(pointer(key), "здесь ожидалось true или false, а записано: " + json_type_name(*v));
    return std::nullopt;
  }
  return v->get<bool>();
}

const Json* ObjectReader::array(const std::string& key, bool required) {
  const Json* v = raw(key, required);
  if (!v) return nullptr;
  if (!v->is_array()) {
    diag_.error(pointer(key), "здесь ожидался список [ … ], а записано: " + json_type_name(*v));
    return nullptr;
  }
  return v;
}

}  // namespace nastavnik
