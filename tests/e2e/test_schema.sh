#!/usr/bin/env bash
# The published JSON Schema (data/nastavnik.schema.json) accepts the example data
# file and rejects typical mistakes. Uses Debian's python3-jsonschema, which loads
# only under /usr/bin/python3 (python3 on PATH may be a pyenv shim).
# Run by ctest with SOURCE_DIR=<repo root>; runs by hand too.
set -euo pipefail

SOURCE_DIR="${SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
PY=/usr/bin/python3
SCHEMA="$SOURCE_DIR/data/nastavnik.schema.json"
EXAMPLE="$SOURCE_DIR/data/example.json"
STAGES="$SOURCE_DIR/templates/standard-stages.json"

if ! "$PY" -c 'import jsonschema' 2>/dev/null; then
  echo "FAIL: $PY cannot import jsonschema (apt-get install python3-jsonschema)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# validate.py SCHEMA DOC [DEF]: exit 0 when DOC is valid (against #/$defs/DEF if
# given), 1 when not, printing every error message including those nested in
# oneOf/anyOf; 2 when the schema itself is broken.
cat >"$tmp/validate.py" <<'PY'
import json, sys
import jsonschema

schema_path, doc_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
except jsonschema.exceptions.SchemaError as e:
    print("schema error:", e.message)
    sys.exit(2)
if len(sys.argv) > 3:
    schema = {"$defs": schema["$defs"], "$ref": "#/$defs/" + sys.argv[3]}
validator = jsonschema.Draft202012Validator(
    schema, format_checker=jsonschema.FormatChecker())
with open(doc_path, encoding="utf-8") as f:
    doc = json.load(f)

def walk(errors):
    for e in errors:
        yield e
        yield from walk(e.context or [])

errors = list(validator.iter_errors(doc))
for e in walk(errors):
    print("/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message)
sys.exit(1 if errors else 0)
PY

# mutate.py SRC DST CODE: loads SRC as `d`, runs CODE on it, writes DST.
cat >"$tmp/mutate.py" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
exec(sys.argv[3])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(d, f, ensure_ascii=False, indent=2)
PY

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1" >&2; failed=$((failed + 1)); }

# run_validate NAME DOC [DEF] -> sets $out and $rc
run_validate() {
  if out="$("$PY" "$tmp/validate.py" "$SCHEMA" "$@" 2>&1)"; then rc=0; else rc=$?; fi
}

# 1. The schema is itself a valid draft 2020-12 schema.
if "$PY" -c '
import json, sys, jsonschema
jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1], encoding="utf-8")))
' "$SCHEMA" 2>"$tmp/check.err"; then
  pass "schema is a valid JSON Schema draft 2020-12"
else
  fail "schema is not a valid JSON Schema: $(cat "$tmp/check.err")"
fi

# 2. The example data file is valid.
run_validate "$EXAMPLE"
if [[ $rc -eq 0 ]]; then
  pass "data/example.json is valid"
else
  fail "data/example.json is not valid (rc=$rc):"$'\n'"$out"
fi

# 3. Every standard stage is valid under the schema's stage definition, and the
#    file holds stages 1..7, each with name, task and result.
stages_ok=1
for i in 0 1 2 3 4 5 6; do
  "$PY" -c '
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))["stages"][int(sys.argv[2])]
json.dump(s, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
assert s["number"] == int(sys.argv[2]) + 1, "stage numbers must run 1..7"
assert all(s.get(k) for k in ("name", "task", "result")), "name, task, result required"
' "$STAGES" "$i" "$tmp/stage$i.json" 2>"$tmp/stage.err" || {
    stages_ok=0; out="$(cat "$tmp/stage.err")"; break; }
  run_validate "$tmp/stage$i.json" stage
  if [[ $rc -ne 0 ]]; then stages_ok=0; break; fi
done
if [[ $stages_ok -eq 1 ]]; then
  pass "templates/standard-stages.json: stages 1..7 valid"
else
  fail "templates/standard-stages.json: stage $((i + 1)) bad:"$'\n'"$out"
fi

# expect_rejected NAME CODE EXPECTED: the example changed by CODE must be
# rejected with an error message containing EXPECTED.
expect_rejected() {
  local name="$1" code="$2" expected="$3" doc="$tmp/bad_$((passed + failed)).json"
  "$PY" "$tmp/mutate.py" "$EXAMPLE" "$doc" "$code"
  run_validate "$doc"
  if [[ $rc -eq 1 && "$out" == *"$expected"* ]]; then
    pass "rejects $name"
  elif [[ $rc -eq 0 ]]; then
    fail "accepts $name"
  else
    fail "rejects $name, but not with «$expected» (rc=$rc):"$'\n'"$out"
  fi
}

# 4-6. Typical mistakes are rejected, each for the right reason.
expect_rejected "an unknown top-level key" \
  'd["colour"] = "blue"' \
  "'colour' was unexpected"
expect_rejected "an event without title" \
  'del d["roadmap"]["events"][0]["title"]' \
  "'title' is a required property"
expect_rejected "an approval with kind \"maybe\"" \
  'd["roadmap"]["approvals"].append({"kind": "maybe", "body": "педагогического совета"})' \
  "'maybe' is not one of"

# 7-8. Participants and pairs: an unknown form of mentoring, a pupil without class.
expect_rejected "a pair with form \"учитель – директор\"" \
  'd["pairs"][0]["form"] = "учитель – директор"' \
  "'учитель – директор' is not one of"
expect_rejected "a pupil without class" \
  'del d["pupils"][0]["class"]' \
  "'class' is a required property"

# 9. Consent data: an identity document with a misspelt key (issued_date for
#    issued_on) is rejected, as the program rejects it.
expect_rejected "a \"document\" with an unknown key" \
  'd["staff"][6]["document"] = {"series": "07 03", "number": "415862", "issued_date": "2003-06-17"}' \
  "'issued_date' was unexpected"

# 10. A form typed with a hyphen instead of the en dash is accepted, as the
#     program accepts it.
doc="$tmp/hyphen_form.json"
"$PY" "$tmp/mutate.py" "$EXAMPLE" "$doc" 'd["pairs"][0]["form"] = "учитель-ученик"'
run_validate "$doc"
if [[ $rc -eq 0 ]]; then
  pass "accepts a form written with a hyphen («учитель-ученик»)"
else
  fail "rejects a form written with a hyphen (rc=$rc):"$'\n'"$out"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
