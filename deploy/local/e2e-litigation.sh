#!/usr/bin/env bash
# End-to-end journeys of the ways a case goes on when the insurer answers itself or mediation fails, against the
# running stack (start it with deploy/local/run.sh), with real Keycloak tokens. Three cases (report numbers E2EL-*):
#   C  a revision names another CPIC policy (covers added to P1's claim); PICC verifies a policy, admits
#      liability, assesses, calculates and offers on P2's claim
#   S  mediation by ZMD-MED-01 fails -> party-lina files for a speed trial at court 411702 -> the judge drawn
#      records the judgment -> PICC's claim is payment-due at the judged amount
#   A  mediation fails -> party-lina refers the case to the commission ZMD-ARB -> arbitrator-zmd fetches the
#      referral XML and sends the award XML -> PICC's claim is payment-due at the awarded amount
# With e2e.sh and e2e-confirmation.sh these write every event type but CLAIM_DEADLINE_BREACHED (which needs time
# to pass: EveryEventTypeOnKafkaTest moves the test clock); bench/events/audit-topic.sh then reads them all back.
# Needs curl and jq. Prints every check, then "N passed, M failed"; exits 1 on any failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need curl
need jq "e2e-litigation.sh uses jq: apt-get install jq / brew install jq"

. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
require_journey_stack

API="$HUB_URL/api/v1"
RN="E2EL-$(date -u +%Y%m%d%H%M%S)-$$"

section "Tokens from Keycloak ($KC_REALM_URL)"
ZMD="$(token_password police-zmd)"
MEDIATOR="$(token_password mediator-zmd)"
P2="$(token_password party-lina)"
declare -A JUDGE=([judge-yc1]="$(token_password judge-yc1)" [judge-yc2]="$(token_password judge-yc2)")
ARBITRATOR="$(token_password arbitrator-zmd)"
PICC="$(token_client insurer-picc)"
CPIC="$(token_client insurer-cpic)"
pass "tokens for police-zmd, mediator-zmd, party-lina, judge-yc1, judge-yc2, arbitrator-zmd, insurer-picc, insurer-cpic"

# mediation_fails: police-zmd refers the case to ZMD-MED-01, whose mediator records that it failed
mediation_fails() {
  json '{"organisationCode":"ZMD-MED-01"}'
  req POST "$API/cases/$CASE/mediations" "$ZMD" "$TMP/request.json"
  expect_status "police-zmd refers the case to mediation" 201
  json '{"reason":"NO_AGREEMENT_ON_AMOUNT"}'
  req POST "$API/cases/$CASE/mediations/current/failure" "$MEDIATOR" "$TMP/request.json"
  expect_status "mediator-zmd records that the mediation failed" 200
}

# piccs_claim_owes AMOUNT: PICC's claim of the case is payment-due at AMOUNT
piccs_claim_owes() {
  req GET "$API/claims?caseId=$CASE" "$PICC"
  req GET "$API/claims/$(body '.items[0].claimId')" "$PICC"
  expect "PICC's claim is payment-due" OFFERED "$(body .state)"
  expect "at $1" "$1" "$(body .agreedAmount)"
}

section "C: a revision adds a CPIC policy; PICC answers its claim"
upload_example "$RN-C" "$ZMD"
jq '.vehicles[1].policies += [{"kind":"COMMERCIAL_THIRD_PARTY","insurerCode":"CPIC","policyNumber":"ACAZ2026411700004321","validFrom":"2026-06-15","validTo":"2027-06-14","limit":"500000.00"}]' \
  "$TMP/file-$RN-C.json" >"$TMP/file-C2.json"
