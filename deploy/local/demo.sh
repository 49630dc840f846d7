#!/usr/bin/env bash
# The whole suite plus a short demo of what works end to end:
#   deploy/local/demo.sh
# Starts (or reuses) Kafka, PostgreSQL, the mail server and the five services through up.sh, then
# files an aanvraag at intake-service, follows it over Kafka through screening-service (routed as
# zelfdoener) to ecoach-service (e-coach, voorlichting, Werkmap), lets Randstad deliver vacancies that
# socialreturn-service routes to employer-service's worklist, shows a rejected input and the audit
# trail, and prints a summary. Stop it all with deploy/local/down.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WP_ROOT"

"$WP_LIB_DIR/up.sh"
echo
printf '%sDemo: an aanvraag from filing to the client being routed to a service line%s\n' "$C_BOLD" "$C_OFF"

INTAKE=http://127.0.0.1:8081/api/v1
SCREENING=http://127.0.0.1:8082/api/v1
ECOACH=http://127.0.0.1:8083/api/v1
EMPLOYER=http://127.0.0.1:8084/api/v1
SOCIALRETURN=http://127.0.0.1:8085/api/v1
results=()
failed=0
record() { results+=("$1|$2"); [[ $1 == ok ]] || failed=1; }
token() { "$WP_LIB_DIR/token.sh" "$@" 2>/dev/null | tail -n 1; }
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1; }

# A random BSN that passes the 11-proef, so the demo can run again and again.
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

BSN=$(random_bsn)
EMAIL="demo-$RANDOM$RANDOM@example.nl"
PORTAAL=$(token portaal)
KCC=$(token kcc)
RECHTMATIGHEID=$(token rechtmatigheid)
# filed 30 days ago (say at a STIP that forwarded it late): the zoekperiode is already over
AANVRAAGDATUM=$(date -d '30 days ago' +%F)
CONSULENT=$(token consulent)
BEHEER=$(token beheer)

step "1. werk.nl files an aanvraag (POST $INTAKE/aanvragen)"
t0=$(now_ms)
response=$(curl -sS -w '\n%{http_code}' -X POST "$INTAKE/aanvragen" -H "Authorization: Bearer $PORTAAL" \
  -H 'Content-Type: application/json' \
  -d "{\"bsn\":\"$BSN\",\"geboortedatum\":\"1988-06-15\",\"email\":\"$EMAIL\",\"postcode\":\"9731AB\",\"startkwalificatie\":true,\"aanvraagdatum\":\"$AANVRAAGDATUM\"}")
