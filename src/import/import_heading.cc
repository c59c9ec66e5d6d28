// Paragraphs around the roadmap table: the organisation's name and the title
// above it, approval blocks (СОГЛАСОВАНО, ПРИНЯТО, УТВЕРЖДАЮ, УТВЕРЖДЕН…) and
// the closing «Исп.» line.
#include <algorithm>

#include "import/import_roadmap.h"
#include "import/import_text.h"
#include "language/org_name.h"
#include "language/plural.h"
#include "language/text_util.h"

namespace nastavnik {
namespace {

std::string first_word_folded(const std::string& text) {
  std::string t = fold_for_match(trim(text));
  size_t end = t.find_first_of(" \t:,");
  std::string w = t.substr(0, end);
  while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.pop_back();
  return w;
}

bool starts_approval(const std::string& text) {
  std::string w = first_word_folded(text);
  // «Приложение 1 к приказу № 15 от 18.02.2022»: the document is approved by that order.
  if (w == "приложение") return fold_for_match(text).find("к приказу") != std::string::npos;
  for (const char* k : {"согласовано", "принято", "принята", "принят", "утверждаю", "утверждено", "утвержден",
                        "утверждена", "утвержденo"})
    if (w == k) return true;
  return false;
}

const char* const kOrgWords[] = {"муниципальное", "государственное", "частное", "федеральное",
                                 "негосударственное", "автономное", "областное", "краевое"};

// The organisation's full name begins here («Муниципальное бюджетное …»).
bool starts_org(const std::string& text) {
  std::string first = first_word_folded(text);
  return std::any_of(std::begin(kOrgWords), std::end(kOrgWords), [&](const char* w) { return first == w; });
}

bool starts_executor(const std::string& text) {
  std::string t = fold_for_match(trim(text));
  return t.rfind("исп.", 0) == 0 || t.rfind("исполнитель", 0) == 0;
}

bool starts_title(const std::string& text) {
  std::string t = fold_for_match(trim(text));
  while (!t.empty() && t[0] == '*') t.erase(0, 1);
  return t.rfind("план", 0) == 0 || t.rfind("дорожная карта", 0) == 0;
}

std::string strip_markup(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '*'), s.end());
  return collapse_whitespace(s);
}

// Text after the first occurrence of any marker, up to a stop word: the body
// («педагогического совета») of «… заседания педагогического совета от …».
std::string body_after(const std::string& text) {
  std::string folded = fold_for_match(text);
  for (const char* marker : {"мнения ", "заседания ", "заседании ", "решением ", "решения "}) {
    size_t p = folded.find(marker);
    if (p == std::string::npos) continue;
    std::string rest = text.substr(p + std::string(marker).size());
    std::string rest_f = fold_for_match(rest);
    size_t stop = rest.size();
    for (const char* s : {" от ", "(", "протокол", "№", ",", " приказ"}) {
      size_t q = rest_f.find(s);
      if (q != std::string::npos) stop = std::min(stop, q);
    }
    return trim(rest.substr(0, stop));
  }
  if (folded.find("педагогическ") != std::string::npos) return "педагогического совета";
  return "";
}

void signer_from(const std::string& rest, Approval& a) {
  std::string cleaned;
  for (char c : rest) cleaned += c == '_' ? ' ' : c;
  // The date goes first so its words do not pass for a position.
  std::string before;
  if (auto name = find_person_name(cleaned, &before)) {
    a.signer = *name;
    std::string pos = collapse_whitespace(before);
    while (!pos.empty() && (pos.back() == ',' || pos.back() == ':')) pos.pop_back();
    a.position = pos;
  } else {
    a.position = collapse_whitespace(cleaned);
  }
}

// Cuts a trailing date phrase («"31" августа 2023 г.», «31.08.2023») off `text`.
std::string without_dates(std::string text) {
  for (const char* cut : {"«", "\"", " от "}) {
    size_t p = text.rfind(cut);
    if (p != std::string::npos && p + 6 < text.size() && find_date(text.substr(p)) &&
        !find_date(text.substr(0, p)))
      return trim(text.substr(0, p));
  }
  std::string out;
  for (const auto& w : split_lines(text)) out += (out.empty() ? "" : " ") + w;
  // A numeric date as its own word.
  size_t p = out.find_last_of(' ');
  if (p != std::string::npos && find_date(out.substr(p)) && !find_date(out.substr(0, p))) return trim(out.substr(0, p));
  return out;
}

