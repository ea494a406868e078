#!/usr/bin/env bash
# The largest upload the police format allows, against the running stack (deploy/local/run.sh, or bench/load/run.sh
# which calls this after its phases): one multipart POST of an accident file with 4 attachments of 20 MiB
# (MAX_ATTACHMENT_BYTES, the most per attachment) and a fifth that fills the request up to just under 100 MiB
# (MAX_REQUEST_BYTES). It must be answered 201 whatever the hub's heap: the hub's memory settings are chosen so
# that it is (docs/BENCHMARKS.md, "hub RSS"). Prints the status and the hub's resident size after it; exit 1 if
# the answer is not 201 or the case it opened does not hold all five attachments.
#
#   LARGEST_UPLOAD_REPORT   the report number (default: one per run)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
need curl
need jq "apt-get install jq"
need sha256sum
require_stack_env

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
MIB=$((1024 * 1024))
SIZES=(20971520 20971520 20971520 20971520 $((19 * MIB)))
REPORT="${LARGEST_UPLOAD_REPORT:-41170220269$(printf '%05d' $(($(date +%s) % 100000)))}"

ARGS=()
for i in "${!SIZES[@]}"; do
  head -c "${SIZES[$i]}" /dev/urandom >"$WORK/scan-$i.pdf"
  ARGS+=(-F "attachment=@$WORK/scan-$i.pdf;type=application/pdf;filename=scan-$i.pdf")
done
LISTING="[]"
for i in "${!SIZES[@]}"; do
  LISTING="$(jq -c --arg name "scan-$i.pdf" --arg sha "$(sha256sum "$WORK/scan-$i.pdf" | cut -d' ' -f1)" \
    --argjson size "${SIZES[$i]}" '. + [{name: $name, mediaType: "application/pdf", sha256: $sha, size: $size}]' \
    <<<"$LISTING")"
done
jq --arg report "$REPORT" --argjson listing "$LISTING" '.reportNumber = $report | .attachments = $listing' \
  "$HUB_ROOT/connectors/src/test/resources/police/example.json" >"$WORK/file.json"
TOKEN="$(token_password police-zmd)"
STATUS=$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' --max-time 300 -H "Authorization: Bearer $TOKEN" \
  -F "file=@$WORK/file.json;type=application/json" "${ARGS[@]}" "$HUB_URL/api/v1/police/accident-files")
BYTES=$(stat -c %s "$WORK/file.json")
for size in "${SIZES[@]}"; do BYTES=$((BYTES + size)); done
PID="$(pid_of hub)"
RSS=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status" 2>/dev/null || echo '?')
HWM=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$PID/status" 2>/dev/null || echo '?')
echo "largest upload: $((BYTES / MIB)) MiB in 5 attachments + the file, answered $STATUS; hub RSS $RSS MiB, peak $HWM MiB"
[ "$STATUS" = 201 ] || { cat "$WORK/answer.json" >&2; echo >&2; exit 1; }
CASE_ID="$(json_str caseId <"$WORK/answer.json")"
HELD=$(curl -sS --max-time 60 -H "Authorization: Bearer $TOKEN" "$HUB_URL/api/v1/cases/$CASE_ID" |
  jq '[.attachments[]? | select(.status == "RECEIVED")] | length')
echo "case $CASE_ID: $HELD of 5 attachments received"
[ "$HELD" = 5 ] || exit 1
