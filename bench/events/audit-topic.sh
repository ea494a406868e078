#!/usr/bin/env bash
# The stack's whole topic read back by a plain Avro consumer (TopicAudit.java: kafka-clients, Avro and the schemas
# jar only): every event of every case in the outbox is on the topic, in case order, and decodes into the record
# its envelope names; and every type of CaseEventType is among them, but those the stack cannot produce
# (NOT_ON_THE_STACK below). .ci/run runs it after deploy/local/e2e.sh, e2e-confirmation.sh and e2e-litigation.sh,
# whose journeys write the others; a new event type fails it until a journey there writes it.
#
#   bench/events/audit-topic.sh
#
# Needs the stack of deploy/local/run.sh (hub and Kafka). Exits 1 when an event is missing, out of order or
# undecodable, or a type was not seen. Prints the types it decoded, with their payload records and counts.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# CLAIM_DEADLINE_BREACHED needs 30 days to pass (Insurance Law art. 23): the hub's production profile has no clock
# to move, on purpose. EveryEventTypeOnKafkaTest (hub-core) proves that type with the test clock.
NOT_ON_THE_STACK=(CLAIM_DEADLINE_BREACHED)

TYPES_SOURCE="$HUB_ROOT/hub-core/src/main/java/org/accidenthub/hub/events/CaseEventType.java"
[ -f "$TYPES_SOURCE" ] || die "$TYPES_SOURCE not found"
# the enum's constants: the lines of upper-case names between "enum CaseEventType {" and its closing brace
mapfile -t ALL_TYPES < <(sed -n '/enum CaseEventType {/,/^}/p' "$TYPES_SOURCE" | sed -n 's/^[[:space:]]*\([A-Z][A-Z0-9_]*\),\{0,1\}[[:space:]]*$/\1/p')
[ "${#ALL_TYPES[@]}" -gt 0 ] || die "no event types found in $TYPES_SOURCE"
EXPECTED=()
for type in "${ALL_TYPES[@]}"; do
  [[ " ${NOT_ON_THE_STACK[*]} " == *" $type "* ]] || EXPECTED+=("$type")
done

require_events_stack
ensure_bench_classpath
info "waiting for the relay to drain the outbox"
wait_drained 180 >/dev/null || die "the outbox did not drain"
info "auditing topic $KAFKA_TOPIC against the outbox (every case); expecting ${#EXPECTED[@]} of the ${#ALL_TYPES[@]} event types (not ${NOT_ON_THE_STACK[*]})"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
audit "" 180 --expect-types "$(IFS=,; echo "${EXPECTED[*]}")" >"$OUT" || true
sed 's/^/    /' "$OUT"
grep -q '^OK:' "$OUT" || die "the plain consumer did not find every event, or not every event type, on the topic"
