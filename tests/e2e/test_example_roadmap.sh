#!/usr/bin/env bash
# The example school's roadmap in all four formats, opened the way a user would.
source "$(dirname "$0")/lib.sh"
OUT=$WORK/out
"$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o "$OUT" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build"; summary; exit 1; }
for f in roadmap.docx roadmap.pdf roadmap.xlsx roadmap.html; do check "$f exists" test -s "$OUT/$f"; done

# DOCX: text back through pandoc, and the XML Word reads.
pandoc -f docx -t plain --wrap=none "$OUT/roadmap.docx" -o "$WORK/docx.txt"
unzip -p "$OUT/roadmap.docx" word/document.xml >"$WORK/document.xml"
while IFS= read -r title; do
  check "DOCX has «${title:0:50}…»" contains_squashed "$WORK/docx.txt" "$title"
done < <(seed_titles)
check "DOCX title" contains_squashed "$WORK/docx.txt" "План мероприятий (дорожная карта) по реализации целевой модели наставничества"
pgsz=$(grep -o '<w:pgSz[^>]*>' "$WORK/document.xml")
check "DOCX A4 landscape ($pgsz)" bash -c "grep -q 'w:w=\"16838\"' <<<'$pgsz' && grep -q 'w:h=\"11906\"' <<<'$pgsz' && grep -q 'w:orient=\"landscape\"' <<<'$pgsz'"
check "DOCX ГОСТ margins" grep -q 'w:left="1701"' "$WORK/document.xml"
stage_rows=$(grep -o '<w:gridSpan w:val="5"' "$WORK/document.xml" | wc -l)
check "DOCX has 7 merged stage rows (got $stage_rows)" test "$stage_rows" -eq 7
check "DOCX header row repeats" grep -q '<w:tblHeader' "$WORK/document.xml"
# The roadmap is approved once, by order № 45 (its appendix): no second «УТВЕРЖДАЮ».
check "DOCX approval block: approved by the order" bash -c "grep -q 'УТВЕРЖДЕНА' '$WORK/docx.txt' && grep -q 'приказом МБОУ' '$WORK/docx.txt'"
check "DOCX approval block: the order's date and number" contains_squashed "$WORK/docx.txt" "от 31.08.2023 № 45"
check "DOCX: no «УТВЕРЖДАЮ» beside the order's stamp" bash -c "! grep -q УТВЕРЖДАЮ '$WORK/docx.txt'"
check "DOCX agreement block" contains_squashed "$WORK/docx.txt" "СОГЛАСОВАНО"
check "DOCX executor line" grep -q 'Исп\.' "$WORK/docx.txt"
check "DOCX result column" contains_squashed "$WORK/docx.txt" "Результат. Вид документа"

# PDF: text, fonts and page size as printed.
# -raw keeps the content-stream order: cell by cell, not interleaved columns.
pdftotext -raw "$OUT/roadmap.pdf" "$WORK/pdf.txt"
while IFS= read -r title; do
  check "PDF has «${title:0:50}…»" contains_squashed "$WORK/pdf.txt" "$title"
done < <(seed_titles)
pdffonts "$OUT/roadmap.pdf" >"$WORK/fonts.txt"
check "PDF in Liberation Serif or Times New Roman" grep -Eq 'LiberationSerif|TimesNewRoman' "$WORK/fonts.txt"
check "PDF has no fallback DejaVu font" bash -c "! grep -q DejaVu '$WORK/fonts.txt'"
check "PDF page is A4 landscape" bash -c "pdfinfo '$OUT/roadmap.pdf' | grep -Eq 'Page size: +841\.[0-9]+ x 595\.[0-9]+'"

# HTML: the text a browser shows.
"$PY" - "$OUT/roadmap.html" >"$WORK/html.txt" <<'PYEOF'
import sys, html.parser
class T(html.parser.HTMLParser):
    def __init__(self): super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
t = T(); t.feed(open(sys.argv[1], encoding="utf-8").read()); print(" ".join(t.out))
PYEOF
while IFS= read -r title; do
  check "HTML has «${title:0:50}…»" contains_squashed "$WORK/html.txt" "$title"
done < <(seed_titles)

# XLSX: every event on the roadmap sheet and the month timeline.
xlsx_dump "$OUT/roadmap.xlsx" >"$WORK/xlsx.txt"
"$PY" - "$OUT/roadmap.xlsx" >>"$WORK/xlsx.txt" <<'PYEOF'
import sys, openpyxl
tl = openpyxl.load_workbook(sys.argv[1]).worksheets[1]
header = None
for row in tl.iter_rows(values_only=True):
    if row and "Сентябрь" in row: header = row; break
print("MONTHS", "|".join(str(v) for v in header[2:14]) if header else "none")
marked = sum(1 for row in tl.iter_rows(values_only=True) for v in row[2:14] if v not in (None, ""))
print("MARKED", marked)
PYEOF
while IFS= read -r title; do
  check "XLSX has «${title:0:50}…»" contains_squashed "$WORK/xlsx.txt" "$title"
done < <(seed_titles)
check "XLSX sheets" grep -q '^SHEETS Дорожная карта|График' "$WORK/xlsx.txt"
check "XLSX timeline months" grep -q '^MONTHS Сентябрь|Октябрь|Ноябрь|Декабрь|Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август$' "$WORK/xlsx.txt"
marked=$(sed -n 's/^MARKED //p' "$WORK/xlsx.txt")
check "XLSX timeline has marked months (got $marked)" test "${marked:-0}" -ge 30
summary
