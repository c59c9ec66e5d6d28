// Lint rules about what each event row must say: a deadline that is one, a
// responsible person, and names that are really the school's staff.
#include <algorithm>

#include "lint/lint.h"
#include "model/fill_in.h"
#include "language/text_util.h"

namespace nastavnik::lint {
namespace {

bool is_upper(char32_t c) { return (c >= U'А' && c <= U'Я') || c == U'Ё' || (c >= 'A' && c <= 'Z'); }
bool is_lower(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё' || (c >= 'a' && c <= 'z'); }
bool is_letter(char32_t c) { return is_upper(c) || is_lower(c); }

// Whether the text has anything but dashes, spaces and punctuation.
bool has_words(std::string_view s) {
  for (char32_t c : decode_utf8(s))
    if (is_letter(c) || (c >= '0' && c <= '9')) return true;
  return false;
}

// A person named in role text: «Соколова Н.П.», «Н.П. Соколова», «Соколова Наталья Петровна».
struct NameMention {
  std::u32string surname, initials;  // initials as capital letters, «НП»; may be empty
  std::string as_written;
};

// «Н.П.» → «НП»; empty when the word is not initials.
std::u32string initials_of(const std::u32string& w) {
  std::u32string out;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!is_upper(w[i]) || i + 1 >= w.size() || w[i + 1] != U'.') return {};
    out.push_back(w[i]);
  }
  return out;
}

bool is_surname_like(const std::u32string& w) {
  return w.size() >= 2 && is_upper(w[0]) && std::all_of(w.begin() + 1, w.end(), [](char32_t c) { return is_lower(c) || c == U'-'; });
}

bool is_patronymic(const std::u32string& w) {
  for (std::u32string end : {U"вич", U"вна", U"чна", U"оглы", U"кызы"})
    if (w.size() > end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

std::vector<NameMention> names_in(std::string_view text) {
  // Words split at spaces and at punctuation other than the dots of initials.
  std::vector<std::u32string> words;
  std::u32string cur;
  for (char32_t c : decode_utf8(text)) {
    if (is_letter(c) || c == U'.' || c == U'-') {
      cur.push_back(c);
    } else {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
      if (c == U',' || c == U';') words.push_back(U",");  // keeps names of two people apart
    }
  }
  if (!cur.empty()) words.push_back(cur);
  std::vector<NameMention> out;
  const auto add = [&](std::u32string surname, std::u32string initials, size_t from, size_t to) {
    NameMention m{std::move(surname), std::move(initials), ""};
    for (size_t k = from; k <= to; ++k)
      for (char32_t c : words[k] + (k < to ? U" " : U"")) append_utf8(m.as_written, c);
    out.push_back(std::move(m));
  };
  for (size_t i = 0; i < words.size(); ++i) {
    std::u32string w = words[i];
    while (!w.empty() && w.back() == U'.' && initials_of(w).empty()) w.pop_back();  // «психолог.»
    const std::u32string next = i + 1 < words.size() ? words[i + 1] : U"";
    const std::u32string ini_next = initials_of(next);
    if (is_surname_like(w) && !ini_next.empty()) {
      add(w, ini_next, i, i + 1);
      ++i;
    } else if (!initials_of(w).empty() && i + 1 < words.size()) {
      std::u32string s = next;
      while (!s.empty() && s.back() == U'.') s.pop_back();
      if (is_surname_like(s)) {
        add(s, initials_of(w), i, i + 1);
        ++i;
      }
    } else if (is_surname_like(w) && i + 2 < words.size() && is_surname_like(next)) {
      std::u32string third = words[i + 2];
      while (!third.empty() && third.back() == U'.') third.pop_back();
      if (is_surname_like(third) && is_patronymic(third)) {
        add(w, std::u32string{next[0], third[0]}, i, i + 2);
        i += 2;
      }
    }
  }
  return out;
}

// «Соколова Н.П.» of a staff member, as code points, and its parts.
struct StaffName {
  std::u32string surname, initials, short_form;
  const StaffMember* staff;
};

std::vector<StaffName> staff_names(const Programme& p) {
  std::vector<StaffName> out;
  for (const auto& s : p.staff) {
    std::vector<std::u32string> parts;
    std::u32string cur;
    for (char32_t c : decode_utf8(collapse_whitespace(s.full_name)) + U" ") {
      if (c == U' ') {
        if (!cur.empty()) parts.push_back(cur);
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (parts.empty()) continue;
    StaffName n{parts[0], {}, parts[0], &s};
    // «Лазутин А.А.» (an imported entry) or «Лазутин Андрей Александрович».
    for (size_t k = 1; k < parts.size() && n.initials.size() < 2; ++k) {
      std::u32string ini = initials_of(parts[k]);
      if (!ini.empty()) n.initials += ini.substr(0, 2 - n.initials.size());
      else n.initials.push_back(parts[k][0]);
    }
    if (!n.initials.empty()) n.short_form += U" ";
    for (char32_t c : n.initials) n.short_form += std::u32string{c, U'.'};
    out.push_back(std::move(n));
  }
  return out;
}

std::u32string fold(const std::u32string& s) {
  std::string u;
  for (char32_t c : s) append_utf8(u, c);
  return decode_utf8(fold_for_match(u));
}

}  // namespace

void missing_deadline(const Programme& p, const LintRule& rule, Diagnostics& out) {
  for (const auto& e : p.roadmap.events)
    if (is_fill_in_placeholder(e.deadline_source))
      lint_warn(out, rule, e.pointer + "/deadline",
                "у мероприятия «" + e.number + "» нет срока: в исходной дорожной карте ячейка пуста — укажите месяц, "
                "дату или «в течение года»");
    else if (e.deadline.kind == Deadline::Kind::Text && !has_words(e.deadline.text) && !e.deadline.whole_period)
      lint_warn(out, rule, e.pointer + "/deadline",
                "у мероприятия «" + e.number + "» нет срока" +
                    (trim(e.deadline_source).empty() ? "" : " («" + trim(e.deadline_source) + "»)") +
                    ": укажите месяц, дату или «в течение года»");
}

void missing_responsible(const Programme& p, const LintRule& rule, Diagnostics& out) {
  for (const auto& e : p.roadmap.events) {
    bool someone = std::any_of(e.responsible.begin(), e.responsible.end(),
                               [](const Responsible& r) {
                                 return !r.staff_id.empty() || (has_words(r.text) && !is_fill_in_placeholder(r.text));
                               });
    if (!someone)
      lint_warn(out, rule, e.pointer + "/responsible",
                "у мероприятия «" + e.number + "» не указан ответственный: укажите сотрудника или должность");
  }
}

void unknown_responsible_name(const Programme& p, const LintRule& rule, Diagnostics& out) {
  const auto staff = staff_names(p);
  for (const auto& e : p.roadmap.events) {
    for (size_t i = 0; i < e.responsible.size(); ++i) {
      const Responsible& r = e.responsible[i];
      if (!r.staff_id.empty()) continue;
      for (const NameMention& m : names_in(r.text)) {
        const auto same = [&](const StaffName& s) {
          return fold(s.surname) == fold(m.surname) &&
                 (m.initials.empty() || s.initials.compare(0, m.initials.size(), m.initials) == 0);
        };
        if (std::any_of(staff.begin(), staff.end(), same)) continue;
        std::u32string written = m.surname;
        if (!m.initials.empty()) written += U" ";
        for (char32_t c : m.initials) written += std::u32string{c, U'.'};
        const StaffName* best = nullptr;
        size_t best_d = std::max<size_t>(2, m.surname.size() / 4) + 1;
        for (const auto& s : staff) {
          size_t d = edit_distance(fold(written), fold(s.short_form));
          if (d < best_d) best_d = d, best = &s;
        }
        std::string msg = "у мероприятия «" + e.number + "» ответственный «" + m.as_written +
                          "» не найден среди сотрудников";
        if (best)
          msg += " — возможно, имелся в виду сотрудник «" + best->staff->full_name + "»; сошлитесь на него так: {\"staff\": \"" +
                 best->staff->id + "\"}";
        else
          msg += " (staff): добавьте его в список и сошлитесь так: {\"staff\": \"код\"}";
        lint_warn(out, rule, e.pointer + "/responsible/" + std::to_string(i), msg);
      }
    }
  }
}

// Once per distinct phrase: a plan that writes «по мере комплектования групп»
// under ten events has one thing to fix, not ten.
void unparsed_deadline(const Programme& p, const LintRule& rule, Diagnostics& out) {
  std::vector<std::pair<std::string, std::vector<const Event*>>> phrases;
  for (const auto& e : p.roadmap.events) {
    if (e.deadline.recognised || !has_words(e.deadline.text) || is_fill_in_placeholder(e.deadline.text)) continue;
    auto same = std::find_if(phrases.begin(), phrases.end(), [&](const auto& x) { return x.first == e.deadline.text; });
    if (same == phrases.end()) phrases.push_back({e.deadline.text, {&e}});
    else same->second.push_back(&e);
  }
  for (const auto& [text, events] : phrases) {
    std::string numbers;
    for (const Event* e : events) numbers += (numbers.empty() ? "«" : ", «") + e->number + "»";
    lint_warn(out, rule, events.front()->pointer + "/deadline",
              std::string(events.size() == 1 ? "срок мероприятия " : "срок мероприятий ") + numbers + " («" + text +
                  "») не распознан как дата или месяц: он будет напечатан как есть и не попадёт в помесячный "
                  "график и в проверку порядка мероприятий");
  }
}

}  // namespace nastavnik::lint
