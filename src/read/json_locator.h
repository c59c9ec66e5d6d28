// Where each value of a JSON text stands, so messages about a value can name
// its line and column (nlohmann::json keeps no positions).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostics.h"

namespace nastavnik {

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters (UTF-8 code points), not bytes
};

class JsonLocator {
 public:
  // Indexes a syntactically valid JSON text; on invalid text indexes what it can.
  explicit JsonLocator(std::string_view text);

  // Position of the value at an RFC 6901 pointer; for a pointer that does not
  // exist, the position of its nearest existing ancestor ("" is the root).
  TextPosition find(const std::string& pointer) const;

  // Line and column of a byte offset into the text.
  TextPosition position_of(size_t offset) const;

  // A key written twice in one object: the pointer and the byte offset of the second.
  struct Duplicate {
    std::string pointer;
    size_t offset;
  };
  const std::vector<Duplicate>& duplicates() const { return duplicates_; }
  // Byte offset of the first array or object nested deeper than limits::kJsonDepth
  // (indexing stops there), or npos when the text is within the limit.
  size_t too_deep() const { return too_deep_; }
  // Calls f(pointer, offset) for every indexed value, in no particular order.
  template <class F>
  void for_each_value(F f) const {
    for (const auto& [pointer, offset] : offsets_) f(pointer, offset);
  }

 private:
  void index();
  void skip_ws();
  std::string string_token();

  std::string_view text_;
  size_t pos_ = 0;
  std::unordered_map<std::string, size_t> offsets_;
  std::vector<Duplicate> duplicates_;
  size_t too_deep_ = std::string_view::npos;
};

// Escapes one reference token for a JSON pointer («~» -> «~0», «/» -> «~1»).
std::string pointer_token(std::string_view key);

// Gives every diagnostic without a line the position of its pointer, then orders
// them as they stand in the file, so the user can fix them top to bottom.
void locate_diagnostics(const JsonLocator& locator, Diagnostics& diag);

}  // namespace nastavnik
