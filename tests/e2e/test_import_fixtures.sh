#!/usr/bin/env bash
# `nastavnik import` and the first `lint` on the fixture roadmaps of
# tests/fixtures/import/ (fictional schools, each planting the shapes of real
# files: a row split by a page break, the column-numbering row, the header
# repeated, empty cells, a multi-year plan, approval blocks, a genitive name).
# Each is imported as its text export and as a DOCX made here by pandoc from the
# same rows, and compared with the result written by hand in *.expected.json.
source "$(dirname "$0")/lib.sh"
FIX=$SOURCE_DIR/tests/fixtures/import

for expected in "$FIX"/*.expected.json; do
  name=$(basename "$expected" .expected.json)
  "$PY" "$FIX/txt_to_html.py" "$FIX/$name.txt" >"$WORK/$name.html"
  check "$name: pandoc builds the DOCX" pandoc -f html -t docx -o "$WORK/$name.docx" "$WORK/$name.html"
  for input in "$FIX/$name.txt" "$WORK/$name.docx"; do
    kind=${input##*.}
    json=$WORK/$name.$kind.json
    if ! "$NASTAVNIK" import "$input" -o "$json" >"$WORK/$name.$kind.out" 2>"$WORK/$name.$kind.err"; then
      fail "$name.$kind: import failed: $(cat "$WORK/$name.$kind.err")"
      continue
    fi
    "$NASTAVNIK" lint "$json" >"$WORK/$name.$kind.lint" 2>&1
    check "$name.$kind: imported as written by hand" "$PY" - "$expected" "$json" "$WORK/$name.$kind.out" \
      "$WORK/$name.$kind.lint" <<'PYEOF'
import json, re, sys
exp = json.load(open(sys.argv[1], encoding="utf-8"))
got = json.load(open(sys.argv[2], encoding="utf-8"))
out = open(sys.argv[3], encoding="utf-8").read()
lint = open(sys.argv[4], encoding="utf-8").read()
rm = got["roadmap"]
problems = []
def same(what, a, b):
    if a != b:
        problems.append("%s:\n  expected %s\n  got      %s" % (what, json.dumps(a, ensure_ascii=False), json.dumps(b, ensure_ascii=False)))
events = [[e["number"], e["title"], e["deadline"], ", ".join(e["responsible"])] for e in rm["events"]]
same("events", exp["events"], events)
same("academic_year", exp["academic_year"], got["academic_year"])
same("period", exp["period"], got.get("period"))
same("short_name", exp["short_name"], got["organisation"]["short_name"])
if "full_name" in exp:
    same("full_name", exp["full_name"], got["organisation"]["full_name"])
same("stages", exp["stages"], [s["number"] for s in rm.get("stages", [])])
same("approvals", exp["approvals"], rm.get("approvals", []))
same("staff", exp["staff"], [[s["full_name"], s["position"]] for s in got["staff"]])
same("ledger", exp["ledger"], next((l for l in out.split("\n") if l.startswith("Строк в таблице")), None))
found = sorted(set(m.group(1) + " " + m.group(2) for m in re.finditer(r"\[(L\d+)\]: (\S+):", lint)))
same("lint findings", exp["lint"], found)
# A blocking error (a number used twice) does not hide the rules' findings.
same("lint errors", exp["lint_errors"], len(re.findall(r": ошибка: ", lint)))
if problems:
    print("\n".join(problems))
    sys.exit(1)
PYEOF
  done
  # Rebuilt from the imported file: the school's own words, nothing standard added.
  json=$WORK/$name.txt.json
  check "$name: the imported file matches data/nastavnik.schema.json" "$PY" -c "
import json, jsonschema
jsonschema.Draft202012Validator(json.load(open('$SOURCE_DIR/data/nastavnik.schema.json'))).validate(json.load(open('$json')))"
  if "$PY" -c "import json,sys; sys.exit(0 if 'rebuilt_has' in json.load(open('$expected')) else 1)"; then
    if "$NASTAVNIK" build "$json" --only roadmap --format docx -o "$WORK/$name-out" >/dev/null 2>"$WORK/$name.build"; then
      pandoc -f docx -t plain --wrap=none "$WORK/$name-out/roadmap.docx" -o "$WORK/$name.rebuilt.txt"
      check "$name: rebuilt roadmap in the school's words" "$PY" - "$expected" "$WORK/$name.rebuilt.txt" <<'PYEOF'
import json, sys
exp = json.load(open(sys.argv[1], encoding="utf-8"))
text = " ".join(open(sys.argv[2], encoding="utf-8").read().replace("\u00a0", " ").split())
bad = ["missing «%s»" % t for t in exp["rebuilt_has"] if t not in text]
bad += ["unexpected «%s»" % t for t in exp["rebuilt_lacks"] if t in text]
if bad:
    print("\n".join(bad)); print(text[:1500]); sys.exit(1)
PYEOF
    else
      cat "$WORK/$name.build"; fail "$name: build of the imported file"
    fi
  fi
done
summary
