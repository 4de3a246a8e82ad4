# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers and the harness topology (names, addresses, ports). Sourced by
# harness.sh; every services/*.sh may use what is defined here.

# A second, independent instance needs both another namespace and another run
# dir (e.g. SDOC_HARNESS_NETNS=sdoc-dev SDOC_HARNESS_DIR=/tmp/sdoc-dev): the
# addresses below exist only inside the namespace, so instances never clash.
NS=${SDOC_HARNESS_NETNS:-sdoc-test}
RUN=${SDOC_HARNESS_DIR:-/tmp/sdoc-harness}
MARKER=.sdoc-harness            # marks a directory as ours (safe to delete)
LOCK_FILE=/run/lock/sdoc-harness-$NS.lock
DOMAIN=sdoc.test

# Addresses inside the namespace (all on lo). Keep README.md in sync.
ADDR_MAIN4=127.0.0.1
ADDR_MAIN6=::1
ADDR_EXPIRED=127.0.0.2
ADDR_SELFSIGNED=127.0.0.3
ADDR_WRONGHOST=127.0.0.4
ADDR_PLAIN=127.0.0.5
ADDR_FUTURE=127.0.0.6
ADDR_BLACKHOLE=127.0.0.66      # iptables DROP: connect timeout
ADDR_V6DEAD=fd5d::dead         # on lo, ip6tables DROP: v6 connect timeout
ADDR_DNS=127.0.0.1             # dnsmasq, port 53
CLOSED_PORT=2600               # nothing listens: connection refused

HOST_MAIN=mail.$DOMAIN
HOST_EXPIRED=expired.$DOMAIN
HOST_FUTURE=future.$DOMAIN
HOST_SELFSIGNED=selfsigned.$DOMAIN
HOST_WRONGHOST=wronghost.$DOMAIN
HOST_PLAIN=plain.$DOMAIN
HOST_BLACKHOLE=blackhole.$DOMAIN
HOST_V6DEAD=v6dead.$DOMAIN
HOST_NXDOMAIN=nxdomain.$DOMAIN  # no such name
HOST_NODATA=nodata.$DOMAIN      # exists (TXT) but has neither A nor AAAA

# Mailbox users. alice's password is non-ASCII (UTF-8, NFC, stable under SASLprep).
USER1=alice@$DOMAIN
PASSWORD1='Grüße-aus-Köln-42'
USER2=bob@$DOMAIN
PASSWORD2='bob-secret-42'
MAIL_UID=65534                 # nobody: owns the Maildirs
MAIL_GID=65534

log() { echo "harness: $*" >&2; }
vlog() { [ "${SDOC_HARNESS_VERBOSE:-0}" = 1 ] && log "$*"; return 0; }
die() { log "ERROR: $*"; exit 1; }
shq() { local q="'"; printf "'%s'" "${1//$q/$q\\$q$q}"; }
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
fmt_ms() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }

# Runs a command inside the namespace.
nsx() { ip netns exec "$NS" "$@"; }

# Prints the last lines of a log file to stderr, for failures.
log_tail() {
    local f=$1 n=${2:-25}
    if [ -s "$f" ]; then
        echo "----- last $n lines of $f -----" >&2
        tail -n "$n" "$f" >&2
        echo "-----" >&2
    else
        echo "(log $f is empty or missing)" >&2
    fi
}

# Fails loudly: message plus the tails of the given logs.
fail_with_logs() {
    local msg=$1 f
    shift
    log "ERROR: $msg"
    for f in "$@"; do log_tail "$f"; done
    exit 1
}

# One lock for every harness instance on this machine (the namespace name is global).
take_lock() {
    [ -n "${SDOC_HARNESS_LOCKED:-}" ] && return 0
    mkdir -p "$(dirname "$LOCK_FILE")"
    exec 9>"$LOCK_FILE"
    if ! flock -n 9; then
        log "another harness run holds $LOCK_FILE; waiting (up to 10 min)"
        flock -w 600 9 || die "timed out waiting for $LOCK_FILE"
    fi
    SDOC_HARNESS_LOCKED=1
}

