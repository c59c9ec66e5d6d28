// Page geometry shared by the document layouts and the DOCX writer.
#pragma once

namespace nastavnik {

// Text width of a page in twips (A4 less the ГОСТ margins), for the DOCX filter.
int text_width_twips(bool landscape);

}  // namespace nastavnik
