#!/usr/bin/env bash
# Stop what deploy/local/run.sh started: only the processes recorded in .local/run/*.pid (the hub, Kafka,
# Keycloak, the embedded PostgreSQL launcher) and a postmaster running from .local/postgres/data. A PostgreSQL or
# Keycloak that run.sh found already running and reused is left alone.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_recorded hub "$HUB_PATTERN" 30
stop_recorded kafka "$KAFKA_PATTERN" 30
stop_recorded keycloak keycloak 60
stop_recorded devpg DevPostgres 60

# the embedded server's postmaster normally stops with its launcher; stop it if the launcher was killed
PG_DATA="$LOCAL_DIR/postgres/data"
if [ -f "$PG_DATA/postmaster.pid" ]; then
  pm="$(head -n 1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')"
  if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null && ps -o args= -p "$pm" | grep -q -- "$PG_DATA"; then
    info "stopping the embedded PostgreSQL server (pid $pm)"
    kill -INT "$pm" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pm" 2>/dev/null && warn "PostgreSQL (pid $pm) is still running"
  fi
fi
rm -f "$RUN_DIR/postgres.pid"
info "stopped"
