#include "read/text_limits.h"

#include <cstdio>
#include <set>
#include <utility>
#include <vector>

#include "model/input_limits.h"
#include "read/json_locator.h"

namespace nastavnik {
namespace {

// Fields holding a person's name (in any case), a position, a role or a code.
const std::set<std::string>& name_keys() {
  static const std::set<std::string> keys = {
      "full_name", "position", "id",    "staff",     "mentor",   "mentees",    "curator",    "signer",
      "person",    "pair",     "phone", "relation",  "acquaint", "participants", "responsible", "nominative",
      "genitive",  "dative",   "accusative", "instrumental", "prepositional", "role_pair", "city", "class"};
  return keys;
}
const std::set<std::string>& title_keys() {
  static const std::set<std::string> keys = {"title", "result", "body", "task", "goal", "name", "note", "reason"};
  return keys;
}
// Addresses: one "word" by nature, so only their whole length is capped.
const std::set<std::string>& url_keys() {
  static const std::set<std::string> keys = {"site", "pages", "$schema"};
  return keys;
}
constexpr std::size_t kUrlChars = 2000;

// The last key of a pointer that is not an array index («/staff/0/full_name» -> full_name).
std::string field_key(const std::string& pointer) {
  std::string p = pointer;
  while (!p.empty()) {
    const size_t slash = p.rfind('/');
    std::string token = p.substr(slash + 1);
    if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos) return token;
    p.erase(slash);
  }
  return "";
}

const char* kind_name(std::size_t limit) {
  if (limit == limits::kNameChars) return "для имени, должности или кода";
  if (limit == limits::kOrganisationChars) return "для названия или адреса организации";
  if (limit == limits::kTitleChars) return "для названия или результата";
  if (limit == kUrlChars) return "для адреса сайта";
  return "для текста";
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string number_text(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u00a0";
    out += digits[i];
  }
  return out;
}

// The first `n` characters of `s`, «…» added when cut.
std::string head(std::string_view s, std::size_t n) {
  std::size_t i = 0, seen = 0;
  while (i < s.size() && seen < n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++seen;
  }
  return std::string(s.substr(0, i)) + (i < s.size() ? "…" : "");
}

// Breaks a line may take: whitespace, a hyphen, a slash.
bool is_break(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '/'; }

// A message for what is wrong with `s` at `pointer`, or "" when nothing is.
std::string problem(std::string_view s, const std::string& pointer, bool is_key) {
  for (unsigned char c : s)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", c);
      return std::string("в тексте управляющий символ ") + code + (c == 0 ? " (NUL)" : "") +
             ": такой символ не печатается и портит документы; удалите его";
    }
  const std::size_t limit = is_key ? limits::kNameChars : text_limit(pointer);
  const std::size_t length = code_points(s);
  if (length > limit)
    return std::string(is_key ? "название поля" : "текст") + " длиннее допустимого: " + number_text(length) +
           " знаков, " + (is_key ? "для названия поля" : kind_name(limit)) + " — не больше " + number_text(limit);
  if (is_key || url_keys().count(field_key(pointer))) return "";
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !is_break(static_cast<unsigned char>(s[i]))) continue;
    const std::string_view word = s.substr(start, i - start);
    if (word.size() > limits::kWordChars && code_points(word) > limits::kWordChars)
      return "слово «" + head(word, 20) + "» из " + number_text(code_points(word)) +
             " знаков без пробела не уместится в строку документа; самое длинное допустимое слово — " +
             number_text(limits::kWordChars) + " знаков";
    start = i + 1;
  }
  return "";
}

}  // namespace

std::size_t text_limit(const std::string& pointer) {
  const std::string key = field_key(pointer);
  if (pointer.rfind("/organisation/", 0) == 0 || key == "organisation") return limits::kOrganisationChars;
  if (url_keys().count(key)) return kUrlChars;
  if (name_keys().count(key)) return limits::kNameChars;
  if (title_keys().count(key)) return limits::kTitleChars;
  return limits::kTextChars;
}

bool check_text_values(const Json& root, Diagnostics& diag) {
  bool ok = true;
  std::vector<std::pair<const Json*, std::string>> todo{{&root, ""}};
  while (!todo.empty()) {
    auto [v, pointer] = std::move(todo.back());
    todo.pop_back();
    if (v->is_string()) {
      std::string why = problem(v->get_ref<const std::string&>(), pointer, false);
      if (!why.empty()) {
        diag.error(pointer, why);
        ok = false;
      }
    } else if (v->is_object()) {
      for (auto it = v->begin(); it != v->end(); ++it) {
        std::string why = problem(it.key(), pointer, true);
        if (!why.empty()) {
          diag.error(pointer, why);
          ok = false;
          continue;
        }
        todo.emplace_back(&it.value(), pointer + "/" + pointer_token(it.key()));
      }
    } else if (v->is_array()) {
      for (std::size_t i = 0; i < v->size(); ++i) todo.emplace_back(&(*v)[i], pointer + "/" + std::to_string(i));
    }
  }
  return ok;
}

}  // namespace nastavnik
