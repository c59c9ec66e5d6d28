#!/usr/bin/env bash
# `nastavnik import`: the seed roadmaps (text exports as they are) and DOCX/ODT
# fixtures of seed 000's table made here with pandoc, each imported, checked,
# rendered back and compared with the seed parsed independently.
source "$(dirname "$0")/lib.sh"
SEEDS=$SOURCE_DIR/tests/fixtures/seeds
SEED000=$(ls "$SEEDS"/000_*.txt)

# Seed 000 parsed here, independently of the importer: the last copy of each
# numbered row wins (the export holds the first part of the table twice).
"$PY" - "$SEED000" "$WORK" <<'PYEOF'
import json, re, sys, html
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
cells, cur = [], None          # every cell: its lines
for l in lines:
    m = re.match(r"^ *\t(.*)$", l)
    if m:
        cur = [m.group(1)]; cells.append(cur)
    elif l.strip() == "":
        cur = None
    elif cur is not None:
        cur.append(l)
def join(ls, sep=" "):
    out = ""
    for x in (" ".join(y.split()) for y in ls):
        if not x: continue
        out = x if not out else (out + x if out.endswith("-") and not out.endswith(" -") else out + sep + x)
    return out
stages, events = {}, {}
i = 0
while i < len(cells):
    t = join(cells[i])
    if re.fullmatch(r"\d+", t):
        stages[int(t)] = cells[i + 1]; i += 2
    elif re.fullmatch(r"\d+\.\d+", t):
        events[t] = [join(cells[i + 1]), join(cells[i + 2]), join(cells[i + 3])]; i += 4
    else:
        i += 1
order = sorted(events, key=lambda n: [int(x) for x in n.split(".")])
json.dump({"stages": sorted(stages), "events": [[n] + events[n] for n in order]},
          open(sys.argv[2] + "/seedref.json", "w"), ensure_ascii=False)
with open(sys.argv[2] + "/titles.txt", "w") as f:
    for n in order: f.write(events[n][0] + "\n")
# DOCX/ODT fixtures of the same table: stage rows merged across, or numbered and not merged.
def table(merged, extra_column):
    head = "<tr><th>№ п/п</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th>%s</tr>" % (
        "<th>Примечание</th>" if extra_column else "")
    rows = [head]
    for s in sorted(stages):
        text = "".join("<p>%s</p>" % html.escape(" ".join(x.split())) for x in stages[s] if x.strip())
        rest = 4 if extra_column else 3
        rows.append("<tr><td>%d</td><td colspan=\"%d\">%s</td></tr>" % (s, rest, text) if merged else
                    "<tr><td>%d</td><td>%s</td><td></td><td></td>%s</tr>" % (s, text, "<td></td>" if extra_column else ""))
        for n in order:
            if n.split(".")[0] != str(s): continue
            t, d, r = (html.escape(x) for x in events[n])
            rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>%s</tr>" % (
                n, t, d, r, "<td>перенесено с прошлого года</td>" if extra_column and n == "2.1" else
                ("<td></td>" if extra_column else "")))
    return "<table>%s</table>" % "".join(rows)
heading = """<p>СОГЛАСОВАНО</p><p>Протокол № 1 заседания педагогического совета от 31.08.2023</p>
<p>ПРИНЯТО с учетом мнения Совета родителей (Протокол № 9 от 30.08.2023)</p>
<p>УТВЕРЖДЕНО Приказ № 234/2 от 01.09.2023</p>
<p>Муниципальное бюджетное общеобразовательное учреждение</p><p>"Каспийская гимназия имени Героя Российской Федерации А.М.Магомедтагирова"</p>"""
closing = "<p>Исп. Заместитель директора по УВР Соколова Н.П., 8 (8652) 12-34-56</p>"
open(sys.argv[2] + "/merged.html", "w").write("<html><body>" + heading + table(True, False) + closing + "</body></html>")
open(sys.argv[2] + "/plain.html", "w").write("<html><body>" + table(False, True) + "</body></html>")
PYEOF
check "seed 000 parsed by the test: 7 stages" "$PY" -c "import json,sys; d=json.load(open('$WORK/seedref.json')); sys.exit(d['stages'] != list(range(1, 8)))"
nseed=$("$PY" -c "import json; print(len(json.load(open('$WORK/seedref.json'))['events']))")
check "seed 000 parsed by the test: 31 events (got $nseed)" test "$nseed" -eq 31

