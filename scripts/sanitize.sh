#!/usr/bin/env bash
# Builds nastavnik with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ and runs the bad-input corpus (tests/e2e/test_bad_corpus.sh) under
# it, within a time limit. For a CI job of its own, not for ctest:
#   bash scripts/sanitize.sh [TIME_LIMIT_SECONDS]     (default 1800)
# SANITIZED=path/to/nastavnik skips the build and runs that binary instead (one
# already built with the sanitizers, e.g. build-fuzz/nastavnik from bench/fuzz.sh).
# A sanitizer report makes the case's exit status 99 (ASan) or 98 (UBSan), which
# the corpus test counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
LIMIT=${1:-1800}
BUILD=build-asan
BINARY=${SANITIZED:-$PWD/$BUILD/nastavnik}
if [ -z "${SANITIZED:-}" ]; then
  if [ -f build/third_party/petrovich/rules.json ] && [ ! -f $BUILD/third_party/petrovich/rules.json ]; then
    mkdir -p $BUILD/third_party && cp -r build/third_party/petrovich $BUILD/third_party/
  fi
  LAUNCHER=()
  command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  SAN="-fsanitize=address,undefined -fno-omit-frame-pointer"
  cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_FLAGS="$SAN" -DCMAKE_EXE_LINKER_FLAGS="$SAN" >/dev/null || exit 1
  nice cmake --build $BUILD -j"${JOBS:-2}" --target nastavnik || exit 1
fi
export ASAN_OPTIONS=exitcode=99:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:exitcode=98:print_stacktrace=1
start=$(date +%s)
NASTAVNIK=$(realpath "$BINARY") SOURCE_DIR=$PWD NASTAVNIK_TIMEOUT=300 \
  timeout -s KILL "$LIMIT" bash tests/e2e/test_bad_corpus.sh
rc=$?
echo "sanitize: status $rc after $(( $(date +%s) - start )) s (limit $LIMIT s)"
exit $rc
