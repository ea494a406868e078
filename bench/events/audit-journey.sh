#!/usr/bin/env bash
# The events of one journey read back from Kafka by a plain Avro consumer (TopicAudit.java: kafka-clients, Avro
# and the schemas jar only): every event of the cases whose report numbers start with PREFIX is on the topic,
# in case order, and decodes, whatever its type. .ci/run runs it after deploy/local/e2e-confirmation.sh
# (prefix E2EC-), whose journey writes most event types: claims, compensation, mediation, confirmation.
#
#   bench/events/audit-journey.sh PREFIX
#
# Needs the stack of deploy/local/run.sh (hub and Kafka). Exits 1 when an event is missing, out of order or
# undecodable.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ $# -eq 1 ] && [ -n "$1" ] || die "usage: $0 REPORT-NUMBER-PREFIX"
require_events_stack
ensure_bench_classpath
info "waiting for the relay to drain the outbox"
wait_drained 180 >/dev/null || die "the outbox did not drain"
info "auditing topic $KAFKA_TOPIC against the outbox (cases $1*)"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
audit "$1" >"$OUT" || true
sed 's/^/    /' "$OUT"
grep -q '^OK:' "$OUT" || die "the plain consumer did not find every event of the journey"
