#include "workbook/workbook_values.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "language/text_util.h"

namespace nastavnik::workbook {
namespace {

bool all_spaces(const std::string& s) { return s.find_first_not_of(" \t\r\n\xC2\xA0") == std::string::npos; }

std::string shortest_number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::vector<std::string> split_list(const std::string& text, const std::string& separators) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(separators, start);
    if (end == std::string::npos) end = text.size();
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : kListSeparator) + s;
  return out;
}

std::string json_text(const OJson& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

bool is_id(const std::string& s) {
  return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

bool digits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

// A month as the data wrote it: a number stays a number, a word stays the word.
OJson month_token(const std::string& s) { return digits(s) ? OJson(std::stoi(s)) : OJson(s); }

// Splits «a – b» at the first dash of any kind («–», «—», «-» between spaces or not).
std::optional<std::pair<std::string, std::string>> split_range(const std::string& text) {
  // Spaced dashes first: ISO dates («2023-12-01 - 2024-05-25») hold hyphens of their own.
  for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", "\xE2\x80\x93", "\xE2\x80\x94", "-"}) {
    size_t at = text.find(dash);
    if (at != std::string::npos && at > 0) return std::make_pair(trim(text.substr(0, at)), trim(text.substr(at + std::string(dash).size())));
  }
  return std::nullopt;
}

std::optional<Date> text_date(const std::string& s) {
  std::string t = trim(s);
  if (auto d = parse_numeric_date(t)) return d;
  return parse_iso_date(t);
}

CellOut text_cell(std::string s) {
  CellOut c;
  if (!s.empty()) {
    c.kind = CellOut::Kind::Text;
    c.text = std::move(s);
  }
  return c;
}

CellOut number_cell(double v) {
  CellOut c;
  c.kind = CellOut::Kind::Number;
  c.number = v;
  return c;
}

CellOut date_cell(const OJson& v) {
  if (v.is_string())
    if (auto d = parse_iso_date(v.get<std::string>())) {
      CellOut c;
      c.kind = CellOut::Kind::Date;
      c.date = *d;
      return c;
    }
  return text_cell(json_text(v));
}

std::string iso_dates_text(const OJson& arr) {
  std::vector<std::string> items;
  for (const auto& v : arr) {
    auto d = v.is_string() ? parse_iso_date(v.get<std::string>()) : std::nullopt;
    items.push_back(d ? format_numeric(*d) : json_text(v));
  }
  return join(items);
}

CellOut deadline_cell(const OJson& v) {
  if (!v.is_object()) return text_cell(json_text(v));
  auto iso = [](const OJson& d) {
    auto date = d.is_string() ? parse_iso_date(d.get<std::string>()) : std::nullopt;
    return date ? format_numeric(*date) : json_text(d);
  };
  if (v.contains("date")) return date_cell(v["date"]);
  if (v.contains("until")) return date_cell(v["until"]);
  if (v.contains("from")) return text_cell(iso(v.value("from", OJson())) + " \xE2\x80\x93 " + iso(v.value("to", OJson())));
  if (v.contains("month")) return text_cell(json_text(v["month"]) + (v.contains("year") ? " " + json_text(v["year"]) : ""));
  if (v.contains("months") && v["months"].size() == 2)
    return text_cell(json_text(v["months"][0]) + " \xE2\x80\x93 " + json_text(v["months"][1]));
  if (v.contains("yearly")) {
    std::string s = json_text(v["yearly"]);
    if (v.contains("days") && v["days"].size() == 2)
      s += " " + json_text(v["days"][0]) + "\xE2\x80\x93" + json_text(v["days"][1]);
    return text_cell(s);
  }
  if (v.contains("text")) return text_cell(json_text(v["text"]));
  return text_cell(v.dump());
}

}  // namespace

bool blank(const CellIn& cell) {
  return cell.type == xlsx::CellType::Empty || (cell.type == xlsx::CellType::String && all_spaces(cell.text));
}

std::optional<Date> cell_date(const CellIn& cell) {
  if (cell.type == xlsx::CellType::Date) return cell.date;
  if (cell.type == xlsx::CellType::String) return text_date(cell.text);
  return std::nullopt;
}

std::string cell_text(const CellIn& cell) {
  switch (cell.type) {
    case xlsx::CellType::String:
    case xlsx::CellType::Error: return cell.text;
    case xlsx::CellType::Number: return shortest_number(cell.number);
    case xlsx::CellType::Date: return cell.date ? format_numeric(*cell.date) : cell.text;
    case xlsx::CellType::Bool: return cell.number != 0 ? "да" : "нет";
    case xlsx::CellType::Empty: break;
  }
  return "";
}

