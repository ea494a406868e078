#!/usr/bin/env bash
# shellcheck disable=SC2016  # jq programs are single-quoted on purpose
# End-to-end check of the running stack (start it with deploy/local/run.sh): real Keycloak tokens against
# the real hub. Needs curl and jq. Prints every check, then "N passed, M failed"; exits 1 on any failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need curl
need jq "e2e.sh uses jq: apt-get install jq / brew install jq"

. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
require_journey_stack

# claims TOKEN JQ-FILTER: evaluate a filter on the token's payload
claims() {
  local p="${1#*.}"
  p="${p%%.*}"
  p="$(printf '%s' "$p" | tr '_-' '/+')"
  while [ $((${#p} % 4)) -ne 0 ]; do p="$p="; done
  printf '%s' "$p" | base64 -d 2>/dev/null | jq -r "$2"
}

# variant OUT FILTER [jq args...]: a copy of the example file changed by a jq filter
variant() {
  local out="$1" filter="$2"
  shift 2
  jq "$@" "$filter" "$EXAMPLE" >"$out"
}

STAMP="$(date -u +%Y%m%d%H%M%S)"
RN="E2E-$STAMP-$$"
RN_FORBIDDEN="E2E-$STAMP-$$-X"
RN_INVALID="E2E-$STAMP-$$-BAD"
API="$HUB_URL/api/v1"

section "Tokens from Keycloak ($KC_REALM_URL)"
ZMD="$(token_password police-zmd)"
SQ="$(token_password police-sq)"
PICC="$(token_client insurer-picc)"
CPIC="$(token_client insurer-cpic)"
PINGAN="$(token_client insurer-pingan)"
AUD_HAS_HUB='(.aud | if type == "array" then . else [.] end) | index("accident-hub") != null'
expect "police-zmd token: iss" "$KC_REALM_URL" "$(claims "$ZMD" .iss)"
expect "police-zmd token: aud contains accident-hub" true "$(claims "$ZMD" "$AUD_HAS_HUB")"
expect "police-zmd token: realm_access.roles contains police" true "$(claims "$ZMD" '.realm_access.roles | index("police") != null')"
expect "police-zmd token: org_type/org_code" "POLICE 411700000000" "$(claims "$ZMD" '"\(.org_type) \(.org_code)"')"
expect "police-sq token: org_code" "411624000000" "$(claims "$SQ" .org_code)"
expect "insurer-picc token: iss" "$KC_REALM_URL" "$(claims "$PICC" .iss)"
expect "insurer-picc token: aud contains accident-hub" true "$(claims "$PICC" "$AUD_HAS_HUB")"
expect "insurer-picc token: realm_access.roles contains insurer" true "$(claims "$PICC" '.realm_access.roles | index("insurer") != null')"
expect "insurer-picc token: org_type/org_code" "INSURER PICC" "$(claims "$PICC" '"\(.org_type) \(.org_code)"')"

section "Upload the example file as is (run.sh loaded it already, so 200; 201 on an empty database)"
req POST "$API/police/accident-files" "$ZMD" "$EXAMPLE"
expect_status "POST example file" "200 201" || true
expect "example file: reportNumber searchable" 1 "$(req GET "$API/cases?reportNumber=4117022026000123" "$ZMD"; body .total)"

section "Upload a new police file (reportNumber $RN) as police-zmd"
variant "$TMP/new.json" '.reportNumber = $rn' --arg rn "$RN"
req POST "$API/police/accident-files" "$ZMD" "$TMP/new.json"
expect_status "POST new file" 201 || true
CASE_ID="$(body .caseId)"
LOCATION="$(header Location)"
expect "response revision" 1 "$(body .revision)"
case "$LOCATION" in
  */api/v1/cases/"$CASE_ID") pass "Location header $LOCATION" ;;
  *) fail "Location header: expected .../api/v1/cases/$CASE_ID, got '$LOCATION'" ;;
esac
case "$LOCATION" in
  http://* | https://*) CASE_URL="$LOCATION" ;;
  *) CASE_URL="$HUB_URL$LOCATION" ;;
esac
[ -n "$CASE_ID" ] && [ "$CASE_ID" != null ] || CASE_URL="$API/cases/missing-case-id"

section "Read the case"
req GET "$CASE_URL" "$ZMD"
expect_status "GET case as police-zmd" 200 || true
expect "caseId" "$CASE_ID" "$(body .caseId)"
expect "reportNumber" "$RN" "$(body .reportNumber)"
expect "unitCode" 411700000000 "$(body .unitCode)"
expect "parties" 2 "$(body '.parties | length')"
expect "vehicles" 2 "$(body '.vehicles | length')"
expect "policies" 3 "$(body '[.vehicles[].policies | length] | add')"
expect "responsibility shares (MAIN, SECONDARY defaults)" "30,70" "$(body '[.parties[].responsibilityShare] | sort | map(tostring) | join(",")')"
expect "PICC policies on V1" 2 "$(body '[.vehicles[] | select(.plate == "豫Q12345") | .policies[] | select(.insurerCode == "PICC")] | length')"

section "Idempotency and revisions"
req POST "$API/police/accident-files" "$ZMD" "$TMP/new.json"
expect_status "identical resend" 200 || true
expect "identical resend: same caseId" "$CASE_ID" "$(body .caseId)"
expect "identical resend: same revision" 1 "$(body .revision)"
variant "$TMP/changed.json" '.reportNumber = $rn | .narrative += "（补充：经复核，乙车当时车速约40公里/小时。）"' --arg rn "$RN"
req POST "$API/police/accident-files" "$ZMD" "$TMP/changed.json"
expect_status "changed narrative" 200 || true
expect "changed narrative: same caseId" "$CASE_ID" "$(body .caseId)"
expect "changed narrative: revision" 2 "$(body .revision)"
req GET "$CASE_URL/revisions" "$ZMD"
expect_status "GET revisions" 200 || true
expect "revisions listed" 2 "$(body '.items | length')"
expect "revisions total" 2 "$(body .total)"
req GET "$API/cases?reportNumber=$RN" "$ZMD"
expect_status "search by reportNumber as police-zmd" 200 || true
expect "search: exactly one case" "1 $CASE_ID" "$(body '"\(.total) \(.items[0].caseId)"')"

section "Organisation scoping"
variant "$TMP/forbidden.json" '.reportNumber = $rn' --arg rn "$RN_FORBIDDEN"
req POST "$API/police/accident-files" "$SQ" "$TMP/forbidden.json"
expect_status "police-sq posts a file of unit 411700000000" 403 || true
req GET "$API/cases?reportNumber=$RN_FORBIDDEN" "$ZMD"
expect "the refused file stored nothing" 0 "$(body .total)"
req GET "$CASE_URL" "$SQ"
expect_status "police-sq reads the 驻马店 case" 404 || true
req GET "$API/cases?reportNumber=$RN" "$SQ"
expect "police-sq search does not see it" 0 "$(body .total)"
req GET "$CASE_URL" ""
expect_status "no token: GET case" 401 || true
req POST "$API/police/accident-files" "" "$TMP/new.json"
expect_status "no token: POST file" 401 || true
req GET "$CASE_URL" "$PICC"
expect_status "insurer-picc (PICC policies on V1)" 200 || true
req GET "$CASE_URL" "$CPIC"
expect_status "insurer-cpic (CPIC policy on V2)" 200 || true
req GET "$CASE_URL" "$PINGAN"
expect_status "insurer-pingan (no policy on the case)" 404 || true

section "Validation"
variant "$TMP/invalid.json" '.reportNumber = $rn | .parties[0].idNumber = "411702198503141231"' --arg rn "$RN_INVALID"
req POST "$API/police/accident-files" "$ZMD" "$TMP/invalid.json"
expect_status "broken resident-ID check character" "422 400" || true
case "$(header Content-Type)" in
  application/problem+json*) pass "Content-Type $(header Content-Type)" ;;
  *) fail "Content-Type: expected application/problem+json, got '$(header Content-Type)'" ;;
