// libFuzzer: any bytes as a data file. The reader must return diagnostics, never
// throw, crash, overflow the stack or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/programme_reader.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<Stage> stages = load_standard_stages(NASTAVNIK_SOURCE_DIR "/templates/standard-stages.json");
  ReadResult r = read_programme_json(std::string_view(reinterpret_cast<const char*>(data), size), stages);
  if (r.programme == std::nullopt && !r.diagnostics.has_errors()) __builtin_trap();  // refused without a reason
  return 0;
}
