"""The client half of test_serve_load.sh: N concurrent builds of different schools'
data; every accepted build must come back with only its own school's names, every
refused one with a clean «занято». Prints one line per outcome and exits 1 on any fault."""
import http.client, io, json, os, re, sys, threading, time, uuid, zipfile

PORT = int(os.environ["PORT"])
SCHOOLS = sys.argv[1:]
REQUESTS = 20


def call(method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=300)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, dict(r.getheaders()), data


def multipart(fields, filename, content):
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields:
        out.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    out.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
              f"Content-Type: application/json\r\n\r\n".encode())
    out.write(content + f"\r\n--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def surname(path):
    d = json.load(open(path, encoding="utf-8"))
    return d["staff"][0]["full_name"].split("-")[0].rstrip("а"), d["organisation"]["short_name"]


results, faults = [], []
schools = [(p, *surname(p)) for p in SCHOOLS]
barrier = threading.Barrier(REQUESTS)


def one(i):
    path, name, school = schools[i % len(schools)]
    status, headers, page = call("GET", "/")
    cookie = headers["Set-Cookie"].split(";")[0]
    csrf = re.search(rb'name="csrf" value="([0-9a-f]{32})"', page).group(1).decode()
    body, ctype = multipart([("csrf", csrf), ("format", "html"), ("format", "xlsx")], "school.json",
                            open(path, "rb").read())
    barrier.wait()
    status, headers, page = call("POST", "/build", body, {"Cookie": cookie, "Content-Type": ctype})
    if status == 503:
        if "занято" not in page.decode().lower():
            faults.append(f"{i}: 503 without «занято»")
        results.append("refused")
        return
    if status != 303:
        faults.append(f"{i}: status {status}")
        return
    job = headers["Location"]
    for _ in range(600):
        status, _, page = call("GET", job, headers={"Cookie": cookie})
        if b'http-equiv="refresh"' not in page:
            break
        time.sleep(0.5)
    link = re.search(rb'href="(/job/[0-9a-f]{32}/file/[^"]+)"', page)
    if not link:
        faults.append(f"{i}: no download: {page[:300]!r}")
        return
    status, _, archive = call("GET", link.group(1).decode(), headers={"Cookie": cookie})
    z = zipfile.ZipFile(io.BytesIO(archive))
    # The typography pass puts no-break spaces after «№» and between initials and surname.
    text = " ".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".html"))
    text = text.replace("\u00a0", " ").replace("&nbsp;", " ")
    marked = lambda surname: re.search(surname + "а?-", text)  # the school's prefix: «Белова-Орлова»
    if school not in text or not marked(name):
        faults.append(f"{i}: its own school or people missing")
    for other_path, other_name, other_school in schools:
        if other_path != path and (marked(other_name) or other_school in text):
            faults.append(f"{i}: holds names of {os.path.basename(other_path)}")
    results.append("built")


threads = [threading.Thread(target=one, args=(i,)) for i in range(REQUESTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"built: {results.count('built')}, refused (занято): {results.count('refused')}")
for f in faults:
    print("FAULT", f)
sys.exit(1 if faults or results.count("built") == 0 or len(results) != REQUESTS else 0)
