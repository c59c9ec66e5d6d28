#!/usr/bin/env bash
# Accessibility of what the public sees (the duty of a municipal school's site; ГОСТ Р
# 52872-2019): every HTML page of the site pack, and the `serve` pages, opened in
# headless Chromium and checked by axe-core against WCAG 2.1 A and AA, then at 200 %
# zoom for sideways scrolling and cut-off text (a11y_audit.py). Beyond what axe
# checks: lang="ru", a header scope on every table header cell, and a table with the
# figures of every chart (a picture alone says nothing to a screen reader).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
: "${AXE_CORE_JS:?set AXE_CORE_JS to axe.min.js (CMake fetches it into build/third_party/axe-core)}"
if [ ! -s "$AXE_CORE_JS" ]; then
  fail "axe-core is missing ($AXE_CORE_JS): configure with npm and the network (see tests/CMakeLists.txt)"
  summary; exit 1
fi

SITE=$WORK/site
"$NASTAVNIK" build "$SOURCE_DIR/data/example.json" --site -o "$SITE" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build --site"; summary; exit 1; }
mapfile -t PAGES < <(find "$SITE" -name '*.html' | sort)
check "the pack has the index and four document pages" test "${#PAGES[@]}" -ge 5

# Structure a parser sees (python3-html5lib, as a browser parses it).
"$PY" - "${PAGES[@]}" >"$WORK/structure" <<'PYEOF'
import os, sys, html5lib
NS = "{http://www.w3.org/1999/xhtml}"
for path in sys.argv[1:]:
    page = os.path.basename(path)
    doc = html5lib.parse(open(path, "rb"), namespaceHTMLElements=True)
    if doc.get("lang") != "ru": print(page, "html lang is not ru:", doc.get("lang"))
    title = doc.find(f"{NS}head/{NS}title")
    if title is None or not (title.text or "").strip(): print(page, "no title")
    for th in doc.iter(f"{NS}th"):
        if th.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
            print(page, "th without scope:", "".join(th.itertext())[:40])
    imgs = list(doc.iter(f"{NS}img"))
    for img in imgs:
        if not (img.get("alt") or "").strip(): print(page, "img without alt")
    # Every chart comes with its figures as a table: the figure names its table.
    tables = {t.get("id") for t in doc.iter(f"{NS}table") if t.get("id")}
    for fig in doc.iter(f"{NS}figure"):
        ref = fig.get("aria-details") or ""
        if not ref or ref not in tables: print(page, "a chart without its table of figures:", ref)
    if imgs and not any(True for _ in doc.iter(f"{NS}figure")): print(page, "images outside <figure>")
PYEOF
check "lang, title, th scope, alt and a table for every chart" test ! -s "$WORK/structure"
head -20 "$WORK/structure" >&2

# The server's own pages: the first page and a check's findings table.
cp "$SOURCE_DIR/data/example.xlsx" "$WORK/bad.xlsx"
"$PY" - "$WORK/bad.xlsx" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Пары и группы"]["F4"].value = "31.02.2024"
wb.save(sys.argv[1])
PYEOF
start_server || { fail "serve did not start"; summary; exit 1; }
URLS=()
for p in "${PAGES[@]}"; do URLS+=("file://$p"); done
URLS+=("http://127.0.0.1:$PORT/" "check:http://127.0.0.1:$PORT|$WORK/bad.xlsx")
"$PY" "$SOURCE_DIR/tests/e2e/a11y_audit.py" "$AXE_CORE_JS" "${URLS[@]}" >"$WORK/audit" 2>"$WORK/audit.err"
rc=$?
stop_server
cat "$WORK/audit.err" >&2
check "axe-core ran on every page" test "$(grep -c '^checked ' "$WORK/audit.err")" -eq $((${#PAGES[@]} + 2))
check "no WCAG 2.1 A/AA violations (axe-core)" bash -c '! grep -q "^VIOLATION" "$1"' _ "$WORK/audit"
check "nothing cut off at 200 % zoom" bash -c '! grep -q "^ZOOM" "$1"' _ "$WORK/audit"
check "the audit itself succeeded" test "$rc" -eq 0 -o -s "$WORK/audit"
sort "$WORK/audit" | head -60 >&2

# The audit can fail: a page with the faults it looks for is reported, each of them.
cat >"$WORK/faulty.html" <<'HTML'
<!DOCTYPE html><html><head><title>x</title></head><body>
<h1>Страница</h1><h3>Пропущен уровень</h3>
<p style="color:#bbb">Бледный текст</p><img src="x.png">
<div style="width:1500px">Широкий блок без прокрутки</div>
<p style="width:100px;overflow:hidden;white-space:nowrap">Обрезанный текст, которого не видно целиком</p>
</body></html>
HTML
"$PY" "$SOURCE_DIR/tests/e2e/a11y_audit.py" "$AXE_CORE_JS" "file://$WORK/faulty.html" >"$WORK/faulty" 2>/dev/null
check "the audit fails on a faulty page" test $? -ne 0
for what in "VIOLATION html-has-lang" "VIOLATION heading-order" "VIOLATION color-contrast" "VIOLATION image-alt" \
            "VIOLATION landmark-one-main" "ZOOM page-scrolls-sideways" "ZOOM text-clipped"; do
  check "the audit reports $what" grep -q "^$what faulty.html" "$WORK/faulty"
done
summary
