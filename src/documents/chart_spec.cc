// The text side of a chart: labels wrapped for their slot, values printed as the
// report prints them; the gnuplot picture and the Excel chart share them.
#include "documents/chart_spec.h"

#include <algorithm>

#include "language/number_format.h"
#include "language/text_util.h"

namespace nastavnik {

std::string wrap_label(std::string_view text, std::size_t max_chars) {
  const std::string s = collapse_whitespace(text);
  if (decode_utf8(s).size() <= max_chars) return s;
  // A parenthesis («(30 из 486)», «(курсы, аттестация)») reads best on a line of its own.
  if (const std::size_t paren = s.rfind(" ("); paren != std::string::npos && paren > 0) {
    const std::string head = s.substr(0, paren), tail = s.substr(paren + 1);
    if (decode_utf8(head).size() <= max_chars && decode_utf8(tail).size() <= max_chars) return head + "\n" + tail;
  }
  // Candidate breaks: every ASCII space not followed by a dash (a line never starts with one).
  std::size_t best = std::string::npos, best_longest = decode_utf8(s).size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ') continue;
    const std::string_view rest = std::string_view(s).substr(i + 1);
    if (rest.starts_with("–") || rest.starts_with("—") || rest.starts_with("-")) continue;
    const std::size_t longest = std::max(decode_utf8(std::string_view(s).substr(0, i)).size(), decode_utf8(rest).size());
    if (longest < best_longest) {
      best = i;
      best_longest = longest;
    }
  }
  if (best == std::string::npos) return s;
  return s.substr(0, best) + "\n" + s.substr(best + 1);
}

std::string chart_value_text(double value, int decimals, bool percent) {
  const std::string text = format_decimal(value, decimals);
  return percent ? text + "\u00A0%" : text;
}

}  // namespace nastavnik
