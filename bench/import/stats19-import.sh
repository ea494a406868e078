#!/usr/bin/env bash
# Import a folder of STATS19 CSV files into the local stack's hub, with a progress bar and a final summary:
#   bench/import/stats19-import.sh FOLDER
# Each collision file (name contains "collision" or "accident") is posted to POST /api/v1/police/stats19 with the
# vehicle and casualty files of the same name when present ("...-vehicle-2022.csv", "...-casualty-2022.csv").
# The cases belong to the police unit of the user (default police-zmd). Resending a folder is idempotent.
#
#   STATS19_USER [police-zmd]       the demo police login to import as (password: STATS19_PASSWORD, default = user)
#   HUB_HTTP_PORT / HUB_KC_PORT      as for deploy/local/run.sh (read from .local/run/stack.env)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"

[ $# -eq 1 ] || die "usage: $0 FOLDER (a folder of STATS19 CSV files)"
[ -d "$1" ] || die "$1 is not a folder"
need java
hub_ready || die "the hub on $HUB_URL is not ready: start the stack with deploy/local/run.sh"
USER_NAME="${STATS19_USER:-police-zmd}"
info "importing the STATS19 files of $1 into $HUB_URL as $USER_NAME"
exec java "$HUB_ROOT/bench/import/Stats19Import.java" "$1" "$HUB_URL" "$KC_TOKEN_URL" "$USER_NAME" \
  "${STATS19_PASSWORD:-$USER_NAME}"
