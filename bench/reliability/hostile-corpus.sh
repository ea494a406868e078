#!/usr/bin/env bash
# Reliability check: a corpus of hostile requests (bench/reliability/HostileCorpus.java, 250+ cases) against the
# running hub with a real police token (police-zmd from Keycloak). Every answer must be a 4xx problem (or, for a
# strange but legal search or a CSV whose every row is bad, a 200 that finds or stores nothing), never a 5xx or
# a hang, and the unit's case count must be the same afterwards. Ends with "N passed, M failed"; exits 1 on any
# failure. Needs the stack from deploy/local/run.sh and a JDK (java runs the single-file program). Loopback
# only; about 20-40 s.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"

need java
need curl
require_stack_env
hub_ready || die "the hub on $HUB_URL is not ready: start the stack with deploy/local/run.sh"

TEMPLATE="$HUB_ROOT/deploy/local/demo/01-zmd-4117022026000123-side-collision.json"
# the real STATS19 sample (its header and first row are the base of the CSV cases): the shared data folder
# beside the repository, else the connector's copy
SAMPLE="$HUB_ROOT/../shared/data/stats19/collision-2022-sample.csv"
[ -f "$SAMPLE" ] || SAMPLE="$HUB_ROOT/connectors/src/test/resources/stats19/collision-2022-sample.csv"

info "hostile corpus against $HUB_URL as police-zmd"
java "$HUB_ROOT/bench/reliability/HostileCorpus.java" "$HUB_URL" "$(token_password police-zmd)" "$TEMPLATE" "$SAMPLE"
