#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# SMTP Doctor test harness: real servers (dnsmasq, Dovecot auth, Postfix) in a
# private network namespace, started and stopped by this script.
#
#   harness.sh up              start everything (tears down leftovers first)
#   harness.sh down [--purge]  stop everything; keeps $RUN/log unless --purge
#   harness.sh run -- CMD...   up, run CMD inside the namespace with the env
#                              exported, down; exits with CMD's status
#   harness.sh shell           up, interactive shell inside, down on exit
#   harness.sh status          what is running
#
# Environment: SDOC_HARNESS_DIR (run dir, default /tmp/sdoc-harness),
# SDOC_HARNESS_NETNS (namespace, default sdoc-test; set both for a second
# instance), SDOC_HARNESS_REQUIRED=1 (run: fail instead of running CMD without
# the harness when it is unavailable), SDOC_HARNESS_VERBOSE=1 (step timings).
# See tests/harness/README.md.
set -euo pipefail

HARNESS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/common.sh
. "$HARNESS_ROOT/lib/common.sh"

# Services, in start order (stopped in reverse). Each is services/NAME.sh and
# may define NAME_prepare, NAME_start, NAME_ready, NAME_stop, NAME_env.
# The core services come first in this order; any other services/*.sh follows
# in name order (so a new service may use and extend everything the core made).
SERVICES=(net pki dns dovecot postfix)
for svc in "$HARNESS_ROOT"/services/*.sh; do
    svc=$(basename "$svc" .sh)
    [[ " ${SERVICES[*]} " == *" $svc "* ]] || SERVICES+=("$svc")
done
for svc in "${SERVICES[@]}"; do
    # shellcheck disable=SC1090
    . "$HARNESS_ROOT/services/$svc.sh"
done

svc_call() { # PHASE SVC: calls SVC_PHASE if the service defines it
    local fn="$2_$1"
    if declare -F "$fn" >/dev/null; then
        local t0
        t0=$(now_ms)
        "$fn"
        vlog "$1 $2: $(fmt_ms $(($(now_ms) - t0)))"
    fi
}

# Why the harness cannot run here, or nothing.
unavailable_reason() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "not running as root (the harness needs network namespaces and iptables)"
        return
    fi
    local p missing=()
    for p in ip iptables ip6tables openssl dnsmasq dovecot postfix postconf getent flock; do
        command -v "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "missing programs: ${missing[*]} (install them with scripts/deps.sh test)"
        return
    fi
    if ! unshare --net true 2>/dev/null; then
        echo "network namespaces are unavailable here (unshare --net failed)"
        return
    fi
}

cmd_down() {
    local purge=${1:-}
    take_lock
    # All services stop in parallel: Dovecot's master alone sleeps 1 s on TERM.
    local i
    for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
        svc_call stop "${SERVICES[$i]}" 9>&- &
    done
    wait
    ns_delete
    if [ -d "$RUN" ]; then
        check_run_dir
        if [ "$purge" = --purge ]; then
            rm -rf "$RUN"
        else
            # Keep the logs (and the marker) for a post-mortem; the rest is state.
            find "$RUN" -mindepth 1 -maxdepth 1 ! -name log ! -name "$MARKER" -exec rm -rf {} +
        fi
    fi
}

cmd_up() {
    local reason t0 svc
    reason=$(unavailable_reason)
    [ -z "$reason" ] || die "unavailable: $reason"
    take_lock
    t0=$(now_ms)
    check_run_dir
    cmd_down --purge >/dev/null 2>&1 || true
    mkdir -p "$RUN/log"
    chmod 0755 "$RUN"
    : > "$RUN/$MARKER"
    ns_create
    for svc in "${SERVICES[@]}"; do svc_call prepare "$svc"; done
    for svc in "${SERVICES[@]}"; do svc_call start "$svc"; done
    for svc in "${SERVICES[@]}"; do svc_call ready "$svc"; done
    write_env
    local ms=$(($(now_ms) - t0))
    echo "$ms" > "$RUN/up-ms"
    log "up in $(fmt_ms "$ms") (namespace $NS, run dir $RUN, env $RUN/env)"
}

write_env() {
    local svc
    {
        echo "# Written by tests/harness/harness.sh up; source it inside namespace $NS."
        echo "export SDOC_HARNESS=1"
        echo "export SDOC_HARNESS_DIR=$(shq "$RUN")"
        echo "export SDOC_HARNESS_NETNS=$(shq "$NS")"
        for svc in "${SERVICES[@]}"; do svc_call env "$svc"; done
    } > "$RUN/env.tmp"
    mv "$RUN/env.tmp" "$RUN/env"
}

# Exports the harness environment into this shell (for the command we run).
load_env() {
    set -a
    # shellcheck disable=SC1091
    . "$RUN/env"
    set +a
    unset SDOC_HARNESS_SKIP_REASON
}

cmd_run() {
    [ "${1:-}" = -- ] && shift
    [ $# -gt 0 ] || die "usage: harness.sh run -- CMD [ARGS...]"
    local reason
    reason=$(unavailable_reason)
    if [ -n "$reason" ]; then
        if [ "${SDOC_HARNESS_REQUIRED:-0}" = 1 ]; then
            die "unavailable: $reason (SDOC_HARNESS_REQUIRED=1)"
        fi
        log "unavailable: $reason; running the command without it (integration tests will skip)"
        unset SDOC_HARNESS
        export SDOC_HARNESS_SKIP_REASON="test harness unavailable: $reason"
        exec "$@"
    fi
    take_lock
    trap 'cmd_down >/dev/null 2>&1 || true' EXIT
    cmd_up
    local t0 child rc=0 interrupted=
    t0=$(now_ms)
    # In the background so that a TERM to this script is handled at once; the
    # command gets default INT/QUIT handling back (bash ignores them for
    # background jobs) and our stdin.
    load_env
    ip netns exec "$NS" env --default-signal=INT,QUIT "$@" <&0 9>&- &
    child=$!
    trap 'interrupted=1; kill -TERM "$child" 2>/dev/null || true' INT TERM HUP
    while :; do
        set +e
        wait "$child"
        rc=$?
        set -e
        kill -0 "$child" 2>/dev/null || break
    done
    trap - INT TERM HUP
    vlog "command exited with $rc after $(fmt_ms $(($(now_ms) - t0)))"
    local t1
    t1=$(now_ms)
    cmd_down
    trap - EXIT
    vlog "down in $(fmt_ms $(($(now_ms) - t1)))"
    [ -z "$interrupted" ] || [ "$rc" -ne 0 ] || rc=130
    exit "$rc"
}

cmd_shell() {
    take_lock
    trap 'cmd_down >/dev/null 2>&1 || true' EXIT
    cmd_up
    log "interactive shell in namespace $NS; the harness stops when you leave it"
    set +e
    load_env
    ip netns exec "$NS" bash --rcfile <(printf '%s\n' '[ -f ~/.bashrc ] && . ~/.bashrc' \
        "PS1='($NS) '\"\$PS1\"" \
        "echo 'Harness env: \$SDOC_HARNESS_DIR/env  (try: getent hosts \$SDOC_HOST)'") -i 9>&-
    set -e
    cmd_down
    trap - EXIT
}

cmd_status() {
    if ! ip netns list 2>/dev/null | grep -qw "$NS"; then
        echo "namespace $NS: absent"
    else
        echo "namespace $NS: present; processes: $(ip netns pids "$NS" | wc -l)"
    fi
    [ -f "$RUN/env" ] && { echo "env file: $RUN/env"; cat "$RUN/env"; } || echo "env file: none"
    [ -f "$RUN/up-ms" ] && echo "last up took $(fmt_ms "$(cat "$RUN/up-ms")")"
    return 0
}

usage() {
    sed -n '4,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

case "${1:-}" in
    up) shift; cmd_up "$@" ;;
    down) shift; cmd_down "$@"; log "down" ;;
    run) shift; cmd_run "$@" ;;
    shell) shift; cmd_shell "$@" ;;
    status) shift; cmd_status ;;
    *) usage ;;
esac
