#!/usr/bin/env bash
# Publication safety of the site pack (build --site): every file of the pack is
# read back (HTML as text, PDF via pdftotext and pdfinfo, any DOCX via its XML)
# and scanned for the example's pupils' names, birth dates and representatives,
# computed here independently from data/example.json. A dissemination consent
# for one pupil must let exactly that pupil appear, in the allowed form.
source "$(dirname "$0")/lib.sh"
EXAMPLE=$SOURCE_DIR/data/example.json

# pack_text DIR OUT: every file's text, each preceded by «=== name».
pack_text() {
  local dir=$1 out=$2 f
  : >"$out"
  for f in $(find "$dir" -type f | sort); do
    echo "=== $(basename "$f")" >>"$out"
    case "$f" in
      *.html|*.svg) "$PY" -c 'import html,re,sys; t=open(sys.argv[1],encoding="utf-8").read(); print(html.unescape(re.sub(r"<[^>]+>"," ",t)))' "$f" >>"$out" ;;
      *.pdf) pdftotext -raw "$f" - >>"$out"; pdfinfo "$f" >>"$out" ;;
      *.docx) unzip -p "$f" word/document.xml | sed 's/<[^>]*>/ /g' >>"$out" ;;
      *) cat "$f" >>"$out" ;;
    esac
  done
}

# scan DATA TEXT [ALLOWED_ID]: prints «LEAK pupil: form» for what a pupil's data
# shows in TEXT, «NAMED other: form» for an outside participant's data beyond their
# consent, and «SEEN …» for staff mentors found (the scan can see names);
# the ALLOWED_ID pupil's consented forms are not leaks, the rest of their data is.
scan() {
  "$PY" - "$@" <<'PYEOF'
import json, re, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
allowed_id = sys.argv[3] if len(sys.argv) > 3 else ""
months = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
def norm(s):
    s = s.replace("\u00a0", " ").replace("ё", "е").replace("Ё", "Е").lower()
    s = re.sub(r"\s+", " ", s)
    return re.sub(r"\. (?=\w\.)", ".", s)  # «Т. А.» = «Т.А.»
hay = norm(text)
def found(needle):
    return re.search(r"(?<![\w])" + re.escape(norm(needle)) + r"(?![\w])", hay) is not None
def forms(full):
    s, g, *rest = full.split()
    p = rest[0] if rest else ""
    i = g[0] + "." + (p[0] + "." if p else "")
    return [full, f"{s} {i}", f"{s} {g[0]}.", f"{i} {s}", f"{g[0]}. {s}", f"{s} {g}", f"{g} {s}"]
for x in d["pupils"]:
    needles = forms(x["full_name"])
    if x["id"] == allowed_id:
        c = x["dissemination"]
        s, g, *rest = x["full_name"].split()
        ok = {"full": [f"{s} {g}", f"{g} {s}", f"{s} {g[0]}.", f"{g[0]}. {s}"],
              "short": [f"{s} {g[0]}.", f"{g[0]}. {s}"], "first_name": [g]}[c.get("name", "full")]
        needles = [n for n in needles if n not in ok]
    y, m, dd = map(int, x["birth_date"].split("-"))
    needles += [f"{dd:02d}.{m:02d}.{y}", f"{dd} {months[m - 1]} {y}"]
    if "representative" in x:
        needles += forms(x["representative"]["full_name"]) + [x["representative"].get("phone", "-")]
    for n in needles:
        if found(n): print(f"LEAK {x['id']}: {n}")
# Outside participants (students, employers' people, parents): like pupils, named only by
# their own consent, in its form; the position with the name only when it allows.
for o in d.get("others", []):
    c = o.get("dissemination")
    needles = forms(o["full_name"]) + [o.get("phone", "-"), o.get("address", "-")]
    if c:
        s, g, *rest = o["full_name"].split()
        ok = {"full": [f"{s} {g}", f"{g} {s}", f"{s} {g[0]}.", f"{g[0]}. {s}"],
              "short": [f"{s} {g[0]}.", f"{g[0]}. {s}"], "first_name": [g]}[c.get("name", "full")]
        needles = [n for n in needles if n not in ok]
    if o.get("position") and not (c and c.get("position")): needles.append(o["position"])
    for n in needles:
        if found(n): print(f"NAMED {o['id']}: {n}")
staff = {p["id"]: p for p in d["staff"]}
seen = set()
for pr in d["pairs"]:
    if pr["mentor"] in staff and found(staff[pr["mentor"]]["full_name"]): seen.add(pr["mentor"])
for m in sorted(seen): print("SEEN", m)
PYEOF
}

