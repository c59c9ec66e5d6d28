# Derives the reference DOCX of forms (consents a person fills in and signs) from
# the portrait one: the same styles one step smaller — body 12 pt instead of 14,
# tables 11 pt instead of 12 (ГОСТ Р 7.0.97 allows 12–14 pt for the text) — and
# top and bottom margins of 15 mm instead of 20 (the same in templates/pandoc/
# docx_xml.lua, MARGIN_Y, for the sections between forms), so a form fits one sheet. Kept as a rule, not a copy, so the two cannot drift apart.
# Usage: cmake -DSRC=templates/reference/portrait -DDST=build/reference-src/form -P form_reference.cmake
file(REMOVE_RECURSE ${DST})
file(COPY ${SRC}/ DESTINATION ${DST})
file(READ ${DST}/word/styles.xml styles)
foreach(pair "24;22" "28;24")
  list(GET pair 0 from)
  list(GET pair 1 to)
  string(REPLACE "<w:sz w:val=\"${from}\"/>" "<w:sz w:val=\"${to}\"/>" styles "${styles}")
  string(REPLACE "<w:szCs w:val=\"${from}\"/>" "<w:szCs w:val=\"${to}\"/>" styles "${styles}")
endforeach()
string(FIND "${styles}" "<w:sz w:val=\"28\"/>" left)
if(NOT left EQUAL -1)
  message(FATAL_ERROR "form_reference.cmake: 14 pt left in ${DST}/word/styles.xml")
endif()
file(WRITE ${DST}/word/styles.xml "${styles}")
file(READ ${DST}/word/document.xml body)
string(REPLACE "w:top=\"1134\"" "w:top=\"851\"" body "${body}")
string(REPLACE "w:bottom=\"1134\"" "w:bottom=\"851\"" body "${body}")
file(WRITE ${DST}/word/document.xml "${body}")
