#!/usr/bin/env bash
# Acceptance of the relay under a broker outage: police files keep arriving while the local Kafka broker is
# stopped for 60 s. The API must answer every upload with 2xx; the outbox lag metric
# (accidenthub_outbox_lag_events on /q/metrics) must rise while the broker is down and return to 0 after it
# is back; then every event of those cases must be on the topic in case order (TopicAudit.java). The files
# carry a liability finding, so claim events are among them and decoded as well.
#
# Needs the stack of deploy/local/run.sh (hub and its Kafka). Loopback only, bounded in time; the broker is
# started again whatever happens. Exits 1 on any failed check.
#
#   EVENTS_BROKER_DOWN_SECONDS [60]   EVENTS_WORKERS [2]   EVENTS_REVISIONS [3]
#   EVENTS_PER_SECOND [40]     uploads a second in all: steady traffic, below the hub's per-client rate limit
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DOWN="${EVENTS_BROKER_DOWN_SECONDS:-60}"
WORKERS="${EVENTS_WORKERS:-2}"
REVISIONS="${EVENTS_REVISIONS:-3}"
PER_SECOND="${EVENTS_PER_SECOND:-40}"
BEFORE=8 # seconds of uploads before the outage, and after it
TEMPLATE="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"

require_events_stack
alive kafka "$KAFKA_PATTERN" || die "the broker on 127.0.0.1:$HUB_KAFKA_PORT was not started by run.sh (no $RUN_DIR/kafka.pid)"
ensure_bench_classpath
T0=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/events-outage.XXXXXX")"
UPLOADER=""
SAMPLER=""
cleanup() {
  [ -n "$UPLOADER" ] && kill "$UPLOADER" 2>/dev/null || true
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if ! port_open 127.0.0.1 "$HUB_KAFKA_PORT"; then start_kafka >/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

token_password police-zmd >"$WORK/token"
PREFIX="EVO$(date -u +%s)"
info "uploads for $((BEFORE + DOWN + BEFORE))s ($PER_SECOND/s, $WORKERS workers); the broker stops after ${BEFORE}s for ${DOWN}s"
bench_java "$BENCH_SRC/Uploads.java" --hub "$HUB_URL" --token-file "$WORK/token" --template "$TEMPLATE" \
  --prefix "$PREFIX" --seconds $((BEFORE + DOWN + BEFORE)) --per-second "$PER_SECOND" --revisions "$REVISIONS" \
  --workers "$WORKERS" \
  >"$WORK/uploads.out" 2>&1 &
UPLOADER=$!
# the lag metric every second: "<seconds since start> <events> <age seconds>"
(
  s0=$SECONDS
  while :; do
    printf '%s %s %s\n' $((SECONDS - s0)) "$(metric accidenthub_outbox_lag_events)" \
      "$(metric accidenthub_outbox_lag_seconds)" >>"$WORK/lag"
    sleep 1
  done
) &
SAMPLER=$!

sleep "$BEFORE"
info "stopping the broker (pid $(pid_of kafka))"
stop_recorded kafka "$KAFKA_PATTERN" 30
D0=$SECONDS
sleep "$DOWN"
LAG_DOWN="$(metric accidenthub_outbox_lag_events)"
AGE_DOWN="$(metric accidenthub_outbox_lag_seconds)"
info "after ${DOWN}s without a broker: outbox lag ${LAG_DOWN:-?} events, oldest ${AGE_DOWN:-?}s; starting it again"
start_kafka
B0=$SECONDS

UPLOADS_OK=1
wait "$UPLOADER" || UPLOADS_OK=0
UPLOADER=""
sed 's/^/    /' "$WORK/uploads.out"
DRAIN_OK=1
wait_drained 180 >/dev/null || DRAIN_OK=0
DRAINED=$((SECONDS - B0))
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""
MAX_LAG="$(awk '$2 != "" && $2 + 0 > m { m = $2 + 0 } END { print m + 0 }' "$WORK/lag")"
MAX_AGE="$(awk '$3 != "" && $3 + 0 > m { m = $3 + 0 } END { printf "%.1f", m + 0 }' "$WORK/lag")"

info "auditing topic $KAFKA_TOPIC against the outbox (cases $PREFIX-*)"
AUDIT_OK=1
audit "$PREFIX" | tee "$WORK/audit.out" | sed 's/^/    /' || AUDIT_OK=0
grep -q '^OK:' "$WORK/audit.out" || AUDIT_OK=0

RISE_OK=0
[ "${LAG_DOWN%.*}" -gt 0 ] 2>/dev/null && RISE_OK=1
cat <<EOT

broker outage of ${DOWN}s: $(grep -o '[0-9]* acknowledged' "$WORK/uploads.out" | head -n 1) uploads, every one answered 2xx: $([ "$UPLOADS_OK" = 1 ] && echo yes || echo NO)
  outbox lag: rose to $MAX_LAG events (oldest ${MAX_AGE}s); back to 0 ${DRAINED}s after the broker restarted: $([ "$DRAIN_OK" = 1 ] && echo yes || echo NO)
  total $((SECONDS - T0))s
EOT
if [ "$UPLOADS_OK" = 1 ] && [ "$DRAIN_OK" = 1 ] && [ "$RISE_OK" = 1 ] && [ "$AUDIT_OK" = 1 ]; then
  echo "OK: the API answered throughout, the outbox grew and drained, every event arrived in case order"
else
  echo "FAILED: uploads ok=$UPLOADS_OK lag rose=$RISE_OK drained=$DRAIN_OK audit ok=$AUDIT_OK"
  exit 1
fi