# ---- the example as it is: no pupil has consented
SITE=$WORK/site
"$NASTAVNIK" build "$EXAMPLE" --site -o "$SITE" >"$WORK/log" 2>&1 || { cat "$WORK/log"; fail "build --site"; summary; exit 1; }
for f in index.html roadmap.pdf roadmap.html order-roadmap.pdf order-roadmap.html order-pairs.pdf order-pairs.html report.pdf report.html; do
  check "$f in the pack" test -s "$SITE/$f"
done
check "no DOCX, XLSX or consents in the pack" test -z "$(find "$SITE" \( -name '*.docx' -o -name '*.xlsx' -o -name 'consent*' \) -print)"
check "every PDF has text (pdftotext reads it)" bash -c 'for f in "$1"/*.pdf; do [ "$(pdftotext -raw "$f" - | wc -c)" -gt 500 ] || exit 1; done' _ "$SITE"

pack_text "$SITE" "$WORK/text"
scan "$EXAMPLE" "$WORK/text" >"$WORK/scan"
check "no pupil's name, birth date or representative in the pack" bash -c '! grep -q "^LEAK" "$1"' _ "$WORK/scan"
check "no outside participant named without a consent, nor beyond it" bash -c '! grep -q "^NAMED" "$1"' _ "$WORK/scan"
grep "^NAMED" "$WORK/scan" | head -5 >&2
# Teachers' mentoring consents (ТК РФ ст. 351.8): the order on the site says they exist,
# never when they were signed or the additional agreement's number.
"$PY" - "$EXAMPLE" "$WORK/text" >"$WORK/consent-leaks" <<'PYEOF'
import json, re, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
text = re.sub(r"\s+", " ", open(sys.argv[2], encoding="utf-8").read().replace("\u00a0", " "))
def dmy(iso): y, m, dd = iso.split("-"); return f"{dd}.{m}.{y}"
for s in d["staff"]:
    c = s.get("mentoring_consent")
    if not c: continue
    if "date" in c and "письменное согласие от " + dmy(c["date"]) in text: print(s["id"], "consent date")
    a = c.get("agreement", {})
    if a.get("number") and "соглашение к трудовому договору от" in text: print(s["id"], "agreement")
PYEOF
check "no consent dates or agreement numbers on the site" test ! -s "$WORK/consent-leaks"
grep "^LEAK" "$WORK/scan" | head -5 >&2
check "the scan sees the staff mentors (9 of them)" test "$(grep -c '^SEEN' "$WORK/scan")" -eq 9
check "the outside mentors without a consent are shown by role" \
  contains_squashed "$SITE/order-pairs.html" "Студент, ГБПОУ «Краснодольский педагогический колледж»"
check "the employer with a consent is named in its form, with the position" \
  contains_squashed "$SITE/order-pairs.html" "Ломакин Сергей</p><p>главный инженер, АО «Краснодольский приборный завод»"
printf 'Лисицына\xc2\xa0П.С.; студентка 3 курса, специальность 44.02.02 «Преподавание в начальных классах»\n' >"$WORK/probe-other"
check "the scan finds a planted outside mentor and her course" \
  test "$(scan "$EXAMPLE" "$WORK/probe-other" | grep -c '^NAMED student_lisitsyna')" -ge 2
printf 'Орлов\xc2\xa0Т. А. и 11 февраля 2013 г.\n' >"$WORK/probe"
check "the scan finds a planted name and birth date" test "$(scan "$EXAMPLE" "$WORK/probe" | grep -c '^LEAK orlov_ta')" -ge 2
check "the order names pupils only as counts" contains_squashed "$WORK/text" "3 обучающихся"
check "the index counts pupils" grep -q "обучающихся: " "$WORK/text"

