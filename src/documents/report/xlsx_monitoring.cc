#include "documents/report/xlsx_monitoring.h"

#include <cstdio>
#include <stdexcept>

#include "documents/pair_label.h"
#include "documents/registers/registers.h"
#include "documents/registers/xlsx_registers.h"
#include "documents/report/report_charts.h"
#include "language/typography.h"
#include "model/deadline.h"
#include "model/person_forms.h"
#include "xlsx/xlsx_util.h"

namespace nastavnik {
namespace {

using Type = RegisterColumn::Type;
using xlsx::Status;

constexpr const char* kSummary = "Сводка";
constexpr const char* kCharts = "Диаграммы";
// The charts' colours match the report's pictures (chart.cc).
constexpr lxw_color_t kAccent = 0x3E5C76;
constexpr lxw_color_t kGreys[] = {0xA6A6A6, 0x7F7F7F, 0x595959};

// A cell of a small table: text, or a number shown whole or with one or two decimals
// (a measure's averages keep the report's two, report_figures.h).
struct Cell {
  enum class Kind { Text, Whole, Decimal, Decimal2 };
  Kind kind = Kind::Text;
  std::string text;
  double number = 0;
};
Cell text(std::string s) { return {Cell::Kind::Text, std::move(s), 0}; }
Cell whole(double v) { return {Cell::Kind::Whole, {}, v}; }
Cell decimal(double v, int decimals = 1) {
  return {decimals == 0 ? Cell::Kind::Whole : decimals == 2 ? Cell::Kind::Decimal2 : Cell::Kind::Decimal, {}, v};
}

struct Formats {
  RegisterFormats reg;
  lxw_format* whole;     // centred number, no decimals
  lxw_format* decimal;   // centred number, one decimal
  lxw_format* decimal2;  // centred number, two decimals
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{make_register_formats(wb), xlsx::add_format(wb), xlsx::add_format(wb), xlsx::add_format(wb)};
  for (lxw_format* x : {f.whole, f.decimal, f.decimal2}) {
    format_set_border(x, LXW_BORDER_THIN);
    format_set_align(x, LXW_ALIGN_CENTER);
    format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
  }
  format_set_num_format(f.whole, "0");
  format_set_num_format(f.decimal, "0.0");
  format_set_num_format(f.decimal2, "0.00");
  return f;
}

// A titled table at `row` spanning the header's columns; returns the row after it
// and a blank one.
lxw_row_t write_block(lxw_worksheet* ws, lxw_row_t row, const std::string& title,
                      const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows,
                      const std::vector<double>& widths, const Formats& f, Status& st) {
  const auto last = static_cast<lxw_col_t>(headers.size() - 1);
  st.check(xlsx::merge_text(ws, row, 0, row, last, typeset(title), f.reg.table.group));
  const std::vector<double> used(widths.begin(), widths.begin() + static_cast<long>(headers.size()));
  st.check(worksheet_set_row(ws, row, xlsx::row_height(xlsx::estimate_lines(title, [&] {
                               double w = 0;
                               for (double x : used) w += x;
                               return w;
                             }(), true)),
                             nullptr));
  st.check(xlsx::write_header_row(ws, row + 1, headers, used, f.reg.table.header));
  lxw_row_t r = row + 2;
  for (const auto& cells : rows) {
    int lines = 1;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const Cell& cell = cells[c];
      if (cell.kind == Cell::Kind::Text) {
        st.check(xlsx::write_text(ws, r, col, typeset(cell.text), c == 0 ? f.reg.table.cell : f.reg.table.cell_center));
        lines = std::max(lines, xlsx::estimate_lines(xlsx::cell_text(cell.text), used[c]));
      } else {
        st.check(worksheet_write_number(ws, r, col, cell.number,
                                        cell.kind == Cell::Kind::Whole      ? f.whole
                                        : cell.kind == Cell::Kind::Decimal2 ? f.decimal2
                                                                            : f.decimal));
      }
    }
    st.check(worksheet_set_row(ws, r, xlsx::row_height(lines), nullptr));
    ++r;
  }
  return r + 1;
}

std::string form_label(const std::string& form) { return "«" + form + "»"; }

void write_summary(lxw_worksheet* ws, const Programme& p, const ReportFigures& f, const Formats& fm, Status& st) {
  const std::vector<double> widths = {46, 13, 13, 13, 13, 13};
  st.check(xlsx::set_column_widths(ws, widths));
  st.check(xlsx::write_title_row(ws, 0,
                                 typeset("Мониторинг программы наставничества " + p.organisation.short_name +
                                         " за " + p.academic_year.label() + " учебный год"),
                                 widths, fm.reg.table.title));
  lxw_row_t r = 2;
  r = write_block(ws, r, "Участники программы", {"Показатель", "Значение"},
                  {{text("Участников (каждый учтён один раз)"), whole(f.participants)},
                   {text("Наставников"), whole(f.mentors)},
                   {text("   из них педагогов"), whole(f.mentors_staff)},
                   {text("   из них обучающихся"), whole(f.mentors_pupils)},
                   {text("   из них студентов, работодателей, родителей"), whole(f.mentors_others)},
                   {text("Наставляемых"), whole(f.mentees)},
                   {text("   из них обучающихся"), whole(f.mentees_pupils)},
                   {text("   из них педагогов"), whole(f.mentees_staff)},
                   {text("Наставнических пар"), whole(f.pairs)},
                   {text("Наставнических групп"), whole(f.groups)}},
                  widths, fm, st);

  std::vector<std::vector<Cell>> forms;
  for (const FormFigures& x : f.forms)
    forms.push_back({text(form_label(x.form)), whole(x.pairs), whole(x.groups), whole(x.mentors), whole(x.mentees)});
  forms.push_back({text("Итого"), whole(f.pairs), whole(f.groups), whole(f.mentors), whole(f.mentees)});
  r = write_block(ws, r, "Пары и группы по формам наставничества",
                  {"Форма наставничества", "Пар", "Групп", "Наставников", "Наставляемых"}, forms, widths, fm, st);

  std::vector<std::vector<Cell>> shares;
  auto share = [&](const std::string& who, const Share& s) {
    shares.push_back({text(who), whole(s.part), whole(s.whole), decimal(s.percent()), whole(Share::kTargetPercent),
                      text(s.meets_target() ? "да" : "нет")});
  };
  share("Обучающиеся от 10 лет", f.pupils);
  share("Педагогические работники", f.teachers);
  if (f.young_teachers) share("Молодые специалисты", *f.young_teachers);
  r = write_block(ws, r, "Вовлечённость в сравнении с целевым показателем",
                  {"Категория", "Вовлечено", "Всего в школе", "Доля, %", "Цель, %", "Цель достигнута"}, shares,
                  widths, fm, st);

  const auto all = static_cast<double>(f.events.size());
  r = write_block(ws, r, "Мероприятия дорожной карты", {"Показатель", "Значение"},
                  {{text("Мероприятий в дорожной карте"), whole(all)},
                   {text("Выполнено в срок"), whole(f.events_done)},
                   {text("Выполнено с опозданием"), whole(f.events_late)},
                   {text("Перенесено"), whole(f.events_moved)},
                   {text("Отменено"), whole(f.events_cancelled)},
                   {text("Нет сведений"), whole(f.events_unknown)},
                   {text("Доля выполненных в срок, %"), decimal(f.on_time.percent())}},
                  widths, fm, st);

  r = write_block(ws, r, "Анкетирование участников (баллы от 1 до 10)", {"Показатель", "Значение"},
                  {{text("Заполнено анкет"), whole(f.answers)},
                   {text("Средняя удовлетворённость участием"), decimal(f.satisfaction)},
                   {text("Средняя оценка полезности"), decimal(f.usefulness)}},
                  widths, fm, st);

  std::vector<std::vector<Cell>> measures;
  for (const MeasureFigures& m : f.measures) {
    if (!m.measure) continue;
    std::string name = m.measure->name;
    if (m.measure->scale == Measure::Scale::YesNo) {
      name += ", % участников";
    } else if (!m.measure->unit.empty()) {
      name += ", " + m.measure->unit;
    }
    const int d = m.decimals();
    measures.push_back({text(name), whole(m.people), decimal(m.before, d), decimal(m.after, d), decimal(m.change(), d)});
  }
  if (!measures.empty())
    write_block(ws, r, "Показатели участников до и после программы",
                {"Показатель", "Участников", "До", "После", "Изменение"}, measures, widths, fm, st);
  // The summary is read as one sheet: a table cut off at its foot would go on the
  // next page without its header.
  st.check(xlsx::apply_page_setup(ws, {.landscape = false, .pages_tall = 1}));
}

std::string category_header(const ChartSpec& c) {
  if (c.id == "forms") return "Форма наставничества";
  if (c.id == "involvement") return "Категория участников";
  if (c.id == "satisfaction") return "Оценка, баллы";
  return "Показатель";
}

lxw_chart_fill fill_of(lxw_color_t colour) { return {colour, LXW_FALSE, 0}; }

// A native column chart over the block's table: categories in column A, a series per next column.
void add_chart(lxw_workbook* wb, lxw_worksheet* ws, const ChartSpec& c, lxw_row_t header_row, Status& st) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
  if (!chart) return st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
  const lxw_row_t first = header_row + 1, last = header_row + static_cast<lxw_row_t>(c.categories.size());
  const std::size_t n = c.series.size() + (c.target ? 1 : 0);
  for (std::size_t s = 0; s < n; ++s) {
    const auto col = static_cast<lxw_col_t>(s + 1);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    if (!series) return st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    chart_series_set_categories(series, kCharts, first, 0, last, 0);
    chart_series_set_values(series, kCharts, first, col, last, col);
    chart_series_set_name_range(series, kCharts, header_row, col);
    if (s < c.series.size()) {
      lxw_chart_fill fill = fill_of(s + 1 == c.series.size() ? kAccent : kGreys[s % std::size(kGreys)]);
      chart_series_set_fill(series, &fill);
      chart_series_set_labels(series);
      chart_series_set_labels_num_format(series, c.label_decimals() == 0 ? "0" : c.label_decimals() == 2 ? "0.00" : "0.0");
    } else {
      // No line-and-column combination in this libxlsxwriter: the target is a pale,
      // dash-outlined column beside each share.
      lxw_chart_fill pale = fill_of(0xE4E4E4);
      lxw_chart_line dashed{0x000000, LXW_FALSE, 1.25, LXW_CHART_LINE_DASH_DASH, 0};
      chart_series_set_fill(series, &pale);
      chart_series_set_line(series, &dashed);
    }
  }
  chart_title_set_name(chart, c.title.c_str());
  chart_axis_set_name(chart->x_axis, category_header(c).c_str());
  chart_axis_set_name(chart->y_axis, c.value_label == "%" ? "Доля, %" : c.value_label.c_str());
  chart_axis_set_min(chart->y_axis, 0);
  if (c.max) chart_axis_set_max(chart->y_axis, *c.max);
  if (c.integer_values) chart_axis_set_num_format(chart->y_axis, "0");
  if (n > 1) {
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  } else {
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  }
  lxw_chart_options place{};
  place.x_offset = 10;
  place.x_scale = 1.6;
  place.y_scale = 1.4;
  st.check(worksheet_insert_chart_opt(ws, header_row - 1, 5, chart, &place));
}

