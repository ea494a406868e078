#!/usr/bin/env bash
# End-to-end journey of issue 4 against the running stack (start it with deploy/local/run.sh), with real Keycloak
# tokens: police file -> PICC assesses and calculates -> police-zmd refers to mediation -> mediator-zmd records a
# session and drafts the agreement -> party-zhangwei and party-lina sign -> both apply to court 411702 -> the judge
# drawn (judge-yc1 or judge-yc2) accepts, extends the ruling deadline once and confirms -> judge-sq1 sees nothing
# -> PICC's claim is payment-due -> PICC pays -> the case is CLOSED. Needs curl and jq. Prints every check, then
# "N passed, M failed"; exits 1 on any failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need curl
need jq "e2e-confirmation.sh uses jq: apt-get install jq / brew install jq"

. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
require_journey_stack

API="$HUB_URL/api/v1"
RN="E2EC-$(date -u +%Y%m%d%H%M%S)-$$"
TODAY="$(TZ=Asia/Shanghai date +%F)"
DUE="$(TZ=Asia/Shanghai date -d '+10 days' +%F 2>/dev/null || TZ=Asia/Shanghai date -v+10d +%F)"

section "Tokens from Keycloak ($KC_REALM_URL)"
ZMD="$(token_password police-zmd)"
MEDIATOR="$(token_password mediator-zmd)"
P1="$(token_password party-zhangwei)"
P2="$(token_password party-lina)"
declare -A JUDGE=([judge-yc1]="$(token_password judge-yc1)" [judge-yc2]="$(token_password judge-yc2)")
SQ1="$(token_password judge-sq1)"
PICC="$(token_client insurer-picc)"
pass "tokens for police-zmd, mediator-zmd, party-zhangwei, party-lina, judge-yc1, judge-yc2, judge-sq1, insurer-picc"

section "Police file $RN, assessment and calculation"
upload_example "$RN" "$ZMD"
assess_and_calculate "$PICC"

section "Mediation by ZMD-MED-01"
req GET "$API/cases/$CASE" "$MEDIATOR"
expect_status "mediator-zmd cannot see the case before it is assigned" 404
json '{"organisationCode":"ZMD-MED-01"}'
req POST "$API/cases/$CASE/mediations" "$ZMD" "$TMP/request.json"
expect_status "police-zmd refers the case to mediation" 201
expect "case state" MEDIATING "$(body .caseState)"
json '{"heldAt":"'"$TODAY"'T09:00:00+08:00","mode":"IN_PERSON","attendees":"张伟、李娜","summary":"双方同意按计算书第1版赔付"}'
req POST "$API/cases/$CASE/mediations/current/sessions" "$MEDIATOR" "$TMP/request.json"
expect_status "mediator-zmd records a session" 201
json '{"calculationVersion":1,"terms":[{"payer":{"kind":"INSURER","insurerCode":"PICC"},"payeeRef":"P2","amount":"50000.00","dueDate":"'"$DUE"'","method":"BANK_TRANSFER"}]}'
req POST "$API/cases/$CASE/mediations/current/agreements" "$MEDIATOR" "$TMP/request.json"
expect_status "mediator-zmd drafts the agreement" 201
json '{}'
req POST "$API/cases/$CASE/mediations/current/agreements/1/signatures" "$P1" "$TMP/request.json"
expect_status "party-zhangwei (P1) signs" 201
req POST "$API/cases/$CASE/mediations/current/agreements/1/signatures" "$P2" "$TMP/request.json"
expect_status "party-lina (P2) signs" 201
expect "the agreement is in effect" EFFECTIVE "$(body .state)"

