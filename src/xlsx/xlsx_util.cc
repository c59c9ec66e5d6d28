#include "xlsx/xlsx_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "language/text_util.h"

namespace nastavnik::xlsx {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// next_code_point() lets surrogates and values past U+10FFFF through; in XML they
// make Excel reject the whole file, and U+FFFE/U+FFFF are not XML characters either.
char32_t next_xml_char(std::string_view s, std::size_t& i) {
  const char32_t cp = next_code_point(s, i);
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
    return kReplacement;
  }
  return cp;
}

std::size_t utf16_units(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Excel reads "_xHHHH_" in stored text as the character U+HHHH; a literal one must
// have its underscore stored as "_x005F_".
bool starts_escape_pattern(std::string_view s, std::size_t i) {
  return i + 7 <= s.size() && s[i] == '_' && (s[i + 1] == 'x' || s[i + 1] == 'X') &&
         is_hex(s[i + 2]) && is_hex(s[i + 3]) && is_hex(s[i + 4]) && is_hex(s[i + 5]) &&
         s[i + 6] == '_';
}

// Greedy word wrap of one paragraph measured in character cells.
int wrapped_lines(std::string_view para, double per_line) {
  int lines = 1;
  double used = 0;
  std::size_t i = 0;
  while (i < para.size()) {
    while (i < para.size() && para[i] == ' ') ++i;
    double word = 0;
    while (i < para.size() && para[i] != ' ') {
      next_code_point(para, i);
      word += 1;
    }
    if (word == 0) break;
    if (used > 0 && used + 1 + word <= per_line) {
      used += 1 + word;
      continue;
    }
    if (used > 0) ++lines;
    // A word longer than the column breaks anywhere.
    while (word > per_line) {
      word -= per_line;
      ++lines;
    }
    used = word;
  }
  return lines;
}

// Both text cleaners; `cell_escape` protects a literal "_xHHHH_", which only cell
// text needs.
std::string clean_text(std::string_view text, std::size_t max_chars, bool cell_escape) {
  std::string out;
  out.reserve(std::min(text.size(), max_chars * 4) + 8);
  std::size_t units = 0;
  // Byte offset in `out` after which «…» still fits, recorded while under the limit.
  std::size_t cut_at = 0;
  const std::size_t room_for_ellipsis = max_chars > 0 ? max_chars - 1 : 0;
  bool truncated = false;
  const auto push = [&](char32_t cp) {
    if (units + utf16_units(cp) > max_chars) {
      truncated = true;
      return;
    }
    append_utf8(out, cp);
    units += utf16_units(cp);
    if (units <= room_for_ellipsis) cut_at = out.size();
  };
  std::size_t i = 0;
  while (i < text.size() && !truncated) {
    if (text[i] == '\r') {
      push('\n');
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (cell_escape && starts_escape_pattern(text, i)) {
      for (char c : std::string_view("_x005F")) push(static_cast<unsigned char>(c));
    }
    const char32_t cp = next_xml_char(text, i);
    if (cp < 0x20 && cp != '\t' && cp != '\n') continue;  // not allowed in XML 1.0
    push(cp);
  }
  if (truncated) {
    out.resize(cut_at);
    if (max_chars > 0) append_utf8(out, U'…');
  }
  return out;
}

}  // namespace

std::string cell_text(std::string_view text, std::size_t max_chars) {
  return clean_text(text, max_chars, true);
}

std::string property_text(std::string_view text, std::size_t max_chars) {
  return clean_text(text, max_chars, false);
}

std::size_t excel_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) units += utf16_units(next_code_point(text, i));
  return units;
}

int estimate_lines(std::string_view text, double width, bool bold, double font_size) {
  // Width is counted in digits of the workbook's default 11-pt Calibri; an average
  // 12-pt Times character with its share of spaces is a little narrower, a bold one
  // a little wider, and the cell keeps some inner padding. Calibrated on LibreOffice
  // output, erring towards a spare line rather than clipped text.
  const double per_line =
      std::max(1.0, (width - 1.0) * (bold ? 0.95 : 1.05) * kFontSize / font_size);
  int lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    lines += wrapped_lines(text.substr(start, end == std::string_view::npos
                                                  ? std::string_view::npos
                                                  : end - start),
                           per_line);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::max(lines, 1);
}

