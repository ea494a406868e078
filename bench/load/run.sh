#!/usr/bin/env bash
# Load benchmark of the police intake (docs/BENCHMARKS.md), one command, bounded, loopback only:
#   1. the stack of deploy/local/run.sh (PostgreSQL, Keycloak, the hub's prod-profile jar) on a fresh database
#      of its own (HUB_DB_NAME, default accidenthub_bench), no demo data, no Kafka, no per-client rate limit;
#   2. the hub restarted once more to measure its start (process start -> /q/health/ready UP) and idle RSS;
#   3. PoliceLoad.java drives POST /api/v1/police/accident-files at fixed arrival rates (open model) with a real
#      police-zmd token, valid police files made from the STATS19 collision sample: accepted/s, p50/p95/p99
#      latency from each request's due time, errors, the hub's RSS and CPU; then the largest legal upload
#      (largest-upload.sh: 99 MiB of attachments) must be answered 201, and counts in the peak RSS;
#   4. the baseline: the same files inserted by pgbench, one transaction each, synchronous_commit on, into an
#      equivalent table (bench/load/baseline.sql) of the same database; hub / baseline is printed;
#   5. the stack is stopped (deploy/local/stop.sh), unless BENCH_KEEP_STACK=1.
# Results: .local/bench/load-<time>/ (hub.tsv, pgbench.log, summary.txt, and hub.jfr with BENCH_JFR=1).
# Exit 1 when it could not measure (nothing accepted, an accepted upload not stored, a step failed); a missed
# target is reported, not a failure: the numbers depend on the machine (docs/BENCHMARKS.md).
#
# Environment (defaults in brackets):
#   BENCH_RATES ["250 500 1000 1500"]  offered files per second, one phase each, in this order
#   BENCH_SECONDS [30]                 length of each phase, and of the pgbench run
#   BENCH_WARMUP_RATE [150]  BENCH_WARMUP_SECONDS [60]   an unreported first phase (JIT, pools); 0 s: none
#   BENCH_CONNECTIONS [256]            HTTP connections the client may open
#   BENCH_TIMEOUT_SECONDS [30]         a request unanswered for this long is an error
#   BENCH_BASELINE [1]                 0: skip the pgbench baseline
#   BENCH_PGBENCH_CLIENTS [the hub's pool size]  BENCH_BASELINE_ROWS [20000]
#   BENCH_JFR [0]                      1: record a JFR profile of the hub (settings=profile) into the results
#   BENCH_LARGEST_UPLOAD [1]           1: after the load, the largest legal upload (largest-upload.sh), counted in the
#                                      peak RSS; 0: none
#   BENCH_KEEP_STACK [0]               1: leave the stack running at the end
#   BENCH_DB_RESET [1]                 0: keep the benchmark database of a previous run
#   HUB_DB_NAME [accidenthub_bench]    HUB_DB_POOL_SIZE [20]   HUB_JAVA_OPTS []   and every deploy/local setting
#                                      (ports, HUB_DB_MODE, ...); see deploy/local/README.md
set -euo pipefail
export HUB_DB_NAME="${HUB_DB_NAME:-accidenthub_bench}"
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
cd "$HUB_ROOT"

RATES="${BENCH_RATES:-250 500 1000 1500}"
SECONDS_PER_PHASE="${BENCH_SECONDS:-30}"
WARMUP_RATE="${BENCH_WARMUP_RATE:-150}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-60}"
CONNECTIONS="${BENCH_CONNECTIONS:-256}"
TIMEOUT="${BENCH_TIMEOUT_SECONDS:-30}"
POOL="${HUB_DB_POOL_SIZE:-20}"
PGBENCH_CLIENTS="${BENCH_PGBENCH_CLIENTS:-$POOL}"
BASELINE_ROWS="${BENCH_BASELINE_ROWS:-20000}"
STATS19_CSV="${BENCH_STATS19_CSV:-$HUB_ROOT/../shared/data/stats19/collision-2022-sample.csv}"
[ -f "$STATS19_CSV" ] || STATS19_CSV="$HUB_ROOT/connectors/src/test/resources/stats19/collision-2022-sample.csv"
LOAD_SRC="$HUB_ROOT/bench/load"
LOAD_LIB="$LOCAL_DIR/lib/bench-load"
RESULTS="$LOCAL_DIR/bench/load-$(date -u +%Y%m%d-%H%M%S)"
RUN_TAG="$(($(date +%s) % 1000000))"

need java
need curl
need psql "the benchmark counts stored cases and loads the baseline with psql (Debian: postgresql-client)"
[ -f "$STATS19_CSV" ] || die "STATS19 sample not found: $STATS19_CSV (set BENCH_STATS19_CSV)"
mkdir -p "$RESULTS"

