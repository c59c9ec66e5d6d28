#!/usr/bin/env bash
# Sets up, builds and runs every test (unit tests and end-to-end tests with the
# real pandoc and LibreOffice).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
