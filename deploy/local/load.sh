#!/usr/bin/env bash
# Load test of the local suite with Gatling (deploy/load, Java DSL); a Markdown summary per scenario on stdout,
# progress on stderr, Gatling's HTML reports under deploy/load/target/gatling/ (not in git):
#   deploy/local/load.sh                       all four scenarios at the default rates (about 5 minutes)
#   LOAD_RPS=10 LOAD_FLOWS=1 LOAD_SECONDS=10 LOAD_VACATURES=500 deploy/local/load.sh      a cheap smoke run
#   LOAD_SCENARIOS="portaal levering" deploy/local/load.sh                              only some of them
# 0. vloer:      the raw limit beside 1: LOAD_RPS liveness probes a second of the same four services (no token,
#                no database): what Gatling, loopback and the HTTP stack cost at that rate on this machine
# 1. portaal:    portal reads, LOAD_RPS a second (500) for LOAD_SECONDS (60): a client's aanvraag (intake),
#                indeling (screening), trajectory (ecoach), a werkvoorraad page (employer); p99 ≤ LOAD_P99 ms (20)
# 2. zelfdoener: LOAD_FLOWS whole flows a second (50) for LOAD_SECONDS: aanvraag → bevestiging → Entreevragenlijst
#                → besluit → trajectory at ecoach; the two Kafka hops timed by polling, p99 ≤ LOAD_HOP_P99 ms (300)
# 3. levering:   scenario 1's reads while partner LOAD_PARTNER (randstad) delivers LOAD_VACATURES (10,000)
#                vacancies LOAD_LEVERING_NA s (5) in; the reads' p99 then beside scenario 1's (target ≤ 2×)
# A failed Gatling assertion is reported under its table; the script goes on and exits 1 at the end.
# Other knobs: LOAD_KLANTEN (clients seeded for the reads, 20), LOAD_WARMUP (reads of each kind before the
# measurements, 200), LOAD_POLL_MS (50), LOAD_NALOOP (10 s of reads
# after the delivery's answer still count as during it), LOAD_MVN_ARGS (extra Maven arguments, e.g. -o),
# LOAD_MVN_LOCK (a file: each Maven run under flock on it, for a machine where others build too).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

