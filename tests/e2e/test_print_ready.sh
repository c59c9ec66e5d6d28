#!/usr/bin/env bash
# What a records clerk checks before the director signs (issue 13), on the
# example's whole set and its site pack, read back as a user opens them:
# every HTML table parsed by a real HTML5 parser has as many header cells as
# columns and no stray entity text; no document prints an internal code; no PDF
# page ends with a roadmap stage heading; LibreOffice hyphenates Russian text.
source "$(dirname "$0")/lib.sh"
EXAMPLE=$SOURCE_DIR/data/example.json
OUT=$WORK/out
SITE=$WORK/site
"$NASTAVNIK" build "$EXAMPLE" -o "$OUT" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build"; summary; exit 1; }
"$NASTAVNIK" build "$EXAMPLE" --site -o "$SITE" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build --site"; summary; exit 1; }

# ---- HTML: tables well formed, no entity text shown as words
html_tables() {
  "$PY" - "$1" <<'PYEOF'
import html5lib, re, sys
path = sys.argv[1]
doc = html5lib.parse(open(path, "rb"), namespaceHTMLElements=False)
bad = []
def cols(row):
    return sum(int(c.get("colspan", "1")) for c in row if c.tag in ("td", "th"))
for i, t in enumerate(doc.iter("table")):
    head = [r for s in t.findall("thead") for r in s.findall("tr")]
    body = [r for s in t.findall("tbody") for r in s.findall("tr")]
    widths = {cols(r) for r in body}
    colgroup = [c for g in t.findall("colgroup") for c in g.findall("col")]
    if head and body and cols(head[0]) not in widths:
        bad.append(f"table {i + 1}: {cols(head[0])} header cells over {sorted(widths)} columns")
    if colgroup and body and len(colgroup) not in widths:
        bad.append(f"table {i + 1}: {len(colgroup)} <col> over {sorted(widths)} columns")
    for r in head:
        for th in r.findall("th"):
            if th.find(".//th") is not None: bad.append(f"table {i + 1}: a header cell inside a header cell")
text = " ".join(doc.find("body").itertext()) if doc.find("body") is not None else ""
for m in re.findall(r"\b(?:nbsp|amp|lt|gt|quot|shy|laquo|raquo|mdash|ndash);", text):
    bad.append(f"entity text «{m}» on the page")
print("\n".join(bad))
PYEOF
}
n_html=0
for f in "$OUT"/*.html "$SITE"/*.html; do
  [ -f "$f" ] || continue
  n_html=$((n_html + 1))
  problems=$(html_tables "$f")
  check "$(basename "$(dirname "$f")")/$(basename "$f"): tables and text well formed ${problems:+($problems)}" test -z "$problems"
done
check "the site's index page was checked" test -f "$SITE/index.html"
check "every built page was checked ($n_html)" test "$n_html" -ge 8

# ---- no internal codes, placeholders or Latin ids in any document a user reads
doc_text() {
  local f=$1
  case "$f" in
    *.html) "$PY" -c 'import html,re,sys; t=open(sys.argv[1],encoding="utf-8").read(); t=re.sub(r"(?s)<(style|script)[^>]*>.*?</\1>"," ",t); print(html.unescape(re.sub(r"<[^>]+>"," ",t)))' "$f" ;;
    *.pdf) pdftotext -raw "$f" - ;;
    *.docx) pandoc -f docx -t plain --wrap=none "$f" ;;
    *.xlsx) xlsx_dump "$f" ;;
  esac
}
"$PY" - "$EXAMPLE" >"$WORK/ids" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
ids = {x["id"] for k in ("staff", "pupils", "others", "pairs") for x in d.get(k, [])}
print("\n".join(sorted(ids)))
PYEOF
while IFS= read -r f; do
  doc_text "$f" >"$WORK/doc.txt" 2>/dev/null
  name=${f#"$WORK"/}
  check "$name: no «pair_», «[заполните», «TODO»" bash -c "! grep -qE 'pair_|\[заполните|TODO' '$WORK/doc.txt'"
  check "$name: no data id printed" bash -c "! grep -qwFf '$WORK/ids' '$WORK/doc.txt'"
done < <(find "$OUT" "$SITE" -type f \( -name '*.html' -o -name '*.pdf' -o -name '*.docx' -o -name '*.xlsx' \) | sort)

# ---- typography reaches every value: «№ 7», «2023 г.» and «И.Т. Веденеева» keep a
# no-break space in the DOCX of every kind (the consents' values are put in after the
# template's pass) and in the cells of every printed workbook.
breakable_spaces() {
  "$PY" - "$1" <<'PYEOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
part = "word/document.xml" if sys.argv[1].endswith(".docx") else "xl/sharedStrings.xml"
text = re.sub(r"<[^>]+>", "", z.read(part).decode("utf-8"))
bad = re.findall(r"№ \d|\d{4} гг?\.|[А-ЯЁ]\.[А-ЯЁ]\. [А-ЯЁ][а-яё]+", text)
print(" | ".join(sorted(set(bad))[:5]))
PYEOF
}
while IFS= read -r f; do
  bad=$(breakable_spaces "$f")
  check "${f#"$OUT"/}: no-break spaces after «№», before «г.», after initials ${bad:+(breakable: $bad)}" test -z "$bad"
done < <(find "$OUT" -maxdepth 2 -type f \( -name '*.docx' -o -name '*.xlsx' \) ! -name 'consent-register.xlsx' | sort)

# ---- no year is broken across two lines («20 октября 20 / 23 г.»): a whole date
# bound by no-break spaces was wider than a narrow «Срок» column.
for f in "$OUT"/*.pdf; do
  split=$(pdftotext -raw "$f" - | "$PY" -c '
import re, sys
lines = sys.stdin.read().splitlines()
bad = [a.strip()[-20:] + " / " + b.strip()[:10] for a, b in zip(lines, lines[1:])
       if re.search(r"\b(19|20)$", a) and re.match(r"\s*\d\d\s*г\.", b)]
print(" | ".join(bad[:3]))')
  check "$(basename "$f"): no year split across lines ${split:+($split)}" test -z "$split"
done

# ---- registers print with rows as tall as their text: the workbook's row heights
# are estimated from column widths in units of the default font (Calibri); printed
# by LibreOffice, a row may have at most two spare lines. (Without a metric-compatible
# Calibri — Carlito, installed by setup.sh — LibreOffice widened every column and
# rows printed twice as tall as their text.)
mkdir -p "$WORK/reg"
soffice --headless --norestore -env:UserInstallation=file://"$WORK/lo-profile" --convert-to pdf \
  --outdir "$WORK/reg" "$OUT/registers.xlsx" >/dev/null 2>&1
tall=$("$PY" - "$WORK/reg/registers.pdf" <<'PYEOF'
import re, statistics, subprocess, sys
pdf = sys.argv[1]
xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
bad, rows = [], 0
for pno, page in enumerate(xml.split("<page ")[1:], 1):
    words = [(float(a), float(b), w) for a, b, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)]
    if not words: continue
    left = min(x for x, _, _ in words)
    starts = sorted({round(y, 1) for x, y, w in words if x < left + 25 and w.isdigit()})
    lines = sorted({round(y, 1) for _, y, _ in words})
    gaps = [b - a for a, b in zip(lines, lines[1:]) if 0 < b - a < 30]
    if not gaps or len(starts) < 2: continue
    h = statistics.median(gaps)
    for a, b in zip(starts, starts[1:]):
        n = len({round(y) for y in lines if a - 1 <= y < b - 1})
        rows += 1
        if b - a > (n + 2) * h:
            bad.append(f"p.{pno} row at y={a:.0f}: {b - a:.0f} pt for {n} lines of {h:.1f} pt")
print(rows, len(bad))
print("\n".join(bad[:8]))
PYEOF
)
read -r rows_checked rows_tall <<<"$(echo "$tall" | head -1)"
check "registers.xlsx printed: rows no taller than their text ($rows_tall of $rows_checked too tall: $(echo "$tall" | sed -n 2p))" \
  test "${rows_checked:-0}" -ge 30 -a "${rows_tall:-1}" -eq 0

# ---- layout: no page ends with a stage heading row, its events on the next page
stage_at_page_end() {
  "$PY" - "$1" "$SOURCE_DIR/templates/standard-stages.json" "$EXAMPLE" <<'PYEOF'
import json, re, subprocess, sys
pdf, stages, example = sys.argv[1:4]
names = {s["number"]: s["name"] for s in json.load(open(stages, encoding="utf-8"))["stages"]}
for s in json.load(open(example, encoding="utf-8"))["roadmap"].get("stages", []):
    if "name" in s: names[s["number"]] = s["name"]
heads = [re.compile(r"^\s*%d\.\s+%s" % (n, re.escape(" ".join(name.split()[:2])))) for n, name in names.items()]
event = re.compile(r"^\s*\d+\.\d+\.?\s")
pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
for page in range(1, pages + 1):
    lines = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                           capture_output=True, text=True).stdout.splitlines()
    last_head = max([i for i, l in enumerate(lines) if any(h.search(l) for h in heads)], default=-1)
    last_event = max([i for i, l in enumerate(lines) if event.search(l)], default=-1)
    if last_head > last_event: print(f"page {page}: ends with «{lines[last_head].strip()[:60]}»")
PYEOF
}
for f in "$OUT/roadmap.pdf" "$OUT/order-roadmap.pdf"; do
  stranded=$(stage_at_page_end "$f")
  check "$(basename "$f"): no page ends with a stage heading ${stranded:+($stranded)}" test -z "$stranded"
done

# ---- hyphenation: justified Russian text is hyphenated by LibreOffice
# A line ending «слово-» continued in lower case on the next line, where the
# joined word has no hyphen in the document's own text, is a hyphenation break.
hyphenated_lines() {
  "$PY" - "$1" "$2" <<'PYEOF'
import re, subprocess, sys
pdf, docx = sys.argv[1:3]
lines = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout.splitlines()
source = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", docx], capture_output=True, text=True).stdout
n = 0
for a, b in zip(lines, lines[1:]):
    m, k = re.search(r"([а-яё]+)-$", a), re.match(r"([а-яё]+)", b.strip())
    if m and k and m.group(1) + "-" + k.group(1) not in source: n += 1
print(n)
PYEOF
}
for kind in order-roadmap order-pairs; do
  n=$(hyphenated_lines "$OUT/$kind.pdf" "$OUT/$kind.docx")
  check "$kind.pdf: Russian words hyphenated at line ends ($n)" test "$n" -ge 1
done
summary
