#!/usr/bin/env bash
# Text that looks like markup, markdown or table syntax, and a very long string,
# must come out literally in every format and break nothing.
source "$(dirname "$0")/lib.sh"
# 2,310 characters: 300 words, then one word exactly as long as a word may be
# (200 characters, README «Ограничения»; longer ones are refused at check).
LONG="$(printf 'Долгий %.0s' $(seq 1 300))$(printf 'я%.0s' $(seq 1 200))"
"$PY" - "$SOURCE_DIR/tests/fixtures/minimal.json" "$WORK/hostile.json" "$LONG" <<'PYEOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
data["staff"].append({"id": "evil", "full_name": "<script>alert(1)</script> Злой Иван", "position": "учитель"})
ev = data["roadmap"]["events"]
ev.append({"number": "2.2", "title": "<script>alert('x')</script> и **жирный** и ___ и | и &amp; и «ёлочки»",
           "deadline": "май", "responsible": [{"staff": "evil"}, "Роль | с <b>тегом</b>"], "result": "__подчёркнутое__"})
ev.append({"number": "2.3", "title": sys.argv[3], "deadline": "май", "responsible": ["Куратор"]})
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
OUT=$WORK/out
"$NASTAVNIK" build "$WORK/hostile.json" -o "$OUT" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build"; summary; exit 1; }

pandoc -f docx -t plain --wrap=none "$OUT/roadmap.docx" -o "$WORK/docx.txt"
# -raw keeps the content-stream order: cell by cell, not interleaved columns.
pdftotext -raw "$OUT/roadmap.pdf" "$WORK/pdf.txt"
# The 2,000-character title is taller than a page, so LibreOffice splits its row
# and pdftotext interleaves page furniture: page numbers, the repeated header row
# and the row's other cells. Remove exactly those to read the title back whole.
squash "$WORK/pdf.txt" | tr -d '0-9' | sed -e 's/№п\/пМероприятиеСрокиОтветственныеРезультат\.Виддокумента//g' \
  -e 's/Май\.г\.Куратор//g; s/Майг\.Куратор//g' >"$WORK/pdf-long.txt"
"$PY" -c '
import sys, html.parser
class T(html.parser.HTMLParser):
    def __init__(self): super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
t = T(); t.feed(open(sys.argv[1], encoding="utf-8").read()); print("".join(t.out))' "$OUT/roadmap.html" >"$WORK/html.txt"
xlsx_dump "$OUT/roadmap.xlsx" >"$WORK/xlsx.txt"

for fmt in docx pdf html xlsx; do
  f=$WORK/$fmt.txt
  check "$fmt: <script> literal" contains_squashed "$f" "<script>alert('x')</script>"
  check "$fmt: **жирный** literal" contains_squashed "$f" "**жирный**"
  check "$fmt: ___ literal" contains_squashed "$f" "и___и|и&amp;и«ёлочки»"
  [ "$fmt" = pdf ] && f=$WORK/pdf-long.txt
  check "$fmt: 2,000-character title whole" contains_squashed "$f" "$LONG"
done
for fmt in docx html xlsx pdf; do
  check "$fmt: staff name with <script>" contains_squashed "$WORK/$fmt.txt" "<script>alert(1)</script>"
  check "$fmt: role text with <b>" contains_squashed "$WORK/$fmt.txt" "Роль|с<b>тегом</b>"
done
check "HTML has no live script tag" bash -c "! grep -q '<script>' '$OUT/roadmap.html'"
check "HTML has no live <b> from data" bash -c "! grep -q '<b>тегом' '$OUT/roadmap.html'"
check "DOCX XML has no raw tag from data" bash -c "! unzip -p '$OUT/roadmap.docx' word/document.xml | grep -q '<script>'"
summary