// Each chart's source table on the left and the chart beside it.
void write_charts(lxw_workbook* wb, lxw_worksheet* ws, const ReportFigures& f, const Formats& fm, Status& st) {
  const std::vector<double> widths = {34, 19, 19, 14, 2};
  st.check(xlsx::set_column_widths(ws, widths));
  lxw_row_t r = 0;
  // A page break before every second block: printed, two charts with their tables
  // fill a landscape sheet, and none is cut where a page ends.
  std::vector<lxw_row_t> breaks;
  std::size_t block = 0;
  for (const ChartSpec& c : report_charts(f)) {
    if (block++ % 2 == 0 && r > 0) breaks.push_back(r);
    std::vector<std::string> headers = {category_header(c)};
    for (const ChartSeries& s : c.series) headers.push_back(c.series.size() == 1 ? (c.value_label == "%" ? "Доля, %" : c.value_label) : s.name);
    if (c.target) headers.push_back("Цель — " + chart_value_text(*c.target, 0, c.value_label == "%"));
    std::vector<std::vector<Cell>> rows;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
      std::vector<Cell> row = {text(c.categories[i])};
      for (const ChartSeries& s : c.series) row.push_back(decimal(s.values[i], c.label_decimals()));
      if (c.target) row.push_back(whole(*c.target));
      rows.push_back(std::move(row));
    }
    const lxw_row_t end = write_block(ws, r, c.title, headers, rows, widths, fm, st);
    add_chart(wb, ws, c, r + 1, st);
    r = std::max<lxw_row_t>(end, r + 24);  // the chart is about 22 rows tall
  }
  breaks.push_back(0);  // libxlsxwriter reads the list up to a zero
  if (breaks.size() > 1) st.check(worksheet_set_h_pagebreaks(ws, breaks.data()));
  // A table (88 width units, ~640 px) and its chart (~780 px) side by side fit a
  // landscape A4 sheet (267 mm of text width) at 60 %, two blocks (48 rows) a sheet.
  st.check(xlsx::apply_page_setup(ws, {.landscape = true, .print_scale = 60}));
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