CellOut to_cell(const Column& column, const OJson& value) {
  if (value.is_null()) return {};
  switch (column.type) {
    case CellType::TextOrInteger:
    case CellType::Integer:
    case CellType::NumberOrYesNo:
      // A cell holds no int/float distinction: «4.0» as text keeps a whole float a float.
      if (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>())
        return text_cell(value.dump());
      if (value.is_number()) return number_cell(value.get<double>());
      if (value.is_boolean()) return text_cell(value.get<bool>() ? "да" : "нет");
      return text_cell(json_text(value));
    case CellType::Date: return date_cell(value);
    case CellType::DateList: return text_cell(value.is_array() ? iso_dates_text(value) : json_text(value));
    case CellType::YesNo:
      return text_cell(value.is_boolean() ? (value.get<bool>() ? "да" : "нет") : json_text(value));
    case CellType::Choice:
      for (const auto& c : column.choices)
        if (value.is_string() && c.value == value.get<std::string>()) return text_cell(c.label);
      return text_cell(json_text(value));
    case CellType::IdList:
    case CellType::TextList:
    case CellType::Responsible: {
      if (!value.is_array()) return text_cell(json_text(value));
      std::vector<std::string> items;
      for (const auto& v : value)
        items.push_back(v.is_object() && v.contains("staff") ? json_text(v["staff"]) : json_text(v));
      return text_cell(join(items));
    }
    case CellType::Deadline: return deadline_cell(value);
    case CellType::DeadlineKind: return text_cell(deadline_kind_label(column, value));
    default: return text_cell(json_text(value));
  }
}

std::string deadline_kind_label(const Column& kind_column, const OJson& deadline) {
  if (!deadline.is_object()) return "";
  for (const auto& c : kind_column.choices)
    if (deadline.contains(c.value)) return c.label;
  return "";
}

std::optional<OJson> from_cell(const Column& column, const CellIn& cell, std::string* error) {
  if (cell.type == xlsx::CellType::Error) {
    *error = "в ячейке ошибка формулы «" + cell.text + "»";
    return std::nullopt;
  }
  const std::string text = cell_text(cell);
  switch (column.type) {
    case CellType::Text: return OJson(text);
    case CellType::FreeChoice:
    case CellType::StaffRef:
    case CellType::PersonRef: return OJson(trim(text));
    case CellType::TextOrInteger:
      if (cell.type == xlsx::CellType::Number && std::floor(cell.number) == cell.number)
        return OJson(static_cast<long long>(cell.number));
      return OJson(text);
    case CellType::Integer: {
      if (cell.type == xlsx::CellType::Number && std::floor(cell.number) == cell.number)
        return OJson(static_cast<long long>(cell.number));
      std::string t = trim(text);
      if (cell.type == xlsx::CellType::String && digits(t) && t.size() < 10) return OJson(std::stoll(t));
      *error = "«" + text + "» — не целое число";
      return std::nullopt;
    }
    case CellType::NumberOrYesNo: {
      if (cell.type == xlsx::CellType::Bool) return OJson(cell.number != 0);
      if (cell.type == xlsx::CellType::Number) {
        if (std::floor(cell.number) == cell.number && std::fabs(cell.number) < 1e15)
          return OJson(static_cast<long long>(cell.number));
        return OJson(cell.number);
      }
      std::string t = lower_utf8(trim(text));
      if (t == "да") return OJson(true);
      if (t == "нет") return OJson(false);
      std::string dot = t;
      for (char& ch : dot)
        if (ch == ',') ch = '.';
      char* end = nullptr;
      double v = std::strtod(dot.c_str(), &end);
      if (!dot.empty() && end && *end == '\0') {
        bool whole = dot.find_first_of(".eE") == std::string::npos;
        if (whole && std::floor(v) == v && std::fabs(v) < 1e15) return OJson(static_cast<long long>(v));
        return OJson(v);
      }
      *error = "«" + text + "» — не число и не «да»/«нет»";
      return std::nullopt;
    }
    case CellType::Date:
      if (auto d = cell_date(cell)) return OJson(format_iso(*d));
      *error = "«" + text + "» — не дата; пишите дату так: 01.09.2023";
      return std::nullopt;
    case CellType::DateList: {
      if (cell.type == xlsx::CellType::Date && cell.date) return OJson::array({format_iso(*cell.date)});
      OJson arr = OJson::array();
      for (const auto& item : split_list(text, ";")) {
        auto d = text_date(item);
        if (!d) {
          *error = "«" + item + "» — не дата; пишите даты через «; » так: 22.12.2023; 27.05.2024";
          return std::nullopt;
        }
        arr.push_back(format_iso(*d));
      }
      return arr;
    }
    case CellType::YesNo: {
      if (cell.type == xlsx::CellType::Bool) return OJson(cell.number != 0);
      std::string t = lower_utf8(trim(text));
      if (t == "да") return OJson(true);
      if (t == "нет") return OJson(false);
      *error = "«" + text + "» — нужно «да» или «нет»";
      return std::nullopt;
    }
    case CellType::Choice:
    case CellType::DeadlineKind: {
      std::string t = lower_utf8(trim(text));
      std::string labels;
      for (const auto& c : column.choices) {
        if (t == lower_utf8(c.label) || trim(text) == c.value) return OJson(c.value);
        labels += (labels.empty() ? "«" : ", «") + c.label + "»";
      }
      *error = "«" + text + "» — не из списка; выберите одно из: " + labels;
      return std::nullopt;
    }
    case CellType::IdList: {
      OJson arr = OJson::array();
      for (const auto& id : split_list(text, ";,")) arr.push_back(id);
      return arr;
    }
    case CellType::TextList: {
      OJson arr = OJson::array();
      for (const auto& item : split_list(text, ";")) arr.push_back(item);
      return arr;
    }
    case CellType::Responsible: {
      OJson arr = OJson::array();
      for (const auto& item : split_list(text, ";"))
        arr.push_back(is_id(item) ? OJson{{"staff", item}} : OJson(item));
      return arr;
    }
    case CellType::Deadline: return read_deadline_cell(cell, "", error);
  }
  return OJson(text);
}

