#!/usr/bin/env bash
# shellcheck disable=SC2016  # jq programs are single-quoted on purpose
# The role x organisation x endpoint matrix against the running stack (start it with deploy/local/run.sh):
# real Keycloak tokens for every demo identity, a case of each police unit uploaded first, then every row of
# deploy/local/access-matrix.tsv asked as every identity and the answer compared with the table.
# Also fails when the hub's OpenAPI lists a case endpoint that the table does not cover, so that a new
# endpoint cannot go unchecked. Needs curl and jq. Prints every mismatch, then "N passed, M failed";
# exits 1 on any mismatch.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need curl
need jq "access-matrix.sh uses jq: apt-get install jq / brew install jq"
MATRIX="${HUB_MATRIX:-$HUB_ROOT/deploy/local/access-matrix.tsv}"
[ -f "$MATRIX" ] || die "$MATRIX not found"
http_ok "$KC_REALM_URL/.well-known/openid-configuration" || die "Keycloak is not answering on $KC_URL: run deploy/local/run.sh first"
hub_ready || die "the hub is not ready on $HUB_URL: run deploy/local/run.sh first"

# Paths under these prefixes hold case data: every operation the hub lists there must be in the table.
COVERED_PREFIXES='^/api/v1/(cases|claims|police|events|audit)(/|$)'

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$1"; }

# ----------------------------------------------------------------------------------------------------------
# Tokens: people by password grant (client hub-cli), insurer systems by client credentials
# ----------------------------------------------------------------------------------------------------------
declare -A TOKEN
info "tokens from $KC_REALM_URL"
for who in police-zmd police-sq mediator-zmd judge-yc1 judge-sq1 arbitrator-zmd party-demo admin; do
  TOKEN[$who]="$(token_password "$who")"
done
for who in insurer-picc insurer-cpic insurer-pingan; do
  TOKEN[$who]="$(token_client "$who")"
done
TOKEN[none]=""

# req METHOD URL TOKEN [BODY-FILE CONTENT-TYPE]: sets STATUS; the answer in $TMP/body. A 429 (the per-client
# rate limit: all people share the client hub-cli) is waited out and asked again.
req() {
  local wait
  local args=(-sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 60 -X "$1")
  [ -n "$3" ] && args+=(-H "Authorization: Bearer $3")
  [ -n "${4:-}" ] && args+=(-H "Content-Type: $5" --data-binary "@$4")
  for _ in 1 2 3 4 5; do
    : >"$TMP/body"
    STATUS="$(curl "${args[@]}" "$2" 2>"$TMP/curl.err" </dev/null)" || STATUS="000"
    [ "$STATUS" = 429 ] || return 0
    wait="$(grep -i '^retry-after:' "$TMP/headers" | tr -dc '0-9' || true)"
    sleep "${wait:-1}"
  done
}
API="$HUB_URL/api/v1"

# ----------------------------------------------------------------------------------------------------------
# Fixtures: one case per police unit, each listing one attachment; their claims per insurer
# ----------------------------------------------------------------------------------------------------------
STAMP="$(date -u +%y%m%d%H%M%S)-$$"
declare -A BASE=([zmd]="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"
  [sq]="$HUB_ROOT/deploy/local/demo/02-shenqiu-4116242026000456-rear-end.json")