section "Judicial confirmation at court 411702"
json '{"courtCode":"411702"}'
req POST "$API/cases/$CASE/confirmation-applications" "$P1" "$TMP/request.json"
expect_status "P1 applies" 201
req POST "$API/cases/$CASE/confirmation-applications" "$P2" "$TMP/request.json"
expect_status "P2 applies: the joint application is filed" 201
APP="$(body .applicationId)"
JUDGE_NAME="$(body .judge)"
expect "assigned to a judge of 411702" true "$([ "$JUDGE_NAME" = judge-yc1 ] || [ "$JUDGE_NAME" = judge-yc2 ] && echo true || echo false)"
J="${JUDGE[$JUDGE_NAME]:-}"
req GET "$API/confirmation-applications/$APP" "$SQ1"
expect_status "judge-sq1 (court 411624) cannot see the application" 404
req GET "$API/cases/$CASE" "$SQ1"
expect_status "judge-sq1 cannot see the case" 404
json '{"decision":"ACCEPTED"}'
req POST "$API/confirmation-applications/$APP/acceptance" "$SQ1" "$TMP/request.json"
expect_status "judge-sq1 cannot accept it" 404
req POST "$API/confirmation-applications/$APP/acceptance" "$J" "$TMP/request.json"
expect_status "$JUDGE_NAME accepts" 200
DUE_AT="$(body .rulingDueAt)"
json '{"reason":"需要通知当事人到场核实"}'
req POST "$API/confirmation-applications/$APP/extension" "$J" "$TMP/request.json"
expect_status "$JUDGE_NAME extends the ruling deadline once" 200
expect "by 10 days" 864000 "$(jq -r --arg before "$DUE_AT" '((.rulingDueAt | sub("\\.[0-9]+";"") | fromdateiso8601) - ($before | sub("\\.[0-9]+";"") | fromdateiso8601))' "$TMP/body" 2>/dev/null || echo "<not a date>")"
json '{"outcome":"CONFIRMED","reasons":["自愿、合法，不损害第三人利益"]}'
req POST "$API/confirmation-applications/$APP/ruling" "$SQ1" "$TMP/request.json"
expect_status "judge-sq1 cannot rule" 404
req POST "$API/confirmation-applications/$APP/ruling" "$J" "$TMP/request.json"
expect_status "$JUDGE_NAME confirms" 200
NUMBER="$(body .caseNumber)"
expect "case number $NUMBER in the court's pattern" true "$([[ "$NUMBER" =~ ^\([0-9]{4}\)豫1702民特[0-9]+号$ ]] && echo true || echo false)"
# the ruling is signed with the judge's name from the Keycloak token (the realm's first/last name), not the account
declare -A SIGNER=([judge-yc1]="周建华" [judge-yc2]="刘洋")
expect "signed by ${SIGNER[$JUDGE_NAME]}, not $JUDGE_NAME" "${SIGNER[$JUDGE_NAME]}" "$(body .judgeName)"

section "The ruling as PDF"
curl -sS -o "$TMP/ruling.pdf" -w '%{http_code} %{content_type}' -H "Authorization: Bearer $P2" \
  "$API/confirmation-applications/$APP/ruling.pdf" >"$TMP/pdf.status" || true
expect "party-lina downloads the ruling" "200 application/pdf" "$(cat "$TMP/pdf.status")"
expect "it is a PDF" "%PDF" "$(head -c 4 "$TMP/ruling.pdf")"
if command -v pdftotext >/dev/null; then
  pdftotext -enc UTF-8 "$TMP/ruling.pdf" "$TMP/ruling.txt"
  expect "its text names the case number" true "$(grep -qF "$NUMBER" "$TMP/ruling.txt" && echo true || echo false)"
  expect "its text is the ruling (民事裁定书)" true "$(grep -q '民事裁定书' "$TMP/ruling.txt" && echo true || echo false)"
  expect "its text names the judge ${SIGNER[$JUDGE_NAME]}, not $JUDGE_NAME" true \
    "$(grep -qF "${SIGNER[$JUDGE_NAME]}" "$TMP/ruling.txt" && ! grep -qF "$JUDGE_NAME" "$TMP/ruling.txt" && echo true || echo false)"
else
  printf '  skip  text of the PDF: pdftotext (poppler-utils) is not installed\n'
fi
req GET "$API/confirmation-applications/$APP/ruling.pdf" "$SQ1"
expect_status "judge-sq1 cannot download it" 404

section "Payment and closing"
req GET "$API/claims?caseId=$CASE" "$PICC"
expect_status "PICC lists its claims of the case" 200
CLAIM="$(body '.items[0].claimId')"
req GET "$API/claims/$CLAIM" "$PICC"
expect "PICC's claim is payment-due" OFFERED "$(body .state)"
expect "at the confirmed amount" 50000.00 "$(body .agreedAmount)"
json '{"amount":"50000.00","paidOn":"'"$TODAY"'","reference":"E2E-'"$RN"'"}'
req POST "$API/claims/$CLAIM/payments" "$PICC" "$TMP/request.json"
expect_status "PICC pays" 201
req GET "$API/cases/$CASE/timeline" "$P2"
expect_status "party-lina reads the timeline" 200
expect "the case is closed" CLOSED "$(body .state)"
expect "every step recorded" "REPORTED LIABILITY_DETERMINED CLAIMS_OPEN MEDIATING AGREED CONFIRMATION_REQUESTED CONFIRMED PAYING SETTLED CLOSED" \
  "$(body '[.transitions[].to] | join(" ")')"

printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
