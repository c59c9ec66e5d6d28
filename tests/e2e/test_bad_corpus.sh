#!/usr/bin/env bash
# The bad-input corpus (tests/fixtures/bad/, manifest.tsv; made by
# scripts/make_bad_corpus.py) plus cases too big to commit, made here. For each:
# the exit status the manifest says, no crash (status < 128), a Russian message
# naming the place (file:line:column, «Лист …, ячейка C14», the path or option),
# and the case's folder — output folder, input file, everything — unchanged.
# NASTAVNIK_TIMEOUT (seconds per case, default 60) bounds a runaway case; the
# sanitizer script sets it higher.
source "$(dirname "$0")/lib.sh"
BAD="$SOURCE_DIR/tests/fixtures/bad"
LIMIT=${NASTAVNIK_TIMEOUT:-60}
export NASTAVNIK_TOOL_TIMEOUT=60

# folder_digest DIR: names, kinds, link targets and contents of everything under DIR.
folder_digest() {
  (cd "$1" && find . -printf '%p %y %l\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}

# run_case NAME EXIT INPUT ARGS MESSAGE LOCATION: INPUT is copied into the case's
# own folder; placeholders in ARGS are described in scripts/make_bad_corpus.py.
run_case() {
  local name=$1 expect=$2 input=$3 argline=$4 message=$5 location=$6
  local dir=$WORK/cases/$name
  mkdir -p "$dir/out"
  echo "старый документ" >"$dir/out/roadmap.docx"
  echo "чужой файл" >"$dir/file.txt"
  ln -s "$dir/nowhere/file" "$dir/dangling"
  local in=""
  if [ "$input" != "-" ]; then
    in=$dir/$(basename "$input")
    cp "$BAD/$input" "$in" 2>/dev/null || cp "$input" "$in"
  fi
  local args=() a
  for a in $argline; do
    case $a in
      "{EMPTY}") args+=("") ;;
      *) a=${a//\{IN\}/$in}; a=${a//\{OUT\}/$dir/out}; a=${a//\{FILE\}/$dir/file.txt}
         a=${a//\{LINK\}/$dir/dangling}; a=${a//\{DIR\}/$dir/out}; args+=("$a") ;;
    esac
  done
  local before
  before=$(folder_digest "$dir")
  (cd "$dir" && timeout -s KILL "$LIMIT" "$NASTAVNIK" "${args[@]}") >"$WORK/$name.out" 2>"$WORK/$name.err"
  local rc=$?
  check "$name: no crash (status $rc)" test "$rc" -lt 128
  check "$name: exit status $expect (got $rc)" test "$rc" -eq "$expect"
  check "$name: Russian message «$message»" grep -Eq -- "$message" "$WORK/$name.err"
  check "$name: message names the place /$location/" grep -Eq -- "$location" "$WORK/$name.err"
  check "$name: nothing in English from a library" bash -c "! grep -Eq 'json\\.exception|what\\(\\)|std::|No such file|Permission denied' '$WORK/$name.err'"
  check "$name: folder unchanged" test "$(folder_digest "$dir")" = "$before"
  # A data file is refused the same way by check, without writing anything.
  if [ "${args[0]}" = build ] && [[ $name == json_* || $name == xlsx_* ]]; then
    (cd "$dir" && timeout -s KILL "$LIMIT" "$NASTAVNIK" check "$in") >/dev/null 2>"$WORK/$name.check.err"
    rc=$?
    check "$name: check exits $expect too (got $rc)" test "$rc" -eq "$expect"
  fi
  if [ "$FAILED" -gt "${SEEN_FAILED:-0}" ]; then
    echo "--- $name: ${args[*]:0:6}" >&2
    head -c 600 "$WORK/$name.err" >&2
    SEEN_FAILED=$FAILED
  fi
}

count=0
while IFS=$'\t' read -r name expect input argline message location; do
  [ -z "$name" ] || [[ $name == \#* ]] && continue
  run_case "$name" "$expect" "$input" "$argline" "$message" "$location"
  count=$((count + 1))
done <"$BAD/manifest.tsv"
check "the corpus has at least 100 committed cases ($count)" test "$count" -ge 100

# ---- Made here: too big to commit ------------------------------------------------
GEN=$WORK/generated
mkdir -p "$GEN"
MIN="$SOURCE_DIR/tests/fixtures/minimal.json"
# gen NAME PYTHON: writes $GEN/NAME from minimal.json («text» holds it; set «out»).
gen() {
  "$PY" - "$MIN" "$GEN/$1" <<PYEOF
import sys, json, io, zipfile
text = open(sys.argv[1], encoding="utf-8").read()
data = json.loads(text)
out = None
$2
open(sys.argv[2], "wb").write(out if isinstance(out, bytes) else out.encode("utf-8"))
PYEOF
}
gen deep_arrays.json 'out = text.replace("{\n  \"organisation\"", "{\n  \"format_version\": " + "[" * 100000 + "]" * 100000 + ",\n  \"organisation\"", 1)'
gen deep_objects.json 'out = text.replace("{\n  \"organisation\"", "{\n  \"extra\": " + "{\"a\":" * 100000 + "1" + "}" * 100000 + ",\n  \"organisation\"", 1)'
gen word_200000.json 'data["roadmap"]["events"][0]["title"] = "Я" * 200000; out = json.dumps(data, ensure_ascii=False)'
gen org_10mb.json 'data["organisation"]["full_name"] = "Школа " * 1000000; out = json.dumps(data, ensure_ascii=False)'
gen org_50mb.json 'data["organisation"]["full_name"] = "Ш" * 50000000; out = json.dumps(data, ensure_ascii=False)'
gen padded_17mb.json 'out = text + " " * (17 << 20)'
gen many_keys_long.json 'data["roadmap"]["events"][0].update({("k%d" % i) * 1000: 1 for i in range(50)}); out = json.dumps(data, ensure_ascii=False)'
gen bomb_300mb.docx '
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document>" + " " * (300 << 20) + "</w:document>")
out = buf.getvalue()'
gen total_bomb.docx '
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document/>")
    for i in range(5):
        z.writestr("word/media/image%d.png" % i, b"\0" * (15 << 20))
out = buf.getvalue()'
truncate -s 70M "$GEN/huge.txt"

big_case() { run_case "$1" "$2" "$GEN/$3" "$4" "$5" "$6"; }
for cmd in build check lint; do
  big_case "deep_arrays_$cmd" 2 deep_arrays.json "$cmd {IN}" "вложенность" 'deep_arrays\.json:2:[0-9]+: ошибка'
  big_case "deep_objects_$cmd" 2 deep_objects.json "$cmd {IN}" "вложенность" 'deep_objects\.json:2:[0-9]+: ошибка'
done
big_case deep_arrays_convert 2 deep_arrays.json "convert {IN} {OUT}/data.xlsx" "вложенность" 'deep_arrays\.json:2:[0-9]+: ошибка'
big_case deep_arrays_rollover 2 deep_arrays.json "rollover {IN} --to 2024/2025 -o {OUT}/next.json" "вложенность" 'deep_arrays\.json:2:[0-9]+'
start=$(date +%s)
big_case word_200000_check 2 word_200000.json "check {IN}" "200.{1,2}000 знаков" 'word_200000\.json:[0-9]+:[0-9]+: ошибка: /roadmap/events/0/title'
big_case word_200000_build 2 word_200000.json "build {IN} -o {OUT}" "длиннее допустимого" '/roadmap/events/0/title'
big_case org_10mb 2 org_10mb.json "check {IN}" "для названия или адреса организации" '/organisation/full_name'
big_case org_50mb 2 org_50mb.json "build {IN} -o {OUT}" "слишком большой" 'org_50mb\.json'
big_case padded_17mb 2 padded_17mb.json "check {IN}" "слишком большой" 'padded_17mb\.json'
big_case many_keys_long 2 many_keys_long.json "check {IN}" "название поля" '/roadmap/events/0'
took=$(( $(date +%s) - start ))
check "huge values are refused quickly (${took}s for six cases)" test "$took" -lt 60
big_case bomb_300mb 2 bomb_300mb.docx "import {IN} -o {OUT}/r.json" "после распаковки" 'bomb_300mb\.docx'
big_case total_bomb 2 total_bomb.docx "import {IN} -o {OUT}/r.json" "после распаковки больше" 'total_bomb\.docx'
big_case huge_txt 2 huge.txt "import {IN} -o {OUT}/r.json" "слишком большой" 'huge\.txt'

# A full disk: a tiny file system of our own, when we may mount one (root in CI).
DISK=$WORK/disk
mkdir -p "$DISK"
trap 'umount "$DISK" 2>/dev/null; rm -rf "$WORK"' EXIT
if mount -t tmpfs -o size=600k tmpfs "$DISK" 2>/dev/null; then
  mkdir -p "$DISK/out"
  echo "старый документ" >"$DISK/out/roadmap.html"
  head -c 520000 /dev/zero >"$DISK/filler"
  before=$(folder_digest "$DISK/out")
  "$NASTAVNIK" build "$SOURCE_DIR/data/example.json" -o "$DISK/out" --format html,xlsx >"$WORK/disk.out" 2>"$WORK/disk.err"
  rc=$?
  check "disk full: exit 1 (got $rc)" test "$rc" -eq 1
  check "disk full: says so and names the folder" grep -q "папка «$DISK/out», нет места" "$WORK/disk.err"
  check "disk full: says the output is untouched" grep -q "папка «$DISK/out» не изменена" "$WORK/disk.err"
  check "disk full: output folder unchanged" test "$(folder_digest "$DISK/out")" = "$before"
  check "disk full: no staging folder left" test -z "$(find "$DISK" -name '.nastavnik-build-*')"
  umount "$DISK"
else
  echo "(disk-full case skipped: cannot mount a tmpfs here)"
fi

# pandoc writing garbage: exit 3, pandoc named.
mkdir -p "$WORK/bin" "$WORK/garbage"
cat >"$WORK/bin/pandoc" <<'SH'
#!/bin/sh
# Writes garbage where the DOCX should be.
while [ $# -gt 0 ]; do [ "$1" = "-o" ] && { echo "мусор" >"$2"; exit 0; }; shift; done
exit 0
SH
chmod +x "$WORK/bin/pandoc"
echo "старый" >"$WORK/garbage/roadmap.docx"
before=$(folder_digest "$WORK/garbage")
PATH="$WORK/bin:$PATH" "$NASTAVNIK" build "$MIN" -o "$WORK/garbage" --format docx >/dev/null 2>"$WORK/garbage.err"
rc=$?
check "pandoc garbage: exit 3 (got $rc)" test "$rc" -eq 3
check "pandoc garbage: pandoc named" grep -q "pandoc" "$WORK/garbage.err"
check "pandoc garbage: not a DOCX said" grep -q "не DOCX" "$WORK/garbage.err"
check "pandoc garbage: folder unchanged" test "$(folder_digest "$WORK/garbage")" = "$before"
summary