declare -A UPLOADER=([zmd]=police-zmd [sq]=police-sq)
declare -A CASE_ID REPORT ATTACHMENT
ATTACHMENT_NAME="matrix.pdf"
info "fixtures: one case of each police unit (report numbers MX$STAMP-*)"
for owner in zmd sq; do
  printf '%%PDF-1.4\n%% access matrix %s %s\n%%%%EOF\n' "$owner" "$STAMP" >"$TMP/$owner.pdf"
  ATTACHMENT[$owner]="$TMP/$owner.pdf"
  sha="$(sha256sum "$TMP/$owner.pdf" | cut -d' ' -f1)"
  size="$(wc -c <"$TMP/$owner.pdf" | tr -d ' ')"
  REPORT[$owner]="MX$STAMP-$(printf '%s' "$owner" | tr '[:lower:]' '[:upper:]')" # format: 10 to 32 of 0-9 A-Z -
  jq --arg rn "${REPORT[$owner]}" --arg name "$ATTACHMENT_NAME" --arg sha "$sha" --argjson size "$size" \
    '.reportNumber = $rn | .attachments = [{name: $name, mediaType: "application/pdf", sha256: $sha, size: $size}]' \
    "${BASE[$owner]}" >"$TMP/$owner.json"
  req POST "$API/police/accident-files" "${TOKEN[${UPLOADER[$owner]}]}" "$TMP/$owner.json" application/json
  [ "$STATUS" = 201 ] || die "fixture upload for $owner answered $STATUS: $(head -c 600 "$TMP/body")"
  CASE_ID[$owner]="$(jq -r .caseId "$TMP/body")"
  note "$owner: case ${CASE_ID[$owner]}"
done

declare -A CLAIM POLICY
for owner in zmd sq; do
  for insurer in PICC CPIC PINGAN; do
    client="insurer-$(printf '%s' "$insurer" | tr '[:upper:]' '[:lower:]')"
    req GET "$API/claims?caseId=${CASE_ID[$owner]}" "${TOKEN[$client]}"
    [ "$STATUS" = 200 ] || die "listing the claims of the $owner case as $client answered $STATUS"
    claim="$(jq -r '.items[0].claimId // empty' "$TMP/body")"
    [ -n "$claim" ] || continue
    CLAIM[$owner:$insurer]="$claim"
    req GET "$API/claims/$claim" "${TOKEN[$client]}"
    POLICY[$owner:$insurer]="$(jq -r '.covers[0].policyNumber // empty' "$TMP/body")"
  done
done
note "claims: $(for k in "${!CLAIM[@]}"; do printf '%s ' "$k"; done)"

