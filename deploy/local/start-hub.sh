#!/usr/bin/env bash
# (Re)start the hub from hub-core/target/quarkus-app/quarkus-run.jar on 127.0.0.1:$HUB_HTTP_PORT against the
# database and Keycloak that deploy/local/run.sh set up (recorded in .local/run/stack.env), and wait until
# /q/health/ready is UP. A hub this script started before is stopped first. Used by run.sh and by
# bench/reliability/kill-hub-during-uploads.sh (to restart the hub after kill -9 exactly as run.sh does).
#
#   HUB_JAVA_HEAP   the hub's heap and collector (default: -XX:+UseSerialGC -Xmx224m). docs/BENCHMARKS.md: with the
#                   JVM's default maximum (a quarter of the machine's memory) the resident size passed 800 MiB under
#                   load, with about 100 MiB live. 224 MiB answers the largest legal request (99 MiB of attachments,
#                   stored one at a time; bench/load/largest-upload.sh) 201, 192 MiB answers it 500 (OutOfMemoryError).
#                   The serial collector: on two cores G1's concurrent threads and remembered sets cost resident
#                   memory and CPU that a heap this small does not need back.
#   HUB_CDS         1 (default): application class-data sharing, see below; 0: off
#   HUB_JAVA_OPTS   extra JVM options for the hub (default: none)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need java
need curl
require_stack_env
[ -f "$HUB_JAR" ] || die "$HUB_JAR not found: build it with ./mvnw -B -q package -DskipTests (run.sh does)"

stop_recorded hub "$HUB_PATTERN" 30
if port_open 127.0.0.1 "$HUB_HTTP_PORT"; then
  die "port $HUB_HTTP_PORT is in use by a process this script did not start; stop it or set HUB_HTTP_PORT"
fi

mkdir -p "$LOG_DIR" "$RUN_DIR"
HUB_LOG="$LOG_DIR/hub.log"

# Application class-data sharing (JDK 13+ dynamic archive): the first start of a build archives the classes it
# loaded when that hub exits normally; later starts of the same build map them instead of loading and verifying
# them again: about a third less CPU to start (docs/BENCHMARKS.md). A JVM that cannot use the archive (another
# JDK, a changed class path) ignores it and starts as without.
CDS_OPTS=""
if [ "${HUB_CDS:-1}" = 1 ]; then
  CDS_DIR="$LOCAL_DIR/cds"
  CDS_ARCHIVE="$CDS_DIR/hub-$(date -r "$HUB_JAR" +%s).jsa" # one per build: the jar is rewritten by every build
  if [ -s "$CDS_ARCHIVE" ]; then
    CDS_OPTS="-XX:SharedArchiveFile=$CDS_ARCHIVE -Xlog:cds=error,cds+dynamic=error"
  else
    mkdir -p "$CDS_DIR"
    rm -f "$CDS_DIR"/hub-*.jsa
    CDS_OPTS="-XX:ArchiveClassesAtExit=$CDS_ARCHIVE -Xlog:cds=error,cds+dynamic=error"
  fi
fi
printf '\n===== hub started by %s at %s =====\n' "$(basename "$0")" "$(date '+%Y-%m-%d %H:%M:%S')" >>"$HUB_LOG"
info "starting the hub on $HUB_URL (database $STACK_DB_HOST:$STACK_DB_PORT/$STACK_DB_NAME, log $HUB_LOG)"
cd "$HUB_ROOT"
(
  export HUB_DB_HOST="$STACK_DB_HOST" HUB_DB_PORT="$STACK_DB_PORT" HUB_DB_NAME="$STACK_DB_NAME" \
    HUB_DB_USER="$STACK_DB_USER" HUB_DB_PASSWORD="$STACK_DB_PASSWORD" \
    HUB_OIDC_URL="$KC_REALM_URL" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$HUB_HTTP_PORT"
  export_privacy_keys
  # glibc gives each thread that allocates its own malloc arena (64 MiB reserved, partly resident); the JVM
  # allocates little with malloc, and two arenas keep the resident size down (docs/BENCHMARKS.md, "hub RSS")
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  # shellcheck disable=SC2086
  start_bg hub "$HUB_LOG" java ${HUB_JAVA_HEAP:--XX:+UseSerialGC -Xmx224m} $CDS_OPTS ${HUB_JAVA_OPTS:-} -jar "$HUB_JAR"
)
note "pid $(pid_of hub) in $RUN_DIR/hub.pid"
FAIL_HINT="if the log shows Flyway validation or checksum errors (migrations changed since the local database was
      created), recreate it: HUB_DB_RESET=1 deploy/local/run.sh"
wait_for "hub ($HUB_URL/q/health/ready)" "$HUB_START_TIMEOUT" hub "$HUB_PATTERN" "$HUB_LOG" hub_ready
