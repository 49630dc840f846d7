#!/usr/bin/env bash
# Runs N replicas of one service of the local suite, each a process on its own port with its own log
# and pid under .werkplein/, and returns when all N are ready and their consumer groups have settled.
# Then prints, per replica, its port and the topic partitions (and outbox buckets) it was given.
#
#   deploy/local/scale.sh SERVICE N      e.g. deploy/local/scale.sh screening-service 3
#
# Replica 1 keeps the service's own port (screening-service :8082); replica I listens on port + 100(I-1)
# (:8182, :8282). Fewer than now: the highest replicas get SIGTERM, all at once (one rebalance, not
# one per replica): each finishes what it has in hand, hands its outbox buckets back, commits its
# consumer offsets and leaves its group, within its grace period (werkplein.shutdown.grace-period,
# 20 s; after 30 s scale.sh sends SIGKILL). up.sh keeps the count; down.sh stops all replicas.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

usage() {
  local names=() s
  for s in "${WP_SERVICES[@]}"; do names+=("${s%%:*}"); done
  echo "usage: deploy/local/scale.sh SERVICE N   (SERVICE: ${names[*]}; N: 0..$WP_MAX_REPLICAS)" >&2
  exit 2
}
[[ $# -eq 2 ]] || usage
svc=$1 want=$2
svc_entry "$svc" >/dev/null || usage
[[ "$want" =~ ^[0-9]+$ ]] && (( want <= WP_MAX_REPLICAS )) || usage

T0=$(now_ms)
jar="$WP_ROOT/$svc/target/quarkus-app/quarkus-run.jar"
[[ -s "$jar" ]] || die "$svc is not built ($jar); run deploy/local/up.sh first"
port_open "$(kafka_node_port 1)" || port_open "$(kafka_node_port 2)" || die "Kafka does not run; start the suite with deploy/local/up.sh"
port_open "$(pg_port)" || die "PostgreSQL does not run; start the suite with deploy/local/up.sh"
[[ -s "$WP_KEYS/bsn.env" ]] || die "no keys in .werkplein/keys; start the suite with deploy/local/up.sh"
service_env

have=$(known_replicas "$svc")
set_wanted_replicas "$svc" "$want"

# ---------------------------------------------------------------- scale down: SIGTERM, all at once
declare -A TERMED=() TERM_T0=()
for (( i = have; i > want; i-- )); do
  id=$(replica_id "$svc" "$i"); pid=$(replica_pid "$svc" "$i")
  if [[ -n "$pid" ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    TERMED[$i]=$pid; TERM_T0[$i]=$(now_ms)
    step "$id (pid $pid, :$(replica_port "$svc" "$i")) SIGTERM"
  else
    clear_pid "$id"
  fi
done
if (( ${#TERMED[@]} )); then
  deadline=$(( $(now_ms) + 30000 ))
  while :; do
    alive=0
    for i in "${!TERMED[@]}"; do
      pid=${TERMED[$i]}
      [[ -n "$pid" ]] || continue
      if pid_alive "$pid"; then alive=1; continue; fi
      id=$(replica_id "$svc" "$i")
      handed=$(grep -o 'outbox relay stopped: buckets \[[0-9, ]*\] handed back in [0-9]* ms' "$WP_LOGS/$id.log" 2>/dev/null | tail -n1 || true)
      ok "$id stopped gracefully in $(since "${TERM_T0[$i]}")${handed:+ (${handed#outbox relay stopped: })}"
      clear_pid "$id"; TERMED[$i]=""
    done
    (( alive )) || break
    if (( $(now_ms) > deadline )); then
      for i in "${!TERMED[@]}"; do
        pid=${TERMED[$i]}; [[ -n "$pid" ]] || continue
        warn "$(replica_id "$svc" "$i") (pid $pid) did not stop within 30 s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true; clear_pid "$(replica_id "$svc" "$i")"
      done
      break
    fi
    sleep 0.1
  done
fi

# ---------------------------------------------------------------- scale up
declare -A STARTED=()
for (( i = 1; i <= want; i++ )); do
  id=$(replica_id "$svc" "$i"); port=$(replica_port "$svc" "$i")
  [[ -n "$(replica_pid "$svc" "$i")" ]] && continue
  clear_pid "$id"
  port_open "$port" && die "$id: port $port is in use by a process scale.sh did not start"
  pid=$(start_replica "$svc" "$i")
  STARTED[$i]=$pid
  step "$id starting on :$port (pid $pid, log $(echo "$WP_LOGS/$id.log" | sed "s|^$WP_ROOT/||"))"
done

# ---------------------------------------------------------------- wait: ready, then the groups settled
deadline=$(( $(now_ms) + ${WERKPLEIN_READY_TIMEOUT:-120} * 1000 ))
for (( i = 1; i <= want; i++ )); do
  id=$(replica_id "$svc" "$i")
  until replica_ready "$svc" "$i"; do
    pid=$(read_pid "$id")
    pid_alive "$pid" || { err "$id exited during start-up"; tail -n 30 "$WP_LOGS/$id.log" >&2; exit 1; }
    (( $(now_ms) < deadline )) || die "$id not ready within ${WERKPLEIN_READY_TIMEOUT:-120} s (log: $WP_LOGS/$id.log)"
    sleep 0.3
  done
  [[ -n "${STARTED[$i]:-}" ]] && ok "$id ready on :$(replica_port "$svc" "$i") ($(since "$T0"))"
done

mapfile -t GROUPS_OF_SVC < <(svc_groups "$svc")
STATUS=""
settled() {
  local g members expected
  STATUS=$(kafka_status "${GROUPS_OF_SVC[@]}") || return 1
  for g in "${GROUPS_OF_SVC[@]}"; do
    expected=$(( want * $(svc_group_channels "$svc" "$g") ))
    members=$(awk -F'\t' -v g="$g" '$1=="group" && $2==g {sub("members=","",$4); print $4}' <<<"$STATUS")
    [[ "$members" == "$expected" ]] || return 1
    awk -F'\t' -v g="$g" '$1=="group" && $2==g && ($3=="Stable" || $3=="STABLE" || $3=="Empty" || $3=="EMPTY") {f=1} END {exit !f}' <<<"$STATUS" || return 1
  done
  return 0
}
if (( ${#GROUPS_OF_SVC[@]} )); then
  T_GROUP=$(now_ms)
  until settled; do
    (( $(now_ms) < deadline )) || { warn "consumer groups of $svc not settled yet; showing what Kafka reports now"; break; }
    sleep 1
  done
fi

# ---------------------------------------------------------------- what each replica holds
buckets_of() {  # buckets_of PORT — this replica's outbox buckets, from its operations endpoint
  local token json
  token=$("$WP_LIB_DIR/token.sh" beheer 2>/dev/null | tail -n1) || return 0
  json=$(curl -s --max-time 5 -H "Authorization: Bearer $token" "http://127.0.0.1:$1/api/v1/beheer/outbox" 2>/dev/null) || return 0
  sed -n 's/.*"bucketsVanDitExemplaar":\[\([0-9,]*\)\].*/\1/p' <<<"$json"
}
echo
printf '%s%s: %s replica(s)%s (%s)\n' "$C_BOLD" "$svc" "$want" "$C_OFF" "$(since "$T0")"
printf '  %-24s %-6s %-8s %-14s %s\n' REPLICA PORT PID OUTBOX-BUCKETS "PARTITIONS (group: topic[partitions])"
for (( i = 1; i <= want; i++ )); do
  id=$(replica_id "$svc" "$i"); port=$(replica_port "$svc" "$i")
  parts=$(awk -F'\t' -v p="$id." '$1=="member" && index($3, p)==1 {printf "%s%s: %s", sep, $2, $4; sep="  "}' <<<"$STATUS")
  b=$(buckets_of "$port")
  printf '  %-24s %-6s %-8s %-14s %s\n' "$id" "$port" "$(read_pid "$id")" "${b:--}" "${parts:--}"
done
for g in "${GROUPS_OF_SVC[@]}"; do
  line=$(awk -F'\t' -v g="$g" '$1=="group" && $2==g {print $3 ", " $4 ", " $5}' <<<"$STATUS")
  info "group $g: ${line:-not known to Kafka yet}"
done
