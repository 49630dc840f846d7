#!/usr/bin/env bash
# Prints a signed RS256 JWT that the local Werkplein suite accepts (the token is the last line).
#
#   deploy/local/token.sh ROLE [SUBJECT]
#   TOKEN_TTL=600 deploy/local/token.sh klant 7f1c...   (lifetime in seconds, default 3600)
#   curl -H "Authorization: Bearer $(deploy/local/token.sh consulent)" http://127.0.0.1:8081/api/v1/...
#
# Signed with .werkplein/keys/privateKey.pem (generated when missing, as up.sh does); the services
# verify with publicKey.pem next to it.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: deploy/local/token.sh ROLE [SUBJECT]
  ROLE     one of: $WP_ROLES
  SUBJECT  the sub claim; default <role>-lokaal, or a random UUID for klant, ecoach and partner
           (their sub is the klantId / ecoachId / partnerId)
  TOKEN_TTL=<seconds> sets the lifetime (default 3600)
EOF
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
[[ "$1" == -h || "$1" == --help ]] && usage
role=$1
if [[ " $WP_ROLES " != *" $role "* ]]; then
  printf '%s✘%s unknown role "%s"; known roles: %s\n' "$C2_ERR" "$C2_OFF" "$role" "$WP_ROLES" >&2
  exit 2
fi

ttl=${TOKEN_TTL:-3600}
[[ "$ttl" =~ ^-?[0-9]+$ ]] || { echo "TOKEN_TTL must be a whole number of seconds, not \"$ttl\"" >&2; exit 2; }

uuid4() { cat /proc/sys/kernel/random/uuid; }

if [[ $# -eq 2 ]]; then
  sub=$2
  [[ -n "$sub" ]] || { echo "SUBJECT must not be empty" >&2; exit 2; }
  [[ "$sub" != *[[:cntrl:]]* ]] || { echo "SUBJECT must not contain control characters" >&2; exit 2; }
else
  case "$role" in
    klant|ecoach|partner)
      sub=$(uuid4)
      case "$role" in klant) idname=klantId ;; ecoach) idname=ecoachId ;; *) idname=partnerId ;; esac
      printf '%s!%s no SUBJECT given: sub is the random id %s (pass the %s as the second argument)\n' \
        "$C2_WARN" "$C2_OFF" "$sub" "$idname" >&2
      ;;
    *) sub="$role-lokaal" ;;
  esac
fi

ensure_keys

# JSON string escaping for " and \ (control characters are rejected above)
json_str() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

iat=$(date +%s)
exp=$(( iat + ttl ))
jti=$(uuid4)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":%s,"sub":%s,"upn":%s,"groups":[%s],"iat":%d,"exp":%d,"jti":%s}' \
  "$(json_str "$WP_ISSUER")" "$(json_str "$sub")" "$(json_str "$sub")" "$(json_str "$role")" \
  "$iat" "$exp" "$(json_str "$jti")")

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$WP_KEYS/privateKey.pem" -binary | b64url)
[[ -n "$signature" ]] || { echo "signing failed" >&2; exit 1; }
printf '%s.%s\n' "$signing_input" "$signature"
