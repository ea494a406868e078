# Sourced by the reliability scripts (after deploy/local/lib.sh): the one definition of
# "every acknowledged upload is stored exactly once".
#
# check_stored_once SENT ACKED AUTH_HEADER_FILE
#   SENT: file with every report number sent (one per line); ACKED: those answered 2xx.
#   Asks the hub for each report number and sets LOST, DUPLICATED, ERRORS (searches that failed)
#   and STORED_UNACKED (sent, not acknowledged, stored anyway: allowed — the answer was lost).
check_stored_once() {
  local sent="$1" acked_file="$2" auth="$3" rn resp total acked
  LOST=0
  DUPLICATED=0
  ERRORS=0
  STORED_UNACKED=0
  info "checking every sent report number with GET /api/v1/cases?reportNumber=..."
  while read -r rn; do
    resp="$(curl -s --max-time 15 -H "@$auth" "$HUB_URL/api/v1/cases?reportNumber=$rn")" || resp=""
    total="$(printf '%s' "$resp" | tr -d '\n' | json_num total)"
    acked=0
    grep -qx "$rn" "$acked_file" && acked=1
    case "$total" in
      1) [ "$acked" = 1 ] || STORED_UNACKED=$((STORED_UNACKED + 1)) ;;
      0) if [ "$acked" = 1 ]; then LOST=$((LOST + 1)); echo "    LOST: $rn was acknowledged but is not stored"; fi ;;
      "") ERRORS=$((ERRORS + 1)); echo "    ERROR: search for $rn answered: $(printf '%s' "$resp" | head -c 300)" ;;
      *) DUPLICATED=$((DUPLICATED + 1)); echo "    DUPLICATED: $rn is stored $total times" ;;
    esac
  done <"$sent"
}
