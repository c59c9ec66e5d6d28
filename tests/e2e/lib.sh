# Shared helpers for the end-to-end tests: each check counts, the summary line is
# «N passed, M failed» and the exit status is non-zero on any failure.
set -uo pipefail
: "${NASTAVNIK:?set NASTAVNIK to the built binary}"
: "${SOURCE_DIR:?set SOURCE_DIR to the repository root}"
PY=/usr/bin/python3  # Debian's python3-openpyxl is importable only here
PASSED=0
FAILED=0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*" >&2; }

# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}

# squash FILE: the text with all whitespace removed, so wrapped lines compare equal.
squash() { tr -d ' \t\n\r\f\v' <"$1" | sed 's/\xc2\xa0//g'; }

# contains_squashed HAYSTACK_FILE NEEDLE: whitespace-insensitive containment.
contains_squashed() {
  local needle
  needle=$(printf '%s' "$2" | tr -d ' \t\n\r\f\v' | sed 's/\xc2\xa0//g')
  squash "$1" | grep -qF -- "$needle"
}

# seed_titles: the seed 000 event titles, one per line.
seed_titles() { grep -v '^#' "$SOURCE_DIR/tests/fixtures/seed000_titles.tsv" | cut -f2; }

# xlsx_dump FILE: «SHEETS name|name…», then every row of every sheet, cells tab-separated.
xlsx_dump() {
  "$PY" - "$1" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("SHEETS", "|".join(wb.sheetnames))
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        print("\t".join("" if v is None else str(v) for v in row))
PYEOF
}

# tree_digest DIR: one line per file with its mode and content hash, to prove a
# folder did not change.
tree_digest() { (cd "$1" && find . -type f -printf '%p %m\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }

summary() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