# index.html links every document, the pages link the rest, every link works; modes are public
"$PY" - "$SITE" >"$WORK/links" <<'PYEOF'
import os, re, sys
site = sys.argv[1]
files = {os.path.relpath(os.path.join(r, f), site) for r, _, fs in os.walk(site) for f in fs}
linked = set()
for page in (f for f in files if f.endswith(".html")):
    for h in re.findall(r'(?:href|src)="([^"#:]+)"', open(os.path.join(site, page), encoding="utf-8").read()):
        target = os.path.normpath(os.path.join(os.path.dirname(page), h))
        linked.add(target)
        if target not in files: print("BROKEN", page, h)
index = set(re.findall(r'href="([^"]+)"', open(os.path.join(site, "index.html"), encoding="utf-8").read()))
for f in sorted(files - linked - {"index.html"}): print("UNLINKED", f)
for f in sorted(f for f in files if "/" not in f and f != "index.html" and f not in index): print("NOT ON INDEX", f)
PYEOF
check "index.html links every file, no broken links" test ! -s "$WORK/links"
cat "$WORK/links" >&2
check "files are 0644" test -z "$(find "$SITE" -type f ! -perm 644 -print)"
check "folders are 0755" test -z "$(find "$SITE" -type d ! -perm 755 -print)"
check "the index names the curator and the school" bash -c 'grep -q "Куратор программы" "$1" && grep -q "Соколова Наталья Петровна" "$1"' _ "$SITE/index.html"

# ---- one pupil consents: exactly that pupil appears, in the allowed form
"$PY" - "$EXAMPLE" "$WORK/consent.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for x in d["pupils"]:
    if x["id"] == "gromova_ed":
        x["dissemination"] = {"date": "2023-12-14", "name": "full", "class": True}