pandoc -f html "$WORK/merged.html" -o "$WORK/merged.docx"
pandoc -f html "$WORK/plain.html" -o "$WORK/plain.docx"
pandoc -f html "$WORK/merged.html" -o "$WORK/merged.odt"
check "fixture has merged stage rows" bash -c "unzip -p '$WORK/merged.docx' word/document.xml | grep -q 'w:gridSpan w:val=\"3\"'"
check "unmerged fixture has none" bash -c "! unzip -p '$WORK/plain.docx' word/document.xml | grep -q 'w:gridSpan'"

# compare_with_seed JSON: 7 stages; the seed's events, numbers, titles, deadlines
# and responsible text, whitespace aside.
compare_with_seed() {
  "$PY" - "$1" "$WORK/seedref.json" <<'PYEOF'
import json, sys
got, seed = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
sq = lambda s: "".join(s.split())
bad = []
stages = [s["number"] for s in got["roadmap"].get("stages", [])]
if stages != list(range(1, 8)): bad.append("stages %s" % stages)
ev = got["roadmap"]["events"]
if len(ev) != len(seed["events"]): bad.append("events %d != %d" % (len(ev), len(seed["events"])))
for e, (n, t, d, r) in zip(ev, seed["events"]):
    if e["number"] != n: bad.append("number %s != %s" % (e["number"], n))
    if sq(e["title"]) != sq(t): bad.append("%s title %r" % (n, e["title"]))
    if sq(e["deadline"]) != sq(d): bad.append("%s deadline %r != %r" % (n, e["deadline"], d))
    if sq(", ".join(e["responsible"])) != sq(r): bad.append("%s responsible %r != %r" % (n, e["responsible"], r))
print("\n".join(bad[:10]), file=sys.stderr)
sys.exit(1 if bad else 0)
PYEOF
}

# roundtrip NAME INPUT: import, compare, check, build the roadmap DOCX and find every seed title in it.
roundtrip() {
  local name=$1 input=$2 json=$WORK/$1.json
  if ! "$NASTAVNIK" import "$input" -o "$json" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
    cat "$WORK/$name.out" "$WORK/$name.err"; fail "$name: import"; return
  fi
  pass
  check "$name: 7 stages and every seed event with its deadline and responsible" compare_with_seed "$json"
  check "$name: the year is named with its reason" grep -q '^Учебный год: 2023/2024 — ' "$WORK/$name.out"
  check "$name: placeholders listed" grep -q '^заполните: organisation.city' "$WORK/$name.out"
  check "$name: check accepts the file" "$NASTAVNIK" check "$json"
  check "$name: the file matches data/nastavnik.schema.json" "$PY" -c "
import json, jsonschema
jsonschema.Draft202012Validator(json.load(open('$SOURCE_DIR/data/nastavnik.schema.json'))).validate(json.load(open('$json')))"
  if "$NASTAVNIK" build "$json" --only roadmap --format docx -o "$WORK/$name-out" >/dev/null 2>"$WORK/$name.build"; then
    pass
    pandoc -f docx -t plain --wrap=none "$WORK/$name-out/roadmap.docx" -o "$WORK/$name.txt"
    local missing=0
    while IFS= read -r title; do contains_squashed "$WORK/$name.txt" "$title" || { missing=1; echo "missing: $title" >&2; }; done <"$WORK/titles.txt"
    check "$name: the rendered roadmap holds every seed event title" test "$missing" -eq 0
  else
    cat "$WORK/$name.build"; fail "$name: build"
  fi
}

roundtrip seed000 "$SEED000"
check "seed 000: the organisation from the heading" grep -q 'Каспийская гимназия' "$WORK/seed000.json"
check "seed 000: the restated table is reported" grep -q 'повторяется' "$WORK/seed000.out"
check "seed 000: prose after the table is reported, not lost silently" grep -q 'строка 293 – строка 303: не перенесено: 9 абзацев текста после таблицы' "$WORK/seed000.out"
roundtrip merged "$WORK/merged.docx"
roundtrip plain "$WORK/plain.docx"
roundtrip odt "$WORK/merged.odt"

