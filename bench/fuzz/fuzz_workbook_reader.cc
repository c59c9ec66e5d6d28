// libFuzzer: any bytes as an .xlsx workbook (written to a file, as the reader
// takes a path). The reader must return diagnostics, never throw or crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "workbook/workbook_programme.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<Stage> stages = load_standard_stages(NASTAVNIK_SOURCE_DIR "/templates/standard-stages.json");
  static const std::string path = "/tmp/nastavnik-fuzz-" + std::to_string(::getpid()) + ".xlsx";
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), size);
  ReadResult r = workbook::read_programme_workbook(path, stages);
  if (r.programme == std::nullopt && !r.diagnostics.has_errors()) __builtin_trap();
  return 0;
}
