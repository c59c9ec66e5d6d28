#include "lint/rollover.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "lint/year_mentions.h"

namespace nastavnik {
namespace {

using OJson = nlohmann::ordered_json;

std::string padded(int value, int digits) {
  std::string s = std::to_string(digits == 2 ? value % 100 : value);
  return std::string(std::max<int>(0, digits - static_cast<int>(s.size())), '0') + s;
}

bool is_leap(int year) { return is_valid_date(year, 2, 29); }

// The mention as it reads `years` later; only digits of years (and a 29 that has no
// February to stand in) change, so the writer's own style stays.
std::string moved(std::string_view text, const YearMention& m, int years, bool* leap_day) {
  std::string lit(text.substr(m.pos, m.len));
  const std::string y = std::to_string(m.year + years);
  switch (m.kind) {
    case YearMention::Kind::AcademicYear:
      lit.replace(0, 4, y);
      lit.replace(lit.size() - m.second_digits, m.second_digits, padded(m.year + 1 + years, m.second_digits));
      break;
    case YearMention::Kind::Year: lit = y; break;
    case YearMention::Kind::Date: {
      const bool lost = m.date.month == 2 && m.date.day == 29 && !is_leap(m.year + years);
      if (m.iso) {
        lit.replace(0, 4, y);
        if (lost) lit.replace(8, 2, "28");
      } else {
        lit.replace(lit.size() - 4, 4, y);
        if (lost) lit.replace(0, 2, "28");
      }
      if (lost && leap_day) *leap_day = true;
      break;
    }
  }
  return lit;
}

class Mover {
 public:
  Mover(const AcademicYear& from, const AcademicYear& to, Date period_to)
      : from_(from), years_(to.first - from.first), window_from_{from.first, 1, 1}, window_to_(period_to) {}

  std::vector<std::string> notes;

  // Every date and year of a deadline (phrase or object) moves.
  void deadline(OJson& v, const std::string& ptr) {
    if (v.is_string()) {
      bool leap = false;
      v = shift_all_years(v.get<std::string>(), years_, &leap);
      if (leap) note_leap(ptr);
    } else if (v.is_object()) {
      for (auto& [key, x] : v.items()) {
        if (key == "year" && x.is_number_integer()) x = x.get<int>() + years_;
        else deadline(x, ptr + "/" + key);
      }
    }
  }

  // Whole-value dates move; in free text, the plan's academic year, the dates of its
  // year and its two calendar years move; anything doubtful is listed.
  void value(OJson& v, const std::string& ptr) {
    if (v.is_object()) {
      for (auto& [key, x] : v.items()) value(x, ptr + "/" + key);
    } else if (v.is_array()) {
      for (size_t i = 0; i < v.size(); ++i) value(v[i], ptr + "/" + std::to_string(i));
    } else if (v.is_string()) {
      const std::string s = v.get<std::string>();
      if (parse_iso_date(s)) {
        bool leap = false;
        v = shift_all_years(s, years_, &leap);
        if (leap) note_leap(ptr);
      } else {
        v = free_text(s, ptr);
      }
    }
  }

 private:
  std::string free_text(const std::string& s, const std::string& ptr) {
    std::string out;
    size_t done = 0;
    for (const auto& m : find_year_mentions(s)) {
      const std::string lit = mention_text(s, m);
      bool move = false;
      if (m.kind == YearMention::Kind::AcademicYear) {
        move = m.year == from_.first;
        if (!move) notes.push_back(ptr + ": «" + lit + "» — другой учебный год, оставлено как есть");
      } else if (m.kind == YearMention::Kind::Date) {
        const bool in_year = !(m.date < window_from_) && !(window_to_ < m.date);
        move = in_year && !m.after_ot;
        if (in_year && m.after_ot)
          notes.push_back(ptr + ": «от " + lit + "» — дата документа прошлого года, оставлена как есть");
      } else if (m.year == from_.first || m.year == from_.second()) {
        // Most often the plan's own year («в 2023 году»), and left behind it would be last year's.
        move = true;
        notes.push_back(ptr + ": год «" + lit + "» в тексте заменён на «" + std::to_string(m.year + years_) +
                        "» — проверьте, что речь о годе программы");
      }
      out += s.substr(done, m.pos - done);
      bool leap = false;
      out += move ? moved(s, m, years_, &leap) : lit;
      if (leap) note_leap(ptr);
      done = m.pos + m.len;
    }
    return out + s.substr(done);
  }

  void note_leap(const std::string& ptr) {
    notes.push_back(ptr + ": 29 февраля заменено на 28 февраля — в " + std::to_string(from_.first + years_) + "–" +
                    std::to_string(from_.second() + years_) + " годах такого дня может не быть; проверьте дату");
  }