req POST "$API/police/accident-files" "$ZMD" "$TMP/file-C2.json"
expect_status "police-zmd revises the file with V2's commercial policy" 200
req GET "$API/claims?caseId=$CASE" "$CPIC"
req GET "$API/claims/$(body '.items[0].claimId')" "$CPIC"
expect "CPIC's claim holds both V2 policies" "ACHZ2026411700009876 ACAZ2026411700004321" "$(body '[.covers[].policyNumber] | join(" ")')"
req GET "$API/claims?caseId=$CASE" "$PICC"
CLAIM="$(body '.items[0].claimId')"
json '{"policyNumber":"PDZA202641170000001234","result":"CONFIRMED"}'
req POST "$API/claims/$CLAIM/policy-verifications" "$PICC" "$TMP/request.json"
expect_status "PICC confirms V1's compulsory policy" 201
json '{"answer":"ADMITTED"}'
req POST "$API/claims/$CLAIM/liability" "$PICC" "$TMP/request.json"
expect_status "PICC admits liability" 200
assess_and_calculate "$PICC"
json '{"calculationVersion":1,"amount":"42000.00"}'
req POST "$API/claims/$CLAIM/offers" "$PICC" "$TMP/request.json"
expect_status "PICC offers 42000.00 from calculation 1" 201
piccs_claim_owes 42000.00

section "S: mediation fails, party-lina files for a speed trial, the judge decides"
upload_example "$RN-S" "$ZMD"
assess_and_calculate "$PICC"
mediation_fails
json '{"courtCode":"411702","procedure":"SMALL_CLAIMS"}'
req POST "$API/cases/$CASE/speed-trial-filings" "$P2" "$TMP/request.json"
expect_status "party-lina files at court 411702" 201
FILING="$(body .filingId)"
JUDGE_NAME="$(body .judge)"
J="${JUDGE[$JUDGE_NAME]:-}"
expect "drawn to a judge of 411702" true "$([ -n "$J" ] && echo true || echo false)"
json '{"outcome":"PARTLY_UPHELD","reasons":"按责任比例赔偿","amounts":[{"payer":{"kind":"INSURER","insurerCode":"PICC"},"payeeRef":"P2","amount":"48000.00"}]}'
req POST "$API/speed-trial-filings/$FILING/judgment" "$J" "$TMP/request.json"
expect_status "$JUDGE_NAME records the judgment" 200
expect "judged" JUDGED "$(body .state)"
piccs_claim_owes 48000.00

section "A: mediation fails, party-lina refers to ZMD-ARB, the commission sends its award"
upload_example "$RN-A" "$ZMD"
assess_and_calculate "$PICC"
mediation_fails
json '{"commissionCode":"ZMD-ARB","arbitrationAgreement":{"name":"仲裁协议.pdf","mediaType":"application/pdf","sha256":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae","size":48213}}'
req POST "$API/cases/$CASE/arbitration-referrals" "$P2" "$TMP/request.json"
expect_status "party-lina refers the case to ZMD-ARB" 201
REFERRAL="$(body .referralId)"
req GET "$API/cases/$CASE/arbitration-referrals/current/referral.xml" "$ARBITRATOR"
expect_status "arbitrator-zmd fetches the referral XML" 200
expect "it names the referral" true "$(grep -qF "<referralId>$REFERRAL</referralId>" "$TMP/body" && echo true || echo false)"
cat >"$TMP/award.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<award xmlns="urn:accidenthub:arbitration:1" formatVersion="1.0">
  <messageId>$RN-A</messageId>
  <referralId>$REFERRAL</referralId>
  <caseId>$CASE</caseId>
  <commissionCode>ZMD-ARB</commissionCode>
  <awardNumber>驻仲裁字〔2026〕第E2E号</awardNumber>
  <arbitrators><arbitrator>王磊</arbitrator></arbitrators>
  <outcome>PARTLY_AWARDED</outcome>
  <awardedAt>$(TZ=Asia/Shanghai date -d '-1 minute' +%Y-%m-%dT%H:%M:%S+08:00 2>/dev/null || TZ=Asia/Shanghai date -v-1M +%Y-%m-%dT%H:%M:%S+08:00)</awardedAt>
  <payments>
    <payment><payer><kind>INSURER</kind><insurerCode>PICC</insurerCode><name>PICC</name></payer><payee><kind>PARTY</kind><partyRef>P2</partyRef><name>李娜</name></payee><amount>46000</amount></payment>
  </payments>
</award>
XML
req POST "$API/arbitration/awards" "$ARBITRATOR" "$TMP/award.xml" application/xml
expect_status "arbitrator-zmd sends the award" 201
expect "awarded" AWARDED "$(body .state)"
piccs_claim_owes 46000.00
req GET "$API/cases/$CASE/timeline" "$P2"
expect "the case is paying" PAYING "$(body .state)"

printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
