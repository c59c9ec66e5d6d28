#!/usr/bin/env bash
# Interrupted builds: SIGTERM, SIGINT or SIGHUP while LibreOffice converts ends
# every program the build started, removes the staging folder (it holds personal
# data) and exits 128 + the signal with the output folder as it was. A staging
# folder left by a build killed outright (SIGKILL) is removed by the next build.
source "$(dirname "$0")/lib.sh"
EXAMPLE=$SOURCE_DIR/data/example.json
ONLY=(--only roadmap,report,order-pairs --format pdf)

# start_build OUT: the example into OUT in the background, SIGINT at its default
# (a script's background job would otherwise ignore it); sets BUILD_PID.
start_build() {
  "$PY" -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$NASTAVNIK" build "$EXAMPLE" -o "$1" "${ONLY[@]}" >"$WORK/build.out" 2>"$WORK/build.err" &
  BUILD_PID=$!
}

# tools_in DIR: pids of processes working in a staging folder in or under DIR (pandoc, soffice).
tools_in() { pgrep -f "$1/(.*/)?\.nastavnik-build-"; }

# wait_for_office DIR: true once LibreOffice runs for a build staged in or under DIR (up to 240 s).
wait_for_office() {
  local i
  for i in $(seq 1 2400); do
    pgrep -f "soffice.*$1/(.*/)?\.nastavnik-build-" >/dev/null && return 0
    kill -0 "$BUILD_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# no_tools_left OUT: true when nothing works in OUT's staging folders (waits up to 5 s).
no_tools_left() {
  local i
  for i in $(seq 1 50); do
    [ -z "$(tools_in "$1")" ] && return 0
    sleep 0.1
  done
  tools_in "$1" | xargs -r ps -o pid,args -p >&2
  return 1
}

# interrupted SIGNAL CODE: a build into a folder with earlier files, SIGNAL during LibreOffice.
interrupted() {
  local sig=$1 code=$2 out=$WORK/out-$1
  mkdir -p "$out"
  echo "прошлогодний" >"$out/roadmap.pdf"
  echo "заметки" >"$out/notes.txt"
  local before
  before=$(tree_digest "$out")
  start_build "$out"
  if ! wait_for_office "$WORK"; then
    fail "$sig: LibreOffice never started"; cat "$WORK/build.err" >&2; return
  fi
  kill -"$sig" "$BUILD_PID"
  wait "$BUILD_PID"
  local rc=$?
  check "$sig: exit $code (got $rc)" test "$rc" -eq "$code"
  check "$sig: a Russian line says so" grep -q "сборка прервана (SIG$sig).*временные файлы удалены. Папка «$out» не изменена" "$WORK/build.err"
  # anywhere: an older version staged beside the output folder
  check "$sig: no staging folder remains" test -z "$(find "$WORK" -name '.nastavnik-build-*')"
  check "$sig: no soffice or pandoc remains" no_tools_left "$WORK"
  check "$sig: the output folder is untouched" test "$before" = "$(tree_digest "$out")"
}

interrupted TERM 143
interrupted INT 130
interrupted HUP 129

# ---- SIGKILL: nothing can clean up; the next build into the folder does
OUT=$WORK/out-kill
start_build "$OUT"
if wait_for_office "$WORK"; then
  kill -KILL "$BUILD_PID"
  wait "$BUILD_PID" 2>/dev/null
  check "SIGKILL leaves a staging folder behind" test -n "$(find "$OUT" -maxdepth 1 -name '.nastavnik-build-*')"
  for p in $(tools_in "$WORK"); do kill -KILL "$p" 2>/dev/null; done  # LibreOffice's own child may outlive it
  echo "заметки" >"$OUT/notes.txt"
  "$NASTAVNIK" build "$EXAMPLE" -o "$OUT" --only roadmap --format html >"$WORK/next.out" 2>&1
  check "the next build succeeds" test $? -eq 0
  check "…and removes the dead build's staging folder" test -z "$(find "$OUT" -name '.nastavnik-build-*')"
  check "…leaving the rest" test -s "$OUT/roadmap.html" -a -s "$OUT/notes.txt"
else
  fail "SIGKILL: LibreOffice never started"
fi
summary
