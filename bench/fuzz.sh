#!/usr/bin/env bash
# Fuzzes the JSON reader, the workbook reader and the deadline parser with clang's
# libFuzzer (+ AddressSanitizer and UndefinedBehaviorSanitizer), each for a fixed
# time, seeded with the data files, workbooks and deadline phrases the tests use.
#   bash bench/fuzz.sh [SECONDS_PER_TARGET]      (default 600: the issue's 10 minutes)
#   FUZZ_PARALLEL=1 bash bench/fuzz.sh          (the three targets side by side)
# Needs clang++-14 and libclang-rt-14-dev (scripts/setup.sh --fuzz installs them).
# Builds in build-fuzz/ (also a sanitized nastavnik, which scripts/sanitize.sh can
# take as SANITIZED=build-fuzz/nastavnik); results (crashes, corpora) go to build-fuzz/runs/.
# Exit status: 0 when no target crashed, 1 otherwise. Not part of ctest.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-600}
BUILD=build-fuzz
CXX_BIN=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$CXX_BIN" ] || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "Нужны clang++-14 и libclang-rt-14-dev: sudo bash scripts/setup.sh --fuzz" >&2
  exit 1
fi
# The declension rules are fetched once by npm; reuse the main build's copy.
if [ -f build/third_party/petrovich/rules.json ] && [ ! -f $BUILD/third_party/petrovich/rules.json ]; then
  mkdir -p $BUILD/third_party && cp -r build/third_party/petrovich $BUILD/third_party/
fi
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX_BIN" "${LAUNCHER[@]}" \
  -DNASTAVNIK_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $SAN" \
  -DCMAKE_EXE_LINKER_FLAGS="$SAN" >/dev/null || exit 1
nice cmake --build $BUILD -j"${JOBS:-1}" --target fuzz_json_reader fuzz_workbook_reader fuzz_deadline_parse nastavnik || exit 1

RUNS=$BUILD/runs
mkdir -p $RUNS
# Seeds: real inputs, so mutation starts from files that reach deep into the readers.
seed() {
  local dir=$RUNS/$1/seeds
  rm -rf "$dir" && mkdir -p "$dir"
  shift
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/"; done
}
seed json_reader data/example.json tests/fixtures/minimal.json tests/fixtures/seed000.json tests/fixtures/bad/json/*.json
seed workbook_reader data/example.xlsx tests/fixtures/bad/xlsx/*.xlsx
mkdir -p $RUNS/deadline_parse/seeds
i=0
while IFS= read -r phrase; do
  i=$((i + 1)); printf '%s' "$phrase" >"$RUNS/deadline_parse/seeds/$i.txt"
done <<'PHRASES'
до 30.08.2023
с 1 по 15 сентября ежегодно (в период с 2023 по 2024 г.)
Февраль- май 2023-2024
01.12.2021- 25.05.2024
Май 2022 Май 2023 Май 2024
в течение всего периода реализации ЦМН
Декабрь, в период с 2023 по 2024 г
до 15.10. ежегодно
до 31.02.2024
Ежегодно в мае
PHRASES

status=0
printf '%-16s %8s %12s %10s %8s %s\n' "цель" "секунд" "прогонов" "покрытие" "падений" "память (МБ)" >$RUNS/summary.txt
# One target: its run, then its line of the summary (status 1 when it crashed).
fuzz_target() {
  local t=$1 dir=$RUNS/$1
  mkdir -p "$dir/corpus" "$dir/crashes"
  local log=$dir/log.txt
  # -rss_limit_mb: the readers' own caps keep memory far below; more is a finding.
  ASAN_OPTIONS=detect_leaks=1 "$BUILD/bench/fuzz/fuzz_$t" "$dir/corpus" "$dir/seeds" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=30 -max_len=1048576 \
    -artifact_prefix="$dir/crashes/" -print_final_stats=1 >"$log" 2>&1
  local rc=$?
  local runs cov rss crashes
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  crashes=$(find "$dir/crashes" -type f | wc -l)
  printf '%-16s %8s %12s %10s %8s %s\n' "$t" "$SECONDS_PER_TARGET" "$runs" "$cov" "$crashes" "$rss" >"$dir/summary_line"
  if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    echo "fuzz_$t: status $rc, $crashes crash file(s) in $dir/crashes; see $log" >&2
    grep -m5 -E "ERROR|SUMMARY" "$log" >&2
    return 1
  fi
}

# FUZZ_PARALLEL=1 runs the three targets side by side (each still for its own
# SECONDS_PER_TARGET of wall time; on two cores each gets less CPU than alone).
TARGETS=(json_reader workbook_reader deadline_parse)
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
  pids=()
  for t in "${TARGETS[@]}"; do fuzz_target "$t" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
  for t in "${TARGETS[@]}"; do fuzz_target "$t" || status=1; done
fi
for t in "${TARGETS[@]}"; do cat "$RUNS/$t/summary_line" >>$RUNS/summary.txt; done
cat $RUNS/summary.txt
exit $status
