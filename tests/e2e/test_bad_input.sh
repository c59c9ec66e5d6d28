#!/usr/bin/env bash
# Bad input: a located Russian message, exit status 2, and an output folder left
# byte for byte as it was. Missing or hanging tools: exit status 3, same promise.
source "$(dirname "$0")/lib.sh"
OUT=$WORK/out
mkdir -p "$OUT"
echo "старый файл" >"$OUT/roadmap.docx"
echo "чужой файл" >"$OUT/notes.txt"
BEFORE=$(tree_digest "$OUT")
MIN="$SOURCE_DIR/tests/fixtures/minimal.json"

# bad_case NAME PYTHON_EDIT EXPECTED_TEXT...: edits the minimal file, builds it,
# expects exit 2, each expected text in the message, and the folder unchanged.
bad_case() {
  local name=$1 edit=$2; shift 2
  local file=$WORK/$name.json
  "$PY" -c "
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
data = json.loads(text)
$edit
open(sys.argv[2], 'w', encoding='utf-8').write(text if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2))
" "$MIN" "$file"
  "$NASTAVNIK" build "$file" -o "$OUT" >"$WORK/$name.out" 2>"$WORK/$name.err"
  local rc=$?
  check "$name: exit status 2 (got $rc)" test "$rc" -eq 2
  for expect in "$@"; do
    check "$name: message has «$expect»" grep -qF -- "$expect" "$WORK/$name.err"
  done
  check "$name: message names file:line:column" grep -Eq "$name\.json:[0-9]+:[0-9]+: ошибка" "$WORK/$name.err"
  check "$name: output folder unchanged" test "$(tree_digest "$OUT")" = "$BEFORE"
  "$NASTAVNIK" check "$file" >/dev/null 2>&1
  check "$name: check exits 2 too" test $? -eq 2
}

bad_case malformed "data = 'broken'; text = text.replace('\"city\"', '\"city\",,', 1)" "правильным JSON"
bad_case wrong_type "data['roadmap']['events'][0]['title'] = 5" "/roadmap/events/0/title" "строка"
bad_case unknown_ref "data['roadmap']['events'][0]['responsible'] = [{'staff': 'nobody'}]" \
  "/roadmap/events/0/responsible/0/staff" "«nobody»"
bad_case out_of_year "data['roadmap']['events'][0]['deadline'] = {'date': '2021-05-05'}" \
  "/roadmap/events/0/deadline" "05.05.2021" "2023/2024"
bad_case seed_copy "data['roadmap']['events'][0]['deadline'] = 'Январь 2021-2022'" "/roadmap/events/0/deadline"
bad_case missing_stage "data['roadmap']['events'][0]['number'] = '12.1'" "этапу 12"

# Located exactly: the wrong_type title sits on the line the message names.
line=$(grep -oE 'wrong_type\.json:[0-9]+' "$WORK/wrong_type.err" | head -1 | cut -d: -f2)
check "wrong_type: line $line holds the bad value" bash -c "sed -n '${line}p' '$WORK/wrong_type.json' | grep -q '\"title\": 5'"

# A missing tool: exit 3, the tool and its Debian package named, folder unchanged.
PATH=/nonexistent "$NASTAVNIK" build "$MIN" -o "$OUT" --format docx >"$WORK/nopandoc.out" 2>"$WORK/nopandoc.err"
rc=$?
check "missing pandoc: exit 3 (got $rc)" test "$rc" -eq 3
check "missing pandoc: names the package" grep -q "apt-get install pandoc" "$WORK/nopandoc.err"
check "missing pandoc: folder unchanged" test "$(tree_digest "$OUT")" = "$BEFORE"

# A hanging tool is stopped at the time limit.
mkdir -p "$WORK/bin"
printf '#!/bin/sh\nsleep 60\n' >"$WORK/bin/pandoc"
chmod +x "$WORK/bin/pandoc"
start=$(date +%s)
PATH="$WORK/bin:$PATH" NASTAVNIK_TOOL_TIMEOUT=2 "$NASTAVNIK" build "$MIN" -o "$OUT" --format docx >/dev/null 2>"$WORK/hang.err"
rc=$?
took=$(( $(date +%s) - start ))
check "hanging pandoc: exit 3 (got $rc)" test "$rc" -eq 3
check "hanging pandoc: stopped in time (${took}s)" test "$took" -lt 20
check "hanging pandoc: message says so" grep -q "не закончила работу за 2 с" "$WORK/hang.err"
check "hanging pandoc: folder unchanged" test "$(tree_digest "$OUT")" = "$BEFORE"
check "no staging folder left behind" test "$(find "$WORK" -maxdepth 1 -name '.nastavnik-build-*' | wc -l)" -eq 0

# The good file builds into the same folder and keeps unrelated files.
"$NASTAVNIK" build "$MIN" -o "$OUT" --format html >/dev/null 2>&1
check "good build: exit 0" test $? -eq 0
check "good build: keeps other files" grep -q "чужой файл" "$OUT/notes.txt"
check "good build: wrote the page" test -s "$OUT/roadmap.html"
summary