// «… наставничества Муниципального бюджетного общеобразовательного учреждения
// «…»»: the full name inside a heading, in an oblique case, up to its quotes.
void full_name_in_heading(const std::string& text, const std::string& where, ImportedRoadmap& r) {
  std::string f = fold_for_match(text);
  size_t start = std::string::npos;
  for (const char* w : {" муниципальн", " государственн", " частн", " федеральн", " негосударственн"})
    start = std::min(start, f.find(w));
  if (start == std::string::npos || f.find("учреждени", start) == std::string::npos) return;
  size_t close = text.find("»", start);
  if (close == std::string::npos) return;
  r.full_name = organisation_nominative(text.substr(start + 1, close + std::string("»").size() - start - 1));
  r.found.push_back(where + ": полное наименование «" + r.full_name + "» (из заголовка, в именительном падеже)");
}

// Says which paragraphs outside the table were not carried over, so nothing
// disappears silently: they are prose, not roadmap data.
void report_left_out(const std::vector<ImportParagraph>& ps, const std::vector<bool>& used, const char* where,
                     ImportedRoadmap& r) {
  std::vector<const ImportParagraph*> left;
  for (size_t i = 0; i < ps.size(); ++i)
    if (!used[i] && !trim(ps[i].text).empty()) left.push_back(&ps[i]);
  if (left.empty()) return;
  std::string first = collapse_whitespace(left.front()->text);
  if (first.size() > 80) first = first.substr(0, first.find(' ', 70)) + " …";
  std::string span = left.front()->where == left.back()->where ? left.front()->where
                                                               : left.front()->where + " – " + left.back()->where;
  r.unrecognised.push_back(span + ": не перенесено: " +
                           plural(static_cast<long long>(left.size()), "абзац", "абзаца", "абзацев") + " текста " +
                           where + " (не таблица, не гриф и не шапка; первый: «" + first + "»)");
}

// The text before the first of `stops` (folded matching), trimmed.
std::string before_any(const std::string& text, std::initializer_list<const char*> stops) {
  std::string f = fold_for_match(text);
  size_t cut = text.size();
  for (const char* stop : stops)
    if (size_t p = f.find(stop); p != std::string::npos) cut = std::min(cut, p);
  return trim(text.substr(0, cut));
}

// «… от «01» сентября 2021 Директор школы С.Б. Колпакова»: the position and signer
// written under an order's reference, after its date.
void signer_after_reference(const std::string& text, Approval& a) {
  std::string before;
  auto name = find_person_name(text, &before);
  if (!name) return;
  // The position starts after the last word with a digit (the date) and its «г.».
  std::string b = collapse_whitespace(before);
  size_t last_digit = b.find_last_of("0123456789");
  if (last_digit == std::string::npos) return;
  size_t start = b.find(' ', last_digit);
  std::string pos = start == std::string::npos ? "" : trim(b.substr(start));
  for (const char* y : {"г.", "года", "г"})
    if (pos.rfind(y, 0) == 0) pos = trim(pos.substr(std::string(y).size()));
  if (pos.empty()) return;
  a.position = pos;
  a.signer = *name;
}

}  // namespace