on_exit() {
  local rc=$?
  if [ "${BENCH_KEEP_STACK:-0}" = 1 ]; then
    info "leaving the stack running (BENCH_KEEP_STACK=1); stop it with deploy/local/stop.sh"
  else
    info "stopping the stack (deploy/local/stop.sh)"
    "$HUB_ROOT/deploy/local/stop.sh" >/dev/null 2>&1 || warn "deploy/local/stop.sh failed"
  fi
  [ "$rc" -eq 0 ] || echo "load benchmark FAILED (exit $rc); results so far in $RESULTS" >&2
  exit "$rc"
}
trap on_exit EXIT

machine() {
  printf 'cpus %s (%s), memory %s MiB, kernel %s\n' "$(nproc)" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
    "$(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo)" "$(uname -r)"
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

info "load benchmark: rates [$RATES]/s x ${SECONDS_PER_PHASE}s (warm-up ${WARMUP_RATE}/s x ${WARMUP_SECONDS}s), results in $RESULTS"
note "$(machine)"
note "load average before: $(loadavg)"

# ---------------------------------------------------------------------------------------------------------------
# 1. the stack: the hub's own settings for a benchmark (all of them ordinary environment variables)
# ---------------------------------------------------------------------------------------------------------------
export HUB_DB_RESET="${BENCH_DB_RESET:-1}" # only HUB_DB_NAME, the benchmark's own database, is recreated
export HUB_LOAD_DEMO=0
# the per-client token bucket (100/s by default) would measure the rate limit, not the intake: switched off
export HUB_RATE_LIMIT_PER_SECOND=0
# no broker: the outbox rows are still written in every upload's transaction; publishing them is the relay's
# separate work, off the request path (docs/EVENTS.md), and is not what this benchmark measures
export HUB_KAFKA_START=0 HUB_EVENTS_RELAY_ENABLED=false
if [ "${BENCH_JFR:-0}" = 1 ]; then
  export HUB_JAVA_OPTS="${HUB_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$RESULTS/hub.jfr,settings=profile,dumponexit=true"
fi
"$HUB_ROOT/deploy/local/run.sh" 2>&1 | sed 's/^/    | /'
[ "${PIPESTATUS[0]}" -eq 0 ] || die "deploy/local/run.sh failed"
[ -f "$STACK_ENV" ] && . "$STACK_ENV"
require_stack_env
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$STACK_DB_HOST" -p "$STACK_DB_PORT" -U "$STACK_DB_USER" -d "$STACK_DB_NAME")
export PGPASSWORD="$STACK_DB_PASSWORD"

if [ ! -f "$LOAD_LIB/.complete" ] || [ "$LOAD_SRC/pom.xml" -nt "$LOAD_LIB/.complete" ]; then
  info "fetching the load client's classpath (Vert.x core) into $LOAD_LIB (once)"
  rm -rf "$LOAD_LIB"
  "$HUB_ROOT/mvnw" -B -q -f "$LOAD_SRC/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LOAD_LIB" ||
    die "could not fetch the load client's classpath"
  touch "$LOAD_LIB/.complete"
fi

# ---------------------------------------------------------------------------------------------------------------
# 2. start time: the hub restarted on the migrated database, timed from its process start to readiness
# ---------------------------------------------------------------------------------------------------------------
info "restarting the hub to time its start"
stop_recorded hub "$HUB_PATTERN" 30 >/dev/null
(
  end=$((SECONDS + HUB_START_TIMEOUT))
  until hub_ready || ((SECONDS > end)); do sleep 0.02; done
  date +%s%3N >"$RESULTS/ready.ms"
) &
READY_POLLER=$!
"$HUB_ROOT/deploy/local/start-hub.sh" >/dev/null
wait "$READY_POLLER"
HUB_PID="$(pid_of hub)"
CLK_TCK="$(getconf CLK_TCK)"
BOOT_S="$(awk '/^btime/ { print $2 }' /proc/stat)"
START_TICKS="$(awk '{ sub(/^.*\) /, ""); print $20 }' "/proc/$HUB_PID/stat")"
START_MS=$(($(cat "$RESULTS/ready.ms") - (BOOT_S * 1000 + START_TICKS * 1000 / CLK_TCK)))
# CPU the start took (all the JVM's threads): unlike the wall time, it hardly depends on what else the machine runs
START_CPU_MS="$(awk -v t="$CLK_TCK" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$HUB_PID/stat")"
QUARKUS_START="$(grep -o 'started in [0-9.]*s' "$LOG_DIR/hub.log" | tail -n 1 | grep -o '[0-9.][0-9.]*s' || echo '?')"
RSS_IDLE_MIB=$(($(awk '/^VmRSS/ { print $2 }' "/proc/$HUB_PID/status") / 1024))
note "hub pid $HUB_PID: ready $START_MS ms after its process started, $START_CPU_MS ms of CPU (Quarkus: started in $QUARKUS_START), RSS ${RSS_IDLE_MIB} MiB idle"
note "hub JVM: $(tr '\0' ' ' <"/proc/$HUB_PID/cmdline" | cut -c1-300)"

