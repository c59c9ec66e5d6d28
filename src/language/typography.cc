#include "language/typography.h"

#include <array>

#include "language/text_util.h"

namespace nastavnik {
namespace {

constexpr char32_t kNb = 0x00A0;

bool is_upper(char32_t c) { return (c >= U'А' && c <= U'Я') || c == U'Ё'; }
bool is_lower(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё'; }
bool is_letter(char32_t c) { return is_upper(c) || is_lower(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_plain_space(char32_t c) { return c == U' '; }

// An initial «Н.» starts at i.
bool initial_at(const std::u32string& t, std::size_t i) {
  return i + 1 < t.size() && is_upper(t[i]) && t[i + 1] == U'.' && (i == 0 || !is_letter(t[i - 1]));
}

// A capitalised Cyrillic word («Соколова», «Петрова-Водкина») starts at i; its end.
std::size_t word_end(const std::u32string& t, std::size_t i) {
  if (i >= t.size() || !is_upper(t[i])) return i;
  std::size_t j = i + 1;
  while (j < t.size() && (is_lower(t[j]) || (t[j] == U'-' && j + 1 < t.size() && is_letter(t[j + 1])) ||
                          (t[j - 1] == U'-' && is_upper(t[j]))))
    ++j;
  return j - i >= 2 && is_lower(t[i + 1]) ? j : i;
}

// The lower-case word that starts at i.
std::u32string word_after(const std::u32string& t, std::size_t i) {
  std::size_t e = i;
  while (e < t.size() && is_lower(t[e])) ++e;
  return t.substr(i, e - i);
}

bool is_month_genitive(const std::u32string& w) {
  static const std::array<std::u32string, 12> months = {U"января", U"февраля", U"марта",    U"апреля",
                                                        U"мая",    U"июня",    U"июля",     U"августа",
                                                        U"сентября", U"октября", U"ноября", U"декабря"};
  for (const auto& m : months)
    if (w == m) return true;
  return false;
}

// Whether the plain space at i must not break the line.
bool binds(const std::u32string& t, std::size_t i) {
  char32_t prev = i > 0 ? t[i - 1] : 0;
  char32_t next = i + 1 < t.size() ? t[i + 1] : 0;
  // «№ 45» holds; «№ п/п», a table's header, may break in a narrow column, or
  // LibreOffice breaks it inside «п/п».
  if (prev == U'№') return t.compare(i + 1, 3, U"п/п") != 0;
  if (next == U'%' || next == U'–' || next == U'—') return i > 0;  // «70 %», «текст – текст»
  if (is_digit(prev) && next == U'г' && i + 2 < t.size() &&
      (t[i + 2] == U'.' || (t[i + 2] == U'г' && i + 3 < t.size() && t[i + 3] == U'.')))
    return true;  // «2023 г.», «2023–2024 гг.»
  // «31 августа», «2023 г.» hold together, but a line may break between the month and
  // the year: a whole date is wider than a narrow «Срок» column, where LibreOffice then
  // broke inside the year («20 октября 20 / 23 г.»).
  if ((is_digit(prev) || prev == U'»') && is_month_genitive(word_after(t, i + 1))) return true;
  // «И.Т. Веденеева», «Н. П.»: after an initial, before a name or another initial.
  if (prev == U'.' && i >= 2 && initial_at(t, i - 2) && (initial_at(t, i + 1) || word_end(t, i + 1) > i + 1))
    return true;
  // «Соколова Н.П.»: a capitalised word before initials.
  if (initial_at(t, i + 1)) {
    std::size_t b = i;
    while (b > 0 && (is_letter(t[b - 1]) || t[b - 1] == U'-')) --b;
    if (b < i && word_end(t, b) == i) return true;
  }
  return false;
}

}  // namespace

std::string typeset(std::string_view text) {
  std::u32string t = decode_utf8(text);
  for (std::size_t i = 0; i + 2 < t.size(); ++i)
    if (t[i] == U' ' && t[i + 1] == U'-' && t[i + 2] == U' ') t[i + 1] = U'–';  // «учитель - ученик»
  for (std::size_t i = 0; i < t.size(); ++i)
    if (is_plain_space(t[i]) && binds(t, i)) t[i] = kNb;
  std::string out;
  out.reserve(text.size() + 16);
  for (char32_t c : t) append_utf8(out, c);
  return out;
}

std::string typeset_html(std::string_view html) {
  std::string out;
  out.reserve(html.size() + 256);
  std::size_t pos = 0;
  while (pos < html.size()) {
    std::size_t tag = html.find('<', pos);
    out += typeset(html.substr(pos, tag == std::string_view::npos ? std::string_view::npos : tag - pos));
    if (tag == std::string_view::npos) break;
    std::size_t end = html.find('>', tag);
    if (end == std::string_view::npos) end = html.size() - 1;
    std::string name = lower_utf8(html.substr(tag + 1, 7));
    // The raw-text elements: their content is code, not prose.
    for (const char* raw : {"style", "script"})
      if (name.rfind(raw, 0) == 0) {
        std::size_t close = html.find(std::string("</") + raw, end);
        end = close == std::string_view::npos ? html.size() - 1 : html.find('>', close);
        if (end == std::string_view::npos) end = html.size() - 1;
      }
    out += html.substr(tag, end + 1 - tag);
    pos = end + 1;
  }
  return out;
}

}  // namespace nastavnik