# body KIND OWNER: writes the request body to $TMP/request and sets BODY_TYPE
body() {
  BODY_TYPE=application/json
  case "$1" in
    file)
      SEQ=$((${SEQ:-0} + 1))
      jq --arg rn "${REPORT[$2]}-$SEQ" '.reportNumber = $rn | del(.attachments)' "$TMP/$2.json" >"$TMP/request" ;;
    attachment) cp "${ATTACHMENT[${2%%:*}]:-${ATTACHMENT[zmd]}}" "$TMP/request"; BODY_TYPE=application/pdf ;;
    verification) jq -n --arg p "${POLICY[$2]:-}" '{policyNumber: $p, result: "CONFIRMED"}' >"$TMP/request" ;;
    liability) printf '{"answer":"ADMITTED"}' >"$TMP/request" ;;
    offer) printf '{"calculationVersion":1,"amount":"100.00"}' >"$TMP/request" ;;
    payment) printf '{"reference":"MATRIX-%s","amount":"100.00","paidOn":"2026-11-01"}' "$STAMP" >"$TMP/request" ;;
    message)
      # an insurer-native LIABILITY_RESPONSE (docs/formats/insurer-claim-messages.md) for the owner's claim
      SEQ=$((${SEQ:-0} + 1))
      jq -n --arg claim "${CLAIM[$2]:-}" --arg id "MATRIX-$STAMP-$SEQ" --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
        --arg insurer "${2##*:}" '{formatVersion: "1.0", messageId: $id, messageType: "LIABILITY_RESPONSE",
          sentAt: $at, insurerCode: $insurer, claimReference: $claim, body: {decision: "ADMITTED"}}' >"$TMP/request" ;;
    assessment) printf '{"propertyLoss":"1500.00"}' >"$TMP/request" ;;
    calculation) printf '{}' >"$TMP/request" ;;
    csv) printf 'accident_index,accident_year\n' >"$TMP/request"; BODY_TYPE=text/csv ;;
    mediation) printf '{"organisationCode":"ZMD-MED-01"}' >"$TMP/request" ;;
    session) printf '{"heldAt":"2026-11-01T09:00:00+08:00","mode":"PHONE","attendees":"matrix","summary":"matrix"}' >"$TMP/request" ;;
    agreement) printf '{"calculationVersion":1,"terms":[{"payer":{"kind":"INSURER","insurerCode":"PICC"},"payeeRef":"P2","amount":"100.00","dueDate":"2099-01-01","method":"BANK_TRANSFER"}]}' >"$TMP/request" ;;
    signature) printf '{}' >"$TMP/request" ;;
    failure) printf '{"reason":"PARTY_ABSENT"}' >"$TMP/request" ;;
    application) printf '{"courtCode":"411702"}' >"$TMP/request" ;;
    trial) printf '{"courtCode":"411702","procedure":"SMALL_CLAIMS"}' >"$TMP/request" ;;
    referral) printf '{"commissionCode":"ZMD-ARB","arbitrationAgreement":{"name":"matrix.pdf","mediaType":"application/pdf","sha256":"%s","size":1}}' \
      "$(printf 'matrix' | sha256sum | cut -d' ' -f1)" >"$TMP/request" ;;
    award)
      # a well-formed award of commission ZMD-ARB (docs/formats/arbitration-messages.md) on a referral that
      # does not exist: arbitrator-zmd passes authorisation and gets 404, like any unknown referral
      printf '<?xml version="1.0" encoding="UTF-8"?>\n<award xmlns="urn:accidenthub:arbitration:1" formatVersion="1.0"><messageId>MATRIX-%s</messageId><referralId>%s</referralId><caseId>%s</caseId><commissionCode>ZMD-ARB</commissionCode><awardNumber>matrix</awardNumber><arbitrators><arbitrator>matrix</arbitrator></arbitrators><outcome>DISMISSED</outcome><awardedAt>2026-10-20T10:00:00+08:00</awardedAt></award>\n' \
        "$STAMP" "$(cat /proc/sys/kernel/random/uuid)" "$(cat /proc/sys/kernel/random/uuid)" >"$TMP/request"
      BODY_TYPE=application/xml ;;
    *) die "unknown body kind '$1' in $MATRIX" ;;
  esac
}

# url TEMPLATE OWNER: the template with the owner's ids filled in
url() {
  local path="$1" owner="$2" case_id claim_id
  case "$owner" in
    unknown) case_id="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)" ;;
    -) case_id="" ;;
    *) case_id="${CASE_ID[${owner%%:*}]}" ;;
  esac
  claim_id="${CLAIM[$owner]:-}"
  if [[ "$path" == *"{claimId}"* ]] && [ -z "$claim_id" ]; then
    return 1
  fi
  path="${path//\{caseId\}/$case_id}"
  path="${path//\{claimId\}/$claim_id}"
  path="${path//\{name\}/$ATTACHMENT_NAME}"
  path="${path//\{revision\}/1}"
  path="${path//\{version\}/1}"
  path="${path//\{victimRef\}/P1}"
  path="${path//\{reportNumber\}/${REPORT[${owner%%:*}]:-}}"
  if [[ "$path" == *"{sha256}"* ]]; then
    path="${path//\{sha256\}/$(sha256sum "${ATTACHMENT[${owner%%:*}]}" | cut -d' ' -f1)}"
  fi
  printf '%s%s' "$HUB_URL" "$path"
}

# matches EXPECTED: the last answer is one of the alternatives (STATUS or STATUS:TOTAL)
matches() {
  local alternative
  IFS='|' read -r -a alternatives <<<"$1"
  for alternative in "${alternatives[@]}"; do
    if [[ "$alternative" == *:* ]]; then
      [ "$STATUS" = "${alternative%%:*}" ] && [ "$(jq -r .total "$TMP/body" 2>/dev/null)" = "${alternative#*:}" ] && return 0
    else
      [ "$STATUS" = "$alternative" ] && return 0
    fi
  done
  return 1
}

