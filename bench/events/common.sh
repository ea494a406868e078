# shellcheck shell=bash
# Shared by bench/events/*.sh. Source it; do not run it.
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"

BENCH_SRC="$HUB_ROOT/bench/events"
BENCH_LIB="$LOCAL_DIR/lib/bench-events"

# the bench programs' classpath (kafka-clients, Avro, pgjdbc), fetched once like the broker's
ensure_bench_classpath() {
  if [ -f "$BENCH_LIB/.complete" ] && [ ! "$BENCH_SRC/pom.xml" -nt "$BENCH_LIB/.complete" ]; then
    return 0
  fi
  info "fetching the event benches' classpath into $BENCH_LIB (once)"
  rm -rf "$BENCH_LIB"
  "$HUB_ROOT/mvnw" -B -q -f "$BENCH_SRC/pom.xml" dependency:copy-dependencies -DoutputDirectory="$BENCH_LIB" ||
    die "could not fetch the bench classpath from Maven Central"
  touch "$BENCH_LIB/.complete"
}

# the schemas jar as partners get it (run.sh's build makes it)
schemas_jar() {
  local jar
  jar="$(ls "$HUB_ROOT"/schemas/target/accident-hub-schemas-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1)"
  [ -n "$jar" ] || die "schemas/target/accident-hub-schemas-*.jar not found: build with ./mvnw -B -q package -DskipTests"
  printf '%s' "$jar"
}

bench_java() { java -Xmx512m -cp "$BENCH_LIB/*:$(schemas_jar)" "$@"; }

# metric NAME: the hub's current value of an untagged metric (empty when the hub does not answer)
metric() {
  local page
  page="$(curl -fsS --max-time 5 "$HUB_URL/q/metrics" 2>/dev/null)" || return 0
  printf '%s\n' "$page" | awk -v name="$1" '$1 == name && !found { print $2; found = 1 }'
}

# wait_drained TIMEOUT: until the outbox lag is 0; prints the seconds it took, fails after TIMEOUT
wait_drained() {
  local start=$SECONDS lag
  while :; do
    lag="$(metric accidenthub_outbox_lag_events)"
    if [ -n "$lag" ] && [ "${lag%.*}" = 0 ]; then
      echo $((SECONDS - start))
      return 0
    fi
    if ((SECONDS - start >= $1)); then
      echo "outbox lag still ${lag:-unknown} after $1 s" >&2
      return 1
    fi
    sleep 1
  done
}

# audit PREFIX [TIMEOUT [OPTION VALUE...]]: compare the topic with the outbox for the cases whose report numbers
# start with PREFIX ('' for every case) (bench/events/TopicAudit.java, which takes the further options)
audit() {
  local prefix="$1" timeout="${2:-180}"
  shift $(($# < 2 ? $# : 2))
  bench_java "$BENCH_SRC/TopicAudit.java" --bootstrap "$HUB_KAFKA_BOOTSTRAP" --topic "$KAFKA_TOPIC" \
    --jdbc "jdbc:postgresql://$STACK_DB_HOST:$STACK_DB_PORT/$STACK_DB_NAME" --db-user "$STACK_DB_USER" \
    --db-password "$STACK_DB_PASSWORD" --report-prefix "$prefix" --timeout-seconds "$timeout" "$@"
}

# the stack of deploy/local/run.sh must be up, with its broker
require_events_stack() {
  need java
  need curl
  require_stack_env
  alive hub "$HUB_PATTERN" || die "no hub recorded in $RUN_DIR/hub.pid: start the stack with deploy/local/run.sh"
  hub_ready || die "the hub on $HUB_URL is not ready"
  port_open 127.0.0.1 "$HUB_KAFKA_PORT" || die "no Kafka on 127.0.0.1:$HUB_KAFKA_PORT: start the stack with deploy/local/run.sh"
}
