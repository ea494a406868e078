#!/usr/bin/env bash
# Acceptance of the Kafka relay: 10,000 events over 500 cases (500 police files x 20 revisions, each revision
# a changed narrative) posted through the API while the hub is killed with kill -9 mid-run and restarted the
# way run.sh starts it. Afterwards a plain Avro consumer (TopicAudit.java: kafka-clients, Avro and the schemas
# jar only) must find every event of those cases on the topic, per case in sequence order, with no gap.
# Duplicates are allowed (at-least-once) and counted.
#
# Needs the stack of deploy/local/run.sh (hub and Kafka). Loopback only, bounded in time, stops its own
# uploader. Exits 1 when an event is missing, out of order or undecodable.
#
#   EVENTS_CASES [500]  EVENTS_REVISIONS [20]  EVENTS_WORKERS [8]
#   EVENTS_KILL_AT [4000]      kill -9 the hub once this many revisions were acknowledged
#   EVENTS_DEADLINE [600]      seconds the uploads may take in all
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CASES="${EVENTS_CASES:-500}"
REVISIONS="${EVENTS_REVISIONS:-20}"
WORKERS="${EVENTS_WORKERS:-8}"
KILL_AT="${EVENTS_KILL_AT:-4000}"
DEADLINE="${EVENTS_DEADLINE:-600}"
# a file without a liability finding: no claims open, so each revision is exactly one event
TEMPLATE="$HUB_ROOT/deploy/local/demo/04-zmd-4117282026000034-ebike-investigating.json"

require_events_stack
ensure_bench_classpath
T0=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/events-kill.XXXXXX")"
UPLOADER=""
cleanup() {
  [ -n "$UPLOADER" ] && kill "$UPLOADER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

token_password police-zmd >"$WORK/token"
PREFIX="EVK$(date -u +%s)" # report numbers EVK<epoch>-<case>, e.g. EVK1795760365-00042
EXPECTED=$((CASES * REVISIONS))
info "posting $CASES files x $REVISIONS revisions ($EXPECTED events) with $WORKERS workers; kill -9 of the hub after $KILL_AT"
bench_java "$BENCH_SRC/Uploads.java" --hub "$HUB_URL" --token-file "$WORK/token" --template "$TEMPLATE" \
  --prefix "$PREFIX" --cases "$CASES" --revisions "$REVISIONS" --workers "$WORKERS" \
  --progress "$WORK/progress" --deadline-seconds "$DEADLINE" >"$WORK/uploads.out" 2>&1 &
UPLOADER=$!

acked() { cat "$WORK/progress" 2>/dev/null || echo 0; }
UPLOAD_START=$SECONDS
while [ "$(acked)" -lt "$KILL_AT" ]; do
  kill -0 "$UPLOADER" 2>/dev/null || die "the uploader stopped early: $(cat "$WORK/uploads.out")"
  ((SECONDS - UPLOAD_START < DEADLINE)) || die "fewer than $KILL_AT uploads within ${DEADLINE}s"
  sleep 0.2
done
HUB_PID="$(pid_of hub)"
LAG_AT_KILL="$(metric accidenthub_outbox_lag_events)"
kill -9 "$HUB_PID"
KILLED_AT="$(acked)"
for ((i = 0; i < 100; i++)); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.1; done
info "kill -9 $HUB_PID with $KILLED_AT revisions acknowledged (outbox lag then: ${LAG_AT_KILL:-?} events)"
R0=$SECONDS
"$HUB_ROOT/deploy/local/start-hub.sh"
RESTART=$((SECONDS - R0))

UPLOADS_OK=1
wait "$UPLOADER" || UPLOADS_OK=0
UPLOADER=""
UPLOAD_SECONDS=$((SECONDS - UPLOAD_START))
sed 's/^/    /' "$WORK/uploads.out"
[ "$UPLOADS_OK" = 1 ] || die "not every revision was acknowledged"

info "waiting for the relay to drain the outbox"
DRAIN="$(wait_drained 180)" || die "the outbox did not drain"
info "auditing topic $KAFKA_TOPIC against the outbox (cases $PREFIX-*)"
AUDIT_OK=1
audit "$PREFIX" | tee "$WORK/audit.out" | sed 's/^/    /' || AUDIT_OK=0
grep -q '^OK:' "$WORK/audit.out" || AUDIT_OK=0

cat <<EOT

relay across kill -9 of the hub: $EXPECTED revisions of $CASES cases acknowledged in ${UPLOAD_SECONDS}s
  (hub killed after $KILLED_AT, back in ${RESTART}s); outbox drained ${DRAIN}s after the last upload; total $((SECONDS - T0))s
EOT
if [ "$AUDIT_OK" = 1 ]; then
  echo "OK: every event reached Kafka in case order across kill -9"
else
  echo "FAILED: see the audit above"
  exit 1
fi