std::optional<Approval> parse_approval(const std::string& raw) {
  std::string text = collapse_whitespace(raw);
  if (!starts_approval(text)) return std::nullopt;
  std::string w = first_word_folded(text);
  size_t after_kw = text.find_first_of(" \t");
  std::string rest = after_kw == std::string::npos ? "" : trim(text.substr(after_kw));
  std::string rest_f = fold_for_match(rest);
  Approval a;
  bool mentions_order = rest_f.find("приказ") != std::string::npos;
  bool mentions_body = rest_f.find("протокол") != std::string::npos || !body_after(rest).empty();
  if (w == "утверждаю") a.kind = Approval::Kind::Approve;
  else if (w == "согласовано") a.kind = Approval::Kind::Agreed;
  else if (w.rfind("принят", 0) == 0) a.kind = Approval::Kind::Accepted;
  else a.kind = mentions_order || !mentions_body ? Approval::Kind::ApprovedByOrder : Approval::Kind::Accepted;
  a.heading = trim(text.substr(0, after_kw == std::string::npos ? text.size() : after_kw));
  while (!a.heading.empty() && a.heading.back() == ':') a.heading.pop_back();
  switch (a.kind) {
    case Approval::Kind::ApprovedByOrder:
      a.heading = before_any(text, {"№", " от ", " приказ №", " приказ ", " приказ\n"});
      a.document.number = find_number_sign(rest);
      a.document.date = find_date(rest);
      signer_after_reference(rest, a);
      break;
    case Approval::Kind::Accepted:
      // «ПРИНЯТО Педагогическим советом Протокол № 1 …»: not «с учетом мнения», kept as written.
      if (rest_f.find("мнени") == std::string::npos) {
        a.by = before_any(rest, {"протокол", "(", "№", " от "});
        if (!a.by.empty()) {
          a.document.number = find_number_sign(rest);
          a.document.date = find_date(rest);
          break;
        }
      }
      [[fallthrough]];
    case Approval::Kind::Agreed:
      a.body = body_after(rest);
      if (!a.body.empty() || a.kind == Approval::Kind::Accepted) {
        a.document.number = find_number_sign(rest);
        a.document.date = find_date(rest);
        break;
      }
      [[fallthrough]];  // СОГЛАСОВАНО by a person: position, signature, date
    case Approval::Kind::Approve:
      a.date = find_date(rest);
      signer_from(without_dates(rest), a);
      break;
  }
  return a;
}

