# Sourced by the end-to-end scripts (after lib.sh): the one definition of their checks and requests.
# Sets up TMP (removed on exit), PASSED and FAILED, and the journeys' inputs EXAMPLE and ASSESSMENT.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$1"; }
section() { printf '\n%s\n' "$*"; }

# expect DESCRIPTION EXPECTED ACTUAL
expect() {
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
# expect_status DESCRIPTION "CODE [CODE...]": checks $STATUS of the last request, shows the body otherwise
expect_status() {
  local c
  for c in $2; do
    if [ "$STATUS" = "$c" ]; then pass "$1 -> $STATUS"; return 0; fi
  done
  fail "$1: expected HTTP $2, got $STATUS: $(head -c 600 "$TMP/body" 2>/dev/null | tr '\n' ' ')"
  return 1
}

# req METHOD URL TOKEN [FILE [CONTENT-TYPE]]: sets STATUS, the body in $TMP/body and the headers in $TMP/headers;
# FILE is sent as application/json unless CONTENT-TYPE says otherwise
req() {
  local args=(-sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 60 -X "$1")
  [ -n "$3" ] && args+=(-H "Authorization: Bearer $3")
  [ -n "${4:-}" ] && args+=(-H "Content-Type: ${5:-application/json}" --data-binary "@$4")
  : >"$TMP/body"
  STATUS="$(curl "${args[@]}" "$2" 2>"$TMP/curl.err")" || STATUS="000 ($(cat "$TMP/curl.err"))"
}
header() { grep -i "^$1:" "$TMP/headers" | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^[[:space:]]*//'; }
body() { jq -r "$1" "$TMP/body" 2>/dev/null || echo "<not JSON>"; }

# the journeys' inputs: the demo police file, and PICC's assessment of P2 (hub-core's test fixture)
EXAMPLE="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"
ASSESSMENT="$HUB_ROOT/hub-core/src/test/resources/fixtures/compensation/assessment-p2-injured-driver.json"
# require_journey_stack: the inputs are there, and Keycloak and the hub answer
require_journey_stack() {
  [ -f "$EXAMPLE" ] || die "$EXAMPLE not found"
  [ -f "$ASSESSMENT" ] || die "$ASSESSMENT not found"
  http_ok "$KC_REALM_URL/.well-known/openid-configuration" || die "Keycloak is not answering on $KC_URL: run deploy/local/run.sh first"
  hub_ready || die "the hub is not ready on $HUB_URL: run deploy/local/run.sh first"
}
# json BODY: the body of the next request, in $TMP/request.json
json() { printf '%s' "$1" >"$TMP/request.json"; }

# upload_example RN TOKEN: a new case from the example file under report number RN (no attachments); sets CASE
upload_example() {
  jq --arg rn "$1" '.reportNumber = $rn | del(.attachments)' "$EXAMPLE" >"$TMP/file-$1.json"
  req POST "$HUB_URL/api/v1/police/accident-files" "$2" "$TMP/file-$1.json"
  expect_status "uploads $1 as a new case" 201
  CASE="$(body .caseId)"
}
# assess_and_calculate TOKEN: the insurer assesses P2's losses (ASSESSMENT) in case CASE and calculates version 1
assess_and_calculate() {
  req PUT "$HUB_URL/api/v1/cases/$CASE/assessments/P2" "$1" "$ASSESSMENT"
  expect_status "the insurer assesses P2's losses" 201
  json '{"statisticalYear":2025}'
  req POST "$HUB_URL/api/v1/cases/$CASE/compensation" "$1" "$TMP/request.json"
  expect_status "the insurer calculates (version 1)" 201
}
