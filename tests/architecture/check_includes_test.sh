#!/usr/bin/env bash
# The include-direction check must fail, naming file and line, on a copy of src/
# with one include planted against the direction; and on a cycle of DEPENDS.
set -euo pipefail
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$SOURCE_DIR/src" "$tmp/src"
python3 "$SOURCE_DIR/scripts/check_includes.py" "$tmp/src" >/dev/null

# model/ may include only language/: a planted include of render/ is reported at its line.
sed -i '1a #include "render/build.h"' "$tmp/src/model/date.cc"
if out=$(python3 "$SOURCE_DIR/scripts/check_includes.py" "$tmp/src"); then
  echo "FAIL: an include of render/ from model/ passed"; exit 1
fi
grep -q 'model/date.cc:2: model/ не может включать render/' <<<"$out" || { echo "FAIL: $out"; exit 1; }
sed -i '2d' "$tmp/src/model/date.cc"

# A bare include (not written from src/) is reported too.
sed -i '1a #include "date.h"' "$tmp/src/model/academic_year.cc"
if out=$(python3 "$SOURCE_DIR/scripts/check_includes.py" "$tmp/src"); then
  echo "FAIL: a bare include passed"; exit 1
fi
grep -q 'model/academic_year.cc:2:' <<<"$out" || { echo "FAIL: $out"; exit 1; }
sed -i '2d' "$tmp/src/model/academic_year.cc"

# A cycle between stages is refused even before any include is read.
sed -i 's/nastavnik_stage(language/nastavnik_stage(language DEPENDS cli/' "$tmp/src/language/CMakeLists.txt"
if out=$(python3 "$SOURCE_DIR/scripts/check_includes.py" "$tmp/src"); then
  echo "FAIL: a cycle passed"; exit 1
fi
grep -q 'цикл зависимостей стадий' <<<"$out" || { echo "FAIL: $out"; exit 1; }
echo "1 passed, 0 failed"