RegisterSheet survey_sheet(const Programme& p, const std::string& period) {
  RegisterSheet s{"Анкеты", "Анкеты участников (мониторинг, этап 1) за " + period, {}, {}, 0};
  s.columns = {{"№", 6, Type::Number},          {"Пара (группа)", 24, Type::Text},
               {"ФИО участника", 34, Type::Text}, {"Роль", 16, Type::Centered},
               {"Форма наставничества", 24, Type::Centered}, {"Удовлетворённость (1–10)", 17, Type::Number},
               {"Полезность (1–10)", 14, Type::Number}};
  int n = 0;
  for (const SurveyAnswer& a : p.results->survey) {
    const Pair* pair = nullptr;
    for (const Pair& x : p.pairs)
      if (x.id == a.pair) pair = &x;
    const std::string role = !pair ? "" : pair->mentor == a.person ? "наставник" : "наставляемый";
    s.rows.push_back({std::to_string(++n), pair_label(p, a.pair), person_full_name(p, a.person), role, pair ? pair->form : "",
                      std::to_string(a.satisfaction), std::to_string(a.usefulness)});
  }
  s.frozen_columns = 3;
  return s;
}

RegisterSheet growth_sheet(const Programme& p, const std::string& period) {
  RegisterSheet s{"Показатели", "Показатели участников до и после программы (мониторинг, этап 2) за " + period,
                  {}, {}, 0};
  s.columns = {{"№", 6, Type::Number},          {"ФИО участника", 34, Type::Text},
               {"Группа", 14, Type::Centered},   {"Показатель", 34, Type::Text},
               {"Единица", 14, Type::Centered},  {"До", 9, Type::Number},
               {"После", 9, Type::Number},       {"Изменение", 12, Type::Number}};
  int n = 0;
  for (const GrowthRecord& g : p.results->growth) {
    const Measure* m = nullptr;
    for (const Measure& x : p.results->measures)
      if (x.id == g.measure) m = &x;
    if (!m) continue;
    const bool yes_no = m->scale == Measure::Scale::YesNo;
    const std::string group = m->group == Measure::Group::Pupils     ? "обучающиеся"
                              : m->group == Measure::Group::Teachers ? "педагоги"
                                                                     : "все участники";
    auto value = [&](double v) { return yes_no ? std::string(v != 0 ? "да" : "нет") : number_text(v); };
    s.rows.push_back({std::to_string(++n), person_full_name(p, g.person), group, m->name,
                      yes_no ? "да/нет" : m->unit, value(g.before), value(g.after),
                      number_text(g.after - g.before)});
  }
  s.frozen_columns = 2;
  return s;
}