status=${response##*$'\n'}; body=${response%$'\n'*}
AANVRAAG=$(field id <<<"$body"); KLANT=$(field klantId <<<"$body")
if [[ $status == 201 && -n $KLANT ]]; then
  ok "201 Created: aanvraag $AANVRAAG for klant $KLANT, status $(field status <<<"$body"), zoekperiode until $(sed -n 's/.*"einddatum":"\([^"]*\)".*/\1/p' <<<"$body") ($(since "$t0"))"
  record ok "aanvraag filed at intake-service (201)"
else
  err "expected 201, got $status: $body"; record fail "aanvraag filed at intake-service (got $status)"
fi

step "2. the KCC confirms (POST .../bevestiging); the activeringsmail arrives at the mail server"
t0=$(now_ms)
status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $KCC" "$INTAKE/aanvragen/$AANVRAAG/bevestiging")
mail=""
for _ in $(seq 1 150); do
  mail=$(curl -sS "http://127.0.0.1:8080/api/user/$EMAIL/messages/INBOX" 2>/dev/null || true)
  [[ $mail == *"Uw aanvraag"* ]] && break
  mail=""
  sleep 0.1
done
if [[ $status == 200 && -n $mail ]]; then
  ok "confirmed; the activeringsmail reached $EMAIL after $(since "$t0") (http://127.0.0.1:8080/api/user/$EMAIL/messages/INBOX)"
  record ok "KCC confirmation sent the activeringsmail over SMTP"
else
  err "confirmation answered $status; no mail for $EMAIL within 15 s"; record fail "KCC confirmation sent the activeringsmail"
fi

step "3. screening-service learns of the client from the aanvraag-ingediend event (outbox → Kafka → consumer)"
t0=$(now_ms); seen=""
for _ in $(seq 1 100); do
  [[ -z $KLANT ]] && break
  body=$(curl -sS -H "Authorization: Bearer $CONSULENT" "$SCREENING/klanten/$KLANT" || true)
  if [[ $(field klantId <<<"$body") == "$KLANT" ]]; then seen=yes; break; fi
  sleep 0.1
done
if [[ -n $seen ]]; then
  ok "screening-service knows klant $KLANT after $(since "$t0"): $body"
  record ok "event delivered over Kafka to screening-service in $(since "$t0")"
else
  err "screening-service did not learn of klant $KLANT within 10 s"; record fail "event delivered to screening-service"
fi

step "4. the client fills in the Entreevragenlijst at screening-service (with a klant token: sub = klantId)"
KLANT_TOKEN=$(token klant "$KLANT")
answers='"K1":5,"K2":4,"K3":5,"K4":4,"W1":5,"W2":4,"W3":4,"W4":5,"C1":4,"C2":4,"C3":5,"C4":4,"B1":false,"B4":"GOED"'
body=$(curl -sS -X POST "$SCREENING/klanten/$KLANT/entreevragenlijst" -H "Authorization: Bearer $KLANT_TOKEN" \
  -H 'Content-Type: application/json' -d "{\"versie\":\"2026.1\",\"antwoorden\":{$answers}}")
if [[ $(field uitkomst <<<"$body") == ZELFDOENER ]]; then
  ok "uitkomst ZELFDOENER: $(field toelichting <<<"$body")"
  record ok "Entreevragenlijst judged with an explanation (ZELFDOENER)"
else
  err "unexpected: $body"; record fail "Entreevragenlijst judged"
fi
met=""
for _ in $(seq 1 100); do
  body=$(curl -sS -H "Authorization: Bearer $CONSULENT" "$INTAKE/aanvragen/$AANVRAAG")
  [[ $body == *'"soort":"ENTREEVRAGENLIJST","nagekomen":true'* ]] && { met=yes; break; }
  sleep 0.1
done
if [[ -n $met ]]; then
  ok "intake-service marked the ENTREEVRAGENLIJST obligation met (event from screening); status $(field status <<<"$body")"
  record ok "screening's event met intake's ENTREEVRAGENLIJST obligation"
else
  err "the obligation was not marked met within 10 s"; record fail "ENTREEVRAGENLIJST obligation met"
fi

step "5. the rechtmatigheid team grants the benefit after the conversation; screening routes the client"
status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$INTAKE/aanvragen/$AANVRAAG/besluit" -H "Authorization: Bearer $RECHTMATIGHEID" \
  -H 'Content-Type: application/json' -d '{"uitkomst":"TOEGEKEND","verplichtingenNagekomen":true,"reden":"verplichtingen nagekomen"}')
routed=""
for _ in $(seq 1 100); do
  body=$(curl -sS -H "Authorization: Bearer $CONSULENT" "$SCREENING/klanten/$KLANT/indeling")
  [[ $body == *'"doorgeleid":true'* ]] && { routed=yes; break; }
  sleep 0.1
done
if [[ $status == 200 && -n $routed ]]; then
  ok "TOEGEKEND; screening-service routed the client: lijn $(field lijn <<<"$body"), doorgeleid"
  record ok "benefit granted; client routed to service line ZELFDOENER (klant-doorgeleid)"
else
  err "besluit answered $status; routed: ${routed:-no}"; record fail "client routed after the benefit was granted"
fi

step "5b. ecoach-service gives the zelfdoener an e-coach and a voorlichting; intake mails the invitation"
t0=$(now_ms); traject=""
for _ in $(seq 1 150); do
  traject=$(curl -sS -H "Authorization: Bearer $BEHEER" "$ECOACH/trajecten/$KLANT" || true)
  [[ $traject == *'"status":"ACTIEF"'* ]] && break
  traject=""
  sleep 0.1
done
uitnodiging=""
for _ in $(seq 1 150); do
  uitnodiging=$(curl -sS "http://127.0.0.1:8080/api/user/$EMAIL/messages/INBOX" 2>/dev/null || true)
  [[ $uitnodiging == *oorlichting* ]] && break
  uitnodiging=""
  sleep 0.1
done
if [[ -n $traject && $traject == *'"datum"'* ]]; then
  ok "e-coach $(field ecoachId <<<"$traject"), voorlichting on $(sed -n 's/.*"voorlichting":{[^}]*"datum":"\([^"]*\)".*/\1/p' <<<"$traject"), evaluation planned on $(field evaluatieGeplandOp <<<"$traject") ($(since "$t0"))"
  record ok "zelfdoener got an e-coach and a voorlichting (ecoach-service)"
else
  err "no active trajectory with a voorlichting within 15 s: $traject"; record fail "zelfdoener got an e-coach and a voorlichting"
fi
if [[ -n $uitnodiging ]]; then
  ok "the voorlichting invitation reached $EMAIL (sent by intake-service, the only holder of the address)"
  record ok "voorlichting invitation mailed over SMTP"
else
  err "no voorlichting invitation for $EMAIL within 15 s"; record fail "voorlichting invitation mailed"
fi

step "5c. the client logs a job application in the Werkmap; the e-coach sees it in the caseload"
ECOACH_ID=$(field ecoachId <<<"$traject")
status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$ECOACH/werkmappen/$KLANT/activiteiten" -H "Authorization: Bearer $KLANT_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"datum\":\"$(date +%F)\",\"werkgever\":\"Bakkerij De Korrel\",\"functie\":\"Verkoper\",\"kanaal\":\"VACATURESITE\",\"resultaat\":\"VERSTUURD\"}")
caseload=$(curl -sS -H "Authorization: Bearer $(token ecoach "$ECOACH_ID")" "$ECOACH/ecoaches/$ECOACH_ID/caseload?size=1000")
if [[ $status == 201 && $caseload == *"\"klantId\":\"$KLANT\""* ]]; then
  ok "activity recorded (201); the client is in the caseload of e-coach $ECOACH_ID"
  record ok "Werkmap activity recorded; the e-coach monitors the caseload"
else
  err "activity answered $status; caseload: $caseload"; record fail "Werkmap activity and caseload"
fi

step "5d. Randstad delivers this week's vacancies (PUT $SOCIALRETURN/partners/randstad/leveringen/{week}); they reach the BEMIDDELBAAR matchers"
PARTNER=$(token partner randstad); MATCHER=$(token matcher)
WEEK=$(date +%G-W%V); SLUIT=$(date -d '+60 days' +%F)
t0=$(now_ms)
response=$(curl -sS -w '\n%{http_code}' -X PUT "$SOCIALRETURN/partners/randstad/leveringen/$WEEK" \
  -H "Authorization: Bearer $PARTNER" -H 'Content-Type: application/json' -d "{\"vacatures\":[
   {\"referentie\":\"DEMO-1\",\"titel\":\"Orderpicker\",\"beroepscode\":\"9333\",\"postcode\":\"9731AB\",\"urenPerWeek\":32,\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"$SLUIT\"},
   {\"referentie\":\"DEMO-2\",\"titel\":\"Heftruckchauffeur\",\"beroepscode\":\"8344\",\"postcode\":\"9723AB\",\"urenPerWeek\":36,\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"$SLUIT\"},
   {\"referentie\":\"DEMO-3\",\"titel\":\"Fout\",\"beroepscode\":\"93\",\"postcode\":\"0000\",\"urenPerWeek\":32,\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"$SLUIT\"}]}")
status=${response##*$'\n'}; body=${response%$'\n'*}
if [[ $status == 200 && $body == *'"geaccepteerd":2'* && $body == *'"referentie":"DEMO-3"'* ]]; then
  ok "200: 2 accepted, DEMO-3 rejected with its reasons: $(grep -o '"afgewezen":.*' <<<"$body") ($(since "$t0"))"
  record ok "partner delivery accepted per vacancy (socialreturn-service)"
else
  err "expected 200, got $status: $body"; record fail "partner delivery (got $status)"
fi
werkvoorraad=""
for _ in $(seq 1 150); do
  werkvoorraad=$(curl -sS -H "Authorization: Bearer $MATCHER" "$EMPLOYER/pools/BEMIDDELBAAR/werkvoorraad?bron=PARTNER&size=1000" || true)
  [[ $werkvoorraad == *'"referentie":"DEMO-1"'* && $werkvoorraad == *'"referentie":"DEMO-2"'* ]] && break
  werkvoorraad=""; sleep 0.1
done
if [[ -n $werkvoorraad ]]; then
  kandidaten=$(grep -o '"klantId"' <<<"$werkvoorraad" | wc -l)
  ok "DEMO-1 and DEMO-2 are on the BEMIDDELBAAR worklist with shortlists ($kandidaten candidate entries; reasons per criterion) ($(since "$t0"))"
  grep -o '"redenen":\[[^]]*\]' <<<"$werkvoorraad" | head -n 1 | sed 's/^/      first shortlist entry: /'
  record ok "partner vacancies reached the pool's worklist with a shortlist (employer-service)"
else
  err "not on the BEMIDDELBAAR worklist within 15 s"; record fail "partner vacancies reached the pool's worklist"
fi

step "6. the event on werkplein.intake.aanvragen.v1 carries the klantId, never the BSN"
if [[ -n $seen ]] && ! grep -q "$BSN" <<<"$body"; then
  ok "no BSN outside intake-service"; record ok "no BSN in the event or in screening-service"
else
  record fail "no BSN in the event or in screening-service"
fi

step "7. an invalid BSN is refused with problem+json, without echoing it"
response=$(curl -sS -w '\n%{http_code}' -X POST "$INTAKE/aanvragen" -H "Authorization: Bearer $PORTAAL" \
  -H 'Content-Type: application/json' -d '{"bsn":"123456789","geboortedatum":"1988-06-15","email":"x","postcode":"12"}')
status=${response##*$'\n'}; body=${response%$'\n'*}
if [[ $status == 400 && $body == *invalidParams* && $body != *123456789* ]]; then
  ok "400: $body"; record ok "bad input answered 400 with all invalidParams"
else
  err "expected 400, got $status: $body"; record fail "bad input answered 400 (got $status)"
fi

step "8. without a token: 401; the audit log shows who read the aanvraag"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$INTAKE/aanvragen/$AANVRAAG")
curl -sS -o /dev/null -H "Authorization: Bearer $CONSULENT" "$INTAKE/aanvragen/$AANVRAAG"
audit=$(curl -sS -H "Authorization: Bearer $BEHEER" "$INTAKE/audit?klantId=$KLANT")
if [[ $status == 401 && $audit == *RAADPLEGEN* && $audit == *consulent* ]]; then
  ok "401 without a token; audit: $(grep -o '"totaal":[0-9]*' <<<"$audit") records for this klant"
  record ok "401 without token; reads of personal data are audited"
else
  err "expected 401 and an audit record, got $status / $audit"; record fail "auth and audit"
fi

echo
printf '%sSummary%s\n' "$C_BOLD" "$C_OFF"
for r in "${results[@]}"; do
  if [[ ${r%%|*} == ok ]]; then ok "${r#*|}"; else err "${r#*|}"; fi
done
echo
info "Try it yourself:  curl -H \"Authorization: Bearer \$(deploy/local/token.sh consulent)\" $INTAKE/aanvragen/$AANVRAAG"
info "OpenAPI:          http://127.0.0.1:8081/api/v1/openapi.json (8082..8085 likewise)"
info "Stop everything:  deploy/local/down.sh"
exit $failed
