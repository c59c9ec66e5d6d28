#!/usr/bin/env bash
# The example report laid out as a typesetter would leave it: pages filled (a figure
# that does not fit is small enough not to leave a page mostly empty), tables and
# figures numbered through the document with their captions beside them in every
# format, and a table and its chart printing the same figure.
source "$(dirname "$0")/lib.sh"

R=$WORK/report
if ! "$NASTAVNIK" build "$SOURCE_DIR/data/example.json" --only report -o "$R" >"$WORK/log" 2>&1; then
  cat "$WORK/log"; fail "build of the example report"; summary; exit 1
fi
pandoc -f docx -t plain --wrap=none "$R/report.docx" -o "$WORK/docx.txt"
pdftotext -layout "$R/report.pdf" "$WORK/pdf.txt"
pdftotext -bbox "$R/report.pdf" "$WORK/bbox.html"

# 1. Page fill: on every page but the last, the text reaches at least FILL of the text
# area (A4, 20 mm top and bottom margins). A figure pushed whole to the next page left
# 30–45 % of a page empty; a figure block of at most a third of the page cannot.
FILL=0.75
check "every page but the last is filled to ${FILL} of its text area" "$PY" - "$WORK/bbox.html" "$FILL" <<'PYEOF'
import re, sys
doc = open(sys.argv[1], encoding="utf-8").read()
need = float(sys.argv[2])
pages = re.findall(r'<page ([^>]*)>(.*?)</page>', doc, re.S)
top = bottom = 20 / 25.4 * 72  # the reference DOCX's margins, in points
bad = []
for n, (attrs, body) in enumerate(pages[:-1], 1):
    height = float(re.search(r'height="([\d.]+)"', attrs).group(1))
    ys = [float(y) for y in re.findall(r'yMax="([\d.]+)"', body)]
    fill = (max(ys) - top) / (height - top - bottom) if ys else 0
    print(f"page {n}: text area filled to {fill:.2f}")
    if fill < need:
        bad.append(n)
if bad:
    print("pages left mostly empty:", bad)
sys.exit(1 if bad or len(pages) < 2 else 0)
PYEOF

# 2. Captions: «Таблица N — …» above every table, «Рисунок N — …» below every figure,
# each numbered 1, 2, 3 … through the document, the same in DOCX, PDF and HTML.
"$PY" - "$R/report.html" "$WORK/html_counts" <<'PYEOF'
import re, sys, html5lib
doc = html5lib.parse(open(sys.argv[1], encoding="utf-8").read(), namespaceHTMLElements=False)
tables = [t for t in doc.iter("table") if "report-" in (t.get("class") or "")]
text = lambda e: "".join(e.itertext()).replace("\u00a0", " ").strip()
captions = [t.find("caption") for t in tables]
ok = all(c is not None and re.match(r"Таблица %d — \S" % (i + 1), text(c)) for i, c in enumerate(captions))
figures = [text(e) for e in doc.iter() if e.tag == "figcaption" or "figure-caption" in (e.get("class") or "")]
ok = ok and all(re.match(r"Рисунок %d — \S" % (i + 1), f) for i, f in enumerate(figures))
open(sys.argv[2], "w").write(f"{len(tables)} {len(figures)} {int(ok)}\n")
PYEOF
read -r tables figures html_ok <"$WORK/html_counts"
check "HTML: every report table has a caption «Таблица N — …», figures «Рисунок N — …», in order" test "$html_ok" = 1
check "the report has at least 6 tables" test "$tables" -ge 6
# numbered FILE COUNT WORD: the text's lines «WORD N — …» number 1…COUNT in order.
numbered() {
  "$PY" - "$@" <<'PYEOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read().replace("\u00a0", " ")
found = [int(n) for n in re.findall(r"^\s*%s (\d+) — \S" % sys.argv[3], text, re.M)]
print(sys.argv[1], sys.argv[3], found)
sys.exit(0 if found == list(range(1, int(sys.argv[2]) + 1)) else 1)
PYEOF
}
for fmt in docx pdf; do
  check "$fmt numbers tables 1…$tables in order" numbered "$WORK/$fmt.txt" "$tables" "Таблица"
  check "$fmt numbers figures 1…$figures in order" numbered "$WORK/$fmt.txt" "$figures" "Рисунок"
done
# In the DOCX each table caption is the paragraph right before its table, left-aligned and kept with it.
check "DOCX: each «Таблица N» paragraph directly precedes its table, in the keep-with-next style" "$PY" - "$R/report.docx" "$tables" <<'PYEOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
xml = z.read("word/document.xml").decode("utf-8")
styles = z.read("word/styles.xml").decode("utf-8")
caps = re.findall(r'<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="TableCaption"\s*/>(?:(?!</w:p>).)*</w:p>(.{0,8})', xml, re.S)
style = re.search(r'<w:style[^>]*w:styleId="TableCaption"[^>]*>.*?</w:style>', styles, re.S).group(0)
print(len(caps), [c for c in caps])
sys.exit(0 if len(caps) == int(sys.argv[2]) and all(c.startswith("<w:tbl>") for c in caps)
         and re.search(r"<w:keepNext\s*/>", style) and "center" not in style else 1)
PYEOF
# In the PDF no page ends with a table's caption, and each page has as many pictures
# as figure captions (a chart is an image without text: its caption is its trace).
pdfimages -list "$R/report.pdf" >"$WORK/images.txt"
check "PDF: no caption parted from its table or figure by a page break" "$PY" - "$WORK/pdf.txt" "$WORK/images.txt" <<'PYEOF'
import collections, re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
images = collections.Counter(int(l.split()[0]) for l in open(sys.argv[2]).read().splitlines()[2:]
                             if l.split() and l.split()[2] == "image")
bad = []
for n, page in enumerate(pages, 1):
    lines = [l.strip() for l in page.splitlines() if l.strip() and not re.fullmatch(r"\d+", l.strip())]
    if lines and re.match(r"Таблица \d+ —", lines[-1]): bad.append(f"page {n} ends with «{lines[-1]}»")
    captions = sum(1 for l in lines if re.match(r"Рисунок \d+ —", l))
    if captions != images[n]: bad.append(f"page {n}: {images[n]} pictures, {captions} figure captions")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PYEOF

# 3. One rounding: every figure of the before/after table (scores and shares) is the
# label of a bar in the chart of that measure, and no bar shows a figure the table does not.
check "the growth table and its charts print the same figures" "$PY" - "$R/report.html" <<'PYEOF'
import base64, re, sys, html5lib
page = open(sys.argv[1], encoding="utf-8").read()
doc = html5lib.parse(page, namespaceHTMLElements=False)
table = next(t for t in doc.iter("table") if "report-growth" in (t.get("class") or ""))
cell = lambda e: "".join(e.itertext()).replace("\u00a0", " ").strip()
table_figures = set()
for row in table.find("tbody").iter("tr"):
    cells = [cell(td) for td in row.iter("td")]
    if cells[1] != "0":
        table_figures.update(cells[2:4])  # «До», «После»
svgs = [base64.b64decode(u).decode("utf-8") for u in re.findall(r'data:image/svg\+xml;base64,([^"]*)"', page)]
labels = set()
for svg in svgs:
    if "до" in re.findall(r">([^<]*)<", svg) and "после" in re.findall(r">([^<]*)<", svg):
        labels.update(t.replace("\u00a0", " ").strip() for t in re.findall(r">\s*(\d+,\d+(?:\s| )*%?)\s*<", svg))
print("table:", sorted(table_figures), "\ncharts:", sorted(labels))
sys.exit(0 if table_figures and table_figures == labels else 1)
PYEOF
summary
