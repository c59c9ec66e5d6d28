// Lint rule about the data's own dates against the roadmap: the orders and the
// monitoring dates are facts of the programme, and the plan's events about them
// should fall on those days (the example had both wrong for a year).
#include <algorithm>

#include "lint/lint.h"
#include "language/text_util.h"

namespace nastavnik::lint {
namespace {

bool title_has(const Event& e, const std::string& stem) {
  return fold_for_match(collapse_whitespace(e.title)).find(stem) != std::string::npos;
}

// Whether a day falls within the event's deadline as a reader of the plan takes
// it: «до 01.09» is any day up to then, a month is the whole month, a date that day.
bool deadline_covers(const Deadline& d, const Date& day) {
  auto span = deadline_span(d);
  if (!span) return false;
  switch (d.kind) {
    case Deadline::Kind::Date: return day == span->first;
    case Deadline::Kind::Until: return day <= span->second;
    case Deadline::Kind::Range: return span->first <= day && day <= span->second;
    default: {
      Date from{span->first.year, span->first.month, 1};
      Date to{span->second.year, span->second.month, days_in_month(span->second.year, span->second.month)};
      return from <= day && day <= to;
    }
  }
}

std::string list_events(const std::vector<const Event*>& events) {
  std::string out;
  for (const Event* e : events)
    out += (out.empty() ? "«" : ", «") + e->number + "» (" + lower_utf8(render_deadline(e->deadline)) + ")";
  return out;
}

// The dated events of `stage` (0: any) whose title has `stem`.
std::vector<const Event*> dated_events(const Programme& p, int stage, const std::string& stem) {
  std::vector<const Event*> out;
  for (const auto& e : p.roadmap.events)
    if ((stage == 0 || e.stage == stage) && title_has(e, stem) && deadline_span(e.deadline)) out.push_back(&e);
  return out;
}

void check_order(const Programme& p, const std::optional<Order>& order, int stage, const char* what,
                 const LintRule& rule, Diagnostics& out) {
  if (!order || !order->date) return;
  auto events = dated_events(p, stage, "приказ");
  if (events.empty()) return;
  if (std::any_of(events.begin(), events.end(), [&](const Event* e) { return deadline_covers(e->deadline, *order->date); }))
    return;
  lint_warn(out, rule, order->pointer + "/date",
            std::string(what) + " датирован " + format_numeric(*order->date) + ", а в дорожной карте его издание — " +
                list_events(events) + ": исправьте дату приказа или срок мероприятия");
}

}  // namespace

void data_dates_disagree(const Programme& p, const LintRule& rule, Diagnostics& out) {
  check_order(p, p.roadmap_order, 1, "приказ об утверждении дорожной карты (orders.roadmap)", rule, out);
  check_order(p, p.pairs_order, 5, "приказ о закреплении пар (orders.pairs)", rule, out);
  const auto monitoring = dated_events(p, 0, "мониторинг");
  if (monitoring.empty()) return;
  static const char* kStage[] = {"первого", "второго"};
  for (size_t i = 0; i < p.monitoring_dates.size() && i < 2; ++i) {
    const Date& d = p.monitoring_dates[i];
    if (std::any_of(monitoring.begin(), monitoring.end(), [&](const Event* e) { return deadline_covers(e->deadline, d); }))
      continue;
    lint_warn(out, rule, "/monitoring_dates/" + std::to_string(i),
              std::string("дата ") + kStage[i] + " этапа мониторинга (" + format_numeric(d) +
                  ") не приходится ни на одно мероприятие дорожной карты о мониторинге: " + list_events(monitoring));
  }
}

}  // namespace nastavnik::lint