# The approval blocks, the organisation and the executor of the merged fixture.
check "DOCX: approvals and executor in the data" "$PY" - "$WORK/merged.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
a = d["roadmap"]["approvals"]
ok = [x["kind"] for x in a] == ["agreed", "accepted", "approved_by_order"]
ok &= a[0] == {"kind": "agreed", "heading": "СОГЛАСОВАНО", "body": "педагогического совета", "protocol": {"number": "1", "date": "2023-08-31"}}
ok &= [x.get("heading") for x in a] == ["СОГЛАСОВАНО", "ПРИНЯТО", "УТВЕРЖДЕНО"]
ok &= a[1]["body"] == "Совета родителей" and a[1]["protocol"] == {"number": "9", "date": "2023-08-30"}
ok &= a[2]["order"] == {"number": "234/2", "date": "2023-09-01"}
ok &= d["executor"] == {"full_name": "Соколова Н.П.", "position": "заместитель директора по УВР", "phone": "8 (8652) 12-34-56"}
ok &= d["organisation"]["short_name"].startswith("МБОУ «Каспийская гимназия")
sys.exit(0 if ok else 1)
PYEOF
pandoc -f docx -t plain --wrap=none "$WORK/merged-out/roadmap.docx" -o "$WORK/merged-back.txt"
# (one table cell per line in pandoc's plain text: look for each line)
for line in "ПРИНЯТО" "с учетом мнения Совета родителей" "от 01.09.2023 № 234/2" "Протокол заседания педагогического совета"; do
  check "DOCX: the approval blocks are printed back («$line»)" contains_squashed "$WORK/merged-back.txt" "$line"
done
# The unrecognised column is kept and reported with its place.
check "unmerged DOCX: unknown column reported with its place" grep -q 'таблица 1, строка 4, столбец 5 («Примечание»)' "$WORK/plain.out"
check "unmerged DOCX: its text kept in note" "$PY" -c "
import json,sys; e=json.load(open('$WORK/plain.json'))['roadmap']['events']
sys.exit(0 if [x.get('note') for x in e if x['number']=='2.1'] == ['Примечание: перенесено с прошлого года'] else 1)"

# Seed 003 (kindergarten: stage column, vertical merges lost in the export).
"$NASTAVNIK" import "$(ls "$SEEDS"/003_*.txt)" -o "$WORK/s003.json" >"$WORK/s003.out" 2>&1
check "seed 003 imports" test -s "$WORK/s003.json"
# 16 rows below the header; two continue the event above (its «Мероприятия» cell merged).
check "seed 003: 7 stages, 14 events" "$PY" -c "
import json,sys; r=json.load(open('$WORK/s003.json'))['roadmap']
sys.exit(0 if len(r['stages'])==7 and len(r['events'])==14 else 1)"
check "seed 003: a merged row's content joins its event" "$PY" -c "
import json,sys; e=json.load(open('$WORK/s003.json'))['roadmap']['events']
sys.exit(0 if 'административного совещания' in e[2]['title'] else 1)"
check "seed 003: short name from the title" grep -q '"short_name": "МБДОУ д/с № 4 г. Ставрополя"' "$WORK/s003.json"
check "seed 003: year from the title" grep -q '^Учебный год: 2023/2024 — указан в заголовке' "$WORK/s003.out"
check "seed 003: check accepts it" "$NASTAVNIK" check "$WORK/s003.json"

# Seed 002 is prose: nothing to import, said plainly, nothing written.
"$NASTAVNIK" import "$(ls "$SEEDS"/002_*.txt)" -o "$WORK/s002.json" >"$WORK/s002.out" 2>"$WORK/s002.err"
rc=$?
check "seed 002: exit 2 (got $rc)" test "$rc" -eq 2
check "seed 002: says no roadmap table" grep -q 'не найдено таблицы мероприятий' "$WORK/s002.err"
check "seed 002: reports what it found" grep -q '^Найдено: таблиц мероприятий — 0' "$WORK/s002.out"
check "seed 002: no file written" test ! -e "$WORK/s002.json"

# Bad input and usage.
"$NASTAVNIK" import "$WORK/none.docx" >/dev/null 2>&1; rc=$?
check "missing file: exit 2 (got $rc)" test "$rc" -eq 2
echo "не документ" >"$WORK/fake.docx"
"$NASTAVNIK" import "$WORK/fake.docx" >/dev/null 2>"$WORK/fake.err"; rc=$?
check "not a DOCX: exit 2 (got $rc)" test "$rc" -eq 2
check "not a DOCX: said in Russian" grep -q 'не файл .docx' "$WORK/fake.err"
cp "$SEED000" "$WORK/same.txt"
"$NASTAVNIK" import "$WORK/same.txt" -o "$WORK/same.txt" >/dev/null 2>&1; rc=$?
check "refuses to overwrite the input: exit 1 (got $rc)" test "$rc" -eq 1
check "input unchanged" cmp -s "$SEED000" "$WORK/same.txt"
"$NASTAVNIK" import "$SEED000" --year 2023 >/dev/null 2>&1; rc=$?
check "bad --year: exit 1 (got $rc)" test "$rc" -eq 1
"$NASTAVNIK" import "$SEED000" --year 2024/2025 -o "$WORK/y.json" >"$WORK/y.out" 2>&1
check "--year wins and is named" grep -q '^Учебный год: 2024/2025 — задан параметром --year' "$WORK/y.out"
summary
