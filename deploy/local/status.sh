#!/usr/bin/env bash
# What an operator looks at first: every process of the local suite with its pid, port, readiness and
# memory; the Kafka brokers (leaders, controller) and the health of the topics (under-replicated,
# offline); per consumer group its state, members and lag, and per member its partitions.
#
#   deploy/local/status.sh
#
# Lag is what the group has committed behind the end of each partition (read_committed); a group of
# transactional topics may show 1 per partition while caught up (the commit marker).
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

rss() { local kb; kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null); [[ -n "$kb" ]] && echo "$(( kb / 1024 )) MB" || echo "-"; }
row() { printf '  %-24s %-8s %-7s %-10s %s\n' "$@"; }
state_of() { if [[ -n "$1" ]]; then echo "$2"; else echo "down"; fi; }

printf '%sProcesses%s\n' "$C_BOLD" "$C_OFF"
row NAME PID PORT READY RSS
brokers=$(kafka_brokers)
for (( n = 1; n <= brokers; n++ )); do
  name=$(kafka_node_name "$n"); port=$(kafka_node_port "$n")
  pid=$(running_pid "$name" "$(java_marker "$name")")
  ready=down; [[ -n "$pid" ]] && { if port_open "$port"; then ready=ready; else ready=starting; fi; }
  row "$name" "${pid:--}" "$port" "$ready" "$([[ -n "$pid" ]] && rss "$pid" || echo -)"
done
pg_pid=""; [[ -s "$WP_STATE/postgres/data/postmaster.pid" ]] && pg_pid=$(head -n1 "$WP_STATE/postgres/data/postmaster.pid" | tr -dc '0-9')
pid_alive "$pg_pid" || pg_pid=""
pgp=$(pg_port); ready=down; [[ -n "$pg_pid" ]] && { port_open "$pgp" && ready=ready || ready=starting; }
row postgres "${pg_pid:--}" "$pgp" "$ready" "$([[ -n "$pg_pid" ]] && rss "$pg_pid" || echo -)"
mail_pid=$(running_pid mail "$(java_marker mail)")
ready=down; [[ -n "$mail_pid" ]] && { [[ $(http_status "http://127.0.0.1:$WP_MAIL_API_PORT/api/service/readiness") == 200 ]] && ready=ready || ready=starting; }
row mail "${mail_pid:--}" "$WP_SMTP_PORT" "$ready" "$([[ -n "$mail_pid" ]] && rss "$mail_pid" || echo -)"
for s in "${WP_SERVICES[@]}"; do
  svc=${s%%:*}
  known=$(known_replicas "$svc"); wanted=$(wanted_replicas "$svc")
  (( known > wanted )) || known=$wanted
  for (( i = 1; i <= known; i++ )); do
    id=$(replica_id "$svc" "$i"); port=$(replica_port "$svc" "$i"); pid=$(replica_pid "$svc" "$i")
    if [[ -z "$pid" ]]; then ready=down
    elif [[ $(http_status "http://127.0.0.1:$port/q/health/ready") == 200 ]]; then ready=ready
    else ready="not-ready"; fi
    note=""; (( i > wanted )) && note=" (above the wanted $wanted)"
    row "$id" "${pid:--}" "$port" "$ready" "$([[ -n "$pid" ]] && rss "$pid" || echo -)$note"
  done
done

echo
printf '%sKafka%s (%s)\n' "$C_BOLD" "$C_OFF" "$(kafka_bootstrap)"
if ! out=$(kafka_status); then
  warn "Kafka does not answer at $(kafka_bootstrap)"
  exit 1
fi
awk -F'\t' '$1=="broker" {printf "  broker %s  %-16s %s %s\n", $2, $3, $4, ($5=="controller" ? "(active controller)" : "")}' <<<"$out"
for (( n = 1; n <= brokers; n++ )); do
  grep -q "^broker	$n	" <<<"$out" || printf '  broker %s  %-16s %s\n' "$n" "127.0.0.1:$(kafka_node_port "$n")" "${C_WARN}not in the cluster${C_OFF}"
done
awk -F'\t' '$1=="topics" {printf "  %s topics, %s, %s, %s, %s, %s\n", $2, $3, $4, $5, $6, $7}' <<<"$out"

echo
printf '%sConsumer groups%s\n' "$C_BOLD" "$C_OFF"
printf '  %-22s %-12s %-10s %s\n' GROUP STATE MEMBERS LAG
awk -F'\t' '
  $1=="group"  { sub("members=","",$4); sub("lag=","",$5); printf "  %-22s %-12s %-10s %s\n", $2, $3, $4, $5 }
  $1=="member" { sub("lag=","",$5); printf "      %-44s lag %-6s %s\n", $3, $5, $4 }' <<<"$out"