d.pop("$schema", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
SITE2=$WORK/site2
"$NASTAVNIK" build "$WORK/consent.json" --site -o "$SITE2" >"$WORK/log2" 2>&1 || { cat "$WORK/log2"; fail "build --site with a consent"; }
pack_text "$SITE2" "$WORK/text2"
scan "$WORK/consent.json" "$WORK/text2" gromova_ed >"$WORK/scan2"
check "with a consent, still no other pupil and nothing beyond the consent" bash -c '! grep -q "^LEAK" "$1"' _ "$WORK/scan2"
grep "^LEAK" "$WORK/scan2" | head -5 >&2
check "the consented pupil appears with the class (HTML)" contains_squashed "$SITE2/order-pairs.html" "Громова Елизавета, 8А"
pdftotext -raw "$SITE2/order-pairs.pdf" "$WORK/pairs2.txt"
check "the consented pupil appears with the class (PDF)" contains_squashed "$WORK/pairs2.txt" "Громова Елизавета, 8А"
check "the rest of that group is a count" contains_squashed "$WORK/pairs2.txt" "и ещё 2 обучающихся"
scan "$WORK/consent.json" "$WORK/text2" >"$WORK/scan3"  # without the allowance
check "exactly that pupil is named" test "$(grep '^LEAK' "$WORK/scan3" | cut -d: -f1 | sort -u)" = "LEAK gromova_ed"

# ---- check --site: what is withheld and why, in the deputy's terminal
"$NASTAVNIK" check "$WORK/consent.json" --site >"$WORK/check" 2>&1
check "check --site succeeds" test $? -eq 0
check "check --site: a pupil without consent" grep -q "Обучающийся Орлов Т.А. (/pupils/0): нет согласия на распространение — на сайте только в числах" "$WORK/check"
check "check --site: the consented pupil and the form" grep -q "Обучающаяся Громова Е.Д. (/pupils/12): согласие на распространение от 14.12.2023 — на сайте как «Громова Елизавета», с классом (8А)" "$WORK/check"
check "check --site: representatives never" grep -q "Законные представители" "$WORK/check"
check "check --site: an outside mentor without consent" grep -q "Студентка Лисицына П.С. (/others/0): нет согласия на распространение — на сайте без имени: «студент, ГБПОУ «Краснодольский педагогический колледж»»" "$WORK/check"
check "check --site: an outside mentor with consent" grep -q "Представитель работодателя Ломакин С.В. (/others/2): согласие на распространение от 14.09.2023 — на сайте как «Ломакин Сергей», с должностью" "$WORK/check"
check "check --site: consents stay out" grep -q "Реестр согласий: нет в папке для сайта: персональные данные" "$WORK/check"
check "check --site: the pair order is redacted" grep -q "Приказ о закреплении наставнических пар: в папке для сайта — в обезличенном виде" "$WORK/check"

# ---- by construction: a pupil's name typed into free text stops the pack, named by field
"$PY" - "$EXAMPLE" "$WORK/leaky.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["roadmap"]["events"][0]["title"] += " (доклад Орлова Тимофея Алексеевича, Орлов Т.А.)"
outsider = next(o for o in d["others"] if "dissemination" not in o)
d["roadmap"]["events"][1]["title"] += " (с участием " + outsider["full_name"] + ")"
d.pop("$schema", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
before=$(tree_digest "$SITE")
"$NASTAVNIK" build "$WORK/leaky.json" --site -o "$SITE" >"$WORK/log3" 2>&1
check "a leak in free text: exit 2" test $? -eq 2
check "a leak names the field, the form and the pupil's entry" \
  grep -q "leaky.json:[0-9]*:[0-9]*: ошибка: /roadmap/events/0/title: .*обучающегося (/pupils/0) .*«Орлов.*Т.А.»" "$WORK/log3"
check "an outside mentor without consent, named in free text, is a leak too" \
  grep -q "leaky.json:[0-9]*:[0-9]*: ошибка: /roadmap/events/1/title: .*участника программы не из школы (/others/[0-9]*) .*«" "$WORK/log3"
check "a refused pack leaves the folder untouched" test "$before" = "$(tree_digest "$SITE")"
"$NASTAVNIK" check "$WORK/leaky.json" --site >"$WORK/log3c" 2>&1
check "check --site reports it too (exit 2)" test $? -eq 2
"$NASTAVNIK" convert "$WORK/leaky.json" "$WORK/leaky.xlsx" >/dev/null 2>&1
"$NASTAVNIK" build "$WORK/leaky.xlsx" --site -o "$SITE" >"$WORK/log3x" 2>&1
check "from a workbook: exit 2" test $? -eq 2
check "from a workbook: the sheet and cell are named" grep -q "Лист «.*ячейка .*«Орлов.*Т.А.»" "$WORK/log3x"

# attempt NAME POINTER TEXT FORM: TEXT written at POINTER is refused, naming POINTER and FORM.
attempt() {
  local name=$1 ptr=$2 text=$3 form=$4
  "$PY" - "$EXAMPLE" "$WORK/$name.json" "$ptr" "$text" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
*path, last = [int(p) if p.isdigit() else p for p in sys.argv[3].strip("/").split("/")]
node = d
for p in path: node = node[p]
node[last] = sys.argv[4]
d.pop("$schema", None)
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYEOF
  "$NASTAVNIK" build "$WORK/$name.json" --site -o "$SITE" >"$WORK/$name.log" 2>&1
  check "$name: exit 2" test $? -eq 2
  check "$name: names $ptr and «$form»" grep -qF "$ptr: " "$WORK/$name.log"
  check "$name: the form found" grep -qF "«$form»" "$WORK/$name.log"
}
attempt event_title /roadmap/events/2/title "Беседа с Орловым Тимофеем" "Орловым Тимофеем"
attempt staff_position /staff/4/position "социальный педагог, куратор Громовой Елизавете" "Громовой Елизавете"
attempt order_point /orders/roadmap/points/0 "Закрепить за Ахмедовой Аминой" "Ахмедовой Аминой"
attempt best_practice /results/best_practices/0/text "Опыт работы с Орлову Тимофею" "Орлову Тимофею"
attempt swot /results/swot/strengths/0 "Успехи: выступает Тимофей Алексеевич" "Тимофей Алексеевич"
attempt surname_alone /roadmap/events/3/title "Доклад; докладчик — Орлов" "Орлов"
attempt latin_o /roadmap/events/3/title "Доклад; докладчик — Oрлов" "Орлов"
check "no attempt touched the folder" test "$before" = "$(tree_digest "$SITE")"

mkdir -p "$WORK/busy" && echo x >"$WORK/busy/registers.xlsx"
"$NASTAVNIK" build "$EXAMPLE" --site -o "$WORK/busy" >"$WORK/log4" 2>&1
check "a folder with other files is refused" test $? -ne 0
check "…and left as it was" test "$(ls "$WORK/busy")" = "registers.xlsx"
summary
