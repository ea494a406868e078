#!/usr/bin/env bash
# A single-node Kafka broker (KRaft, broker + controller in one JVM) on loopback, from the
# org.apache.kafka:kafka_2.13 jars on Maven Central. No Docker, no distribution tarball.
#
#   broker.sh classpath
#       fetch the broker's classpath into .local/lib/kafka (once; again when pom.xml changes)
#   broker.sh serve --data DIR [--port 9092] [--controller-port 9093]
#       write DIR/server.properties from server.properties, format DIR (first time only) and run the
#       broker in the foreground (exec: the pid of this script is the broker's). SIGTERM stops it cleanly.
#
# Used by deploy/local/run.sh (in the background, log in .local/logs/kafka.log), bench/events/*.sh and the
# hub's real-broker test (hub-core/src/test/.../events/KafkaBroker.java), so that all three run the same broker.
#   KAFKA_HEAP_OPTS [-Xms128m -Xmx512m]   heap of the broker JVM
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

KAFKA_SRC="$HUB_ROOT/deploy/local/kafka"
KAFKA_LIB="$LOCAL_DIR/lib/kafka"

ensure_classpath() {
  if [ -f "$KAFKA_LIB/.complete" ] && [ ! "$KAFKA_SRC/pom.xml" -nt "$KAFKA_LIB/.complete" ]; then
    return 0
  fi
  info "fetching the Kafka broker's classpath into $KAFKA_LIB (once)" >&2
  # a private directory first, then a rename: two callers at once (a test and run.sh) never see half a classpath
  local tmp
  mkdir -p "$LOCAL_DIR/lib"
  tmp="$(mktemp -d "$LOCAL_DIR/lib/.kafka.XXXXXX")"
  "$HUB_ROOT/mvnw" -B -q -f "$KAFKA_SRC/pom.xml" dependency:copy-dependencies -DoutputDirectory="$tmp" >&2 ||
    { rm -rf "$tmp"; die "could not fetch org.apache.kafka:kafka_2.13 from Maven Central"; }
  touch "$tmp/.complete"
  rm -rf "$KAFKA_LIB"
  mv "$tmp" "$KAFKA_LIB" 2>/dev/null || rm -rf "$tmp" # another caller won the race: its copy is as good
}

# a cluster id: 16 random bytes, base64url without padding (22 characters), not starting with '-'
# (the storage tool would read that as an option)
cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [ "${id:0:1}" != "-" ] && break
  done
  printf '%s' "$id"
}

serve() {
  local data="" port=9092 cport=9093
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) data="$2"; shift 2 ;;
      --port) port="$2"; shift 2 ;;
      --controller-port) cport="$2"; shift 2 ;;
      *) die "unknown option $1 (broker.sh serve --data DIR [--port P] [--controller-port C])" ;;
    esac
  done
  [ -n "$data" ] || die "broker.sh serve needs --data DIR"
  ensure_classpath
  mkdir -p "$data"
  data="$(cd "$data" && pwd)"
  sed -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#$cport#g" -e "s#@DATA_DIR@#$data#g" \
    "$KAFKA_SRC/server.properties" >"$data/server.properties"
  local java_opts=(${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m} -Dlog4j2.configurationFile="$KAFKA_SRC/log4j2.yaml"
    -Djava.awt.headless=true -cp "$KAFKA_LIB/*")
  if [ ! -f "$data/logs/meta.properties" ]; then
    info "formatting $data/logs (KRaft, standalone controller)"
    java "${java_opts[@]}" kafka.tools.StorageTool format --standalone --ignore-formatted \
      -t "$(cluster_id)" -c "$data/server.properties"
  fi
  info "starting Kafka on 127.0.0.1:$port (controller 127.0.0.1:$cport, data $data)"
  exec java "${java_opts[@]}" kafka.Kafka "$data/server.properties"
}

case "${1:-}" in
  classpath) ensure_classpath; printf '%s\n' "$KAFKA_LIB" ;;
  serve) shift; serve "$@" ;;
  *) die "usage: broker.sh classpath | broker.sh serve --data DIR [--port P] [--controller-port C]" ;;
esac