# Refuses to work in a directory that is not ours.
check_run_dir() {
    case "$RUN" in
        /*) ;;
        *) die "SDOC_HARNESS_DIR must be an absolute path: $RUN" ;;
    esac
    [ "$RUN" != / ] || die "refusing to use / as run dir"
    if [ -d "$RUN" ] && [ ! -e "$RUN/$MARKER" ] && [ -n "$(ls -A "$RUN")" ]; then
        die "$RUN exists, is not empty and is not a harness run dir; set SDOC_HARNESS_DIR"
    fi
}

# Replaces @NAME@ by the value of shell variable NAME in a template.
render() {
    local src=$1 dst=$2 name value args=()
    for name in $(grep -o '@[A-Z0-9_]*@' "$src" | sort -u | tr -d @); do
        [ -n "${!name+x}" ] || die "template $src uses undefined @$name@"
        value=${!name}
        value=${value//\\/\\\\}
        value=${value//&/\\&}
        value=${value//|/\\|}
        args+=(-e "s|@$name@|$value|g")
    done
    if [ ${#args[@]} -gt 0 ]; then sed "${args[@]}" "$src" > "$dst"; else cp "$src" "$dst"; fi
}

# Waits until "$@" succeeds, up to TIMEOUT_MS (polls every 20 ms).
wait_until() {
    local timeout_ms=$1 deadline
    shift
    deadline=$(($(now_ms) + timeout_ms))
    until "$@" >/dev/null 2>&1; do
        [ "$(now_ms)" -lt "$deadline" ] || return 1
        sleep 0.02
    done
}

# Stops a daemon by its pid file: TERM, wait up to 3 s, then KILL.
stop_pidfile() {
    local pidfile=$1 pid i
    [ -s "$pidfile" ] || return 0
    pid=$(tr -dc 0-9 < "$pidfile")
    [ -n "$pid" ] || return 0
    # Only if that process is still in our namespace (pid files can be stale).
    if ! pid_in_ns "$pid"; then return 0; fi
    kill -TERM "$pid" 2>/dev/null || return 0
    for i in $(seq 150); do
        pid_alive "$pid" || return 0
        sleep 0.02
    done
    kill -KILL "$pid" 2>/dev/null || true
}

# True while the process runs. A zombie counts as gone: daemons are children of
# init, and init on these machines reaps them only every second or so.
pid_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ -n "$stat" ] && [ "${stat%% *}" != Z ]
}

pid_in_ns() {
    ip netns pids "$NS" 2>/dev/null | grep -qx "$1"
}

ns_create() {
    ip netns add "$NS"
    nsx ip link set lo up
    mkdir -p "/etc/netns/$NS"
    # Only what the harness serves: no host names of the machine leak in.
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "/etc/netns/$NS/hosts"
    printf 'hosts: files dns\n' > "/etc/netns/$NS/nsswitch.conf"
    printf 'nameserver %s\noptions timeout:1 attempts:2\n' "$ADDR_DNS" > "/etc/netns/$NS/resolv.conf"
}

ns_delete() {
    if ip netns list 2>/dev/null | grep -qw "$NS"; then
        # Anything still running in our namespace was started by the harness
        # (or by a command run inside it): end it by pid.
        local pids i
        pids=$(ip netns pids "$NS" 2>/dev/null || true)
        if [ -n "$pids" ]; then
            # shellcheck disable=SC2086
            kill -TERM $pids 2>/dev/null || true
            for i in $(seq 100); do
                [ -n "$(ip netns pids "$NS" 2>/dev/null)" ] || break
                sleep 0.02
            done
            pids=$(ip netns pids "$NS" 2>/dev/null || true)
            # shellcheck disable=SC2086
            [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
        fi
        nsx iptables -F 2>/dev/null || true
        nsx ip6tables -F 2>/dev/null || true
        ip netns del "$NS"
    fi
    rm -rf "/etc/netns/$NS"
}
