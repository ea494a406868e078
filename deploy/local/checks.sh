# Sourced by the end-to-end scripts (after lib.sh): the one definition of their checks and requests.
# Sets up TMP (removed on exit), PASSED and FAILED.
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
