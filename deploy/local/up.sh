#!/usr/bin/env bash
# Starts the local Werkplein suite: Kafka, PostgreSQL, GreenMail and the five services.
# Idempotent: what already runs is left alone, what died is started again.
#
#   deploy/local/up.sh                      build what is missing, start everything
#   WERKPLEIN_SKIP_BUILD=1 deploy/local/up.sh   never run Maven (services without a jar are skipped)
#   WERKPLEIN_REBUILD=1 deploy/local/up.sh      rebuild the services (stops running ones first)
#
# State lives in .werkplein/ at the repository root; deploy/local/down.sh stops it all again.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

T_START=$(now_ms)
SKIP_BUILD=${WERKPLEIN_SKIP_BUILD:-0}
REBUILD=${WERKPLEIN_REBUILD:-0}
IS_ROOT=0; [[ $(id -u) -eq 0 ]] && IS_ROOT=1

mkdir -p "$WP_LOGS" "$WP_PIDS" "$WP_STATE/kafka" "$WP_STATE/postgres"
# PostgreSQL runs as another uid and must reach its binaries, its data and its log file
chmod 755 "$WP_STATE" "$WP_LOGS" "$WP_STATE/postgres"

rel() { echo "${1#"$WP_ROOT"/}"; }

# tail_log FILE [N] — the last lines of a log, indented, to stderr
tail_log() {
  local f=$1 n=${2:-30}
  printf '%s--- last %s lines of %s ---%s\n' "$C2_WARN" "$n" "$(rel "$f")" "$C2_OFF" >&2
  tail -n "$n" "$f" 2>/dev/null | sed 's/^/    /' >&2 || true
}

maven() {
  if [[ -x "$WP_ROOT/mvnw" ]]; then "$WP_ROOT/mvnw" "$@"
  elif command -v mvn >/dev/null; then mvn "$@"
  else die "Maven (mvn) is not installed; build the modules first or install Maven"; fi
}

# ================================================================ a. build
infra_built() {
  [[ -s "$WP_KAFKA_CP_FILE" && -s "$WP_PG_JAR" && -s "$WP_MAIL_JAR" ]] || return 1
  local jar
  while IFS= read -r jar; do
    [[ -z "$jar" || -e "$jar" ]] || return 1
  done < <(tr ':' '\n' <"$WP_KAFKA_CP_FILE")
}

