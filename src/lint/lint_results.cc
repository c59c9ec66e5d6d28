// Lint rules about the year's results: a missed target the report can only state,
// when the school has written nothing about what it will do.
#include "lint/lint.h"
#include "language/number_format.h"
#include "model/involvement.h"

namespace nastavnik::lint {

void targets_missed_without_actions(const Programme& p, const LintRule& rule, Diagnostics& out) {
  // A rolled-over file carries last year's totals before any of this year's results.
  if (!p.results || !p.results->actions.empty() || !p.results->has_year_end_records()) return;
  const Involvement inv = compute_involvement(p);
  if (!inv.any_missed()) return;
  std::string missed;
  auto add = [&](const char* who, const Share& s) {
    if (s.misses_target()) missed += (missed.empty() ? "" : ", ") + std::string(who) + " — " +
                                                     format_percent(s.percent());
  };
  add("обучающиеся от 10 лет", inv.pupils);
  add("педагоги", inv.teachers);
  if (inv.young_teachers) add("молодые специалисты", *inv.young_teachers);
  lint_warn(out, rule, p.results->pointer,
            "целевой показатель вовлечённости 70\u00a0% не достигнут (" + missed +
                "), а мер по итогам года нет: отчёт назовёт цифры, но не скажет, почему и что школа будет делать — "
                "запишите выводы (conclusions) и меры (actions)");
}

}  // namespace nastavnik::lint
