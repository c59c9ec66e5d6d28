#!/usr/bin/env bash
# lint and rollover with the real binary: the example lints clean, seed 000's known
# defects are reported with event numbers and places, warnings stop only --strict,
# and the example moved to 2024/2025 has every date a year later, lints clean and builds.
source "$(dirname "$0")/lib.sh"
EXAMPLE="$SOURCE_DIR/data/example.json"
SEED="$SOURCE_DIR/tests/fixtures/seed000.json"

# --- lint ------------------------------------------------------------------------
"$NASTAVNIK" lint "$EXAMPLE" >"$WORK/ex.out" 2>"$WORK/ex.err"
rc=$?
check "example lints clean (exit $rc)" test "$rc" -eq 0
check "example: «замечаний нет»" grep -qF "example.json: замечаний нет" "$WORK/ex.out"

"$NASTAVNIK" lint "$SEED" >"$WORK/seed.out" 2>"$WORK/seed.err"
rc=$?
check "seed 000: lint exits 2 on findings (got $rc)" test "$rc" -eq 2
check "seed 000: stage 4 (Сентябрь) before stage 3 (октябрь), located, with numbers" grep -Eq \
  'seed000\.json:[0-9]+:[0-9]+: предупреждение \[L008\]: /roadmap/events/7/deadline: этап 4 начинается раньше этапа 3: мероприятия «4\.1», «4\.2», «4\.3» \(сентябрь 2023 г\.\).*«3\.1» \(октябрь 2023 г\.\)' \
  "$WORK/seed.out"
check "seed 000: first pair meeting 6.1 (Октябрь) before pairs fixed in 5.4 (Декабрь)" grep -Eq \
  'seed000\.json:[0-9]+:[0-9]+: предупреждение \[L004\]: /roadmap/events/15/deadline: мероприятие «6\.1» .*октябрь 2023.*«5\.4» .*декабрь 2023' \
  "$WORK/seed.out"
check "seed 000: a summary with the count" grep -Eq '^Замечаний: [0-9]+' "$WORK/seed.out"

# The seed as the school has it (the text export), imported and then linted: the
# same two defects, found through the importer rather than a hand-made fixture.
"$NASTAVNIK" import "$SOURCE_DIR/tests/fixtures/seeds/000_2579327a4fb59f53.txt" -o "$WORK/imported.json" \
  >"$WORK/imp.out" 2>&1
check "seed 000 .txt imports" test -s "$WORK/imported.json"
"$NASTAVNIK" lint "$WORK/imported.json" >"$WORK/imp-lint.out" 2>"$WORK/imp-lint.err"
rc=$?
check "imported seed 000: lint exits 2 (got $rc)" test "$rc" -eq 2
check "imported seed 000: stage 4 before stage 3" grep -Eq \
  '\[L008\]: [^ ]+: этап 4 начинается раньше этапа 3: мероприятия «4\.1», «4\.2», «4\.3» \(сентябрь 2023 г\.\)' \
  "$WORK/imp-lint.out"
check "imported seed 000: meetings 6.1 before the pairs are fixed in 5.4" grep -Eq \
  '\[L004\]: [^ ]+: мероприятие «6\.1» .*октябрь 2023.*«5\.4» .*декабрь 2023' "$WORK/imp-lint.out"

# A workbook's findings are placed at their sheet and cell, not at a JSON line.
"$NASTAVNIK" convert "$SEED" "$WORK/seed.xlsx" >/dev/null 2>&1
"$NASTAVNIK" lint "$WORK/seed.xlsx" >"$WORK/xlsx-lint.out" 2>&1
check "seed 000 as a workbook: L004 at the sheet «Мероприятия» and a cell" grep -Eq \
  'seed\.xlsx: предупреждение \[L004\]: Лист «Мероприятия», ячейка D[0-9]+: мероприятие «6\.1»' \
  "$WORK/xlsx-lint.out"

"$NASTAVNIK" check "$SEED" >"$WORK/check.out" 2>"$WORK/check.err"
rc=$?
check "check: lint findings are warnings, exit 0 (got $rc)" test "$rc" -eq 0
check "check: prints the lint warnings" grep -qF "[L008]" "$WORK/check.err"
"$NASTAVNIK" check --strict "$SEED" >/dev/null 2>"$WORK/strict.err"
rc=$?
check "check --strict: exit 2 on warnings (got $rc)" test "$rc" -eq 2
"$NASTAVNIK" build "$SEED" --strict -o "$WORK/strict-out" --only roadmap --format html >/dev/null 2>&1
rc=$?
check "build --strict: exit 2 on warnings (got $rc)" test "$rc" -eq 2
check "build --strict: nothing written" test ! -e "$WORK/strict-out"

