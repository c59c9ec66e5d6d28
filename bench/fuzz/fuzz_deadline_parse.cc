// libFuzzer: any text as a deadline phrase, parsed against an academic year and
// rendered back, as the reader and the documents do; also the date reality check.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/deadline.h"
#include "read/date_reality.h"

using namespace nastavnik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const AcademicYear year = size > 0 && data[0] % 2 ? AcademicYear{2023} : AcademicYear{1999};
  const Deadline d = parse_deadline(text, year);
  (void)render_deadline(d);
  (void)impossible_date_in_text(text);
  return 0;
}
