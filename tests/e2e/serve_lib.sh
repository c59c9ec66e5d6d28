# Starting and stopping `nastavnik serve` for the server's end-to-end tests
# (sourced after lib.sh). start_server ARGS…: sets PORT and SERVER_PID.
start_server() {
  PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$NASTAVNIK" serve --listen "127.0.0.1:$PORT" --work-dir "$WORK/jobs" "$@" >"$WORK/server.out" 2>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    "$PY" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/style.css')" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "server did not start:" >&2
  cat "$WORK/server.log" >&2
  return 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
}
