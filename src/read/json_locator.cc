#include "read/json_locator.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace nastavnik {

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

JsonLocator::JsonLocator(std::string_view text) : text_(text) {
  skip_ws();
  if (pos_ < text_.size()) value("");
}

void JsonLocator::skip_ws() {
  while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
}

// Returns the decoded-enough key text: escapes other than \" and \\ are rare in
// keys, and a key with them simply gets no position of its own.
std::string JsonLocator::string_token() {
  std::string out;
  ++pos_;  // opening quote
  while (pos_ < text_.size() && text_[pos_] != '"') {
    if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
      ++pos_;
      out += text_[pos_] == 'n' ? '\n' : text_[pos_];
    } else {
      out += text_[pos_];
    }
    ++pos_;
  }
  if (pos_ < text_.size()) ++pos_;  // closing quote
  return out;
}

void JsonLocator::value(const std::string& pointer) {
  skip_ws();
  if (pos_ >= text_.size()) return;
  offsets_.emplace(pointer, pos_);
  char c = text_[pos_];
  if (c == '{') {
    ++pos_;
    skip_ws();
    while (pos_ < text_.size() && text_[pos_] != '}') {
      if (text_[pos_] != '"') return;  // invalid text: stop indexing
      std::string key = string_token();
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
      value(pointer + "/" + pointer_token(key));
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
      skip_ws();
    }
    if (pos_ < text_.size()) ++pos_;
  } else if (c == '[') {
    ++pos_;
    skip_ws();
    for (int i = 0; pos_ < text_.size() && text_[pos_] != ']'; ++i) {
      size_t before = pos_;
      value(pointer + "/" + std::to_string(i));
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
      skip_ws();
      if (pos_ == before) return;
    }
    if (pos_ < text_.size()) ++pos_;
  } else if (c == '"') {
    string_token();
  } else {
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
           text_[pos_] != ',' && text_[pos_] != ']' && text_[pos_] != '}')
      ++pos_;
  }
}

TextPosition JsonLocator::position_of(size_t offset) const {
  TextPosition p{1, 1};
  for (size_t i = 0; i < offset && i < text_.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count code points, not continuation bytes
      ++p.column;
    }
  }
  return p;
}

TextPosition JsonLocator::find(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    auto it = offsets_.find(p);
    if (it != offsets_.end()) return position_of(it->second);
    if (p.empty()) return {1, 1};
    p.erase(p.rfind('/'));
  }
}

void locate_diagnostics(const JsonLocator& locator, Diagnostics& diag) {
  for (auto& d : diag.items()) {
    if (d.line == 0) {
      TextPosition pos = locator.find(d.pointer);
      d.line = pos.line;
      d.column = pos.column;
    }
  }
  std::stable_sort(diag.items().begin(), diag.items().end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
}

}  // namespace nastavnik