double row_height(int lines, double line_points) {
  return std::min(kMaxRowHeight, std::max(LXW_DEF_ROW_HEIGHT, lines * line_points + 3.0));
}

lxw_error set_column_widths(lxw_worksheet* ws, const std::vector<double>& widths) {
  Status status;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    status.check(worksheet_set_column(ws, col, col, widths[c], nullptr));
  }
  return status.error();
}

lxw_error write_title_row(lxw_worksheet* ws, lxw_row_t row, std::string_view title,
                          const std::vector<double>& widths, lxw_format* format) {
  if (widths.empty()) return LXW_ERROR_PARAMETER_VALIDATION;
  Status status;
  const auto last_col = static_cast<lxw_col_t>(widths.size() - 1);
  status.check(merge_text(ws, row, 0, row, last_col, title, format));
  double width = 0;
  for (double w : widths) width += w;
  const int lines = estimate_lines(cell_text(title), width, true, kTitleFontSize);
  // Some air below the title, so it does not sit on the table.
  const double height = row_height(lines, kTitleLinePoints) + 6;
  status.check(worksheet_set_row(ws, row, std::min(height, kMaxRowHeight), nullptr));
  return status.error();
}

lxw_error write_header_row(lxw_worksheet* ws, lxw_row_t row,
                           const std::vector<std::string>& headers,
                           const std::vector<double>& widths, lxw_format* format) {
  Status status;
  int lines = 1;
  for (std::size_t c = 0; c < headers.size() && c < widths.size(); ++c) {
    status.check(write_text(ws, row, static_cast<lxw_col_t>(c), headers[c], format));
    lines = std::max(lines, estimate_lines(cell_text(headers[c]), widths[c], true));
  }
  status.check(worksheet_set_row(ws, row, row_height(lines), nullptr));
  return status.error();
}

lxw_format* add_format(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, kFontName);
  format_set_font_size(f, kFontSize);
  return f;
}

TableFormats make_table_formats(lxw_workbook* wb) {
  constexpr lxw_color_t kHeaderFill = 0xD9D9D9;
  constexpr lxw_color_t kGroupFill = 0xDDEBF7;
  const auto bordered = [&](bool wrap) {
    lxw_format* f = add_format(wb);
    format_set_border(f, LXW_BORDER_THIN);
    if (wrap) format_set_text_wrap(f);
    return f;
  };
  TableFormats f{};
  f.title = add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, kTitleFontSize);
  format_set_text_wrap(f.title);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);

  f.header = bordered(true);
  format_set_bold(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color(f.header, kHeaderFill);

  f.cell = bordered(true);
  format_set_align(f.cell, LXW_ALIGN_LEFT);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);

  f.cell_center = bordered(true);
  format_set_align(f.cell_center, LXW_ALIGN_CENTER);
  format_set_align(f.cell_center, LXW_ALIGN_VERTICAL_TOP);

  f.group = bordered(true);
  format_set_bold(f.group);
  format_set_align(f.group, LXW_ALIGN_LEFT);
  format_set_align(f.group, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f.group, kGroupFill);

  f.note = add_format(wb);
  format_set_text_wrap(f.note);
  format_set_align(f.note, LXW_ALIGN_LEFT);
  format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);

  f.bold_font = add_format(wb);
  format_set_bold(f.bold_font);
  f.plain_font = add_format(wb);
  return f;
}

lxw_error apply_page_setup(lxw_worksheet* ws, const PageSetup& setup) {
  constexpr uint8_t kPaperA4 = 9;
  Status status;
  worksheet_set_paper(ws, kPaperA4);
  if (setup.landscape) {
    worksheet_set_landscape(ws);
  } else {
    worksheet_set_portrait(ws);
  }
  // One page wide, as many tall as needed: a roadmap is read down, never across.
  if (setup.print_scale > 0) {
    worksheet_set_print_scale(ws, static_cast<uint16_t>(setup.print_scale));
  } else {
    worksheet_fit_to_pages(ws, 1, static_cast<uint16_t>(setup.pages_tall));
  }
  // Inches: 20 mm on the binding side, 10 mm on the right, 15 mm top and bottom.
  worksheet_set_margins(ws, 0.79, 0.39, 0.59, 0.59);
  worksheet_center_horizontally(ws);
  if (setup.repeat_first_row >= 0) {
    status.check(worksheet_repeat_rows(ws, static_cast<lxw_row_t>(setup.repeat_first_row),
                                       static_cast<lxw_row_t>(setup.repeat_last_row)));
  }
  if (setup.page_numbers) {
    lxw_header_footer_options options{};
    options.margin = 0.3;
    status.check(worksheet_set_footer_opt(ws, "&CСтраница &P из &N", &options));
  }
  return status.error();
}