# ---------------------------------------------------------------------------------------------------------------
# 3. fixed arrival rates against the hub
# ---------------------------------------------------------------------------------------------------------------
LOAD_BEFORE="$(loadavg)"
info "driving the hub (load average $LOAD_BEFORE)"
java -Xms256m -Xmx1g -cp "$LOAD_LIB/*" "$LOAD_SRC/PoliceLoad.java" drive \
  --url "$HUB_URL/api/v1/police/accident-files" --token-url "$KC_TOKEN_URL" --user police-zmd \
  --csv "$STATS19_CSV" --run-tag "$RUN_TAG" --rates "$RATES" --seconds "$SECONDS_PER_PHASE" \
  --warmup-rate "$WARMUP_RATE" --warmup-seconds "$WARMUP_SECONDS" --connections "$CONNECTIONS" \
  --timeout-seconds "$TIMEOUT" --hub-pid "$HUB_PID" --db-name "$STACK_DB_NAME" --out "$RESULTS/hub.tsv" | sed 's/^/    /'
LOAD_AFTER="$(loadavg)"
HWM_MIB=$(($(awk '/^VmHWM/ { print $2 }' "/proc/$HUB_PID/status") / 1024))
ACCEPTED_TOTAL="$(awk -F'\t' 'NR > 1 { s += $5 } END { print s + 0 }' "$RESULTS/hub.tsv")"
STORED="$("${PSQL[@]}" -tAc "select count(*) from cases where unit_code = '411700000000' and substr(report_number, 11, 6) = lpad('$RUN_TAG', 6, '0')")"
note "accepted (201) $ACCEPTED_TOTAL, cases stored for this run $STORED; hub peak RSS (VmHWM) ${HWM_MIB} MiB; load average $LOAD_AFTER"
# what one file costs the database: rows inserted (and updated) in the hub's tables per stored case
ROWS_PER_FILE="$("${PSQL[@]}" -tAc "select round(sum(n_tup_ins)::numeric / nullif((select count(*) from cases), 0), 1) || ' rows inserted in '
  || count(*) filter (where n_tup_ins > 0) || ' tables, ' || round(sum(n_tup_upd)::numeric / nullif((select count(*) from cases), 0), 2)
  || ' updated' from pg_stat_user_tables where schemaname = 'public' and relname not in ('flyway_schema_history', 'regional_standards')")"
note "per stored file: $ROWS_PER_FILE"
# the largest legal upload (99 MiB of attachments) after the load, so that the peak resident size below counts it
LARGEST=""
if [ "${BENCH_LARGEST_UPLOAD:-1}" = 1 ]; then
  LARGEST="$("$LOAD_SRC/largest-upload.sh" 2>&1 | tail -n 2 | tr '\n' ' ')" || die "the largest legal upload failed: $LARGEST"
  note "$LARGEST"
  HWM_MIB=$(($(awk '/^VmHWM/ { print $2 }' "/proc/$HUB_PID/status") / 1024))
fi
# more stored than accepted: requests the client gave up on (timeout, end of phase) that the hub still committed
[ "$STORED" -ge "$ACCEPTED_TOTAL" ] || die "fewer cases stored ($STORED) than uploads accepted ($ACCEPTED_TOTAL)"
[ "$ACCEPTED_TOTAL" -gt 0 ] || die "no upload was accepted: see $LOG_DIR/hub.log"

# ---------------------------------------------------------------------------------------------------------------
# 4. the pgbench baseline
# ---------------------------------------------------------------------------------------------------------------
BASE_TPS=""
PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -n 1 || true)"
if [ "${BENCH_BASELINE:-1}" != 1 ]; then
  info "no pgbench baseline (BENCH_BASELINE=${BENCH_BASELINE})"
elif [ -z "$PGBENCH" ]; then
  warn "pgbench not found (Debian: postgresql-15 or postgresql-contrib): no baseline"
