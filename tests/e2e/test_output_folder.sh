#!/usr/bin/env bash
# Output folders a build refuses (the root, the home folder, system folders, the
# data file's own folder), a mounted file system's root as the output folder,
# file modes independent of the umask, and `import -o` refusing to overwrite.
source "$(dirname "$0")/lib.sh"
EXAMPLE=$SOURCE_DIR/data/example.json
HTML=(--only roadmap --format html)

# refused DESCRIPTION FOLDER TEXT [DATA]: exit 1, TEXT in the message, nothing written
# there (no document, no staging folder; the folder's own listing may change under
# other processes, / and /var do).
refused() {
  local what=$1 dir=$2 text=$3 data=${4:-$EXAMPLE}
  "$NASTAVNIK" build "$data" -o "$dir" "${HTML[@]}" >"$WORK/r.out" 2>"$WORK/r.err"
  local rc=$?
  check "$what: exit 1 (got $rc)" test "$rc" -eq 1
  check "$what: message «$text»" grep -qF "$text" "$WORK/r.err"
  check "$what: nothing written" test ! -e "$dir/roadmap.html" -a -z "$(find "$dir" -maxdepth 1 -name '.nastavnik-build-*' 2>/dev/null)"
}

refused "the root" / "корень файловой системы"
refused "the root by another name" /usr/.. "корень файловой системы"
refused "/usr" /usr "системная папка"
refused "/etc" /etc "системная папка"
refused "a folder under /etc" /etc/nastavnik "системная папка"
check "…not even created" test ! -e /etc/nastavnik
refused "/var" /var "системная папка"
mkdir -p "$WORK/home"
HOME=$WORK/home refused "the home folder" "$WORK/home" "домашняя папка"
mkdir -p "$WORK/data"
cp "$EXAMPLE" "$WORK/data/данные.json"
refused "the data file's folder" "$WORK/data" "в ней лежит файл данных «данные.json»" "$WORK/data/данные.json"
(cd "$WORK/data" && refused "the data file's folder as «.»" . "файл данных" данные.json)
"$NASTAVNIK" build "$WORK/data/данные.json" -o "$WORK/data/документы" "${HTML[@]}" >/dev/null 2>&1
check "a subfolder of the data file's folder is fine" test -s "$WORK/data/документы/roadmap.html"

# ---- umask 000: public files 0644 and folders 0755, personal data 0600 and 0700
OUT=$WORK/modes/out
(umask 000 && "$NASTAVNIK" build "$EXAMPLE" -o "$OUT" --format html,xlsx,docx >"$WORK/m.out" 2>&1)
check "umask 000: the build succeeds" test $? -eq 0 || cat "$WORK/m.out" >&2
check "umask 000: the output folder is 0755" test "$(stat -c %a "$OUT")" = 755
check "umask 000: the folders it created above it are 0755" test "$(stat -c %a "$WORK/modes")" = 755
check "umask 000: public files are 0644" test "$(stat -c %a "$OUT/roadmap.html" "$OUT/roadmap.docx" "$OUT/roadmap.xlsx" | sort -u)" = 644
check "umask 000: no file is writable by others" test -z "$(find "$OUT" -perm -o+w -print)"
check "umask 000: consents are the owner's only" test -z "$(find "$OUT/consents" \( -type f ! -perm 600 \) -o \( -type d ! -perm 700 \) -print)"
check "umask 000: the registers (personal data) are 0600" test "$(stat -c %a "$OUT/registers.xlsx")" = 600
SITE=$WORK/modes/site
(umask 000 && "$NASTAVNIK" build "$EXAMPLE" --site -o "$SITE" >"$WORK/s.out" 2>&1) || cat "$WORK/s.out" >&2
check "umask 000: the site pack is 0644/0755" test -z "$(find "$SITE" \( -type f ! -perm 644 \) -o \( -type d ! -perm 755 \) -print)"
(umask 000 && "$NASTAVNIK" init --xlsx "$WORK/modes/книга.xlsx" >/dev/null 2>&1)
check "umask 000: init's workbook (to hold personal data) is 0600" test "$(stat -c %a "$WORK/modes/книга.xlsx")" = 600

# ---- a build that fails after staging began (pandoc missing) leaves no new folder behind
PATH=/nonexistent "$NASTAVNIK" build "$EXAMPLE" -o "$WORK/new/deeper" --only roadmap --format docx >"$WORK/f.out" 2>&1
check "a failed build: exit 3" test $? -eq 3
check "…and the folders it made are gone" test ! -e "$WORK/new"

# ---- the root of a mounted file system (tmpfs) as the output folder
MNT=$WORK/mnt
mkdir -p "$MNT"
if mount -t tmpfs -o size=64m tmpfs "$MNT" 2>/dev/null; then
  "$NASTAVNIK" build "$EXAMPLE" -o "$MNT" "${HTML[@]}" >"$WORK/mnt.out" 2>&1
  check "a mount root as the output folder: exit 0" test $? -eq 0
  check "…the document is there" test -s "$MNT/roadmap.html"
  check "…no «cross-device» error" bash -c '! grep -q "cross-device" "$1"' _ "$WORK/mnt.out"
  check "…no staging folder left" test -z "$(find "$MNT" -name '.nastavnik-build-*')"
  umount "$MNT"
else
  echo "SKIP: cannot mount a tmpfs here (needs root); the mount-root case is not tested" >&2
fi

# ---- import -o EXISTING.json refuses without --force, like init
SEED=$(ls "$SOURCE_DIR"/tests/fixtures/seeds/000_*.txt 2>/dev/null | head -1)
if [ -n "$SEED" ]; then
  echo '{"мой": "заполненный файл"}' >"$WORK/existing.json"
  "$NASTAVNIK" import "$SEED" -o "$WORK/existing.json" >"$WORK/i.out" 2>"$WORK/i.err"
  check "import over an existing file: exit 1" test $? -eq 1
  check "…says to add --force" grep -q "уже есть; чтобы заменить его, добавьте --force" "$WORK/i.err"
  check "…the file is unchanged" grep -q "заполненный файл" "$WORK/existing.json"
  "$NASTAVNIK" import "$SEED" -o "$WORK/existing.json" --force >"$WORK/i.out" 2>"$WORK/i.err"
  check "import --force replaces it" test $? -eq 0 -a -n "$(grep -l roadmap "$WORK/existing.json")"
  (umask 000 && "$NASTAVNIK" import "$SEED" -o "$WORK/fresh.json" >/dev/null 2>&1)
  check "umask 000: import writes the data file 0600" test "$(stat -c %a "$WORK/fresh.json")" = 600
else
  fail "no seed 000 text export under tests/fixtures/seeds"
fi
summary
