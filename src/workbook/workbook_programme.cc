#include "workbook/workbook_programme.h"

#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include "workbook/workbook_reader.h"
#include "workbook/workbook_writer.h"

namespace nastavnik::workbook {

ReadResult read_programme_workbook(const std::string& path, const std::vector<Stage>& standard_stages, OJson* doc) {
  ReadResult result;
  std::optional<xlsx::Workbook> wb;
  try {
    wb = xlsx::read_workbook(path);
  } catch (const xlsx::ReadError& e) {
    // The message line names the file already.
    std::string message = e.what();
    const std::string prefix = "«" + path + "»: ";
    if (message.rfind(prefix, 0) == 0) message.erase(0, prefix.size());
    result.diagnostics.add({Diagnostic::Severity::Error, "", 0, 0, message, "", ""});
    return result;
  }
  WorkbookDocument mapped = workbook_to_json(*wb);
  if (doc) *doc = mapped.doc;
  // The one data reader sees the workbook's document as if it were a data file.
  result = read_programme_value(Json::parse(mapped.doc.dump()), standard_stages);
  std::vector<Diagnostic> all = mapped.diagnostics.items();
  for (auto& d : result.diagnostics.items()) {
    if (auto place = mapped.locator.find(d.pointer)) {
      d.location = place->text();
      mapped.places[d.location] = *place;
    }
    // A cell (or a part of a section) the sheet mapper already found wrong: its
    // message says more than the reader's «нет поля …».
    bool said = std::any_of(mapped.diagnostics.items().begin(), mapped.diagnostics.items().end(),
                            [&](const Diagnostic& m) {
                              return (!d.location.empty() && m.location == d.location) ||
                                     (!d.pointer.empty() && m.severity == Diagnostic::Severity::Error &&
                                      m.pointer.rfind(d.pointer + "/", 0) == 0);
                            });
    if (!said) all.push_back(d);
  }
  // Sheet by sheet in tab order, then row by row; file-level messages first.
  auto key = [&](const Diagnostic& d) {
    auto it = mapped.places.find(d.location);
    return it == mapped.places.end() ? std::make_tuple(-2, 0, 0)
                                     : std::make_tuple(it->second.sheet_order, it->second.row, it->second.col);
  };
  std::stable_sort(all.begin(), all.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  result.diagnostics.items() = std::move(all);
  if (result.diagnostics.has_errors()) result.programme.reset();
  result.locate = [locator = mapped.locator](Diagnostics& found) {
    for (auto& d : found.items())
      if (auto place = locator.find(d.pointer)) d.location = place->text();
  };
  return result;
}

OJson init_document(const std::vector<Stage>& standard_stages) {
  OJson stages = OJson::array();
  for (const auto& s : standard_stages) {
    OJson st{{"number", s.number}, {"name", s.name}};
    if (!s.goal.empty()) st["goal"] = s.goal;
    if (!s.task.empty()) st["task"] = s.task;
    if (!s.result.empty()) st["result"] = s.result;
    stages.push_back(st);
  }
  return OJson{{"format_version", 1}, {"roadmap", {{"stages", stages}}}};
}

OJson example_document(const std::vector<Stage>& standard_stages) {
  // The examples are read by the same mapper that reads data, from the workbook
  // `init` writes: the skeleton cannot drift from the workbook.
  namespace fs = std::filesystem;
  fs::path tmp = fs::temp_directory_path() / ("nastavnik-skeleton-" + std::to_string(getpid()) + ".xlsx");
  std::string error;
  OJson doc = init_document(standard_stages);
  if (write_workbook(tmp.string(), doc, xlsx::FileAccess::Default, &error)) {
    try {
      doc = workbook_to_json(xlsx::read_workbook(tmp.string()), true).doc;
    } catch (const xlsx::ReadError&) {
    }
  }
  std::error_code ec;
  fs::remove(tmp, ec);
  return doc;
}

}  // namespace nastavnik::workbook
