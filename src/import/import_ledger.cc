// The import's account of every table row: counts by kind, then each row that
// did not become an event, with its place, so that nothing vanishes unreported.
#include <array>

#include "import/import_roadmap.h"

namespace nastavnik {
namespace {

using K = LedgerEntry::Kind;

struct KindText {
  K kind;
  const char* count;  // for the counts line
  const char* line;   // for the row's own line
};

constexpr std::array<KindText, 10> kKinds = {{
    {K::Event, "мероприятий", "мероприятие"},
    {K::Stage, "этапов", "строка этапа"},
    {K::Header, "заголовков", "заголовок таблицы"},
    {K::HeaderRepeat, "повторов заголовка", "повтор заголовка (новая страница) — пропущен"},
    {K::ColumnNumbers, "строк нумерации столбцов", "нумерация столбцов — пропущена"},
    {K::Continuation, "продолжений строки", "продолжение строки выше (разрыв страницы или объединённая ячейка) — "
                                           "текст добавлен к мероприятию"},
    {K::Note, "заметок", "сохранено в поле note"},
    {K::Replaced, "заменённых повтором", "мероприятие повторено ниже — взят последний вариант:"},
    {K::Empty, "пустых", "пустая строка"},
    {K::Skipped, "строк над заголовком", "текст над заголовком таблицы — не перенесён"},
}};

}  // namespace

std::vector<std::string> ledger_report(const std::vector<LedgerEntry>& ledger) {
  std::array<size_t, kKinds.size()> counts{};
  for (const auto& e : ledger)
    for (size_t k = 0; k < kKinds.size(); ++k)
      if (kKinds[k].kind == e.kind) ++counts[k];
  std::string head = "Строк в таблице мероприятий: " + std::to_string(ledger.size());
  std::string parts;
  for (size_t k = 0; k < kKinds.size(); ++k)
    if (counts[k]) parts += (parts.empty() ? "" : ", ") + std::string(kKinds[k].count) + " — " + std::to_string(counts[k]);
  std::vector<std::string> out{head + (parts.empty() ? "" : " (" + parts + ")")};
  for (const auto& e : ledger) {
    if (e.kind == K::Event) continue;
    const KindText* t = nullptr;
    for (const auto& k : kKinds)
      if (k.kind == e.kind) t = &k;
    std::string line = e.where + ": " + t->line;
    if (!e.detail.empty()) line += " " + e.detail;
    if (!e.text.empty() && e.kind != K::Empty) line += ": «" + e.text + "»";
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace nastavnik
