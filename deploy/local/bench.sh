#!/usr/bin/env bash
# Benchmarks, written to stdout as Markdown (docs/benchmarks.md keeps the results):
#   deploy/local/bench.sh
# 1. outbox throughput beside raw Kafka and raw PostgreSQL, measured in the same run
#    (mvn -q -pl platform -am verify -Pbenchmark; 100,000 events of 1 KiB)
# 2. central matching: one vacancy ranked against 100,000 candidates loaded through employer-service's
#    read model, p50/p99 beside a plain scan (mvn -q -pl employer-service verify -Pbenchmark)
# 3. a partner delivery of 10,000 vacancies, from the start of the PUT until all are consumed from the
#    pool topics, and the repeated PUT (mvn -q -pl socialreturn-service verify -Pbenchmark)
# 4. a service's start-to-ready time and resident memory: a second intake-service replica started
#    three times against the local suite for each of three JVM set-ups (C2, C1 only, C1 with an AppCDS
#    archive from a training run), with the phases read from its log; deploy/local/bench.sh start runs
#    only this part (deploy/local/up.sh starts the suite when needed)
# 5. idle cost: CPU of each service, of PostgreSQL and of the broker while the suite does nothing,
#    and how many database sessions are busy meanwhile (BENCH_IDLE_SECONDS, default 60);
#    deploy/local/bench.sh idle runs only this part
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

# deploy/local/bench.sh idle: only part 5; bench.sh start: only part 4 (both against the running or started suite)
PART=${1:-all}
[[ "$PART" =~ ^(all|idle|start)$ ]] || die "unknown part \"$PART\" (idle, start, or none for all)"
if [[ "$PART" == all ]]; then
echo "## Outbox throughput (mvn -q -pl platform -am verify -Pbenchmark)"
echo
mvn -q -B -pl platform -am verify -Pbenchmark -Dbenchmark.events="${BENCH_EVENTS:-100000}" >/dev/null
cat platform/target/benchmark.md
echo

mvn -q -B install -DskipTests -pl employer-service,socialreturn-service -am >/dev/null
echo "## Matching: one vacancy against 100,000 candidates (mvn -q -pl employer-service verify -Pbenchmark)"
echo
mvn -q -B -pl employer-service verify -Pbenchmark >/dev/null
cat employer-service/target/benchmark-matching.md
echo
echo "## Partner delivery of 10,000 vacancies end to end (mvn -q -pl socialreturn-service verify -Pbenchmark)"
echo
mvn -q -B -pl socialreturn-service verify -Pbenchmark >/dev/null
cat socialreturn-service/target/benchmark.md
echo

fi

