// UTF-8 text helpers for the Russian phrases users type: case folding limited to
// Latin and Cyrillic (all the data ever needs), and whitespace that copes with
// the non-breaking and thin spaces office editors insert.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik {

// Decodes the code point at `pos` and advances `pos` past it; a malformed byte
// comes back as U+FFFD and advances by one, so loops always terminate.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// True for ASCII whitespace and Unicode spaces (NBSP, thin, ideographic …).
bool is_space_code_point(char32_t cp);

// Lower-cases Latin A–Z and Cyrillic А–Я, Ё; every other byte is copied as is.
std::string lower_utf8(std::string_view text);

// lower_utf8 with «ё» folded to «е», for comparing words as people spell them.
std::string fold_for_match(std::string_view text);

// Removes leading and trailing whitespace (see is_space_code_point).
std::string trim(std::string_view text);

// trim, and every inner run of whitespace becomes one ASCII space; zero-width
// spaces and soft hyphens are dropped.
std::string collapse_whitespace(std::string_view text);

// Upper-cases the first character when it is a Latin or Cyrillic letter.
std::string capitalize_first_utf8(std::string_view text);

// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), as the JSON library demands when writing.
bool is_valid_utf8(std::string_view text);

// Text as code points, for comparing and measuring words by letters, not bytes.
std::u32string decode_utf8(std::string_view text);

// Levenshtein distance between two sequences (bytes of an id, code points of a name).
template <class S>
std::size_t edit_distance(const S& a, const S& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace nastavnik
