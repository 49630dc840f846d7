#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (only the processes in .werkplein/pids/):
# the services, then the mail server, PostgreSQL and Kafka.
#
#   deploy/local/down.sh               stop
#   deploy/local/down.sh --clean       stop and delete .werkplein/ (Kafka, PostgreSQL data, logs),
#                                      keeping the keys in .werkplein/keys
#   deploy/local/down.sh --clean-keys  the same, and delete the keys too
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

clean=0; clean_keys=0
for a in "$@"; do
  case "$a" in
    --clean) clean=1 ;;
    --clean-keys) clean=1; clean_keys=1 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $a (use --clean or --clean-keys)" >&2; exit 2 ;;
  esac
done

PG_DIR="$WP_STATE/postgres"
PG_DATA="$PG_DIR/data"
stopped=0
failed=0

# ---------------------------------------------------------------- services: all at once
# every replica scale.sh started too (NAME-2, NAME-3, ...); the wanted counts stay for the next up.sh
declare -A TERMED=()
IDS=()
for s in "${WP_SERVICES[@]}"; do
  svc=${s%%:*}
  for (( i = 1; i <= $(known_replicas "$svc"); i++ )); do
    n=$(replica_id "$svc" "$i"); IDS+=("$n")
    pid=$(read_pid "$n")
    if pid_alive "$pid" "$(java_marker "$n")"; then
      kill -TERM "$pid" 2>/dev/null || true
      TERMED[$n]=$pid
    else
      clear_pid "$n"
    fi
  done
done
if (( ${#TERMED[@]} )); then
  t0=$(now_ms)
  deadline=$(( t0 + 30000 ))   # a replica halts itself after its 20 s grace period
  while :; do
    alive=0
    for n in "${!TERMED[@]}"; do pid_alive "${TERMED[$n]}" && alive=1; done
    (( alive && $(now_ms) < deadline )) || break
    sleep 0.2
  done
  for n in "${IDS[@]}"; do
    [[ -n "${TERMED[$n]:-}" ]] || continue
    pid=${TERMED[$n]}
    if pid_alive "$pid"; then
      warn "$n (pid $pid) did not stop within 30 s, sending SIGKILL"
      if ! stop_pid "$pid" 0; then err "$n (pid $pid) survived SIGKILL"; failed=1; continue; fi
    fi
    clear_pid "$n"; stopped=$((stopped + 1))
    ok "stopped $n (pid $pid, $(since "$t0"))"
  done
fi

# stop_java NAME LABEL TIMEOUT_S — a JVM up.sh started (recognised by its marker), by its pid file
stop_java() {
  local name=$1 label=$2 timeout=$3 pid t0
  pid=$(read_pid "$name")
  if pid_alive "$pid" "$(java_marker "$name")"; then
    t0=$(now_ms)
    if stop_pid "$pid" "$timeout"; then clear_pid "$name"; stopped=$((stopped + 1)); ok "stopped $label (pid $pid, $(since "$t0"))"
    else err "$label (pid $pid) did not stop"; failed=1; fi
  else
    clear_pid "$name"
  fi
}

# ---------------------------------------------------------------- mail
stop_java mail mail 10

# ---------------------------------------------------------------- PostgreSQL
pid=$(read_pid postgres)
if ! pid_alive "$pid" "$PG_DATA" && [[ -s "$PG_DATA/postmaster.pid" ]]; then
  pid=$(head -n1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')   # started by up.sh, pid file lost
fi
if pid_alive "$pid" "$PG_DATA"; then
  t0=$(now_ms)
  if (cd "$PG_DIR" && as_pg "$PG_DIR/dist/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop) >>"$WP_LOGS/postgres.log" 2>&1 \
     || stop_pid "$pid" 15; then
    clear_pid postgres; stopped=$((stopped + 1)); ok "stopped PostgreSQL (pid $pid, $(since "$t0"))"
  else
    err "PostgreSQL (pid $pid) did not stop"; failed=1
  fi
else
  clear_pid postgres
fi

# ---------------------------------------------------------------- Kafka
# one node (kafka) or the three of a cluster (kafka-1..3): stopping them together keeps the quorum
# until the end, so each shuts down cleanly
declare -A KTERM=()
for k in kafka kafka-1 kafka-2 kafka-3; do
  pid=$(read_pid "$k")
  if pid_alive "$pid" "$(java_marker "$k")"; then kill -TERM "$pid" 2>/dev/null || true; KTERM[$k]=$pid; else clear_pid "$k"; fi
done
# The last node of a cluster has no controller quorum left to acknowledge its controlled shutdown and
# waits for it in vain: it gets 10 s, then SIGKILL (safe: it recovers its log at the next start).
for k in kafka kafka-1 kafka-2 kafka-3; do
  [[ -n "${KTERM[$k]:-}" ]] || continue
  if ! pid_alive "${KTERM[$k]}"; then clear_pid "$k"; stopped=$((stopped + 1)); ok "stopped Kafka ($k) (pid ${KTERM[$k]})"; continue; fi
  if [[ $k == kafka ]]; then stop_java "$k" Kafka 30; else stop_java "$k" "Kafka ($k)" 10; fi
done

(( stopped )) || info "nothing of the local suite was running"

# ---------------------------------------------------------------- --clean
if (( clean )); then
  (( failed )) && die "not deleting .werkplein/: something is still running"
  if [[ -d "$WP_STATE" ]]; then
    if (( clean_keys )); then
      rm -rf "$WP_STATE"
      ok "deleted .werkplein/ (data, logs and keys)"
    else
      find "$WP_STATE" -mindepth 1 -maxdepth 1 ! -name keys -exec rm -rf {} +
      ok "deleted .werkplein/ data and logs (keys kept in .werkplein/keys; --clean-keys deletes them)"
    fi
  fi
fi
(( failed == 0 ))
