#include "documents/page.h"

#include <cmath>

namespace nastavnik {

int text_width_twips(bool landscape) {
  // A4 is 210 x 297 mm; ГОСТ Р 7.0.97 margins: left 30 mm, right 10 mm.
  constexpr double kTwipsPerMm = 1440.0 / 25.4;
  return static_cast<int>(std::lround((landscape ? 297 - 40 : 210 - 40) * kTwipsPerMm));
}

std::string reference_docx(PageLayout layout) {
  if (layout.landscape()) return "landscape.docx";  // no landscape forms: the forms are portrait
  return layout.type == TypeSize::Form ? "form.docx" : "portrait.docx";
}

}  // namespace nastavnik
