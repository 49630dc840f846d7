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
#    three times against the local suite (deploy/local/up.sh starts the suite when needed)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

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

"$WP_LIB_DIR/up.sh" >/dev/null
pgport=$(cat "$WP_STATE/postgres/port" 2>/dev/null || echo 5432)
# shellcheck disable=SC1091
set -a; source "$WP_KEYS/bsn.env"; set +a
echo "## intake-service start to ready (a second replica on :18081, JVM -Xmx256m -XX:+UseSerialGC)"
echo
echo "| run | start to ready | RSS when ready |"
echo "|---|---|---|"
for run in 1 2 3; do
  t0=$(now_ms)
  QUARKUS_HTTP_PORT=18081 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pgport/intake" \
  QUARKUS_DATASOURCE_USERNAME=intake QUARKUS_DATASOURCE_PASSWORD=intake KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WP_KEYS/publicKey.pem" \
    java -Xmx256m -XX:+UseSerialGC -jar intake-service/target/quarkus-app/quarkus-run.jar >"$WP_LOGS/bench-intake.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:18081/q/health/ready; do
    kill -0 "$pid" 2>/dev/null || { echo "replica died; see $WP_LOGS/bench-intake.log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(since "$t0")
  rss=$(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status")
  echo "| $run | $elapsed | $rss |"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
