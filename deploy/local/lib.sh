# shellcheck shell=bash disable=SC2034,SC2016
# Shared helpers for deploy/local/*.sh and bench/reliability/*.sh. Source it; do not run it.
#
# Settings (environment, with defaults):
#   HUB_HTTP_PORT=8080             the hub (bound to 127.0.0.1)
#   HUB_KC_PORT=8180               Keycloak HTTP (bound to 127.0.0.1)
#   HUB_KC_MANAGEMENT_PORT=9180    Keycloak management interface
#   HUB_DB_MODE=auto               auto | system | embedded
#   HUB_DB_HOST=127.0.0.1 HUB_DB_PORT=5432 HUB_DB_USER=postgres HUB_DB_PASSWORD= HUB_DB_NAME=accidenthub
#                                  the PostgreSQL to use when one answers there (mode auto/system)
#   HUB_DEVPG_PORT=5433            port of the embedded PostgreSQL (mode embedded, or auto with nothing on HUB_DB_PORT)
#   HUB_CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/accident-hub   Keycloak unpacked here once, shared by clones
#   HUB_KC_TIMEOUT=300 HUB_START_TIMEOUT=180 HUB_PG_TIMEOUT=180  seconds to wait for each service
#   HUB_KAFKA_PORT=9092 HUB_KAFKA_CONTROLLER_PORT=9093   the local Kafka broker (KRaft, one node, deploy/local/kafka)
#   HUB_KAFKA_TIMEOUT=180          seconds to wait for it (the first start fetches its jars)

#
# run.sh records the ports it used and the database it chose in .local/run/stack.env; the other scripts
# read it, so that they talk to the same stack (ports given in the environment still win).

HUB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$HUB_ROOT/.local"
RUN_DIR="$LOCAL_DIR/run"
LOG_DIR="$LOCAL_DIR/logs"
STACK_ENV="$RUN_DIR/stack.env"
if [ -f "$STACK_ENV" ]; then
  # shellcheck disable=SC1090
  . "$STACK_ENV"
fi

HUB_HTTP_PORT="${HUB_HTTP_PORT:-8080}"
HUB_KC_PORT="${HUB_KC_PORT:-8180}"
HUB_KC_MANAGEMENT_PORT="${HUB_KC_MANAGEMENT_PORT:-9180}"
HUB_DEVPG_PORT="${HUB_DEVPG_PORT:-5433}"
HUB_CACHE_DIR="${HUB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/accident-hub}"
HUB_KC_TIMEOUT="${HUB_KC_TIMEOUT:-300}"
HUB_START_TIMEOUT="${HUB_START_TIMEOUT:-180}"
HUB_PG_TIMEOUT="${HUB_PG_TIMEOUT:-180}"
HUB_KAFKA_PORT="${HUB_KAFKA_PORT:-9092}"
HUB_KAFKA_CONTROLLER_PORT="${HUB_KAFKA_CONTROLLER_PORT:-9093}"
HUB_KAFKA_TIMEOUT="${HUB_KAFKA_TIMEOUT:-180}"

KC_VERSION=26.5.6
KC_REALM=accident-hub
KC_HOME="$HUB_CACHE_DIR/keycloak-$KC_VERSION"
KC_URL="http://127.0.0.1:$HUB_KC_PORT"
KC_REALM_URL="$KC_URL/realms/$KC_REALM"
KC_TOKEN_URL="$KC_REALM_URL/protocol/openid-connect/token"
HUB_URL="http://127.0.0.1:$HUB_HTTP_PORT"
HUB_JAR="$HUB_ROOT/hub-core/target/quarkus-app/quarkus-run.jar"
HUB_PATTERN="hub-core/target/quarkus-app/quarkus-run.jar" # how the hub process is recognised
KAFKA_PATTERN="kafka"          # broker.sh while it formats, then the broker's JVM (kafka.Kafka)
KAFKA_DATA="$LOCAL_DIR/kafka"
KAFKA_TOPIC="accidenthub.case-events.v1"
# what the hub started by these scripts uses (start-hub.sh passes its environment on): the local broker,
# and webhook receivers on loopback over http (a partner's test endpoint on the same machine)
export HUB_KAFKA_BOOTSTRAP="${HUB_KAFKA_BOOTSTRAP:-127.0.0.1:$HUB_KAFKA_PORT}"
export HUB_WEBHOOKS_ALLOW_HTTP="${HUB_WEBHOOKS_ALLOW_HTTP:-true}"
export HUB_WEBHOOKS_ALLOW_PRIVATE_TARGETS="${HUB_WEBHOOKS_ALLOW_PRIVATE_TARGETS:-true}"

info() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# die_with_log MESSAGE LOGFILE: fail and show the last lines of a log
die_with_log() {
  printf 'ERROR: %s\n' "$1" >&2
  if [ -f "$2" ]; then
    printf -- '----- last 60 lines of %s -----\n' "$2" >&2
    tail -n 60 "$2" >&2 || true
    printf -- '----- end of %s -----\n' "$2" >&2
  fi
  if [ -n "${FAIL_HINT:-}" ]; then printf 'HINT: %s\n' "$FAIL_HINT" >&2; fi
  exit 1
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required but not found on PATH${2:+ ($2)}"; }

# port_open HOST PORT: true when something accepts TCP connections there
port_open() {
  if command -v timeout >/dev/null 2>&1; then
    timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

# pid_of NAME: the pid recorded in .local/run/NAME.pid (empty when none)
pid_of() { if [ -f "$RUN_DIR/$1.pid" ]; then tr -dc '0-9' <"$RUN_DIR/$1.pid"; fi; }

# alive NAME PATTERN: the recorded process is running and its command line matches PATTERN
alive() {
  local pid; pid="$(pid_of "$1")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && ps -o args= -p "$pid" 2>/dev/null | grep -q -- "$2"
}

# stop_recorded NAME PATTERN [TIMEOUT]: stop the process recorded in NAME.pid (TERM, then KILL)
stop_recorded() {
  local name="$1" pattern="$2" timeout="${3:-30}" pid i
  pid="$(pid_of "$name")"
  if [ -z "$pid" ]; then return 0; fi
  if alive "$name" "$pattern"; then
    info "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 2; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name (pid $pid) did not stop within ${timeout}s, killing it"
      # started with setsid: the pid leads its own process group (kc.sh + its java child)
      if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
        kill -KILL -- "-$pid" 2>/dev/null || true
      fi
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# start_bg NAME LOGFILE CMD...: start CMD in the background, detached from this shell's session,
# output appended to LOGFILE, pid recorded in .local/run/NAME.pid
start_bg() {
  local name="$1" log="$2"; shift 2
  mkdir -p "$RUN_DIR" "$(dirname "$log")"
  if command -v setsid >/dev/null 2>&1; then
    nohup setsid "$@" >>"$log" 2>&1 </dev/null &
  else
    nohup "$@" >>"$log" 2>&1 </dev/null &
  fi
  echo $! >"$RUN_DIR/$name.pid"
}

# wait_for DESCRIPTION TIMEOUT NAME PATTERN LOGFILE CHECK-CMD...:
# poll CHECK-CMD every second until it succeeds; fail when the process NAME dies or on timeout
wait_for() {
  local what="$1" timeout="$2" name="$3" pattern="$4" log="$5"; shift 5
  local start=$SECONDS
  while ! "$@" >/dev/null 2>&1; do
    if [ -n "$name" ] && ! alive "$name" "$pattern"; then
      die_with_log "$what: the process exited before it was ready" "$log"
    fi
    if ((SECONDS - start >= timeout)); then
      die_with_log "$what: not ready after ${timeout}s" "$log"
    fi
    sleep 1
  done
  note "$what ready after $((SECONDS - start))s"
}

http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }

hub_ready() {
  local body
  body="$(curl -fsS --max-time 5 "$HUB_URL/q/health/ready" 2>/dev/null)" && printf '%s' "$body" | grep -q '"UP"'
}

# kafka_started LOG N: the broker's log says it started more than N times (it is appended to across restarts)
kafka_started() { [ "$(grep -c 'Kafka Server started' "$1" 2>/dev/null || true)" -gt "$2" ] && port_open 127.0.0.1 "$HUB_KAFKA_PORT"; }

# start_kafka: the local broker (deploy/local/kafka/broker.sh) in the background, data in .local/kafka; waits
# until it serves. Used by run.sh and by bench/events (to bring it back after an outage).
start_kafka() {
  if alive kafka "$KAFKA_PATTERN" && port_open 127.0.0.1 "$HUB_KAFKA_PORT"; then
    info "Kafka already running on 127.0.0.1:$HUB_KAFKA_PORT (pid $(pid_of kafka))"
    return 0
  fi
  stop_recorded kafka "$KAFKA_PATTERN" 30
  if port_open 127.0.0.1 "$HUB_KAFKA_PORT"; then
    die "port $HUB_KAFKA_PORT is in use by another process; set HUB_KAFKA_PORT to a free port"
  fi
  "$HUB_ROOT/deploy/local/kafka/broker.sh" classpath >/dev/null || die "could not fetch the Kafka broker's classpath"
  local log="$LOG_DIR/kafka.log" before
  mkdir -p "$LOG_DIR"
  touch "$log"
  before="$(grep -c 'Kafka Server started' "$log" || true)"
  info "starting Kafka on 127.0.0.1:$HUB_KAFKA_PORT (KRaft, one node; data $KAFKA_DATA, log $log)"
  start_bg kafka "$log" "$HUB_ROOT/deploy/local/kafka/broker.sh" serve --data "$KAFKA_DATA" \
    --port "$HUB_KAFKA_PORT" --controller-port "$HUB_KAFKA_CONTROLLER_PORT"
  wait_for "Kafka (127.0.0.1:$HUB_KAFKA_PORT)" "$HUB_KAFKA_TIMEOUT" kafka "$KAFKA_PATTERN" "$log" \
    kafka_started "$log" "$before"
}

# json_str KEY: the value of "KEY":"value" in the one-line JSON on stdin (the last one if repeated;
# string values without escapes) - so that run.sh does not need jq
json_str() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }
# json_num KEY: the value of "KEY":number in the one-line JSON on stdin
json_num() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\\([0-9][0-9]*\\).*/\\1/p" | head -n 1; }

# token_password USER [PASSWORD]: access token of a demo user (client hub-cli, password grant)
token_password() {
  local resp tok
  resp="$(curl -sS --max-time 20 -X POST "$KC_TOKEN_URL" \
    --data-urlencode grant_type=password --data-urlencode client_id=hub-cli \
    --data-urlencode "username=$1" --data-urlencode "password=${2:-$1}")" ||
    die "cannot reach Keycloak at $KC_TOKEN_URL"
  tok="$(printf '%s' "$resp" | tr -d '\n' | json_str access_token)"
  [ -n "$tok" ] || die "no token for user $1: $resp"
  printf '%s' "$tok"
}

# token_client CLIENT [SECRET]: access token of a service account (client credentials)
token_client() {
  local resp tok
  resp="$(curl -sS --max-time 20 -X POST "$KC_TOKEN_URL" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$1" \
    --data-urlencode "client_secret=${2:-$1-secret}")" ||
    die "cannot reach Keycloak at $KC_TOKEN_URL"
  tok="$(printf '%s' "$resp" | tr -d '\n' | json_str access_token)"
  [ -n "$tok" ] || die "no token for client $1: $resp"
  printf '%s' "$tok"
}

