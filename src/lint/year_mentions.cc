#include "lint/year_mentions.h"

#include <cctype>

#include "language/text_util.h"

namespace nastavnik {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the run of digits at `pos`.
std::size_t digits_at(std::string_view s, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < s.size() && is_digit(s[pos + n])) ++n;
  return n;
}

int number_at(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[pos + i] - '0');
  return v;
}

// Skips spaces (ASCII and Unicode) from `pos`; returns the new position.
std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!is_space_code_point(next_code_point(s, next))) break;
    pos = next;
  }
  return pos;
}

// A separator between the two years of an academic year: «/», «-» or a dash.
std::size_t skip_separator(std::string_view s, std::size_t pos) {
  if (pos < s.size() && (s[pos] == '/' || s[pos] == '-')) return pos + 1;
  std::size_t next = pos;
  const char32_t cp = pos < s.size() ? next_code_point(s, next) : 0;
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 ? next : pos;
}

// True when the text before `pos` ends with the word «от».
bool after_ot(std::string_view s, std::size_t pos) {
  std::string before = fold_for_match(trim(s.substr(0, pos)));
  if (before.size() < 4 || before.compare(before.size() - 4, 4, "от") != 0) return false;
  if (before.size() == 4) return true;
  const unsigned char c = static_cast<unsigned char>(before[before.size() - 5]);
  return c < 0x80 && !std::isalnum(c);
}

}  // namespace

std::vector<YearMention> find_year_mentions(std::string_view s) {
  std::vector<YearMention> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (!is_digit(s[pos]) || (pos > 0 && is_digit(s[pos - 1]))) {
      ++pos;
      continue;
    }
    const std::size_t n = digits_at(s, pos);
    YearMention m;
    m.pos = pos;
    m.after_ot = after_ot(s, pos);
    // «31.08.2023»: one or two digits, a dot, one or two digits, a dot, four digits.
    if (n <= 2 && pos + n < s.size() && s[pos + n] == '.') {
      const std::size_t mpos = pos + n + 1, mn = digits_at(s, mpos);
      if (mn >= 1 && mn <= 2 && mpos + mn < s.size() && s[mpos + mn] == '.' && digits_at(s, mpos + mn + 1) == 4) {
        const int d = number_at(s, pos, n), mo = number_at(s, mpos, mn), y = number_at(s, mpos + mn + 1, 4);
        if (is_valid_date(y, mo, d) || (mo == 2 && d == 29)) {  // 29.02 of a common year still is a date to move
          m.kind = YearMention::Kind::Date;
          m.year = y;
          m.date = Date{y, mo, d};
          m.len = mpos + mn + 5 - pos;
          out.push_back(m);
          pos += m.len;
          continue;
        }
      }
    }
    if (n != 4 || number_at(s, pos, 4) < 1900 || number_at(s, pos, 4) > 2199) {
      pos += n;
      continue;
    }
    m.year = number_at(s, pos, 4);
    // «2023-08-31».
    if (pos + 10 <= s.size() && s[pos + 4] == '-' && digits_at(s, pos + 5) == 2 && s[pos + 7] == '-' &&
        digits_at(s, pos + 8) == 2) {
      if (auto d = parse_iso_date(s.substr(pos, 10))) {
        m.kind = YearMention::Kind::Date;
        m.iso = true;
        m.date = *d;
        m.len = 10;
        out.push_back(m);
        pos += 10;
        continue;
      }
    }
    // «2023/2024», «2023 - 2024», «2023/24».
    std::size_t at = skip_spaces(s, pos + 4), sep = skip_separator(s, at);
    if (sep != at) {
      const std::size_t second = skip_spaces(s, sep), sn = digits_at(s, second);
      const int v = sn == 4 || sn == 2 ? number_at(s, second, sn) : -1;
      if ((sn == 4 && v == m.year + 1) || (sn == 2 && v == (m.year + 1) % 100)) {
        m.kind = YearMention::Kind::AcademicYear;
        m.second_digits = static_cast<int>(sn);
        m.len = second + sn - pos;
        out.push_back(m);
        pos += m.len;
        continue;
      }
    }
    m.kind = YearMention::Kind::Year;
    m.len = 4;
    out.push_back(m);
    pos += 4;
  }
  return out;
}

std::string mention_text(std::string_view text, const YearMention& m) { return std::string(text.substr(m.pos, m.len)); }

}  // namespace nastavnik
