#include "read/json_locator.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "model/input_limits.h"

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
  index();
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

// Iterative, with an explicit stack bounded by limits::kJsonDepth: a text nested
// 100,000 deep must not overflow the call stack before the reader can refuse it.
void JsonLocator::index() {
  struct Frame {
    std::string pointer;
    bool object;
    int next = 0;  // the next array index
    std::unordered_set<std::string> keys;
  };
  std::vector<Frame> stack;
  // Records the value starting at pos_ under `pointer`; opens a frame for a container.
  auto start_value = [&](const std::string& pointer) -> bool {
    skip_ws();
    if (pos_ >= text_.size()) return false;
    offsets_.emplace(pointer, pos_);
    const char c = text_[pos_];
    if (c == '{' || c == '[') {
      if (static_cast<int>(stack.size()) >= limits::kJsonDepth) {
        too_deep_ = pos_;
        return false;
      }
      ++pos_;
      stack.push_back({pointer, c == '{'});
    } else if (c == '"') {
      string_token();
    } else {
      while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
             text_[pos_] != ',' && text_[pos_] != ']' && text_[pos_] != '}')
        ++pos_;
    }
    return true;
  };
  if (!start_value("")) return;
  while (!stack.empty()) {
    Frame& f = stack.back();
    skip_ws();
    if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
    skip_ws();
    if (pos_ >= text_.size()) return;
    if (text_[pos_] == (f.object ? '}' : ']')) {
      ++pos_;
      stack.pop_back();
      continue;
    }
    std::string child;
    if (f.object) {
      if (text_[pos_] != '"') return;  // invalid text: stop indexing
      const size_t key_at = pos_;
      std::string key = string_token();
      child = f.pointer + "/" + pointer_token(key);
      if (!f.keys.insert(key).second) duplicates_.push_back({child, key_at});
      skip_ws();
      if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
    } else {
      child = f.pointer + "/" + std::to_string(f.next++);
    }
    const size_t before = pos_;
    // A duplicate key keeps the first value's position (the one a reader must not silently lose).
    if (!start_value(child) || pos_ == before) return;
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