std::optional<OJson> read_deadline_cell(const CellIn& cell, const std::string& kind, std::string* error) {
  const std::string text = trim(cell_text(cell));
  if (kind.empty()) {
    if (cell.type == xlsx::CellType::Date && cell.date) return OJson{{"date", format_iso(*cell.date)}};
    return OJson(cell_text(cell));
  }
  if (kind == "text") return OJson{{"text", cell_text(cell)}};
  if (kind == "date" || kind == "until") {
    if (auto d = cell_date(cell)) return OJson{{kind, format_iso(*d)}};
    *error = "«" + text + "» — не дата; для вида срока «" + std::string(kind == "date" ? "дата" : "до даты") +
             "» пишите дату так: 01.09.2023";
    return std::nullopt;
  }
  if (kind == "from") {
    auto range = split_range(text);
    std::optional<Date> from = range ? text_date(range->first) : std::nullopt;
    std::optional<Date> to = range ? text_date(range->second) : std::nullopt;
    if (!from || !to) {
      *error = "«" + text + "» — для вида срока «период» пишите две даты через тире: 01.12.2023 – 25.05.2024";
      return std::nullopt;
    }
    return OJson{{"from", format_iso(*from)}, {"to", format_iso(*to)}};
  }
  std::vector<std::string> words = split_list(text, " ");
  if (kind == "month" && (words.size() == 1 || (words.size() == 2 && digits(words[1]) && words[1].size() == 4))) {
    OJson v{{"month", month_token(words[0])}};
    if (words.size() == 2) v["year"] = std::stoi(words[1]);
    return v;
  }
  if (kind == "months") {
    if (auto r = split_range(text); r && !r->first.empty() && !r->second.empty())
      return OJson{{"months", OJson::array({month_token(r->first), month_token(r->second)})}};
  }
  if (kind == "yearly" && !words.empty()) {
    OJson v{{"yearly", month_token(words[0])}};
    if (words.size() == 1) return v;
    auto r = words.size() == 2 ? split_range(words[1]) : std::nullopt;
    if (r && digits(r->first) && digits(r->second) && r->first.size() <= 2 && r->second.size() <= 2) {
      v["days"] = OJson::array({std::stoi(r->first), std::stoi(r->second)});
      return v;
    }
  }
  const char* how = kind == "month"    ? "«месяц» пишите месяц и, если нужно, год: «январь» или «август 2023»"
                    : kind == "months" ? "«месяцы» пишите первый и последний месяц через тире: «февраль – май»"
                                       : "«ежегодно» пишите месяц и, если нужно, дни: «май» или «сентябрь 1–15»";
  *error = "«" + text + "» — для вида срока " + how;
  return std::nullopt;
}

}  // namespace nastavnik::workbook
