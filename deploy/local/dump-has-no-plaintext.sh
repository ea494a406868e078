#!/usr/bin/env bash
# Issue 6 acceptance, on the running stack: "a database dump contains no plaintext ID number or phone number".
# Dumps the stack's database with pg_dump (plain SQL, every table's data) and looks for the ID numbers and
# phone numbers of the demo files (deploy/local/demo/*.json) - as text, and as the hex in which pg_dump writes
# bytea columns. Exit 0: none found; 1: found (each hit named with its table); 2: could not check.
# The database comes from .local/run/stack.env (run.sh), or HUB_DB_* when set. Needs pg_dump (package
# postgresql-client) of the server's major version or newer: the embedded PostgreSQL's binaries have none.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fail_check() { printf 'dump-has-no-plaintext: %s\n' "$*" >&2; exit 2; }

if [ -z "${HUB_DB_HOST:-}" ]; then
  [ -f "$STACK_ENV" ] && [ -n "${STACK_DB_HOST:-}" ] || fail_check "$STACK_ENV not found: start the stack with deploy/local/run.sh"
  HUB_DB_HOST="$STACK_DB_HOST" HUB_DB_PORT="$STACK_DB_PORT" HUB_DB_NAME="$STACK_DB_NAME"
  HUB_DB_USER="$STACK_DB_USER" HUB_DB_PASSWORD="$STACK_DB_PASSWORD"
fi
PG_DUMP="$(command -v pg_dump || true)"
if [ -z "$PG_DUMP" ]; then
  PG_DUMP="$(find "$LOCAL_DIR/postgres" -type f -name pg_dump 2>/dev/null | head -n 1 || true)"
fi
[ -n "$PG_DUMP" ] || fail_check "pg_dump not found on PATH nor under $LOCAL_DIR/postgres: install postgresql-client"

# the values to look for: every idNumber and phone of the demo files
mapfile -t VALUES < <(grep -ho '"\(idNumber\|phone\)"[[:space:]]*:[[:space:]]*"[^"]*"' "$HUB_ROOT"/deploy/local/demo/*.json |
  sed 's/.*:[[:space:]]*"\([^"]*\)"/\1/' | sort -u)
[ "${#VALUES[@]}" -gt 0 ] || fail_check "no ID numbers or phones found in deploy/local/demo/*.json"

DUMP="$(mktemp)"
trap 'rm -f "$DUMP"' EXIT
PGPASSWORD="${HUB_DB_PASSWORD:-}" PGCONNECT_TIMEOUT=10 "$PG_DUMP" --no-owner --no-privileges \
  -h "$HUB_DB_HOST" -p "${HUB_DB_PORT:-5432}" -U "${HUB_DB_USER:-postgres}" "${HUB_DB_NAME:-accidenthub}" >"$DUMP" ||
  fail_check "pg_dump of ${HUB_DB_NAME:-accidenthub} on $HUB_DB_HOST:${HUB_DB_PORT:-5432} failed"
grep -q '^COPY public.case_parties ' "$DUMP" || fail_check "the dump has no case_parties data: is this the hub's database?"
rows="$(grep -c '^COPY ' "$DUMP" || true)"

# "table<TAB>value" for each value found, the table being the COPY section it appears in
hits="$(
  for value in "${VALUES[@]}"; do
    hex="$(printf '%s' "$value" | od -An -v -tx1 | tr -d ' \n')"
    awk -v plain="$value" -v hex="$hex" '
      /^COPY / { table = $2; next }
      /^\\\.$/ { table = ""; next }
      index($0, plain) || index(tolower($0), hex) { print (table == "" ? "(outside table data)" : table) "\t" plain }
    ' "$DUMP"
  done | sort -u
)"
if [ -n "$hits" ]; then
  printf 'PLAINTEXT personal data in the dump of %s:\n' "${HUB_DB_NAME:-accidenthub}"
  printf '%s\n' "$hits" | awk -F'\t' '{ printf "  %s holds %s\n", $1, $2 }'
  exit 1
fi
printf 'no plaintext ID number or phone number in the dump of %s (%d values of %d demo files sought in %d tables, as text and as hex)\n' \
  "${HUB_DB_NAME:-accidenthub}" "${#VALUES[@]}" "$(ls "$HUB_ROOT"/deploy/local/demo/*.json | wc -l)" "$rows"