lxw_error write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view text,
                     lxw_format* format) {
  const std::string safe = cell_text(text);
  return worksheet_write_string(ws, row, col, safe.c_str(), format);
}

lxw_error merge_text(lxw_worksheet* ws, lxw_row_t first_row, lxw_col_t first_col,
                     lxw_row_t last_row, lxw_col_t last_col, std::string_view text,
                     lxw_format* format) {
  const std::string safe = cell_text(text);
  return worksheet_merge_range(ws, first_row, first_col, last_row, last_col, safe.c_str(),
                               format);
}

namespace {

namespace fs = std::filesystem;

void remove_if_file(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) fs::remove(path, ec);
}

void set_error(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

// Creates an empty file only its owner may read and write, replacing a stale one
// (or a symbolic link) left by an earlier run; false when it cannot.
bool create_private_file(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(path, ec);
  if (fs::is_regular_file(st) || fs::is_symlink(st)) fs::remove(path, ec);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                        S_IRUSR | S_IWUSR);
  if (fd < 0) return false;
  const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;  // whatever the umask
  ::close(fd);
  if (!ok) ::unlink(path.c_str());
  return ok;
}

}  // namespace

WorkbookFile::WorkbookFile(std::string path) : WorkbookFile(std::move(path), FileAccess::Default) {}

WorkbookFile::WorkbookFile(std::string path, FileAccess access)
    : path_(std::move(path)), part_path_(path_ + ".part"), access_(access) {
  // libxlsxwriter opens the file with fopen(…, "wb") only when the workbook is
  // closed; an existing file keeps its mode, so the data is never readable by others.
  if (access_ == FileAccess::OwnerOnly) created_part_ = create_private_file(part_path_);
  workbook_ = workbook_new(part_path_.c_str());
}

WorkbookFile::~WorkbookFile() { discard(); }

void WorkbookFile::discard() {
  if (workbook_) lxw_workbook_free(workbook_);
  workbook_ = nullptr;
  if (created_part_) remove_if_file(part_path_);
  created_part_ = false;
}

bool WorkbookFile::commit(const Status& status, std::string* error) {
  const std::string prefix = "Не удалось записать XLSX-файл «" + path_ + "»: ";
  if (!workbook_) {
    discard();
    set_error(error, prefix + "библиотека libxlsxwriter не смогла создать книгу.");
    return false;
  }
  if (!status.ok()) {
    discard();
    set_error(error, prefix + lxw_strerror(status.error()));
    return false;
  }
  // The commonest mistake, caught before libxlsxwriter prints its own English
  // complaint to stderr.
  const fs::path dir = fs::path(path_).parent_path();
  std::error_code ec;
  if (!dir.empty() && !fs::is_directory(dir, ec)) {
    discard();
    set_error(error, prefix + "папка «" + dir.string() + "» не существует (" +
                         lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE) + ")");
    return false;
  }
  const lxw_error closed = workbook_close(workbook_);  // frees the workbook either way
  workbook_ = nullptr;
  created_part_ = false;  // from here on every path removes the ".part" itself
  if (closed != LXW_NO_ERROR) {
    remove_if_file(part_path_);
    set_error(error, prefix + lxw_strerror(closed));
    return false;
  }
  if (access_ == FileAccess::OwnerOnly) {
    // Also covers a ".part" that could not be made private beforehand.
    fs::permissions(part_path_, fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace, ec);
    if (ec) {
      remove_if_file(part_path_);
      set_error(error, prefix + "не удалось закрыть доступ к файлу посторонним (" +
                           ec.message() + ")");
      return false;
    }
  }
  fs::rename(part_path_, path_, ec);
  if (ec) {
    remove_if_file(part_path_);
    set_error(error, prefix + ec.message());
    return false;
  }
  return true;
}

}  // namespace nastavnik::xlsx
