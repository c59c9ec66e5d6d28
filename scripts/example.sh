#!/usr/bin/env bash
# Sets up, builds and generates the example school's full document set into
# output/, and the pack for the school site into output/site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
./build/nastavnik build data/example.json -o output
./build/nastavnik build data/example.json --site -o output/site
