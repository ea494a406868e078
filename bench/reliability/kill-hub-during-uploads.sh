#!/usr/bin/env bash
# Reliability check: `kill -9` the hub during a burst of police-file uploads, restart it exactly as
# deploy/local/run.sh does (deploy/local/start-hub.sh), and verify that every upload the hub had answered
# with 2xx is stored exactly once (GET /api/v1/cases?reportNumber=X -> total 1). Uploads that were in
# flight at the kill may or may not be stored, but never twice.
#
# Needs the stack from deploy/local/run.sh (the hub's pid in .local/run/hub.pid), curl. Loopback only,
# bounded in time, stops its own workers. Exits 1 when an acknowledged upload is lost or duplicated.
#
#   KILL_WORKERS [4]         parallel upload workers (curl loops)
#   KILL_AFTER_SECONDS [3]   how long the burst runs before kill -9
#   KILL_MAX_BURST [30]      upper bound in seconds for a worker (if the hub somehow survives)
#   KILL_KEEP_WORKDIR [0]    1: keep the per-worker logs (printed path)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
. "$(dirname "${BASH_SOURCE[0]}")/stored-once.sh"

WORKERS="${KILL_WORKERS:-4}"
KILL_AFTER="${KILL_AFTER_SECONDS:-3}"
MAX_BURST="${KILL_MAX_BURST:-30}"
TEMPLATE="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"
TEMPLATE_RN='"reportNumber": "4117022026000123"'
UPLOAD_URL="$HUB_URL/api/v1/police/accident-files"

need curl
need java
require_stack_env
grep -q "$TEMPLATE_RN" "$TEMPLATE" || die "$TEMPLATE does not contain $TEMPLATE_RN"
alive hub "$HUB_PATTERN" || die "no hub recorded in $RUN_DIR/hub.pid: start the stack with deploy/local/run.sh"
hub_ready || die "the hub on $HUB_URL is not ready"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/kill-hub.XXXXXX")"
WORKER_PIDS=()
cleanup() {
  local p
  for p in "${WORKER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ "${KILL_KEEP_WORKDIR:-0}" = 1 ]; then echo "worker logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

printf 'Authorization: Bearer %s\n' "$(token_password police-zmd)" >"$WORK/auth.header"
PREFIX="KILL$(date -u +%s)" # 14 characters; report numbers KILL<epoch>-<worker>-<n> match [0-9A-Z-]{10,32}

# worker W: post files with fresh report numbers until the hub stops answering (or MAX_BURST elapses);
# log each report number to sent.W before sending, to acked.W when answered 2xx
worker() {
  local w="$1" n=0 rn code deadline=$((SECONDS + KILL_AFTER + MAX_BURST))
  : >"$WORK/sent.$w"
  : >"$WORK/acked.$w"
  : >"$WORK/other.$w"
  while ((SECONDS < deadline)); do
    n=$((n + 1))
    rn="$PREFIX-$w-$n"
    sed "s/$TEMPLATE_RN/\"reportNumber\": \"$rn\"/" "$TEMPLATE" >"$WORK/file.$w.json"
    echo "$rn" >>"$WORK/sent.$w"
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -X POST -H "@$WORK/auth.header" \
      -H 'Content-Type: application/json' --data-binary "@$WORK/file.$w.json" "$UPLOAD_URL")" || true
    case "$code" in
      2??) echo "$rn" >>"$WORK/acked.$w" ;;
      000 | "") echo "$rn connection failed" >>"$WORK/other.$w"; break ;;
      *) echo "$rn HTTP $code" >>"$WORK/other.$w" ;;
    esac
  done
}

count() { cat "$WORK"/"$1".* 2>/dev/null | wc -l | tr -d ' '; }

info "burst: $WORKERS workers posting to $UPLOAD_URL; kill -9 of the hub after ${KILL_AFTER}s"
for ((w = 1; w <= WORKERS; w++)); do
  worker "$w" &
  WORKER_PIDS+=($!)
done
sleep "$KILL_AFTER"
HUB_PID="$(pid_of hub)"
ACKED_BEFORE_KILL="$(count acked)"
kill -9 "$HUB_PID"
info "kill -9 $HUB_PID with $ACKED_BEFORE_KILL uploads acknowledged so far"
for p in "${WORKER_PIDS[@]}"; do wait "$p" || true; done
WORKER_PIDS=()

SENT="$(count sent)"
ACKED="$(count acked)"
OTHER="$(cat "$WORK"/other.* | grep -vc 'connection failed' || true)"
note "sent $SENT, acknowledged (2xx) $ACKED, answered otherwise $OTHER"
if [ "$ACKED" -eq 0 ]; then
  die "no upload was acknowledged before the kill: the burst proves nothing (is the hub accepting files?)"
fi
grep -h -v 'connection failed' "$WORK"/other.* 2>/dev/null | head -n 5 | sed 's/^/    e.g. /' || true

info "restarting the hub the way run.sh does (deploy/local/start-hub.sh)"
"$HUB_ROOT/deploy/local/start-hub.sh"

printf 'Authorization: Bearer %s\n' "$(token_password police-zmd)" >"$WORK/auth.header"
sort -u "$WORK"/acked.* >"$WORK/acked.all"
cat "$WORK"/sent.* >"$WORK/sent.all"
check_stored_once "$WORK/sent.all" "$WORK/acked.all" "$WORK/auth.header"

cat <<EOF

kill -9 during uploads: sent $SENT, acknowledged $ACKED, lost $LOST, duplicated $DUPLICATED
  (unacknowledged uploads that were stored anyway: $STORED_UNACKED; search errors: $ERRORS)
EOF
if [ "$LOST" -gt 0 ] || [ "$DUPLICATED" -gt 0 ] || [ "$ERRORS" -gt 0 ]; then
  echo "FAILED: acknowledged uploads must survive kill -9 exactly once"
  exit 1
fi
echo "OK: every acknowledged upload survived kill -9 exactly once"
