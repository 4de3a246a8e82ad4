# SPDX-License-Identifier: GPL-3.0-or-later
# Readiness probes, run inside the namespace by services/*.sh:
#   bash probe.sh TIMEOUT_MS CHECK...
# Each CHECK is one word list:
#   greeting ADDR PORT          a 220 greeting in plaintext
#   tls ADDR PORT               a TLS handshake (implicit TLS)
#   starttls ADDR PORT          EHLO, STARTTLS and a TLS handshake
#   auth ADDR PORT HOST CA USER PASSWORD_BASE64
#                               verified STARTTLS, then AUTH PLAIN -> 235
#   closed ADDR PORT            connection refused
# All checks run in parallel and are retried until they pass or time runs out.
# Prints every failing check (and what it saw) to stderr; exit 1 if any failed.
set -u
timeout_ms=$1
shift

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
hostport() { case $1 in *:*) echo "[$1]:$2" ;; *) echo "$1:$2" ;; esac; }

check_greeting() {
    local line
    exec 3<>"/dev/tcp/$1/$2" || return 1
    read -r -t 2 line <&3
    printf 'QUIT\r\n' >&3 2>/dev/null
    exec 3<&- 3>&-
    echo "$line"
    [[ $line == 220* ]]
}

check_tls() {
    local out
    out=$(timeout 3 openssl s_client -brief -connect "$(hostport "$1" "$2")" </dev/null 2>&1)
    echo "$out" | tail -n 2
    [[ $out == *"CONNECTION ESTABLISHED"* ]]
}

check_starttls() {
    local out
    out=$(timeout 3 openssl s_client -brief -starttls smtp -connect "$(hostport "$1" "$2")" </dev/null 2>&1)
    echo "$out" | tail -n 2
    [[ $out == *"CONNECTION ESTABLISHED"* ]]
}

check_auth() {
    local addr=$1 port=$2 host=$3 ca=$4 user=$5 pass64=$6 out blob
    blob=$( (printf '\0%s\0' "$user"; printf %s "$pass64" | base64 -d) | base64 -w0)
    # One command per reply (Postfix logs pipelined input, AUTH included).
    out=$({ printf 'EHLO probe.%s\r\n' "${host#*.}"; sleep 0.1; printf 'AUTH PLAIN %s\r\n' "$blob"
            sleep 0.1; printf 'QUIT\r\n'; } |
        timeout 3 openssl s_client -quiet -starttls smtp -connect "$(hostport "$addr" "$port")" \
            -CAfile "$ca" -verify_hostname "$host" -verify_return_error 2>&1)
    echo "$out" | grep -v '^250[- ]' | tail -n 3
    echo "$out" | grep -q '^235 '
}

check_closed() {
    local err
    err=$( (exec 3<>"/dev/tcp/$1/$2") 2>&1) && return 1
    echo "$err"
    [[ $err == *refused* ]]
}

run_check() {
    local deadline=$1 kind=$2 out
    shift 2
    while :; do
        out=$("check_$kind" "$@" 2>&1) && return 0
        if [ "$(now_ms)" -ge "$deadline" ]; then
            echo "probe FAILED: $kind ${*:1:3}: ${out:-no answer}" >&2
            return 1
        fi
        sleep 0.05
    done
}

deadline=$(($(now_ms) + timeout_ms))
pids=()
for c in "$@"; do
    # shellcheck disable=SC2086
    run_check "$deadline" $c &
    pids+=($!)
done
rc=0
for p in "${pids[@]}"; do wait "$p" || rc=1; done
exit $rc