  AcademicYear from_;
  int years_;
  Date window_from_, window_to_;
};

// What of people cannot move by itself: consents signed last year, classes that go up.
void note_people(const OJson& data, std::vector<std::string>& notes) {
  const auto list = [&](const char* key, auto pick) {
    std::string names;
    if (data.contains(key) && data[key].is_array())
      for (const auto& x : data[key])
        if (x.is_object() && pick(x)) {
          names += (names.empty() ? "" : ", ") + x.value("full_name", std::string());
          if (x.contains("class")) names += " (" + x.value("class", std::string()) + ")";
        }
    return names;
  };
  const std::string teachers = list("staff", [](const OJson& s) { return s.contains("mentoring_consent"); });
  if (!teachers.empty())
    notes.push_back("согласия педагогов на наставничество оставлены прежними (" + teachers +
                    "): кто продолжает, оформите согласие и доп. соглашение на новый год");
  if (!data.contains("pupils") || !data["pupils"].is_array() || data["pupils"].empty()) return;
  notes.push_back("классы обучающихся (поле class) оставлены прежними: переведите их в следующий класс (7А → 8А)");
  const std::string leaving = list("pupils", [](const OJson& x) {
    const std::string cls = x.value("class", std::string());
    return (cls.rfind("9", 0) == 0 && (cls.size() == 1 || !isdigit(static_cast<unsigned char>(cls[1])))) ||
           cls.rfind("11", 0) == 0;
  });
  if (!leaving.empty())
    notes.push_back("окончили 9-й или 11-й класс — проверьте, учатся ли они в школе: " + leaving);
}

}  // namespace

std::string shift_all_years(const std::string& text, int years, bool* leap_day) {
  std::string out;
  size_t done = 0;
  for (const auto& m : find_year_mentions(text)) {
    out += text.substr(done, m.pos - done) + moved(text, m, years, leap_day);
    done = m.pos + m.len;
  }
  return out + text.substr(done);
}

RolloverResult rollover(const OJson& data, const AcademicYear& to) {
  std::optional<AcademicYear> from;
  if (data.is_object() && data.contains("academic_year") && data["academic_year"].is_string())
    from = AcademicYear::parse(data["academic_year"].get<std::string>());
  if (!from) throw std::invalid_argument("в файле нет учебного года (academic_year): переносить не от чего");
  if (to.first <= from->first)
    throw std::invalid_argument("учебный год " + to.label() + " не позже учебного года файла (" + from->label() +
                                "): перенести данные можно только на один из следующих годов");
  Date period_to = from->end();
  if (data.contains("period") && data["period"].is_object() && data["period"].contains("to") &&
      data["period"]["to"].is_string())
    period_to = parse_iso_date(data["period"]["to"].get<std::string>()).value_or(period_to);

  RolloverResult r;
  r.data = data;
  Mover mover(*from, to, period_to);
  // People's own facts (birth dates, documents, names) are not the plan's and stay.
  static const std::vector<std::string> kKept = {"$schema", "format_version", "organisation", "staff",
                                                 "pupils", "others", "publication"};
  for (auto& [key, v] : r.data.items()) {
    const std::string ptr = "/" + key;
    if (std::find(kKept.begin(), kKept.end(), key) != kKept.end()) continue;
    if (key == "academic_year") {
      v = to.label();
    } else if (key == "roadmap" && v.is_object()) {
      for (auto& [rk, rv] : v.items()) {
        if (rk != "events" || !rv.is_array()) {
          mover.value(rv, ptr + "/" + rk);
          continue;
        }
        for (size_t i = 0; i < rv.size(); ++i) {
          OJson& e = rv[i];
          if (!e.is_object()) continue;
          e.erase("status");  // done / not done is last year's record
          e.erase("done");
          for (auto& [ek, ev] : e.items()) {
            const std::string ep = ptr + "/events/" + std::to_string(i) + "/" + ek;
            if (ek == "deadline") mover.deadline(ev, ep);
            else mover.value(ev, ep);
          }
        }
      }
      if (v.contains("approvals") && v["approvals"].is_array())
        for (auto& a : v["approvals"]) {
          if (a.is_object() && a.contains("order") && a["order"].is_object() && a["order"].contains("number"))
            a["order"]["number"] = "";
          if (a.is_object() && a.contains("protocol") && a["protocol"].is_object() && a["protocol"].contains("number"))
            mover.notes.push_back("номер протокола в грифе (№ " +
                                  (a["protocol"]["number"].is_string() ? a["protocol"]["number"].get<std::string>()
                                                                       : a["protocol"]["number"].dump()) +
                                  ") оставлен прежним — проверьте");
        }
    } else if (key == "pairs" && v.is_array()) {
      if (!v.empty())
        mover.notes.push_back("наставнические пары прошлого года удалены (" + std::to_string(v.size()) +
                              "): составьте пары на новый год");
      v = OJson::array();
    } else if (key == "orders" && v.is_object()) {
      mover.value(v, ptr);
      for (auto& [ok, o] : v.items())
        if (o.is_object() && o.contains("number")) o["number"] = "";
      mover.notes.push_back("номера приказов очищены: впишите новые, когда приказы будут подписаны");
    } else if (key == "results") {
      OJson kept = OJson::object();
      for (const char* part : {"measures", "school"})
        if (v.is_object() && v.contains(part)) kept[part] = v[part];
      mover.notes.push_back(kept.empty() ? "итоги прошлого года (results) удалены"
                                         : "итоги прошлого года (results) удалены; показатели (measures, school) "
                                           "оставлены — проверьте, подходят ли они новому году");
      v = kept;
    } else {
      mover.value(v, ptr);
      if (key == "consents_date" && v.is_string())
        mover.notes.push_back("дата выдачи согласий перенесена на " +
                              format_numeric(parse_iso_date(v.get<std::string>()).value_or(Date{})) + " — проверьте её");
    }
  }
  if (r.data.contains("results") && r.data["results"].empty()) r.data.erase("results");
  note_people(data, mover.notes);
  r.notes = std::move(mover.notes);
  return r;
}

}  // namespace nastavnik
