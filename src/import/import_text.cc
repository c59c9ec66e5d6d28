#include "import/import_text.h"

#include <algorithm>
#include <cctype>

#include "language/text_util.h"

namespace nastavnik {
namespace {

char32_t first_cp(std::string_view w) {
  size_t pos = 0;
  return w.empty() ? 0 : next_code_point(w, pos);
}
bool is_upper_cp(char32_t c) { return (c >= U'А' && c <= U'Я') || c == U'Ё' || (c >= 'A' && c <= 'Z'); }
bool is_lower_cp(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё' || (c >= 'a' && c <= 'z'); }
bool is_letter_cp(char32_t c) { return is_upper_cp(c) || is_lower_cp(c); }

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t pos = 0; pos < text.size();) {
    size_t before = pos;
    char32_t cp = next_code_point(text, pos);
    if (is_space_code_point(cp)) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.append(text.substr(before, pos - before));
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// «И.О.», «И.», «И.О.Фамилия» → number of leading initials («X.»), 0 if none.
int leading_initials(std::string_view w, size_t* rest = nullptr) {
  int n = 0;
  size_t pos = 0;
  for (;;) {
    size_t p = pos;
    if (p >= w.size()) break;
    char32_t c = next_code_point(w, p);
    if (!is_upper_cp(c) || p >= w.size() || w[p] != '.') break;
    pos = p + 1;
    ++n;
  }
  if (rest) *rest = pos;
  return n;
}

bool is_initials(std::string_view w) {
  size_t rest = 0;
  return leading_initials(w, &rest) > 0 && rest == w.size();
}

std::string strip_punct(std::string w) {
  while (!w.empty() && std::string(",;:)(").find(w.back()) != std::string::npos) w.pop_back();
  return w;
}

bool is_surname(std::string_view w) {
  std::string s = strip_punct(std::string(w));
  size_t pos = 0;
  if (s.empty() || !is_upper_cp(next_code_point(s, pos))) return false;
  if (pos >= s.size()) return false;
  size_t p2 = pos;
  return is_lower_cp(next_code_point(s, p2));
}

bool is_patronymic(std::string_view w) {
  std::string s = fold_for_match(strip_punct(std::string(w)));
  for (const char* end : {"вич", "вна", "чна", "шна", "оглы", "кызы"})
    if (s.size() >= std::string(end).size() && s.compare(s.size() - std::string(end).size(), std::string::npos, end) == 0)
      return true;
  return false;
}

}  // namespace

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = collapse_whitespace(text.substr(start, end - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

std::string join_lines(std::string_view text, const std::string& sep) {
  std::string out;
  for (const auto& line : split_lines(text)) {
    if (out.empty()) out = line;
    else if (out.size() >= 2 && out.back() == '-' && out[out.size() - 2] != ' ') out += line;
    else if (out.back() == ',' || out.back() == ';' || out.back() == ':') out += " " + line;
    else out += sep + line;
  }
  return out;
}

std::string append_sentence(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  char last = a.back();
  if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return a + " " + b;
  return a + ": " + b;
}

StageText split_stage_text(std::string_view raw) {
  std::string text = join_lines(raw, " ");
  struct Label {
    const char* word;
    std::string StageText::*field;
  };
  const Label labels[] = {{"Цель:", &StageText::goal},          {"Задача:", &StageText::task},
                          {"Задачи:", &StageText::task},        {"Результат:", &StageText::result},
                          {"Результаты:", &StageText::result},  {"Ожидаемый результат:", &StageText::result}};
  struct Hit {
    size_t pos, len;
    std::string StageText::*field;
  };
  std::vector<Hit> hits;
  for (const auto& l : labels) {
    std::string w = l.word;
    for (size_t p = text.find(w); p != std::string::npos; p = text.find(w, p + w.size())) {
      bool inside_longer = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return p >= h.pos && p < h.pos + h.len; });
      if (!inside_longer) hits.push_back({p, w.size(), l.field});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos < b.pos; });
  StageText st;
  st.name = trim(text.substr(0, hits.empty() ? text.size() : hits[0].pos));
  for (size_t i = 0; i < hits.size(); ++i) {
    size_t from = hits[i].pos + hits[i].len;
    size_t to = i + 1 < hits.size() ? hits[i + 1].pos : text.size();
    std::string part = trim(text.substr(from, to - from));
    std::string& f = st.*(hits[i].field);
    f = f.empty() ? part : f + " " + part;
  }
  return st;
}

std::string typographic_quotes(std::string_view text) {
  std::string out;
  bool open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') {
      out.push_back(text[i]);
      continue;
    }
    bool after_space = out.empty() || out.back() == ' ' || out.back() == '(';
    if (!open && after_space) {
      out += "«";
      open = true;
    } else if (open) {
      out += "»";
      open = false;
    } else {
      out += "«";
      open = true;
    }
  }
  return out;
}