std::string status_text(const EventFigures& e) {
  if (!e.status) return "нет сведений";
  switch (*e.status) {
    case EventOutcome::Status::Done: return "выполнено";
    case EventOutcome::Status::Late: return "выполнено с опозданием";
    case EventOutcome::Status::Moved: return "перенесено";
    case EventOutcome::Status::Cancelled: return "отменено";
  }
  return "";
}

RegisterSheet events_sheet(const ReportFigures& f, const std::string& period) {
  RegisterSheet s{"Мероприятия", "Выполнение дорожной карты за " + period, {}, {}, 0};
  s.columns = {{"№", 7, Type::Centered},           {"Мероприятие", 50, Type::Text},
               {"Срок", 20, Type::Centered},        {"Статус", 18, Type::Centered},
               {"Фактическая дата", 13, Type::Date}, {"Примечание", 40, Type::Text}};
  for (const EventFigures& e : f.events) {
    if (!e.event) continue;
    std::string date, note;
    if (e.outcome) {
      if (e.outcome->date) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", e.outcome->date->day, e.outcome->date->month,
                      e.outcome->date->year);
        date = buf;
      }
      note = e.outcome->note;
    }
    s.rows.push_back({e.event->number, e.event->title, render_deadline(e.event->deadline), status_text(e), date, note});
  }
  s.frozen_columns = 2;
  return s;
}

}  // namespace

void write_monitoring_xlsx(const Programme& p, const ReportFigures& f, const std::string& path) {
  if (!p.results) throw std::runtime_error("для таблицы мониторинга нужны итоги года (раздел results)");
  xlsx::WorkbookFile file(path, xlsx::FileAccess::OwnerOnly);
  lxw_workbook* wb = file.workbook();
  Status st;
  if (wb) {
    set_register_properties(wb, p, "Мониторинг программы наставничества", st,
                            "Содержит персональные данные обучающихся и педагогов (152-ФЗ)");
    const Formats fm = make_formats(wb);
    lxw_worksheet* summary = workbook_add_worksheet(wb, kSummary);
    lxw_worksheet* charts = workbook_add_worksheet(wb, kCharts);
    if (!summary || !charts) {
      st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    } else {
      write_summary(summary, p, f, fm, st);
      write_charts(wb, charts, f, fm, st);
      const std::string period = p.academic_year.label() + " учебный год";
      for (const RegisterSheet& s : {survey_sheet(p, period), growth_sheet(p, period), events_sheet(f, period)}) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, s.sheet_name.c_str());
        if (!ws) {
          st.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
          break;
        }
        write_register_sheet(ws, s, fm.reg, st);
      }
    }
  }
  std::string error;
  if (!file.commit(st, &error)) throw std::runtime_error(error);
}

}  // namespace nastavnik