else
  info "baseline: the same files by pgbench, $PGBENCH_CLIENTS clients x ${SECONDS_PER_PHASE}s, one transaction each"
  java -Xmx512m -cp "$LOAD_LIB/*" "$LOAD_SRC/PoliceLoad.java" rows --csv "$STATS19_CSV" --run-tag "$RUN_TAG" \
    --count "$BASELINE_ROWS" --out "$RESULTS/baseline-rows.csv"
  "${PSQL[@]}" -f "$LOAD_SRC/baseline.sql" >/dev/null
  "${PSQL[@]}" -c "\\copy bench_baseline.source from '$RESULTS/baseline-rows.csv' with (format csv)"
  "${PSQL[@]}" -c "vacuum analyze bench_baseline.source" -c "checkpoint" >/dev/null 2>&1 || true
  note "synchronous_commit = $("${PSQL[@]}" -tAc 'show synchronous_commit'), fsync = $("${PSQL[@]}" -tAc 'show fsync'), server $("${PSQL[@]}" -tAc 'show server_version')"
  rm -f "$RESULTS/baseline-rows.csv"
  LOAD_BASE="$(loadavg)"
  "$PGBENCH" -n -M prepared -c "$PGBENCH_CLIENTS" -j 2 -T "$SECONDS_PER_PHASE" -D rows="$BASELINE_ROWS" \
    -f "$LOAD_SRC/baseline-insert.pgbench" -h "$STACK_DB_HOST" -p "$STACK_DB_PORT" -U "$STACK_DB_USER" \
    "$STACK_DB_NAME" >"$RESULTS/pgbench.log" 2>&1 || { cat "$RESULTS/pgbench.log"; die "pgbench failed"; }
  sed 's/^/    | /' "$RESULTS/pgbench.log"
  BASE_TPS="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$RESULTS/pgbench.log" | tail -n 1)"
  BASE_LAT="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$RESULTS/pgbench.log")"
  "${PSQL[@]}" -c "drop schema bench_baseline cascade" >/dev/null 2>&1 || true
fi

# ---------------------------------------------------------------------------------------------------------------
# 5. summary and targets (docs/BENCHMARKS.md)
# ---------------------------------------------------------------------------------------------------------------
BEST="$(awk -F'\t' 'NR > 1 && $1 == "rate" && $6 > m { m = $6; r = $2 } END { printf "%.0f %s", m, r }' "$RESULTS/hub.tsv")"
BEST_TPS="${BEST% *}"
BEST_RATE="${BEST#* }"
P99_500="$(awk -F'\t' 'NR > 1 && $1 == "rate" && $2 == 500 { print $9 }' "$RESULTS/hub.tsv")"
verdict() { if awk -v v="$1" -v t="$3" "BEGIN { exit !(v $2 t) }"; then echo met; else echo MISSED; fi; }
{
  echo "Accident Hub load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$HUB_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(machine); database $STACK_DB_MODE PostgreSQL on $STACK_DB_HOST:$STACK_DB_PORT"
  echo "load average: before $LOAD_BEFORE, after the hub phases $LOAD_AFTER${LOAD_BASE:+, before pgbench $LOAD_BASE}"
  echo
  column -t -s $'\t' "$RESULTS/hub.tsv"
  echo
  [ -n "$LARGEST" ] && echo "$LARGEST"
  echo "hub start: ${START_MS} ms from process start to ready, ${START_CPU_MS} ms of CPU (Quarkus: started in $QUARKUS_START); RSS idle ${RSS_IDLE_MIB} MiB, peak ${HWM_MIB} MiB"
  echo "database work per stored file: $ROWS_PER_FILE (the baseline: 1 row)"
  echo "best accepted throughput: ${BEST_TPS} files/s (offered ${BEST_RATE}/s); p99 at 500/s: ${P99_500:-not run} ms"
  if [ -n "$BASE_TPS" ]; then
    echo "pgbench baseline: ${BASE_TPS} inserts/s (${PGBENCH_CLIENTS} clients, latency average ${BASE_LAT} ms)"
    echo "hub / baseline: $(awk -v h="$BEST_TPS" -v b="$BASE_TPS" 'BEGIN { printf "%.2f", h / b }')"
  fi
  echo
  echo "targets:"
  echo "  >= 1000 accepted files/s sustained   ${BEST_TPS}/s        $(verdict "$BEST_TPS" '>=' 1000)"
  [ -n "$P99_500" ] && echo "  p99 < 100 ms at 500 files/s          ${P99_500} ms     $(verdict "$P99_500" '<' 100)"
  [ -n "$BASE_TPS" ] && echo "  >= half the pgbench baseline         $(awk -v h="$BEST_TPS" -v b="$BASE_TPS" 'BEGIN { printf "%.2f", h / b }')        $(verdict "$(awk -v h="$BEST_TPS" -v b="$BASE_TPS" 'BEGIN { print h / b }')" '>=' 0.5)"
  echo "  hub RSS < 512 MiB                    ${HWM_MIB} MiB     $(verdict "$HWM_MIB" '<' 512)"
  echo "  start < 5 s                          ${START_MS} ms     $(verdict "$START_MS" '<' 5000)"
} | tee "$RESULTS/summary.txt"