svc_name() { echo "${1%%:*}"; }
svc_port() { local r=${1#*:}; echo "${r%%:*}"; }
svc_db()   { echo "${1##*:}"; }
svc_jar()  { echo "$WP_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

BUILD_LOG="$WP_LOGS/build.log"
run_build() {  # run_build DESCRIPTION -- maven args... (each call: one line of progress)
  local what=$1; shift
  local t0; t0=$(now_ms)
  step "$what (log: $(rel "$BUILD_LOG"))"
  if ! maven "$@" >>"$BUILD_LOG" 2>&1; then
    tail_log "$BUILD_LOG" 40
    die "$what failed"
  fi
  ok "$what ($(since "$t0"))"
}

if ! infra_built; then
  [[ "$SKIP_BUILD" == 1 ]] && die "deploy/local-infra is not built and WERKPLEIN_SKIP_BUILD=1: run mvn -q -N install && mvn -q -f deploy/local-infra/pom.xml install"
  : >"$BUILD_LOG"
  run_build "local infrastructure missing: installing the root pom (mvn -q -N install)" -q -N install
  run_build "building Kafka/PostgreSQL/GreenMail (mvn -q -f deploy/local-infra/pom.xml install)" -q -f deploy/local-infra/pom.xml install
  infra_built || die "deploy/local-infra built, but $(rel "$WP_KAFKA_CP_FILE") or its jars are still missing"
fi

missing_jars=()
for s in "${WP_SERVICES[@]}"; do
  [[ -s "$(svc_jar "$(svc_name "$s")")" ]] || missing_jars+=("$(svc_name "$s")")
done
if [[ "$SKIP_BUILD" == 1 ]]; then
  if (( ${#missing_jars[@]} )); then
    info "build skipped (WERKPLEIN_SKIP_BUILD=1); not built: ${missing_jars[*]}"
  else
    info "build skipped (WERKPLEIN_SKIP_BUILD=1)"
  fi
elif [[ "$REBUILD" == 1 || ${#missing_jars[@]} -gt 0 ]]; then
  # a running service must not see its jar replaced underneath it: stop those first
  for s in "${WP_SERVICES[@]}"; do
    n=$(svc_name "$s")
    for (( i = 1; i <= $(known_replicas "$n"); i++ )); do
      id=$(replica_id "$n" "$i"); pid=$(replica_pid "$n" "$i")
      if [[ -n "$pid" ]]; then
        stop_pid "$pid" 25 && clear_pid "$id"
        info "stopped $id (pid $pid) before rebuilding"
      fi
    done
  done
  : >"$BUILD_LOG"
  if [[ "$REBUILD" == 1 ]]; then why="WERKPLEIN_REBUILD=1"; else why="missing: ${missing_jars[*]}"; fi
  run_build "building the services with mvn -q install -DskipTests ($why)" -q install -DskipTests
else
  ok "services are built"
fi

# ================================================================ b. keys
had_keys=0; [[ -s "$WP_KEYS/privateKey.pem" && -s "$WP_KEYS/bsn.env" ]] && had_keys=1
ensure_keys
if (( had_keys )); then ok "keys in $(rel "$WP_KEYS")"; else ok "keys generated in $(rel "$WP_KEYS") (RSA 2048 JWT key pair, BSN keys)"; fi

# ================================================================ c. Kafka (started in the background)
# One KRaft node by default; WERKPLEIN_KAFKA_BROKERS=3 runs three (shared/infra.md), remembered in
# .werkplein/kafka-brokers. A node that died is started again on its own data (up.sh brings back a
# killed broker); the other nodes keep running.
KAFKA_BROKERS=$(kafka_brokers)
[[ "$KAFKA_BROKERS" == 1 || "$KAFKA_BROKERS" == 3 ]] || die "WERKPLEIN_KAFKA_BROKERS must be 1 or 3 (is $KAFKA_BROKERS)"
recorded_brokers=""; [[ -s "$WP_KAFKA_MODE_FILE" ]] && recorded_brokers=$(tr -dc '0-9' <"$WP_KAFKA_MODE_FILE")
if [[ -n "$recorded_brokers" && "$recorded_brokers" != "$KAFKA_BROKERS" ]]; then
  for other in kafka kafka-1 kafka-2 kafka-3; do
    pid=$(running_pid "$other" "$(java_marker "$other")")
    [[ -z "$pid" ]] || die "Kafka runs with $recorded_brokers node(s) (pid $pid); run deploy/local/down.sh before switching to $KAFKA_BROKERS (the services keep their data in PostgreSQL, Kafka's topics start empty)"
  done
fi
echo "$KAFKA_BROKERS" >"$WP_KAFKA_MODE_FILE"
KAFKA_CLUSTER_FILE="$WP_STATE/kafka-cluster/cluster-id"
declare -A KAFKA_PID=() KAFKA_T0=()

write_kafka_config() {  # write_kafka_config NODE
  local n=$1 dir port cport voters="" i
  dir=$(kafka_node_dir "$n"); port=$(kafka_node_port "$n"); cport=$(kafka_node_controller_port "$n")
  for (( i = 1; i <= KAFKA_BROKERS; i++ )); do voters+="${voters:+,}$i@127.0.0.1:$(kafka_node_controller_port "$i")"; done
  mkdir -p "$dir"
  local rf=$KAFKA_BROKERS isr=1
  (( KAFKA_BROKERS >= 3 )) && isr=2
  cat >"$dir/server.properties" <<EOF
# written by deploy/local/up.sh — KRaft combined mode, node $n of $KAFKA_BROKERS (see shared/infra.md)
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
default.replication.factor=$rf
min.insync.replicas=$isr
offsets.topic.replication.factor=$rf
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$isr
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
EOF
  cat >"$dir/log4j2.properties" <<'EOF'
# written by deploy/local/up.sh — the broker logs to stdout, which up.sh sends to .werkplein/logs/kafka.log
status = warn
name = werkplein-kafka
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRefs = stdout
rootLogger.appenderRef.stdout.ref = STDOUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.request.additivity = false
logger.request.appenderRef.stdout.ref = STDOUT
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
logger.statechange.additivity = false
logger.statechange.appenderRef.stdout.ref = STDOUT
logger.controller.name = kafka.controller
logger.controller.level = WARN
logger.cleaner.name = kafka.log.LogCleaner
logger.cleaner.level = WARN
logger.zk.name = org.apache.kafka.common.utils.AppInfoParser
logger.zk.level = WARN
EOF
}

# a random Kafka cluster id: 16 random bytes, base64url without padding, not starting with '-'
kafka_cluster_id() {
  local id
  while :; do
    id=$(openssl rand 16 | openssl base64 -A | tr '+/' '-_' | tr -d '=')
    [[ "$id" != -* ]] && { echo "$id"; return; }
  done
}

# every node of a cluster is formatted with the same id; a single node gets a fresh one
kafka_format_id() {
  if (( KAFKA_BROKERS == 1 )); then kafka_cluster_id; return; fi
  if [[ ! -s "$KAFKA_CLUSTER_FILE" ]]; then mkdir -p "$(dirname "$KAFKA_CLUSTER_FILE")"; kafka_cluster_id >"$KAFKA_CLUSTER_FILE"; fi
  cat "$KAFKA_CLUSTER_FILE"
}

start_kafka_node() {  # start_kafka_node NODE
  local n=$1 name dir log marker port cport pid cp
  name=$(kafka_node_name "$n"); dir=$(kafka_node_dir "$n"); log="$WP_LOGS/$name.log"; marker=$(java_marker "$name")
  port=$(kafka_node_port "$n"); cport=$(kafka_node_controller_port "$n")
  pid=$(running_pid "$name" "$marker")
  if [[ -n "$pid" ]]; then
    if port_open "$port"; then ok "Kafka node $n already runs (pid $pid)"; return; fi
    step "Kafka node $n runs (pid $pid) but does not answer yet"; KAFKA_PID[$n]=$pid; KAFKA_T0[$n]=$(now_ms); return
  fi
  clear_pid "$name"
  if port_open "$port" || port_open "$cport"; then
    die "Kafka: port $port or $cport is in use by a process up.sh did not start"
  fi
  KAFKA_T0[$n]=$(now_ms)
  cp=$(<"$WP_KAFKA_CP_FILE")
  write_kafka_config "$n"
  rotate_log "$log"
  if [[ ! -s "$dir/data/meta.properties" ]]; then
    rm -rf "$dir/data"
    if ! java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$cp" kafka.tools.StorageTool \
        format -t "$(kafka_format_id)" -c "$dir/server.properties" >>"$log" 2>&1; then
      tail_log "$log"; die "Kafka: formatting the storage of node $n failed"
    fi
  fi
  # setsid: its own session, so a Ctrl-C or a closed terminal does not reach it
  setsid java -Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$marker" \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" -Dkafka.logs.dir="$WP_LOGS" \
    -cp "$cp" kafka.Kafka "$dir/server.properties" >>"$log" 2>&1 </dev/null &
  KAFKA_PID[$n]=$!
  write_pid "$name" "${KAFKA_PID[$n]}"
  step "Kafka node $n starting on 127.0.0.1:$port (pid ${KAFKA_PID[$n]})"
}

start_kafka() {
  local n
  for (( n = 1; n <= KAFKA_BROKERS; n++ )); do start_kafka_node "$n"; done
}

# The broker opens its PLAINTEXT listener only at the end of its start-up (after the controller
# quorum is up and the broker is unfenced), so the port answering means ready; the log line is
# checked too, for when the broker's logging works (see the note on SLF4J in the report).
KAFKA_READY_NODE=1
kafka_ready() {
  local log; log="$WP_LOGS/$(kafka_node_name "$KAFKA_READY_NODE").log"
  port_open "$(kafka_node_port "$KAFKA_READY_NODE")" || return 1
  grep -q 'Kafka Server started' "$log" 2>/dev/null && return 0
  grep -q 'No SLF4J providers were found' "$log" 2>/dev/null   # no log line will ever come
}

# wait_started LABEL PIDNAME PID LOG TIMEOUT_S READY_FUNCTION — until ready, or die with the log's tail
wait_started() {
  local label=$1 name=$2 pid=$3 log=$4 timeout=$5 ready=$6
  local deadline=$(( $(now_ms) + timeout * 1000 ))
  until "$ready"; do
    pid_alive "$pid" || { tail_log "$log"; clear_pid "$name"; die "$label exited during start-up"; }
    if (( $(now_ms) > deadline )); then tail_log "$log"; die "$label: not ready after $timeout s"; fi
    sleep 0.2
  done
}

wait_kafka() {
  local n name
  for (( n = 1; n <= KAFKA_BROKERS; n++ )); do
    [[ -n "${KAFKA_PID[$n]:-}" ]] || continue
    name=$(kafka_node_name "$n"); KAFKA_READY_NODE=$n
    wait_started "Kafka node $n" "$name" "${KAFKA_PID[$n]}" "$WP_LOGS/$name.log" 90 kafka_ready
    ok "Kafka node $n ready on 127.0.0.1:$(kafka_node_port "$n") (pid ${KAFKA_PID[$n]}, $(since "${KAFKA_T0[$n]}"))"
  done
}

# ================================================================ e. GreenMail (started in the background)
MAIL_LOG="$WP_LOGS/mail.log"
MAIL_MARKER=$(java_marker mail)
MAIL_PID=""
MAIL_T0=""

mail_ready() {
  port_open "$WP_SMTP_PORT" && [[ $(http_status "http://127.0.0.1:$WP_MAIL_API_PORT/api/service/readiness") == 200 ]]
}

start_mail() {
  MAIL_PID=$(running_pid mail "$MAIL_MARKER")
  if [[ -n "$MAIL_PID" ]]; then
    if mail_ready; then ok "mail already runs (pid $MAIL_PID)"; MAIL_PID=""; return; fi
    step "mail runs (pid $MAIL_PID) but does not answer yet"; MAIL_T0=$(now_ms); return
  fi
  clear_pid mail
  if port_open "$WP_SMTP_PORT" || port_open "$WP_MAIL_API_PORT"; then
    die "mail: port $WP_SMTP_PORT or $WP_MAIL_API_PORT is in use by a process up.sh did not start"
  fi
  MAIL_T0=$(now_ms)
  rotate_log "$MAIL_LOG"
  setsid java -Xms16m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$MAIL_MARKER" \
    -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$WP_MAIL_API_PORT" \
    -jar "$WP_MAIL_JAR" >>"$MAIL_LOG" 2>&1 </dev/null &
  MAIL_PID=$!
  write_pid mail "$MAIL_PID"
  step "mail starting (pid $MAIL_PID)"
}

wait_mail() {
  [[ -n "$MAIL_PID" ]] || return 0
  wait_started "mail server" mail "$MAIL_PID" "$MAIL_LOG" 60 mail_ready
  ok "mail ready: SMTP 127.0.0.1:$WP_SMTP_PORT, HTTP 127.0.0.1:$WP_MAIL_API_PORT (pid $MAIL_PID, $(since "$MAIL_T0"))"
}

# ================================================================ d. PostgreSQL
PG_DIR="$WP_STATE/postgres"
PG_DIST="$PG_DIR/dist"
PG_DATA="$PG_DIR/data"
PG_LOG="$WP_LOGS/postgres.log"
PG_PORT_FILE="$PG_DIR/port"
PG_PORT=""
PG_DATABASES=()
for s in "${WP_SERVICES[@]}"; do PG_DATABASES+=("$(svc_db "$s")"); done

pg_own() { (( IS_ROOT )) && chown "$WP_PG_UID:$WP_PG_GID" "$@"; return 0; }

pg_running_pid() {
  local pid=""
  [[ -s "$PG_DATA/postmaster.pid" ]] && pid=$(head -n1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')
  if pid_alive "$pid" "$PG_DATA"; then echo "$pid"; return; fi
  pid=$(read_pid postgres)
  if pid_alive "$pid" "$PG_DATA"; then echo "$pid"; fi
  return 0
}

choose_pg_port() {
  local p recorded=""
  [[ -s "$PG_PORT_FILE" ]] && recorded=$(tr -dc '0-9' <"$PG_PORT_FILE")
  if [[ -n "$recorded" ]] && ! port_open "$recorded"; then PG_PORT=$recorded; return; fi
  for p in $WP_PG_DEFAULT_PORT $WP_PG_FALLBACK_PORTS; do
    if ! port_open "$p"; then
      [[ -n "$recorded" ]] && warn "PostgreSQL: the recorded port $recorded is taken by another process, using $p"
      PG_PORT=$p; echo "$p" >"$PG_PORT_FILE"; return
    fi
  done
  die "PostgreSQL: ports $WP_PG_DEFAULT_PORT and $WP_PG_FALLBACK_PORTS are all in use"
}

pg_extract() {
  [[ -x "$PG_DIST/bin/postgres" && -x "$PG_DIST/bin/pg_ctl" && -x "$PG_DIST/bin/initdb" ]] && return 0
  local t0; t0=$(now_ms)
  rm -rf "$PG_DIST" "$PG_DIST.tmp"; mkdir -p "$PG_DIST.tmp"
  unzip -p "$WP_PG_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PG_DIST.tmp" \
    || die "PostgreSQL: could not extract the binaries from $(rel "$WP_PG_JAR")"
  chmod -R a+rX "$PG_DIST.tmp"   # readable by the uid PostgreSQL runs as
  mv "$PG_DIST.tmp" "$PG_DIST"
  ok "PostgreSQL binaries extracted to $(rel "$PG_DIST") ($(since "$t0"))"
}

pg_init() {
  [[ -f "$PG_DIR/initialized" && -s "$PG_DATA/PG_VERSION" ]] && return 0
  local t0; t0=$(now_ms)
  # anything half-done from an interrupted first run is thrown away
  rm -rf "$PG_DATA" "$PG_DIR/initialized"
  mkdir -p "$PG_DATA"; chmod 700 "$PG_DATA"; pg_own "$PG_DATA"
  if ! (cd "$PG_DIR" && as_pg "$PG_DIST/bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C) >>"$PG_LOG" 2>&1; then
    tail_log "$PG_LOG"; die "PostgreSQL: initdb failed"
  fi
  local db sql="" out
  for db in "${PG_DATABASES[@]}"; do
    sql+="CREATE USER $db PASSWORD '$db';"$'\n'"CREATE DATABASE $db OWNER $db;"$'\n'
  done
  out=$(cd "$PG_DIR" && printf '%s' "$sql" | as_pg "$PG_DIST/bin/postgres" --single -D "$PG_DATA" -F postgres 2>&1) || true
  printf '%s\n' "$out" >>"$PG_LOG"
  if grep -qE '(ERROR|FATAL|PANIC):' <<<"$out"; then
    tail_log "$PG_LOG"; die "PostgreSQL: creating the databases failed"
  fi
  touch "$PG_DIR/initialized"
  ok "PostgreSQL initialised: databases and users ${PG_DATABASES[*]} ($(since "$t0"))"
}

start_postgres() {
  local pid t0
  pid=$(pg_running_pid)
  if [[ -n "$pid" ]]; then
    PG_PORT=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')
    [[ -n "$PG_PORT" ]] || PG_PORT=$(tr -dc '0-9' <"$PG_PORT_FILE")
    write_pid postgres "$pid"
    if port_open "$PG_PORT"; then ok "PostgreSQL already runs on 127.0.0.1:$PG_PORT (pid $pid)"; return; fi
    die "PostgreSQL runs (pid $pid) but port $PG_PORT does not answer; see $(rel "$PG_LOG") or run deploy/local/down.sh"
  fi
  clear_pid postgres
  t0=$(now_ms)
  pg_extract
  if (( IS_ROOT )) && ! as_pg test -x "$PG_DIST/bin/postgres"; then
    die "PostgreSQL: uid $WP_PG_UID cannot reach $(rel "$PG_DIST") (every folder above it needs o+x)"
  fi
  [[ -e "$PG_LOG" ]] || : >"$PG_LOG"
  pg_own "$PG_LOG"
  pg_init
  choose_pg_port
  rm -f "$PG_DATA/postmaster.pid"   # stale after a crash; we checked that nothing of ours runs on it
  # shellcheck disable=SC2094  # pg_ctl's own messages go to the server log on purpose (both append)
  if ! (cd "$PG_DIR" && as_pg setsid "$PG_DIST/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
        -o "-p $PG_PORT -h 127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start) >>"$PG_LOG" 2>&1 </dev/null; then
    tail_log "$PG_LOG"; die "PostgreSQL: pg_ctl start failed"
  fi
  pid=$(head -n1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')
  write_pid postgres "$pid"
  port_open "$PG_PORT" || { tail_log "$PG_LOG"; die "PostgreSQL started but 127.0.0.1:$PG_PORT does not answer"; }
  ok "PostgreSQL ready on 127.0.0.1:$PG_PORT (pid $pid, $(since "$t0"))"
}

# ---------------------------------------------------------------- c/d/e: Kafka and mail start in the
# background while PostgreSQL boots in the foreground
T_INFRA=$(now_ms)
start_kafka
start_mail
start_postgres
wait_kafka
wait_mail
INFRA_TIME=$(since "$T_INFRA")

# ================================================================ f. the services
# Every replica scale.sh asked for (.werkplein/replicas/NAME, default 1) is kept running: what died
# is started again.
service_env

declare -A SVC_PID=() SVC_STATE=()
REPLICAS=()   # "NAME:I" for every replica up.sh looks after
T_SVC=$(now_ms)
svc_errors=0
for s in "${WP_SERVICES[@]}"; do
  n=$(svc_name "$s"); jar=$(svc_jar "$n")
  for (( i = 1; i <= $(wanted_replicas "$n"); i++ )); do
    id=$(replica_id "$n" "$i"); port=$(replica_port "$n" "$i")
    REPLICAS+=("$n:$i")
    pid=$(replica_pid "$n" "$i")
    if [[ -n "$pid" ]]; then
      SVC_PID[$id]=$pid; SVC_STATE[$id]=running
      continue
    fi
    clear_pid "$id"
    if [[ ! -s "$jar" ]]; then
      SVC_STATE[$id]=skipped
      skip "$id skipped: $(rel "$jar") is missing (build it: mvn -q install -DskipTests)"
      continue
    fi
    if port_open "$port"; then
      SVC_STATE[$id]=conflict; svc_errors=1
      err "$id: port $port is in use by a process up.sh did not start"
      continue
    fi
    SVC_PID[$id]=$(start_replica "$n" "$i"); SVC_STATE[$id]=starting
    step "$id starting on :$port (pid ${SVC_PID[$id]})"
  done
done

# wait until every started/running replica reports ready
SVC_TIMEOUT=${WERKPLEIN_READY_TIMEOUT:-120}
deadline=$(( $(now_ms) + SVC_TIMEOUT * 1000 ))
while :; do
  pending=0
  for r in "${REPLICAS[@]}"; do
    n=${r%%:*}; i=${r##*:}; id=$(replica_id "$n" "$i"); port=$(replica_port "$n" "$i")
    case "${SVC_STATE[$id]}" in starting|running) ;; *) continue ;; esac
    if replica_ready "$n" "$i"; then
      if [[ ${SVC_STATE[$id]} == running ]]; then
        ok "$id already runs: http://127.0.0.1:$port (pid ${SVC_PID[$id]})"
      else
        ok "$id ready: http://127.0.0.1:$port (pid ${SVC_PID[$id]}, $(since "$T_SVC"))"
      fi
      SVC_STATE[$id]=ready
      continue
    fi
    if ! pid_alive "${SVC_PID[$id]}"; then
      err "$id exited during start-up"
      tail_log "$WP_LOGS/$id.log" 30
      clear_pid "$id"; SVC_STATE[$id]=failed; svc_errors=1
      continue
    fi
    pending=1
  done
  (( pending )) || break
  if (( $(now_ms) > deadline )); then
    for r in "${REPLICAS[@]}"; do
      n=${r%%:*}; i=${r##*:}; id=$(replica_id "$n" "$i")
      case "${SVC_STATE[$id]}" in starting|running)
        err "$id: not ready after $SVC_TIMEOUT s (http://127.0.0.1:$(replica_port "$n" "$i")/q/health/ready)"
        tail_log "$WP_LOGS/$id.log" 30 ;;
      esac
    done
    exit 1
  fi
  sleep 0.5
done
(( svc_errors )) && die "not every service started; the rest keeps running (deploy/local/down.sh stops it)"

# ================================================================ g. summary
w() { printf "  %-22s %s\n" "$1" "$2"; }
echo
printf '%sWerkplein runs%s (infrastructure %s, total %s)\n' "$C_BOLD" "$C_OFF" "$INFRA_TIME" "$(since "$T_START")"
w "Kafka" "$(kafka_bootstrap)$( (( KAFKA_BROKERS > 1 )) && echo "  ($KAFKA_BROKERS KRaft nodes, replication factor 3, min.insync.replicas 2)")"
w "PostgreSQL" "127.0.0.1:$PG_PORT  (databases = users = passwords: ${PG_DATABASES[*]})"
w "mail SMTP" "127.0.0.1:$WP_SMTP_PORT"
w "mail HTTP" "http://127.0.0.1:$WP_MAIL_API_PORT/api/user/{email}/messages/INBOX"
for r in "${REPLICAS[@]}"; do
  n=${r%%:*}; i=${r##*:}; id=$(replica_id "$n" "$i"); port=$(replica_port "$n" "$i")
  if [[ ${SVC_STATE[$id]} == ready ]]; then
    w "$id" "http://127.0.0.1:$port  OpenAPI http://127.0.0.1:$port/api/v1/openapi.json"
  else
    w "$id" "not started (${SVC_STATE[$id]})"
  fi
done
w "logs" "$(rel "$WP_LOGS")/"
w "token" "deploy/local/token.sh consulent   (ROLE [SUBJECT]; -h lists the roles)"
w "scale" "deploy/local/scale.sh SERVICE N   (status: deploy/local/status.sh)"
w "stop" "deploy/local/down.sh   (--clean removes the data)"
