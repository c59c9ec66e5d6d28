#!/usr/bin/env bash
# Times a full build (every document, every format, and the site pack) through the
# server — upload, build, download of both archives — against the same work on
# the command line (`build` and `build --site`), for the example school and a
# school of 500 pupils. Usage: bench/bench_serve.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
BIN=./build/nastavnik
PY=/usr/bin/python3
[ -x "$BIN" ] || bash scripts/setup.sh >/dev/null
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir "$WORK/big"
"$PY" bench/make_schools.py data/example.json "$WORK/big" 1 --pupils 500

PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --listen "127.0.0.1:$PORT" --work-dir "$WORK/jobs" --builds 1 >/dev/null 2>"$WORK/server.log" &
SERVER=$!
sleep 1

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

cli_once() {
  local start end
  start=$(date +%s.%N)
  "$BIN" build "$1" -o "$WORK/out" >/dev/null
  "$BIN" build "$1" --site -o "$WORK/site" >/dev/null
  end=$(date +%s.%N)
  rm -rf "$WORK/out" "$WORK/site"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}'
}

server_once() {
  PORT=$PORT "$PY" - "$1" <<'PYEOF'
import http.client, os, re, sys, time, uuid
port = int(os.environ["PORT"])
def call(method, path, body=None, headers={}):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse(); data = r.read(); c.close()
    return r, data
start = time.time()
r, page = call("GET", "/")
cookie = r.getheader("Set-Cookie").split(";")[0]
csrf = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
b = uuid.uuid4().hex
parts = [("csrf", csrf)] + [("format", f) for f in ("docx", "pdf", "xlsx", "html")] + [("site", "1")]
body = b"".join(f"--{b}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n".encode() for n, v in parts)
name = sys.argv[1]
body += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(name)}\"\r\n\r\n".encode()
body += open(name, "rb").read() + f"\r\n--{b}--\r\n".encode()
r, _ = call("POST", "/build", body, {"Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={b}"})
job = r.getheader("Location")
while True:
    r, page = call("GET", job, headers={"Cookie": cookie})
    if b'http-equiv="refresh"' not in page:
        break
    time.sleep(0.2)
for link in re.findall(rb'href="(/job/[0-9a-f]{32}/file/[^"]+)"', page):
    call("GET", link.decode(), headers={"Cookie": cookie})
print(f"{time.time() - start:.2f}")
PYEOF
}

echo "| Данные | Командная строка (build + build --site) | Через сервер (загрузка, сборка, скачивание) | Накладные расходы |"
echo "|---|---|---|---|"
for data in data/example.json "$WORK/big/school-0.json"; do
  cli=$(for _ in $(seq "$RUNS"); do cli_once "$data"; done | median)
  srv=$(for _ in $(seq "$RUNS"); do server_once "$data"; done | median)
  label=$([ "$data" = data/example.json ] && echo "пример школы" || echo "школа на 500 обучающихся")
  echo "| $label | ${cli} с | ${srv} с | $(awk -v a="$cli" -v b="$srv" 'BEGIN {printf "%+.0f %%", (b - a) * 100 / a}') |"
done
