// Problems found in user input, each with where it is, reported in Russian.
#pragma once
#include <string>
#include <vector>

namespace nastavnik {

struct Diagnostic {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Error;
  std::string pointer;  // JSON pointer («/roadmap/events/3/deadline»), may be empty
  int line = 0;         // 1-based; 0 when unknown
  int column = 0;       // 1-based; 0 when unknown
  std::string message;  // Russian, one sentence, no location inside
  std::string rule;     // lint rule id («L004»); empty for the reader's own checks
  // Where in a workbook («Лист «Пары и группы», ячейка C14»); when set it replaces
  // line:column and the JSON pointer in the printed message.
  std::string location;
};

class Diagnostics {
 public:
  // Records an error at a JSON pointer; line/column are filled in later.
  void error(std::string pointer, std::string message);
  // Records a warning at a JSON pointer.
  void warning(std::string pointer, std::string message);
  // Records a fully located diagnostic.
  void add(Diagnostic d);

  bool has_errors() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// One line for the terminal: «data.json:12:7: ошибка: /roadmap/events/3/deadline: …»;
// a lint finding names its rule: «… предупреждение [L004]: …».
std::string format_diagnostic(const std::string& file, const Diagnostic& d);

}  // namespace nastavnik