# export_privacy_keys: the keys that seal personal data in the database (docs/SECURITY.md, "Key management and
# rotation"). The local stack generates them once into .local/privacy.env (mode 600) and reuses them on every start:
# deleting that file makes the stored ID numbers, phones, files and events unreadable (HUB_DB_RESET=1 starts over).
# Variables already set in the environment win, as a deployment's would.
export_privacy_keys() {
  local file="$LOCAL_DIR/privacy.env"
  if [ ! -f "$file" ]; then
    mkdir -p "$LOCAL_DIR"
    local id="local-$(date +%Y%m%d)"
    ( umask 077
      { echo "# generated by deploy/local on $(date '+%Y-%m-%d %H:%M:%S'); the data keys of this local stack's database"
        echo "HUB_PRIVACY_KEYS=$id:$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
        echo "HUB_PRIVACY_ACTIVE_KEY=$id"
        echo "HUB_PRIVACY_LOOKUP_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
      } >"$file.tmp" && mv "$file.tmp" "$file" )
    note "generated the personal-data keys of this stack in $file"
  fi
  local keys active lookup
  keys="$(sed -n 's/^HUB_PRIVACY_KEYS=//p' "$file")"
  active="$(sed -n 's/^HUB_PRIVACY_ACTIVE_KEY=//p' "$file")"
  lookup="$(sed -n 's/^HUB_PRIVACY_LOOKUP_KEY=//p' "$file")"
  export HUB_PRIVACY_KEYS="${HUB_PRIVACY_KEYS:-$keys}" HUB_PRIVACY_ACTIVE_KEY="${HUB_PRIVACY_ACTIVE_KEY:-$active}" \
    HUB_PRIVACY_LOOKUP_KEY="${HUB_PRIVACY_LOOKUP_KEY:-$lookup}"
}

# require_stack_env: fail unless run.sh has recorded the stack (STACK_DB_* and the ports)
require_stack_env() {
  if [ ! -f "$STACK_ENV" ] || [ -z "${STACK_DB_HOST:-}" ]; then
    die "$STACK_ENV not found: start the stack with deploy/local/run.sh first"
  fi
}

# write_stack_env HOST PORT NAME USER PASSWORD MODE
write_stack_env() {
  mkdir -p "$RUN_DIR"
  {
    echo "# written by deploy/local/run.sh on $(date '+%Y-%m-%d %H:%M:%S'); read by the other scripts"
    printf ': "${HUB_HTTP_PORT:=%s}"\n' "$HUB_HTTP_PORT"
    printf ': "${HUB_KC_PORT:=%s}"\n' "$HUB_KC_PORT"
    printf ': "${HUB_KC_MANAGEMENT_PORT:=%s}"\n' "$HUB_KC_MANAGEMENT_PORT"
    printf ': "${HUB_DEVPG_PORT:=%s}"\n' "$HUB_DEVPG_PORT"
    printf ': "${HUB_KAFKA_PORT:=%s}"\n' "$HUB_KAFKA_PORT"
    printf ': "${HUB_KAFKA_CONTROLLER_PORT:=%s}"\n' "$HUB_KAFKA_CONTROLLER_PORT"
    printf 'STACK_DB_HOST=%q\nSTACK_DB_PORT=%q\nSTACK_DB_NAME=%q\nSTACK_DB_USER=%q\nSTACK_DB_PASSWORD=%q\nSTACK_DB_MODE=%q\n' \
      "$1" "$2" "$3" "$4" "$5" "$6"
  } >"$STACK_ENV.tmp"
  mv "$STACK_ENV.tmp" "$STACK_ENV"
}