# ----------------------------------------------------------------------------------------------------------
# The matrix
# ----------------------------------------------------------------------------------------------------------
info "asking every row of $(basename "$MATRIX") as every identity"
IDENTITIES=()
declare -A LISTED
ROWS=0
while IFS=$'\t' read -r -a cols || [ "${#cols[@]}" -gt 0 ]; do
  [ "${#cols[@]}" -eq 0 ] && continue
  case "${cols[0]}" in '#'* | '') continue ;; esac
  if [ "${cols[0]}" = method ]; then
    IDENTITIES=("${cols[@]:4}")
    for who in "${IDENTITIES[@]}"; do
      [ "$who" = none ] || [ -n "${TOKEN[$who]:-}" ] || die "identity '$who' in the header has no token source"
    done
    continue
  fi
  [ "${#IDENTITIES[@]}" -gt 0 ] || die "$MATRIX: the header line (method path owner body identities...) must come first"
  method="${cols[0]}" template="${cols[1]}" owner="${cols[2]}" kind="${cols[3]}"
  expected=("${cols[@]:4}")
  [ "${#expected[@]}" -eq "${#IDENTITIES[@]}" ] ||
    die "$MATRIX: '$method $template $owner' has ${#expected[@]} expectations for ${#IDENTITIES[@]} identities"
  LISTED["$method ${template%%\?*}"]=1
  ROWS=$((ROWS + 1))
  if ! target="$(url "$template" "$owner")"; then
    fail "$method $template [$owner]: the fixtures have no such claim"
    continue
  fi
  row_failed=0
  for i in "${!IDENTITIES[@]}"; do
    who="${IDENTITIES[$i]}"
    if [ "$kind" = - ]; then
      req "$method" "$target" "${TOKEN[$who]}"
    else
      body "$kind" "$owner"
      req "$method" "$target" "${TOKEN[$who]}" "$TMP/request" "$BODY_TYPE"
    fi
    if matches "${expected[$i]}"; then
      pass
    else
      row_failed=1
      got="$STATUS"
      [[ "${expected[$i]}" == *:* ]] && got="$STATUS:$(jq -r '.total // "-"' "$TMP/body" 2>/dev/null)"
      fail "$method $template [$owner] as $who: expected ${expected[$i]}, got $got $(head -c 200 "$TMP/body" | tr '\n' ' ')"
    fi
  done
  [ "$row_failed" = 1 ] || printf '  ok    %-7s %-52s %-10s %s\n' "$method" "$template" "[$owner]" "${#IDENTITIES[@]} identities"
done <"$MATRIX"

# ----------------------------------------------------------------------------------------------------------
# Coverage: every case endpoint the hub offers is in the table
# ----------------------------------------------------------------------------------------------------------
info "coverage: case endpoints in $HUB_URL/q/openapi"
req GET "$HUB_URL/q/openapi?format=json" ""
[ "$STATUS" = 200 ] || die "GET /q/openapi answered $STATUS"
while read -r operation; do
  if [ -n "${LISTED[$operation]:-}" ]; then
    pass
  else
    fail "$operation is a case endpoint but not in $(basename "$MATRIX")"
  fi
done < <(jq -r --arg prefixes "$COVERED_PREFIXES" '.paths | to_entries[] | select(.key | test($prefixes))
  | .key as $path | .value | keys[] | select(test("^(get|put|post|delete|patch)$")) | "\(ascii_upcase) \($path)"' \
  "$TMP/body" | sort)

printf '\n%d rows x %d identities; %d passed, %d failed\n' "$ROWS" "${#IDENTITIES[@]}" "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