RPS=${LOAD_RPS:-500}
FLOWS=${LOAD_FLOWS:-50}
SECONDS_=${LOAD_SECONDS:-60}
KLANTEN=${LOAD_KLANTEN:-20}
VACATURES=${LOAD_VACATURES:-10000}
PARTNER_ID=${LOAD_PARTNER:-randstad}
SCENARIOS=${LOAD_SCENARIOS:-vloer portaal zelfdoener levering}
for v in RPS FLOWS SECONDS_ KLANTEN VACATURES; do
  [[ ${!v} =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "LOAD_${v%_} must be a number, not \"${!v}\""
done

INTAKE=http://127.0.0.1:8081/api/v1
SCREENING=http://127.0.0.1:8082/api/v1
ECOACH=http://127.0.0.1:8083/api/v1
EMPLOYER=http://127.0.0.1:8084/api/v1
SOCIALRETURN=http://127.0.0.1:8085/api/v1
DATA="$WP_ROOT/deploy/load/target/load-data"
RESULTS="$WP_ROOT/deploy/load/target/gatling"

# ---------------------------------------------------------------- the suite and the tokens
step "starting the local suite when needed (deploy/local/up.sh)" >&2
"$WP_LIB_DIR/up.sh" >&2

token() { "$WP_LIB_DIR/token.sh" "$@" 2>/dev/null | tail -n 1; }
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1; }
PORTAAL=$(token portaal); KCC=$(token kcc); CONSULENT=$(token consulent)
RECHTMATIGHEID=$(token rechtmatigheid); BEHEER=$(token beheer); PARTNER=$(token partner "$PARTNER_ID")
MATCHER=$(token matcher)

rm -rf "$DATA"; mkdir -p "$DATA"
# The rate limits count per token subject (a portal serves many people): employer allows one matcher 60
# werkvoorraad pages a minute, intake one portal 300 aanvragen a minute. One subject per read a second, and
# one portal subject per 4 flows a second, each with room to spare.
matchers=$(awk -v r="$RPS" 'BEGIN { n = int(r / 4) + 2; print n }')
portalen=$(awk -v f="$FLOWS" 'BEGIN { n = int(f / 4) + 2; print n }')
step "signing $matchers matcher and $portalen portal tokens (deploy/local/token.sh)" >&2
seq 1 "$matchers" | xargs -P 4 -I{} "$WP_LIB_DIR/token.sh" matcher "matcher-load-{}" 2>/dev/null >"$DATA/matchers.txt"
seq 1 "$portalen" | xargs -P 4 -I{} "$WP_LIB_DIR/token.sh" portaal "portaal-load-{}" 2>/dev/null >"$DATA/portalen.txt"

# ---------------------------------------------------------------- seed what the reads need
# A random BSN that passes the 11-proef (as demo.sh).
random_bsn() {
  local digits sum i d
  while :; do
    digits=$(( RANDOM % 9 + 1 ))
    for i in 1 2 3 4 5 6 7; do digits+=$(( RANDOM % 10 )); done
    sum=0
    for i in 0 1 2 3 4 5 6 7; do d=${digits:$i:1}; sum=$(( sum + (9 - i) * d )); done
    d=$(( sum % 11 ))
    (( d <= 9 )) && { echo "$digits$d"; return; }
  done
}
# wait_200 URL TOKEN — polls until the GET answers 200, at most 30 s
wait_200() {
  local i
  for i in $(seq 1 300); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" "$1") == 200 ]] && return 0
    sleep 0.1
  done
  return 1
}

step "seeding $KLANTEN zelfdoeners with a trajectory for the reads (filed, confirmed, Entreevragenlijst, granted)" >&2
t0=$(now_ms)
aanvraagdatum=$(date -d '40 days ago' +%F)
vijven='"K1":5,"K2":5,"K3":5,"K4":5,"W1":5,"W2":5,"W3":5,"W4":5,"C1":5,"C2":5,"C3":5,"C4":5'
declare -a IDS KLANT_IDS
for (( k = 0; k < KLANTEN; k++ )); do
  body=$(curl -sS -X POST "$INTAKE/aanvragen" -H "Authorization: Bearer $PORTAAL" -H 'Content-Type: application/json' \
    -d "{\"bsn\":\"$(random_bsn)\",\"geboortedatum\":\"1985-05-05\",\"email\":\"load-seed-$RANDOM$RANDOM@example.nl\",\"postcode\":\"9731AB\",\"startkwalificatie\":true,\"aanvraagdatum\":\"$aanvraagdatum\"}")
  IDS[k]=$(field id <<<"$body"); KLANT_IDS[k]=$(field klantId <<<"$body")
  [[ -n ${KLANT_IDS[k]} ]] || die "filing a seed aanvraag failed: $body"
  curl -sS -o /dev/null -X POST -H "Authorization: Bearer $KCC" "$INTAKE/aanvragen/${IDS[k]}/bevestiging"
done
for (( k = 0; k < KLANTEN; k++ )); do
  wait_200 "$SCREENING/klanten/${KLANT_IDS[k]}" "$CONSULENT" || die "screening-service never learnt of seed klant ${KLANT_IDS[k]}"
  curl -sS -o /dev/null -X POST "$SCREENING/klanten/${KLANT_IDS[k]}/entreevragenlijst" -H "Authorization: Bearer $CONSULENT" \
    -H 'Content-Type: application/json' -d "{\"versie\":\"2026.1\",\"antwoorden\":{$vijven}}"
  curl -sS -o /dev/null -X POST "$INTAKE/aanvragen/${IDS[k]}/besluit" -H "Authorization: Bearer $RECHTMATIGHEID" \
    -H 'Content-Type: application/json' -d '{"uitkomst":"TOEGEKEND","verplichtingenNagekomen":true,"reden":"recht vastgesteld"}'
done
for (( k = 0; k < KLANTEN; k++ )); do
  wait_200 "$ECOACH/trajecten/${KLANT_IDS[k]}" "$BEHEER" || die "no trajectory at ecoach-service for seed klant ${KLANT_IDS[k]}"
  echo "${KLANT_IDS[k]},${IDS[k]},$(token klant "${KLANT_IDS[k]}")" >>"$DATA/klanten.csv"
done
# the werkvoorraad page should hold vacancies: when the pool's worklist is empty, the partner delivers a few
if [[ $(curl -sS -H "Authorization: Bearer $MATCHER" "$EMPLOYER/pools/BEMIDDELBAAR/werkvoorraad?size=1") == *'"totaal":0'* ]]; then
  sluit=$(date -d '+60 days' +%F); rows=""
  for i in $(seq 1 20); do
    rows+="${rows:+,}{\"referentie\":\"LOAD-SEED-$i\",\"titel\":\"Orderpicker $i\",\"beroepscode\":\"9333\",\"postcode\":\"9731AB\",\"urenPerWeek\":32,\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"$sluit\"}"
  done
  curl -sS -o /dev/null -X PUT "$SOCIALRETURN/partners/$PARTNER_ID/leveringen/$(date +%G-W%V)" -H "Authorization: Bearer $PARTNER" \
    -H 'Content-Type: application/json' -d "{\"vacatures\":[$rows]}"
fi
ok "seeded in $(since "$t0")" >&2

# Freshly started services answer their first reads slowly (class loading, JIT): LOAD_WARMUP reads of each
# kind first, over one connection per kind, so scenario 1 measures the steady state.
warmup=${LOAD_WARMUP:-200}
if (( warmup > 0 )); then
  step "warming up: $warmup reads of each kind" >&2
  t0=$(now_ms)
  IFS=, read -r wk wa wt <"$DATA/klanten.csv"
  warm() { local url=$1 tok=$2 urls=() i; for (( i = 0; i < warmup; i++ )); do urls+=("$url"); done
    curl -s -H "Authorization: Bearer $tok" "${urls[@]}" >/dev/null || true; }
  warm "$INTAKE/aanvragen/$wa" "$wt"; warm "$SCREENING/klanten/$wk/indeling" "$wt"; warm "$ECOACH/trajecten/$wk" "$wt"
  # the werkvoorraad is rate-limited per matcher: each warm-up matcher reads at most 50 pages
  for (( i = 0; i < (warmup + 49) / 50; i++ )); do
    m=$(token matcher "matcher-warmup-$i"); urls=()
    for (( j = 0; j < 50; j++ )); do urls+=("$EMPLOYER/pools/BEMIDDELBAAR/werkvoorraad?page=1&size=20"); done
    curl -s -H "Authorization: Bearer $m" "${urls[@]}" >/dev/null || true
  done
  ok "warmed up in $(since "$t0")" >&2
fi

# ---------------------------------------------------------------- run and summarise
failed=0
declare -A STATS
props=(-Dload.intake="${INTAKE%/api/v1}" -Dload.screening="${SCREENING%/api/v1}" -Dload.ecoach="${ECOACH%/api/v1}"
  -Dload.employer="${EMPLOYER%/api/v1}" -Dload.socialreturn="${SOCIALRETURN%/api/v1}" -Dload.data="$DATA"
  -Dload.rps="$RPS" -Dload.flows="$FLOWS" -Dload.seconds="$SECONDS_" -Dload.p99="${LOAD_P99:-20}"
  -Dload.hopP99="${LOAD_HOP_P99:-300}" -Dload.pollMs="${LOAD_POLL_MS:-50}" -Dload.partner="$PARTNER_ID"
  -Dload.vacatures="$VACATURES" -Dload.leveringNa="${LOAD_LEVERING_NA:-5}" -Dload.naloop="${LOAD_NALOOP:-10}"
  -Dload.token.portaal="$PORTAAL" -Dload.token.kcc="$KCC" -Dload.token.consulent="$CONSULENT"
  -Dload.token.rechtmatigheid="$RECHTMATIGHEID" -Dload.token.beheer="$BEHEER" -Dload.token.partner="$PARTNER")

# run SIMULATION — one Gatling simulation; sets STATS[SIMULATION] to its js/stats.js
run() {
  local sim=$1 log="$DATA/$1.log" rc=0 dir
  step "running $sim (mvn -B -Pload -pl deploy/load gatling:test; output in ${log#"$WP_ROOT"/})" >&2
  # shellcheck disable=SC2086  # LOAD_MVN_ARGS is a list of arguments
  ${LOAD_MVN_LOCK:+flock "$LOAD_MVN_LOCK"} mvn -B ${LOAD_MVN_ARGS:-} -Pload -pl deploy/load gatling:test -Dgatling.simulationClass="nl.werkplein.load.$sim" "${props[@]}" \
    >"$log" 2>&1 || rc=$?
  dir=$(ls -1dt "$RESULTS/${sim,,}"-* 2>/dev/null | head -n 1 || true)
  if [[ -z "$dir" || ! -s "$dir/js/stats.js" || "$dir" -ot "$log.start" ]]; then
    echo "No results: Maven exited $rc (see ${log#"$WP_ROOT"/})."; echo
    err "$sim produced no results (exit $rc); the end of its log:"; tail -n 30 "$log" >&2; failed=1; return
  fi
  STATS[$sim]="$dir/js/stats.js"
  java "$WP_ROOT/deploy/load/Samenvatting.java" tabel "${STATS[$sim]}"
  echo
  echo "Report: ${dir#"$WP_ROOT"/}/index.html"
  if (( rc != 0 )); then
    failed=1
    echo
    echo "Assertions not met:"
    grep -E ' : false' "$log" | sed 's/^\[[A-Z]*\] *//; s/^/- /' | sort -u | grep . || echo "- (none reported: see ${log#"$WP_ROOT"/})"
  fi
  echo
}
start() { : >"$DATA/$1.log.start"; sleep 1; }

echo "# Werkplein load test ($(date '+%F %H:%M'), $(nproc) cores, git $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo
echo "Local suite, one replica per service. Rates: portal reads $RPS/s, zelfdoener flows $FLOWS/s, $SECONDS_ s each;"
echo "delivery of $VACATURES vacancies by $PARTNER_ID; $KLANTEN seeded clients; $matchers matcher and $portalen portal token subjects."
echo
for s in $SCENARIOS; do
  case "$s" in
    vloer)
      echo "## 0. The floor: GET /q/health/live at $RPS/s for $SECONDS_ s on the same four services (no token, no database)"; echo
      start VloerSimulation; run VloerSimulation ;;
    portaal)
      echo "## 1. Portal reads, $RPS/s for $SECONDS_ s (target p99 ≤ ${LOAD_P99:-20} ms, no errors)"; echo
      start PortaalLezenSimulation; run PortaalLezenSimulation ;;
    zelfdoener)
      echo "## 2. Zelfdoener flow, $FLOWS flows/s for $SECONDS_ s (target: hops p99 ≤ ${LOAD_HOP_P99:-300} ms, every flow completes)"; echo
      start ZelfdoenerSimulation; run ZelfdoenerSimulation
      if [[ -n "${STATS[ZelfdoenerSimulation]:-}" ]]; then
        started=$(awk -v f="$FLOWS" -v s="$SECONDS_" 'BEGIN { printf "%d", f * s }')
        echo "Flows started: about $started (a group's requests column counts the flows that reached it; errors there are flows that did not complete)."
        echo
      fi ;;
    levering)
      echo "## 3. Portal reads at $RPS/s during a delivery of $VACATURES vacancies (target: p99 within 2× of scenario 1)"; echo
      start LeveringTijdensPortaalSimulation; run LeveringTijdensPortaalSimulation
      basis=${STATS[PortaalLezenSimulation]:-}
      if [[ -z "$basis" ]]; then
        # scenario 1 not in this run: the latest earlier one, named
        basis=$(ls -1dt "$RESULTS"/portaallezensimulation-* 2>/dev/null | head -n 1 || true)
        [[ -n "$basis" ]] && { basis="$basis/js/stats.js"; echo "Scenario 1 from an earlier run: ${basis#"$WP_ROOT"/}."; echo; }
      fi
      if [[ -n "${STATS[LeveringTijdensPortaalSimulation]:-}" && -s "$basis" ]]; then
        java "$WP_ROOT/deploy/load/Samenvatting.java" vergelijk "$basis" \
          "${STATS[LeveringTijdensPortaalSimulation]}" "portaal tijdens levering"
        echo
      fi ;;
    *) die "unknown scenario \"$s\" in LOAD_SCENARIOS (vloer, portaal, zelfdoener, levering)" ;;
  esac
done
exit "$failed"
