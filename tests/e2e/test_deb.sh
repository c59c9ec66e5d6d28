#!/usr/bin/env bash
# `cpack -G DEB` makes the package a district's administrator installs: the binary,
# the templates, the systemd unit and the scripts that make its user and password.
source "$(dirname "$0")/lib.sh"
cd "$WORK"
BUILD_DIR=$(dirname "$NASTAVNIK")

(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1)
check "cpack -G DEB succeeds" test $? -eq 0
DEB=$(ls "$WORK"/pkg/nastavnik_*.deb 2>/dev/null | head -1)
check "a .deb is made" test -n "$DEB"
dpkg-deb --contents "$DEB" >contents.txt
check "the binary" grep -q '\./usr/bin/nastavnik$' contents.txt
check "the templates" grep -q '\./usr/share/nastavnik/templates/roadmap.html.mustache$' contents.txt
check "the server page's templates" grep -q '\./usr/share/nastavnik/templates/serve/index.html.mustache$' contents.txt
check "the reference documents" grep -q '\./usr/share/nastavnik/reference/portrait.docx$' contents.txt
check "the systemd unit" grep -q '\./usr/lib/systemd/system/nastavnik.service$\|\./lib/systemd/system/nastavnik.service$' contents.txt
dpkg-deb --field "$DEB" Depends >depends.txt
for p in pandoc libreoffice-writer-nogui libcpp-httplib0.11 libxlsxwriter4; do
  check "depends on $p" grep -q "$p" depends.txt
done
dpkg-deb --ctrl-tarfile "$DEB" | tar -t >control.txt
check "postinst makes the user and the password" grep -q 'postinst' control.txt
mkdir root && dpkg-deb -x "$DEB" root
unit=$(find root -name nastavnik.service)
check "the unit runs serve as an unprivileged user in /var/lib/nastavnik" bash -c \
  "grep -q '^User=nastavnik' '$unit' && grep -q 'ExecStart=/usr/bin/nastavnik serve .*--token-file .*--work-dir /var/lib/nastavnik' '$unit'"
check "the installed binary finds its templates" root/usr/bin/nastavnik init --xlsx blank.xlsx
summary