# Last year's words in this year's plan.
"$PY" - "$EXAMPLE" "$WORK/old-words.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
d['roadmap']['events'][0]['title'] += ' в 2022 - 2023 учебном году'
json.dump(d, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
PYEOF
"$NASTAVNIK" lint "$WORK/old-words.json" >"$WORK/old.out" 2>&1
check "another academic year in text: [L002] at the event's title" grep -Eq \
  'old-words\.json:[0-9]+:[0-9]+: предупреждение \[L002\]: /roadmap/events/0/title: .*«1\.1».*«2022 - 2023»' "$WORK/old.out"

# --- rollover --------------------------------------------------------------------
cp "$EXAMPLE" "$WORK/example.json"
BEFORE=$(sha256sum <"$WORK/example.json")
"$NASTAVNIK" rollover "$WORK/example.json" --to 2024/2025 >"$WORK/roll.out" 2>"$WORK/roll.err"
rc=$?
check "rollover: exit 0 (got $rc; $(head -c 300 "$WORK/roll.err"))" test "$rc" -eq 0
NEW=$WORK/example-2024-2025.json
check "rollover: default name next to the input" test -f "$NEW"
check "rollover: the input is unchanged" test "$(sha256sum <"$WORK/example.json")" = "$BEFORE"
check "rollover: lists what to check by hand (classes)" grep -qF "переведите их в следующий класс" "$WORK/roll.out"
check "rollover: lists 11th-class pupils" grep -qF "(11А)" "$WORK/roll.out"

# Every date of the plan a year later, compared field by field with the input.
"$PY" - "$WORK/example.json" "$NEW" >"$WORK/dates.out" 2>&1 <<'PYEOF'
import json, re, sys
old = json.load(open(sys.argv[1], encoding='utf-8'))
new = json.load(open(sys.argv[2], encoding='utf-8'))
iso = re.compile(r'^(\d{4})(-\d\d-\d\d)$')
year = re.compile(r'(?<!\d)(\d{4})(?!\d)')
bad, moved = [], 0
def later(s):  # every four-digit year in a deadline or date, plus one
    return year.sub(lambda m: str(int(m.group(1)) + 1), s)
def walk(a, b, path, deadline=False):
    global moved
    if isinstance(a, dict):
        for k in a:
            if k == 'year' and deadline:
                moved += 1
                if b.get(k) != a[k] + 1: bad.append(path + '/year')
            elif k in b: walk(a[k], b[k], path + '/' + k, deadline or k == 'deadline')
            else: bad.append(path + '/' + k + ' missing')
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)): walk(x, y, f'{path}/{i}', deadline)
    elif isinstance(a, str) and (deadline or iso.match(a)):
        if year.search(a):
            moved += 1
            if b != later(a): bad.append(f'{path}: {a!r} -> {b!r}')
for key in ['monitoring_dates', 'consents_date', 'roadmap']:
    walk(old[key], new[key], '/' + key)
walk(old['orders'], new['orders'], '/orders')
print('moved', moved)
for x in bad: print('BAD', x)
assert new['academic_year'] == '2024/2025'
assert new['pairs'] == []
assert new['orders']['roadmap']['number'] == '' and new['orders']['pairs']['number'] == ''
assert new['pupils'][0]['birth_date'] == old['pupils'][0]['birth_date']
sys.exit(1 if bad or moved < 30 else 0)
PYEOF
rc=$?
check "rollover: every date and year of the plan moved by one ($(tail -n 3 "$WORK/dates.out" | tr '\n' ' '))" \
  test "$rc" -eq 0

"$NASTAVNIK" lint "$NEW" >"$WORK/newlint.out" 2>&1
rc=$?
check "rolled-over example lints clean (exit $rc: $(head -c 300 "$WORK/newlint.out"))" test "$rc" -eq 0

"$NASTAVNIK" build "$NEW" -o "$WORK/out" --only roadmap --format docx >/dev/null 2>"$WORK/build.err"
rc=$?
check "rolled-over example builds (exit $rc: $(head -c 300 "$WORK/build.err"))" test "$rc" -eq 0
pandoc -t plain "$WORK/out/roadmap.docx" -o "$WORK/roadmap.txt" 2>/dev/null
check "DOCX says «на 2024/2025 учебный год»" contains_squashed "$WORK/roadmap.txt" "на 2024/2025 учебный год"
check "DOCX no longer says 2023/2024" test -z "$(grep -F "2023/2024" "$WORK/roadmap.txt")"

"$NASTAVNIK" rollover "$WORK/example.json" --to 2023/2024 >/dev/null 2>"$WORK/same.err"
rc=$?
check "rollover to a year not later: exit 2 (got $rc)" test "$rc" -eq 2
check "rollover to a year not later: Russian message" grep -qF "не позже учебного года файла" "$WORK/same.err"
"$NASTAVNIK" rollover "$WORK/example.json" --to 2024/2025 -o "$WORK/example.json" >/dev/null 2>"$WORK/over.err"
rc=$?
check "rollover never overwrites the input (exit $rc)" test "$rc" -ne 0 -a "$(sha256sum <"$WORK/example.json")" = "$BEFORE"

summary
