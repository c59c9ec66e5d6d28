#!/usr/bin/env bash
# Sets up, builds and generates the example school's full document set into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
./build/nastavnik build data/example.json -o output