esac
expect "problem status field" "${STATUS%% *}" "$(body .status)"
expect "errors[] has path /parties/0/idNumber" true "$(body '[.errors[]?.path] | index("/parties/0/idNumber") != null')"
req GET "$API/cases?reportNumber=$RN_INVALID" "$ZMD"
expect "the invalid file stored nothing" 0 "$(body .total)"

section "Demo data loaded by run.sh"
req GET "$API/cases?reportNumber=4117022026000123" "$ZMD"
expect "police-zmd finds demo 4117022026000123" 1 "$(body .total)"
req GET "$API/cases?reportNumber=4116242026000456" "$SQ"
expect "police-sq finds demo 4116242026000456" 1 "$(body .total)"
req GET "$API/cases?reportNumber=4116242026000456" "$PINGAN"
expect "insurer-pingan finds demo 4116242026000456 (PINGAN policies)" 1 "$(body .total)"
req GET "$API/cases?reportNumber=4117022026000187" "$ZMD"
PED_ID="$(body '.items[0].caseId')"
req GET "$API/cases/$PED_ID" "$ZMD"
expect "pedestrian case: explicit shares 80/20 kept" "20,80" "$(body '[.parties[].responsibilityShare] | sort | map(tostring) | join(",")')"

section "Operations endpoints"
for path in /q/health/ready /q/openapi /q/swagger-ui/ /q/metrics; do
  req GET "$HUB_URL$path" ""
  expect_status "GET $path" 200 || true
done

printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