# 4. start to ready and memory of a second intake-service replica, three JVM set-ups, phases from its log
if [[ "$PART" == all || "$PART" == start ]]; then
"$WP_LIB_DIR/up.sh" >/dev/null
pgport=$(cat "$WP_STATE/postgres/port" 2>/dev/null || echo 5432)
# shellcheck disable=SC1091
set -a; source "$WP_KEYS/bsn.env"; set +a
jar=intake-service/target/quarkus-app/quarkus-run.jar
cds="$WP_STATE/bench-intake.jsa"
# replica FLAGS... — starts a replica on :18081 and waits until it is ready; sets pid, t0 and elapsed
replica() {
  t0=$(now_ms)
  QUARKUS_HTTP_PORT=18081 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pgport/intake" \
  QUARKUS_DATASOURCE_USERNAME=intake QUARKUS_DATASOURCE_PASSWORD=intake KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WP_KEYS/publicKey.pem" \
    java "$@" -jar "$jar" >"$WP_LOGS/bench-intake.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:18081/q/health/ready; do
    kill -0 "$pid" 2>/dev/null || { echo "replica died; see $WP_LOGS/bench-intake.log" >&2; exit 1; }
    sleep 0.02
  done
  elapsed=$(( $(now_ms) - t0 ))
}
# at PATTERN — ms from the start of the JVM to the first log line matching PATTERN (the log's HH:MM:SS.mmm)
at() {
  local hms; hms=$(grep -m1 -E "$1" "$WP_LOGS/bench-intake.log" | grep -oE '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}') || { echo "?"; return; }
  local day; day=$(date -d "@$(( t0 / 1000 ))" +%F)
  echo $(( $(date -d "$day $hms" +%s%3N) - t0 ))
}
sec() { [[ $1 == "?" ]] && echo "?" || printf '%d.%01d' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 )); }
echo "## intake-service start to ready (a second replica on :18081 against the running local suite)"
echo
echo "Phases, seconds from the JVM's start: the first log line (class loading, Quarkus' static init, the"
echo "datasource), Flyway done, Quarkus \"started\" (Hibernate, Kafka clients, HTTP), ready (/q/health/ready 200)."
echo
echo "| JVM | run | first log line | Flyway done | started | ready | RSS when ready |"
echo "|---|---|---|---|---|---|---|"
variants=("-Xmx256m -XX:+UseSerialGC" "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$cds")
for v in "${variants[@]}"; do
  read -r -a flags <<<"$v"
  if [[ "$v" == *SharedArchiveFile* ]]; then
    # AppCDS: a training run writes the archive of every class it loaded when it exits
    rm -f "$cds"
    replica -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$cds"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  fi
  for run in 1 2 3; do
    replica "${flags[@]}"
    rss=$(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status")
    echo "| \`${v//$cds/<archive>}\` | $run | $(sec "$(at ' INFO | WARN ')") | $(sec "$(at 'Successfully (validated|applied)|Schema .* is up to date')") | $(sec "$(at 'started in')") | $(sec "$elapsed") | $rss |"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
[[ -f "$cds" ]] && echo && echo "AppCDS archive: $(du -m "$cds" | cut -f1) MiB, written by one training run (start to ready, then SIGTERM)."
fi

if [[ "$PART" == all || "$PART" == idle ]]; then
# 5. idle cost: the five services of the local suite doing nothing, CPU per process over a window,
#    beside PostgreSQL's backends (all postgres processes together) and the broker, same window
"$WP_LIB_DIR/up.sh" >/dev/null
echo
echo "## Idle: the local suite with nothing to do (CPU over ${BENCH_IDLE_SECONDS:-60} s, after ${BENCH_IDLE_SETTLE:-30} s of quiet)"
echo
sleep "${BENCH_IDLE_SETTLE:-30}"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the local PostgreSQL trusts local connections (up.sh: initdb --auth=trust); psql only if installed
psql_local() { command -v psql >/dev/null || return 1; psql -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres "$@"; }
hz=$(getconf CLK_TCK)
declare -A before
procs=()
for entry in "${WP_SERVICES[@]}"; do
  name=${entry%%:*}
  pid=$(replica_pid "$name" 1 || true)
  [[ -n "$pid" ]] && procs+=("$name:$pid")
done
pg_pids=$(pgrep -x postgres || true)
kafka_pids=$(pgrep -f 'kafka\.Kafka|kafka.server' || true)
sum_ticks() { local t=0 p; for p in $1; do t=$(( t + $(ticks "$p") )); done; echo "$t"; }
for p in "${procs[@]}"; do before[$p]=$(ticks "${p#*:}"); done
pg0=$(sum_ticks "$pg_pids"); k0=$(sum_ticks "$kafka_pids")
active=0 samples=0
t0=$(now_ms)
end=$(( $(date +%s) + ${BENCH_IDLE_SECONDS:-60} ))
while (( $(date +%s) < end )); do
  a=$(psql_local -Atc "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'" 2>/dev/null || echo 0)
  active=$(( active + a )); samples=$(( samples + 1 ))
  sleep 1
done
secs=$(( ($(now_ms) - t0) ))
echo "| process | CPU, % of one core |"
echo "|---|---|"
for p in "${procs[@]}"; do
  d=$(( $(ticks "${p#*:}") - before[$p] ))
  awk -v d="$d" -v hz="$hz" -v ms="$secs" -v n="${p%%:*}" 'BEGIN { printf "| %s | %.2f%% |\n", n, 100 * d / hz / (ms / 1000) }'
done
awk -v d="$(( $(sum_ticks "$pg_pids") - pg0 ))" -v hz="$hz" -v ms="$secs" 'BEGIN { printf "| PostgreSQL, all processes | %.2f%% |\n", 100 * d / hz / (ms / 1000) }'
awk -v d="$(( $(sum_ticks "$kafka_pids") - k0 ))" -v hz="$hz" -v ms="$secs" 'BEGIN { printf "| Kafka broker(s) | %.2f%% |\n", 100 * d / hz / (ms / 1000) }'
echo
awk -v a="$active" -v s="$samples" 'BEGIN { printf "Database sessions busy while idle: %.2f on average (sampled once a second, %d samples).\n", a / s, s }'
fi