std::optional<Executor> parse_executor(const std::string& raw) {
  std::string text = collapse_whitespace(raw);
  if (!starts_executor(text)) return std::nullopt;
  size_t sp = text.find_first_of(" :");
  std::string rest = sp == std::string::npos ? "" : trim(text.substr(sp + 1));
  while (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
  Executor e;
  // The phone: from «тел.» on, or the last comma-separated part with digits.
  std::string f = fold_for_match(rest);
  size_t cut = std::string::npos;
  for (const char* w : {" тел.", " тел:", " тел ", " телефон", ",тел"})
    if (size_t p = f.find(w); p != std::string::npos) cut = std::min(cut, p + 1);
  if (size_t comma = rest.rfind(','); cut == std::string::npos && comma != std::string::npos) {
    std::string tail = rest.substr(comma + 1);
    if (std::count_if(tail.begin(), tail.end(), ::isdigit) >= 5) cut = comma + 1;
  }
  if (cut != std::string::npos) {
    std::string phone = rest.substr(cut);
    size_t digit = phone.find_first_of("+0123456789");
    e.phone = digit == std::string::npos ? "" : trim(phone.substr(digit));
    rest = trim(rest.substr(0, cut));
    while (!rest.empty() && (rest.back() == ',' || rest.back() == ';')) rest = trim(rest.substr(0, rest.size() - 1));
  }
  std::string before;
  if (auto name = find_person_name(rest, &before)) {
    e.full_name = *name;
    e.position = lower_first_word(trim(before));
    while (!e.position.empty() && e.position.back() == ',') e.position.pop_back();
  } else {
    e.position = lower_first_word(rest);
  }
  return e;
}

void read_heading(const std::vector<ImportParagraph>& before, const std::vector<ImportParagraph>& after,
                  ImportedRoadmap& r) {
  std::vector<bool> used(before.size(), false);
  auto blocks = [&](const std::vector<ImportParagraph>& ps, std::vector<bool>* mark) {
    for (size_t i = 0; i < ps.size(); ++i) {
      if (starts_executor(ps[i].text) && !r.executor) {
        r.executor = parse_executor(ps[i].text);
        r.found.push_back(ps[i].where + ": исполнитель «" + collapse_whitespace(ps[i].text) + "»");
        if (mark) (*mark)[i] = true;
        continue;
      }
      if (!starts_approval(ps[i].text)) continue;
      std::string text = ps[i].text;
      int after_date = 0;
      size_t j = i + 1;
      for (; j < ps.size() && j < i + 6; ++j) {
        const std::string& t = ps[j].text;
        if (trim(t).empty() || starts_approval(t) || starts_title(t) || starts_executor(t) || starts_org(t)) break;
        // The date closes a block, except an order's: its signer may follow
        // («… от 01.09.2021 / Директор школы / С.Б. Колпакова»).
        if (find_date(text)) {
          bool order = fold_for_match(text).find("приказ") != std::string::npos && first_word_folded(text) != "утверждаю";
          if (!order || after_date >= 2 || (after_date == 1 && !find_person_name(t))) break;
          ++after_date;
        }
        text += " " + t;
      }
      if (auto a = parse_approval(text)) {
        r.approvals.push_back(*a);
        r.found.push_back(ps[i].where + ": гриф «" + collapse_whitespace(text) + "»");
      }
      if (mark)
        for (size_t k = i; k < j; ++k) (*mark)[k] = true;
      i = j - 1;
    }
  };
  blocks(before, &used);
  std::vector<bool> after_used(after.size(), false);
  blocks(after, &after_used);
  const std::vector<bool> approval = used;  // the rest of the heading may name the year and the school

  for (size_t i = 0; i < before.size(); ++i) {
    if (used[i]) continue;
    if (r.full_name.empty() && starts_org(before[i].text)) {
      std::string name = collapse_whitespace(before[i].text);
      used[i] = true;
      for (size_t j = i + 1; j < before.size() && j < i + 5; ++j) {
        bool open_quote = std::count(name.begin(), name.end(), '"') % 2 == 1 ||
                          (name.find("«") != std::string::npos && name.find("»") == std::string::npos);
        std::string f = fold_for_match(name);
        bool continues = f.ends_with("учреждение") || f.ends_with("организация");
        if (trim(before[j].text).empty()) {
          if (continues && !open_quote) continue;
          break;
        }
        if (!open_quote && !continues) break;
        name += " " + collapse_whitespace(before[j].text);
        used[j] = true;
      }
      r.full_name = typographic_quotes(name);
      r.found.push_back(before[i].where + ": полное наименование «" + r.full_name + "»");
      continue;
    }
    if (starts_title(before[i].text) && r.title.empty()) {
      std::string title = before[i].text;
      for (size_t j = i + 1; j < before.size() && !trim(before[j].text).empty() && j < i + 4; ++j) {
        title += " " + before[j].text;
        used[j] = true;
      }
      used[i] = true;
      r.title = typographic_quotes(strip_markup(title));
      r.found.push_back(before[i].where + ": заголовок «" + r.title + "»");
    }
  }
  // The academic year and a short name from the heading: «… в МБДОУ д/с № 4 на 2023– 2024 учебный год».
  for (size_t i = 0; i < before.size(); ++i) {
    if (approval[i]) continue;
    const ImportParagraph& p = before[i];
    std::string t = strip_markup(p.text);
    if (!r.year) {
      if (auto y = find_academic_year(t)) {
        r.year = y;
        r.year_reason = "указан в заголовке (" + p.where + ": «" + t + "»)";
      } else if (auto span = find_year_span(t)) {  // «на 2021–2024 годы»: a programme of several years
        r.year = AcademicYear{span->first};
        r.period = std::pair{Date{span->first, 9, 1}, Date{span->second, 8, 31}};
        r.year_reason = "программа на несколько лет (" + p.where + ": «" + t + "»): первый учебный год";
      }
    }
    if (r.full_name.empty()) full_name_in_heading(typographic_quotes(t), p.where, r);
    if (r.short_name.empty()) {
      for (const char* abbr : {"МБДОУ", "МАДОУ", "МКДОУ", "ГБДОУ", "МДОУ", "МБОУ", "МАОУ", "МКОУ", "ГБОУ", "ГАОУ",
                               "ГКОУ", "ЧОУ", "МОУ", "АНО"}) {
        size_t p0 = t.find(abbr);
        if (p0 == std::string::npos) continue;
        size_t end = p0 + std::string(abbr).size();
        bool word = (p0 == 0 || t[p0 - 1] == ' ' || t[p0 - 1] == '"') && (end == t.size() || t[end] == ' ');
        if (!word) continue;
        std::string s = t.substr(p0);
        std::string sf = fold_for_match(s);
        for (const char* stop : {" на 20", " на учебный", " в 20", " на период"}) {
          size_t q = sf.find(stop);
          if (q != std::string::npos) s = s.substr(0, q);
        }
        r.short_name = organisation_nominative(typographic_quotes(trim(s)));
        r.found.push_back(p.where + ": сокращённое наименование «" + r.short_name + "»");
        break;
      }
    }
  }
  report_left_out(before, used, "до таблицы", r);
  report_left_out(after, after_used, "после таблицы", r);
}

}  // namespace nastavnik
