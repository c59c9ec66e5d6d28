#!/usr/bin/env bash
# JSON → XLSX leaks nothing: libxlsxwriter 1.1.4 lost a copy of every list-formula
# validation (757 bytes per convert of the example); valgrind counts what is
# definitely lost when the program ends.
source "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then
  fail "valgrind is not installed (scripts/setup.sh installs it)"
  summary; exit 1
fi
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
  "$NASTAVNIK" convert "$SOURCE_DIR/data/example.json" "$WORK/example.xlsx" >"$WORK/out" 2>"$WORK/vg"
rc=$?
check "convert JSON → XLSX under valgrind: exit 0 (got $rc)" test "$rc" -eq 0
check "…nothing definitely lost" grep -q "definitely lost: 0 bytes\|All heap blocks were freed" "$WORK/vg"
grep -A8 "definitely lost in" "$WORK/vg" | head -20 >&2
check "…and the workbook still has its drop-down lists" bash -c \
  'unzip -p "$1" xl/worksheets/sheet3.xml | grep -q "<dataValidation type=\"list\""' _ "$WORK/example.xlsx"
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
  "$NASTAVNIK" init --xlsx "$WORK/blank2.xlsx" >/dev/null 2>"$WORK/vg2"
check "init under valgrind: nothing definitely lost" test $? -eq 0
summary
