#!/usr/bin/env bash
# Walks the audit trail's hash chain in the stack's database and names the first entry that does not fit
# (changed, removed or slipped in by hand). Exit 0: intact (prints the head: record it elsewhere, see
# docs/SECURITY.md); 1: broken (prints the entry's id and time); 2: could not check.
# Runs org.accidenthub.hub.audit.AuditChainCheck from the hub's own jars, so it needs no running hub:
# build them first (run.sh does). The database comes from .local/run/stack.env, or HUB_DB_* when set.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need java
APP="$HUB_ROOT/hub-core/target/quarkus-app"
[ -d "$APP/app" ] || die "$APP not found: build the hub first (./mvnw -B -q package -DskipTests, or run.sh)"
if [ -z "${HUB_DB_HOST:-}" ]; then
  require_stack_env
  export HUB_DB_HOST="$STACK_DB_HOST" HUB_DB_PORT="$STACK_DB_PORT" HUB_DB_NAME="$STACK_DB_NAME" \
    HUB_DB_USER="$STACK_DB_USER" HUB_DB_PASSWORD="$STACK_DB_PASSWORD"
fi
exec java -cp "$APP/app/*:$APP/lib/main/*" org.accidenthub.hub.audit.AuditChainCheck
