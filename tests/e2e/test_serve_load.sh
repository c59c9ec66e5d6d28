#!/usr/bin/env bash
# Load and isolation: 20 concurrent builds of 5 schools' data against a server that
# builds 2 at once and queues 6 more. Every accepted build holds only its school's
# names, the rest are refused cleanly, memory stays bounded, no job folder is left.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
cd "$WORK"
mkdir schools
"$PY" "$SOURCE_DIR/bench/make_schools.py" "$SOURCE_DIR/data/example.json" schools 5
start_server --builds 2 --queue 6 || exit 1
PORT=$PORT "$PY" "$SOURCE_DIR/tests/e2e/serve_load.py" schools/school-*.json >load.out 2>&1
check "20 concurrent builds: each correct and only its own school's names" test $? -eq 0
cat load.out
check "the queue refused some builds cleanly" grep -q 'refused (занято): [1-9]' load.out
peak_kb=$(awk '/VmHWM/ {print $2}' /proc/"$SERVER_PID"/status)
echo "peak memory of the server: $((peak_kb / 1024)) MB"
check "peak memory under 1 GB" test "$peak_kb" -lt 1048576
check "no job folder left once everything was downloaded" \
  bash -c "[ -z \"\$(ls -A '$WORK/jobs' | grep -E '^[0-9a-f]{32}$')\" ]"
stop_server
check "no personal data in the server's log" bash -c "! grep -q -e 'Абрамов' -e 'Школа № 1' '$WORK/server.log'"
summary
