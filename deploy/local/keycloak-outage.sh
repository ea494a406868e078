#!/usr/bin/env bash
# What the hub answers while Keycloak is down (docs/SECURITY.md "Keycloak outages"), on the running stack:
#   1. with Keycloak up, take a police-zmd token and a token signed with a key the hub has never seen
#      (a token of Keycloak's master realm), then stop Keycloak (the process run.sh recorded);
#   2. the running hub: a token whose key it cached still works (200); the unknown key cannot be fetched,
#      so 503 with Retry-After (not 401: the token may be good); no token, or a string that is no JWT, is
#      still 401;
#   3. the hub restarted while Keycloak is down (start-hub.sh): it starts, and a token gets 503 with
#      Retry-After (never 500); no token is still 401;
#   4. unless HUB_OUTAGE_RESTORE=0 (CI, which stops the stack next): run.sh brings Keycloak back (and restarts
#      the hub), and a fresh token gets 200.
# Prints every check, then "N passed, M failed"; exits 1 on any failure. Takes about 15-40 s without step 4.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need curl
http_ok "$KC_REALM_URL/.well-known/openid-configuration" || die "Keycloak is not answering on $KC_URL: run deploy/local/run.sh first"
hub_ready || die "the hub is not ready on $HUB_URL: run deploy/local/run.sh first"
alive keycloak keycloak || die "Keycloak was not started by run.sh (no live .local/run/keycloak.pid): this script stops only what run.sh started"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$1"; }
CASES="$HUB_URL/api/v1/cases"

# check DESCRIPTION TOKEN EXPECTED-STATUS [RETRY-AFTER-REQUIRED]
check() {
  local args=(-sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 30)
  [ -n "$2" ] && args+=(-H "Authorization: Bearer $2")
  local status retry
  status="$(curl "${args[@]}" "$CASES" 2>/dev/null)" || status=000
  retry="$(grep -i '^retry-after:' "$TMP/headers" 2>/dev/null | tr -dc '0-9' || true)"
  if [ "$status" != "$3" ]; then
    fail "$1: expected $3, got $status $(head -c 300 "$TMP/body" | tr '\n' ' ')"
  elif [ "${4:-}" = retry-after ] && [ -z "$retry" ]; then
    fail "$1: $status without Retry-After"
  elif [ "$status" != 200 ] && ! grep -qi '^content-type: application/problem+json' "$TMP/headers"; then
    fail "$1: $status is not application/problem+json"
  else
    pass "$1 -> $status${retry:+ (Retry-After: $retry)}"
  fi
}

printf '\nTokens while Keycloak is up\n'
POLICE="$(token_password police-zmd)"
FOREIGN="$(curl -sS --max-time 20 -X POST "$KC_URL/realms/master/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin | json_str access_token)"
[ -n "$FOREIGN" ] || die "no token from the master realm (admin / admin)"
check "police-zmd token, Keycloak up" "$POLICE" 200

printf '\nKeycloak stopped, the hub keeps running\n'
t0=$SECONDS
stop_recorded keycloak keycloak 60
port_open 127.0.0.1 "$HUB_KC_PORT" && die "something still answers on port $HUB_KC_PORT"
check "a token whose key the hub cached" "$POLICE" 200
check "a token signed with a key the hub never saw" "$FOREIGN" 503 retry-after
check "something that is not a token (refused without asking Keycloak)" "not-a-jwt" 401
check "no token" "" 401

printf '\nThe hub restarted while Keycloak is down\n'
"$HUB_ROOT/deploy/local/start-hub.sh" >"$TMP/start.log" 2>&1 || { cat "$TMP/start.log"; die "the hub did not start while Keycloak was down"; }
pass "the hub started and is ready without Keycloak"
check "a police-zmd token" "$POLICE" 503 retry-after
check "no token" "" 401
printf '    (outage checks took %ss)\n' "$((SECONDS - t0))"

if [ "${HUB_OUTAGE_RESTORE:-1}" = 1 ]; then
  printf '\nKeycloak back (run.sh)\n'
  HUB_BUILD=never HUB_LOAD_DEMO=0 "$HUB_ROOT/deploy/local/run.sh" >"$TMP/run.log" 2>&1 || { tail -n 40 "$TMP/run.log"; die "run.sh failed"; }
  check "a fresh police-zmd token" "$(token_password police-zmd)" 200
  # only now: an unknown key makes the hub fetch the keys, which it then does not repeat for a minute
  check "a token of another realm, Keycloak up: a bad token, not an outage" "$FOREIGN" 401
else
  printf '\nKeycloak left stopped (HUB_OUTAGE_RESTORE=0); deploy/local/run.sh starts it again\n'
fi

printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