std::optional<Date> find_date(std::string_view text) {
  std::vector<std::string> w = words_of(text);
  for (size_t i = 0; i < w.size(); ++i) {
    std::string t = w[i];
    // «31.08.2023г.», «(31.08.2023)»
    size_t s = 0;
    while (s < t.size() && !std::isdigit(static_cast<unsigned char>(t[s]))) ++s;
    size_t e = s;
    while (e < t.size() && (std::isdigit(static_cast<unsigned char>(t[e])) || t[e] == '.')) ++e;
    std::string core = t.substr(s, e - s);
    while (!core.empty() && core.back() == '.') core.pop_back();
    if (std::count(core.begin(), core.end(), '.') == 2)
      if (auto d = parse_numeric_date(core)) return d;
    // «"31" августа 2023 г.», «31 августа 2023»
    std::string digits;
    for (char c : t)
      if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    if (!digits.empty() && digits.size() <= 2 && i + 2 < w.size()) {
      auto m = parse_month_name(strip_punct(w[i + 1]));
      // «"31" 08. 2023 г.»: the month as a number between the quoted day and the year.
      std::string mm = w[i + 1];
      while (!mm.empty() && mm.back() == '.') mm.pop_back();
      if (!m && !mm.empty() && mm.size() <= 2 && std::all_of(mm.begin(), mm.end(), ::isdigit)) m = std::stoi(mm);
      std::string y = w[i + 2].substr(0, 4);
      if (m && y.size() == 4 && std::all_of(y.begin(), y.end(), ::isdigit)) {
        int day = std::stoi(digits), year = std::stoi(y);
        if (is_valid_date(year, *m, day)) return Date{year, *m, day};
      }
    }
  }
  return std::nullopt;
}

std::string find_number_sign(std::string_view text) {
  size_t p = text.find("№");
  if (p == std::string_view::npos) return "";
  std::string rest = trim(text.substr(p + std::string("№").size()));
  std::string n;
  for (char c : rest) {
    if (c == ' ' || c == ',' || c == ';' || c == ')' || c == '(') break;
    n += c;
  }
  while (!n.empty() && n.back() == '.') n.pop_back();
  return n;
}

std::optional<std::string> find_person_name(std::string_view text, std::string* before) {
  std::vector<std::string> w = words_of(text);
  auto prefix = [&](size_t start) {
    std::string out;
    for (size_t i = 0; i < start; ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
  };
  for (size_t k = w.size(); k-- > 0;) {
    std::string cur = strip_punct(w[k]);
    size_t rest = 0;
    // «И.О.Фамилия» glued, «И.О. Фамилия», «И. О. Фамилия»
    if (leading_initials(cur, &rest) > 0 && rest < cur.size() && is_upper_cp(first_cp(cur.substr(rest)))) {
      if (before) *before = prefix(k);
      return cur.substr(0, rest) + " " + cur.substr(rest);  // «С.Б.Колпакова» → «С.Б. Колпакова»
    }
    if (is_surname(cur) && k > 0 && is_initials(strip_punct(w[k - 1]))) {
      size_t start = k - 1;
      if (start > 0 && is_initials(w[start - 1]) && leading_initials(w[start - 1]) == 1) --start;
      std::string name;
      for (size_t i = start; i < k; ++i) name += w[i];
      if (before) *before = prefix(start);
      return name + " " + cur;
    }
    // «Фамилия И.О.»
    if (is_initials(cur) && k > 0 && is_surname(w[k - 1])) {
      std::string name = strip_punct(w[k - 1]) + " " + cur;
      if (leading_initials(cur) == 1 && k + 1 < w.size() && is_initials(strip_punct(w[k + 1])))
        name += strip_punct(w[k + 1]);
      if (before) *before = prefix(k - 1);
      return name;
    }
    if (is_patronymic(cur) && k >= 2 && is_surname(w[k - 1]) && is_surname(w[k - 2])) {
      if (before) *before = prefix(k - 2);
      return strip_punct(w[k - 2]) + " " + strip_punct(w[k - 1]) + " " + cur;
    }
  }
  return std::nullopt;
}

std::optional<std::pair<int, int>> find_year_span(std::string_view text) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  for (size_t k = 0; k + 9 <= text.size(); ++k) {
    if (!digit(k) || (k > 0 && digit(k - 1)) || !digit(k + 3) || digit(k + 4)) continue;
    int first = std::stoi(std::string(text.substr(k, 4)));
    size_t p = k + 4;
    bool dash = false;
    while (p < text.size()) {  // spaces and one separator: - – — /
      if (text[p] == ' ') ++p;
      else if (!dash && (text[p] == '-' || text[p] == '/')) ++p, dash = true;
      else if (!dash && (text.substr(p, 3) == "–" || text.substr(p, 3) == "—")) p += 3, dash = true;
      else break;
    }
    if (!dash || !digit(p) || !digit(p + 3) || digit(p + 4)) continue;
    int second = std::stoi(std::string(text.substr(p, 4)));
    if (first > 1900 && second > first && second - first <= 6) return std::pair{first, second};
  }
  return std::nullopt;
}

std::optional<AcademicYear> find_academic_year(std::string_view text) {
  auto span = find_year_span(text);
  if (span && span->second == span->first + 1) return AcademicYear{span->first};
  return std::nullopt;
}

std::string lower_first_word(std::string_view text) {
  std::string t = trim(text);
  std::vector<std::string> w = words_of(t);
  if (w.empty()) return t;
  size_t pos = 0, upper = 0, letters = 0;
  while (pos < w[0].size()) {
    char32_t c = next_code_point(w[0], pos);
    if (is_letter_cp(c)) ++letters;
    if (is_upper_cp(c)) ++upper;
  }
  if (upper > 1 && upper * 2 >= letters) return t;  // МБОУ, УВР
  std::string first = w[0];
  std::string lowered = lower_utf8(first.substr(0, first[0] & 0x80 ? 2 : 1)) + first.substr(first[0] & 0x80 ? 2 : 1);
  return lowered + t.substr(first.size());
}

}  // namespace nastavnik
