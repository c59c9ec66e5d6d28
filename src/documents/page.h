// Page geometry shared by the document layouts and the DOCX writer.
#pragma once
#include <string>

namespace nastavnik {

enum class Orientation { Portrait, Landscape };

// Body type: 14 pt for orders, the roadmap and the report; 12 pt (ГОСТ Р 7.0.97
// allows 12–14) for forms a person fills in and signs, so that one fits a sheet.
enum class TypeSize { Regular, Form };

struct PageLayout {
  Orientation orientation = Orientation::Portrait;
  TypeSize type = TypeSize::Regular;
  bool landscape() const { return orientation == Orientation::Landscape; }
};

// Text width of a page in twips (A4 less the ГОСТ margins), for the DOCX filter.
int text_width_twips(bool landscape);

// The file name of the reference DOCX (styles, margins) pandoc takes for `layout`.
std::string reference_docx(PageLayout layout);

}  // namespace nastavnik
