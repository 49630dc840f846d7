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
    n=$(svc_name "$s"); pid=$(running_pid "$n" "$(java_marker "$n")")
    if [[ -n "$pid" ]]; then
      stop_pid "$pid" 15 && clear_pid "$n"
      info "stopped $n (pid $pid) before rebuilding"
    fi
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
KAFKA_DIR="$WP_STATE/kafka"
KAFKA_LOG="$WP_LOGS/kafka.log"
KAFKA_MARKER=$(java_marker kafka)
KAFKA_PID=""
KAFKA_T0=""

write_kafka_config() {
  cat >"$KAFKA_DIR/server.properties" <<EOF
# written by deploy/local/up.sh — KRaft combined mode, single node (see shared/infra.md)
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$WP_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$WP_KAFKA_PORT,CONTROLLER://127.0.0.1:$WP_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$WP_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
EOF
  cat >"$KAFKA_DIR/log4j2.properties" <<'EOF'
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

start_kafka() {
  KAFKA_PID=$(running_pid kafka "$KAFKA_MARKER")
  if [[ -n "$KAFKA_PID" ]]; then
    if port_open "$WP_KAFKA_PORT"; then
      ok "Kafka already runs (pid $KAFKA_PID)"; KAFKA_PID=""; return
    fi
    step "Kafka runs (pid $KAFKA_PID) but does not answer yet"; KAFKA_T0=$(now_ms); return
  fi
  clear_pid kafka
  if port_open "$WP_KAFKA_PORT" || port_open "$WP_KAFKA_CONTROLLER_PORT"; then
    die "Kafka: port $WP_KAFKA_PORT or $WP_KAFKA_CONTROLLER_PORT is in use by a process up.sh did not start"
  fi
  KAFKA_T0=$(now_ms)
  local cp; cp=$(<"$WP_KAFKA_CP_FILE")
  write_kafka_config
  rotate_log "$KAFKA_LOG"
  if [[ ! -s "$KAFKA_DIR/data/meta.properties" ]]; then
    rm -rf "$KAFKA_DIR/data"
    if ! java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -cp "$cp" kafka.tools.StorageTool \
        format -t "$(kafka_cluster_id)" -c "$KAFKA_DIR/server.properties" >>"$KAFKA_LOG" 2>&1; then
      tail_log "$KAFKA_LOG"; die "Kafka: formatting the storage failed"
    fi
  fi
  # setsid: its own session, so a Ctrl-C or a closed terminal does not reach it
  setsid java -Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$KAFKA_MARKER" \
    -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -Dkafka.logs.dir="$WP_LOGS" \
    -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$KAFKA_LOG" 2>&1 </dev/null &
  KAFKA_PID=$!
  write_pid kafka "$KAFKA_PID"
  step "Kafka starting (pid $KAFKA_PID)"
}

# The broker opens its PLAINTEXT listener only at the end of its start-up (after the controller
# quorum is up and the broker is unfenced), so the port answering means ready; the log line is
# checked too, for when the broker's logging works (see the note on SLF4J in the report).
kafka_ready() {
  port_open "$WP_KAFKA_PORT" || return 1
  grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null && return 0
  grep -q 'No SLF4J providers were found' "$KAFKA_LOG" 2>/dev/null   # no log line will ever come
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
  [[ -n "$KAFKA_PID" ]] || return 0
  wait_started Kafka kafka "$KAFKA_PID" "$KAFKA_LOG" 90 kafka_ready
  ok "Kafka ready on 127.0.0.1:$WP_KAFKA_PORT (pid $KAFKA_PID, $(since "$KAFKA_T0"))"
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
set -a
# shellcheck source=/dev/null
source "$WP_KEYS/bsn.env"
set +a
export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$WP_KAFKA_PORT"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WP_KEYS/publicKey.pem"
export MP_JWT_VERIFY_ISSUER="$WP_ISSUER"
export QUARKUS_MAILER_HOST=127.0.0.1
export QUARKUS_MAILER_PORT="$WP_SMTP_PORT"

declare -A SVC_PID=() SVC_STATE=()
T_SVC=$(now_ms)
svc_errors=0
for s in "${WP_SERVICES[@]}"; do
  n=$(svc_name "$s"); port=$(svc_port "$s"); db=$(svc_db "$s"); jar=$(svc_jar "$n")
  marker=$(java_marker "$n")
  pid=$(running_pid "$n" "$marker")
  if [[ -n "$pid" ]]; then
    SVC_PID[$n]=$pid; SVC_STATE[$n]=running
    continue
  fi
  clear_pid "$n"
  if [[ ! -s "$jar" ]]; then
    SVC_STATE[$n]=skipped
    skip "$n skipped: $(rel "$jar") is missing (build it: mvn -q install -DskipTests)"
    continue
  fi
  if port_open "$port"; then
    SVC_STATE[$n]=conflict; svc_errors=1
    err "$n: port $port is in use by a process up.sh did not start"
    continue
  fi
  log="$WP_LOGS/$n.log"
  rotate_log "$log"
  QUARKUS_HTTP_PORT="$port" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
  QUARKUS_DATASOURCE_USERNAME="$db" \
  QUARKUS_DATASOURCE_PASSWORD="$db" \
    setsid java -Xmx256m -XX:+UseSerialGC "$marker" -jar "$jar" >>"$log" 2>&1 </dev/null &
  SVC_PID[$n]=$!; SVC_STATE[$n]=starting
  write_pid "$n" "${SVC_PID[$n]}"
  step "$n starting on :$port (pid ${SVC_PID[$n]})"
done

# wait until every started/running service reports ready
SVC_TIMEOUT=${WERKPLEIN_READY_TIMEOUT:-120}
deadline=$(( $(now_ms) + SVC_TIMEOUT * 1000 ))
while :; do
  pending=0
  for s in "${WP_SERVICES[@]}"; do
    n=$(svc_name "$s"); port=$(svc_port "$s")
    case "${SVC_STATE[$n]}" in starting|running) ;; *) continue ;; esac
    if [[ $(http_status "http://127.0.0.1:$port/q/health/ready") == 200 ]]; then
      if [[ ${SVC_STATE[$n]} == running ]]; then
        ok "$n already runs: http://127.0.0.1:$port (pid ${SVC_PID[$n]})"
      else
        ok "$n ready: http://127.0.0.1:$port (pid ${SVC_PID[$n]}, $(since "$T_SVC"))"
      fi
      SVC_STATE[$n]=ready
      continue
    fi
    if ! pid_alive "${SVC_PID[$n]}"; then
      err "$n exited during start-up"
      tail_log "$WP_LOGS/$n.log" 30
      clear_pid "$n"; SVC_STATE[$n]=failed; svc_errors=1
      continue
    fi
    pending=1
  done
  (( pending )) || break
  if (( $(now_ms) > deadline )); then
    for s in "${WP_SERVICES[@]}"; do
      n=$(svc_name "$s")
      case "${SVC_STATE[$n]}" in starting|running)
        err "$n: not ready after $SVC_TIMEOUT s (http://127.0.0.1:$(svc_port "$s")/q/health/ready)"
        tail_log "$WP_LOGS/$n.log" 30 ;;
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
w "Kafka" "127.0.0.1:$WP_KAFKA_PORT"
w "PostgreSQL" "127.0.0.1:$PG_PORT  (databases = users = passwords: ${PG_DATABASES[*]})"
w "mail SMTP" "127.0.0.1:$WP_SMTP_PORT"
w "mail HTTP" "http://127.0.0.1:$WP_MAIL_API_PORT/api/user/{email}/messages/INBOX"
for s in "${WP_SERVICES[@]}"; do
  n=$(svc_name "$s"); port=$(svc_port "$s")
  if [[ ${SVC_STATE[$n]} == ready ]]; then
    w "$n" "http://127.0.0.1:$port  OpenAPI http://127.0.0.1:$port/api/v1/openapi.json"
  else
    w "$n" "not started (${SVC_STATE[$n]})"
  fi
done
w "logs" "$(rel "$WP_LOGS")/"
w "token" "deploy/local/token.sh consulent   (ROLE [SUBJECT]; -h lists the roles)"
w "stop" "deploy/local/down.sh   (--clean removes the data)"
