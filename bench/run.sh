#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# SMTP Doctor latency benchmark: our CLI and the usual peers (swaks, msmtp,
# curl) against the real Postfix of the test harness, at added round-trip times.
#
#   bench/run.sh [--rtt "0 50 200"] [--runs N] [--build DIR] [--out DIR]
#                [--no-rt] [--trace] [--quick]
#
#   --rtt LIST   round-trip times in ms to measure (default "0 50 200")
#   --runs N     runs per case and RTT; the table shows the median (default 5)
#   --build DIR  build directory with app/smtp-doctor-cli (default $SDOC_BUILD_DIR,
#                else ./build); configured and built (RelWithDebInfo) if missing
#   --out DIR    where raw results go (default DIR/bench/results-DATE)
#   --no-rt      run clients and servers at normal priority (see README: on a
#                loaded machine every wake-up then costs up to a scheduler tick)
#   --trace      instead of the table: one run of each case at the largest RTT
#                with tcpdump on lo, printed as a packet timeline in RTT units
#   --quick      only our own 587/465 cases (for trying out an engine change)
#   --only REGEX only the cases whose id matches (e.g. '^detect-', '^ports$')
#
# Needs root (the harness: network namespace, iptables) and the packages of
# `scripts/deps.sh test`. Runs its own harness instance (namespace sdoc-bench,
# run dir /tmp/sdoc-bench), so it never collides with the integration tests.
# How the latency is made and what the columns mean: bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
QUEUE_NUM=4711          # NFQUEUE number inside the bench namespace
RT_PRIO_DELAYER=60      # SCHED_FIFO priorities (see --no-rt)
RT_PRIO_WORK=50

RTTS="0 50 200"
RUNS=5
BUILD=${SDOC_BUILD_DIR:-$REPO/build}
OUT=
RT=1
TRACE=0
QUICK=0
ONLY=
INSIDE=0

usage() { sed -n '4,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
say() { echo "bench: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
now_us() { local t=${EPOCHREALTIME/./}; echo "$t"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --rtt) RTTS=$2; shift 2 ;;
        --rtt=*) RTTS=${1#*=}; shift ;;
        --runs) RUNS=$2; shift 2 ;;
        --runs=*) RUNS=${1#*=}; shift ;;
        --build) BUILD=$2; shift 2 ;;
        --build=*) BUILD=${1#*=}; shift ;;
        --out) OUT=$2; shift 2 ;;
        --out=*) OUT=${1#*=}; shift ;;
        --no-rt) RT=0; shift ;;
        --trace) TRACE=1; shift ;;
        --quick) QUICK=1; shift ;;
        --only) ONLY=$2; shift 2 ;;
        --only=*) ONLY=${1#*=}; shift ;;
        --inside) INSIDE=1; shift ;;
        -h|--help) usage ;;
        *) say "unknown option $1"; usage ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number"
for r in $RTTS; do [[ "$r" =~ ^[0-9]+$ ]] || die "--rtt needs whole milliseconds: $r"; done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd || echo "$BUILD")
CLI=$BUILD/app/smtp-doctor-cli
DELAYER=$BUILD/bench/nfqdelay

# ---------------------------------------------------------------------------
# Outside the namespace: build, then run this script again inside the harness.
# ---------------------------------------------------------------------------
outside() {
    [ "$(id -u)" -eq 0 ] || die "needs root (network namespace, iptables); try sudo"
    local p
    for p in cc pkg-config iptables ip6tables python3 chrt; do
        command -v "$p" >/dev/null || die "$p is missing (scripts/deps.sh test)"
    done
    pkg-config --exists libnetfilter_queue || die "libnetfilter-queue-dev is missing (scripts/deps.sh test)"

    if [ ! -x "$CLI" ]; then
        say "no $CLI: configuring and building it (RelWithDebInfo)"
        cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSDOC_BUILD_TESTS=OFF >/dev/null
        cmake --build "$BUILD" --target smtp-doctor-cli
    fi
    mkdir -p "$BUILD/bench"
    # shellcheck disable=SC2046
    cc -O2 -Wall -Wextra -o "$DELAYER" "$BENCH_DIR/nfqdelay.c" $(pkg-config --cflags --libs libnetfilter_queue) ||
        die "building the delayer failed"

    [ -n "$OUT" ] || OUT=$BUILD/bench/results-$(date +%Y%m%d-%H%M%S)
    mkdir -p "$OUT/raw"
    OUT=$(cd "$OUT" && pwd)
    say "results in $OUT; build $BUILD ($(grep -m1 CMAKE_BUILD_TYPE: "$BUILD/CMakeCache.txt" 2>/dev/null | cut -d= -f2))"

    local args=(--inside --rtt "$RTTS" --runs "$RUNS" --build "$BUILD" --out "$OUT")
    [ "$RT" = 1 ] || args+=(--no-rt)
    [ "$TRACE" = 0 ] || args+=(--trace)
    [ "$QUICK" = 0 ] || args+=(--quick)
    [ -z "$ONLY" ] || args+=(--only "$ONLY")
    SDOC_HARNESS_NETNS=${SDOC_BENCH_NETNS:-sdoc-bench} SDOC_HARNESS_DIR=${SDOC_BENCH_DIR:-/tmp/sdoc-bench} \
        SDOC_HARNESS_REQUIRED=1 "$REPO/tests/harness/harness.sh" run -- bash "$BENCH_DIR/run.sh" "${args[@]}"
}

# ---------------------------------------------------------------------------
# Inside the namespace (harness env exported).
# ---------------------------------------------------------------------------
DELAYER_PID=

delay_on() { # RTT_MS: every packet on lo waits RTT/2 once (mangle PREROUTING), so each round trip gets RTT
    local rtt=$1 half
    half=$(awk -v r="$rtt" 'BEGIN { printf "%.3f", r / 2 }')
    local prio=()
    [ "$RT" = 1 ] && prio=(chrt -f "$RT_PRIO_DELAYER")
    "${prio[@]}" "$DELAYER" -q "$QUEUE_NUM" -d "$half" >"$OUT/delayer-$rtt.out" 2>"$OUT/delayer-$rtt.err" &
    DELAYER_PID=$!
    local i
    for i in $(seq 100); do
        grep -q ready "$OUT/delayer-$rtt.out" 2>/dev/null && break
        kill -0 "$DELAYER_PID" 2>/dev/null || die "the delayer did not start: $(cat "$OUT/delayer-$rtt.err")"
        sleep 0.02
    done
    grep -q ready "$OUT/delayer-$rtt.out" 2>/dev/null || die "the delayer did not get ready in 2 s"
    # --queue-bypass: should the delayer die, packets pass (undelayed) instead of vanishing;
    # delay_off checks that it was alive the whole time.
    local t
    for t in iptables ip6tables; do
        "$t" -t mangle -A PREROUTING -i lo -j NFQUEUE --queue-num "$QUEUE_NUM" --queue-bypass \
            -m comment --comment sdoc-bench-delay
    done
}

delay_off() {
    local t
    for t in iptables ip6tables; do
        "$t" -t mangle -D PREROUTING -i lo -j NFQUEUE --queue-num "$QUEUE_NUM" --queue-bypass \
            -m comment --comment sdoc-bench-delay 2>/dev/null || true
    done
    if [ -n "$DELAYER_PID" ]; then
        kill -0 "$DELAYER_PID" 2>/dev/null || die "the delayer died during the measurement"
        kill -TERM "$DELAYER_PID"
        wait "$DELAYER_PID" || true
        DELAYER_PID=
    fi
}

# Real-time priority for the servers of this namespace (new smtpd and auth
# processes inherit it from their masters): on a machine busy with compiles, a
# woken process otherwise waits up to a scheduler tick (4 ms) per wake-up.
servers_rt() {
    [ "$RT" = 1 ] || return 0
    local pid n=0
    for pid in $(ip netns pids "$SDOC_HARNESS_NETNS"); do
        [ "$pid" = "$$" ] && continue
        chrt -a -f -p "$RT_PRIO_WORK" "$pid" >/dev/null 2>&1 && n=$((n + 1))
    done
    say "servers at SCHED_FIFO $RT_PRIO_WORK ($n processes)"
}

# The commands measured. Each case: ID|TOOL|DESCRIPTION|COMMAND (a bash word list
# evaluated at run time; $CA, $H, $U, $PW are set below).
define_cases() {
    CA=$SDOC_CA_FILE
    H=$SDOC_HOST
    U=$SDOC_USER2
    PW=$SDOC_PASSWORD2
    export SDOC_BENCH_PASSWORD=$PW
    local ours="$CLI test --host \$H --user \$U --password-env SDOC_BENCH_PASSWORD --ca-file \$CA --json"
    CASES=(
        "sdoc-587-plain|smtp-doctor|587 STARTTLS, AUTH PLAIN|$ours --port 587 --security starttls --auth plain"
        "sdoc-587-auto|smtp-doctor|587 STARTTLS, AUTH auto (SCRAM-SHA-256)|$ours --port 587 --security starttls --auth auto"
        "sdoc-465-plain|smtp-doctor|465 implicit TLS, AUTH PLAIN|$ours --port 465 --security tls --auth plain"
        "sdoc-465-auto|smtp-doctor|465 implicit TLS, AUTH auto (SCRAM-SHA-256)|$ours --port 465 --security tls --auth auto"
    )
    [ "$QUICK" = 1 ] && return 0
    # detect: with the harness's autodetect service (tests/harness/services/autodetect.sh)
    # gmail.com is in the bundled database (smtp.gmail.com is a harness listener),
    # ac.sdoc.test has only HTTPS autoconfig, srv.sdoc.test only SRV records. The
    # provider database query goes to the harness's ISPDB mirror (404 for these), as
    # a user's goes to the online one. Without the service: sdoc.test (SRV + MX).
    local det="$CLI detect --ca-file \$CA --json"
    if [ -n "${SDOC_AD_ISPDB_URL:-}" ]; then
        det+=" --ispdb-url \$SDOC_AD_ISPDB_URL"
        CASES+=("detect-bundled|smtp-doctor|detect, bundled database (gmail.com)|$det bench@gmail.com")
        CASES+=("detect-autoconfig|smtp-doctor|detect, HTTPS autoconfig (ac.sdoc.test)|$det bench@ac.\$SDOC_DOMAIN")
        CASES+=("detect-srv|smtp-doctor|detect, SRV only (srv.sdoc.test)|$det bench@srv.\$SDOC_DOMAIN")
        # One source black-holed (SYN dropped, never answered): googlemail.com is bundled but its
        # autoconfig and well-known hosts are black-holed; deadac.sdoc.test's autoconfig is
        # black-holed and its SRV record names the domain's own server (a trusted answer).
        CASES+=("detect-bundled-bh|smtp-doctor|detect, bundled; autoconfig + well-known black-holed|$det bench@googlemail.com")
        CASES+=("detect-srv-bh|smtp-doctor|detect, SRV; autoconfig black-holed (deadac.sdoc.test)|$det bench@deadac.\$SDOC_DOMAIN")
    else
        NOTES+=("detect: the harness has no autodetect service; only sdoc.test (SRV + MX) measured")
        CASES+=("detect-srv|smtp-doctor|detect $SDOC_USER (SRV + MX)|$det --offline \$SDOC_USER")
    fi
    # The port doctor: 465, 587, 25 and 2525 at once, no credentials (2525 is closed here).
    CASES+=("ports|smtp-doctor|ports HOST (465, 587, 25, 2525 at once)|$CLI ports \$H --ca-file \$CA --json")
    if command -v swaks >/dev/null; then
        local sw="swaks --server \$H --auth PLAIN --auth-user \$U --auth-password \"\$PW\" --tls-verify --tls-ca-path \"\$CA\" --from \$U --to \$U --quit-after AUTH"
        CASES+=("swaks-587|swaks|587 STARTTLS, AUTH PLAIN|$sw --port 587 --tls")
        CASES+=("swaks-465|swaks|465 implicit TLS, AUTH PLAIN|$sw --port 465 --tls-on-connect")
    else
        NOTES+=("swaks: not installed, skipped")
    fi
    if command -v msmtp >/dev/null; then
        local ms="msmtp --serverinfo --host=\$H --tls=on --tls-trust-file=\$CA"
        CASES+=("msmtp-587|msmtp|587 STARTTLS, --serverinfo (no AUTH)|$ms --port=587 --tls-starttls=on")
        CASES+=("msmtp-465|msmtp|465 implicit TLS, --serverinfo (no AUTH)|$ms --port=465 --tls-starttls=off")
    else
        NOTES+=("msmtp: not installed, skipped")
    fi
    if command -v curl >/dev/null; then
        # Logs in, sends NOOP instead of a mail transaction, QUIT: nothing is sent.
        local cu="curl -sS --ssl-reqd --cacert \"\$CA\" --user \"\$U:\$PW\" --login-options AUTH=PLAIN -X NOOP"
        CASES+=("curl-587|curl|587 STARTTLS, AUTH PLAIN, NOOP|$cu smtp://\$H:587/bench.sdoc.test")
        CASES+=("curl-465|curl|465 implicit TLS, AUTH PLAIN, NOOP|$cu smtps://\$H:465/bench.sdoc.test")
    else
        NOTES+=("curl: not installed, skipped")
    fi
}

# Process start: the same trivial invocation for every tool, at RTT 0.
START_CASES=(
    "smtp-doctor|$CLI --version"
    "swaks|swaks --version"
    "msmtp|msmtp --version"
    "curl|curl --version"
)

PRIO=()

run_case() { # ID RTT RUN COMMAND: one measured run; appends a line to results.tsv
    local id=$1 rtt=$2 run=$3 cmd=$4 t0 t1 rc=0 base
    base=$OUT/raw/$id-$rtt-$run
    t0=$(now_us)
    eval "${PRIO[*]} $cmd" >"$base.out" 2>"$base.err" </dev/null || rc=$?
    t1=$(now_us)
    printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$rtt" "$run" $(((t1 - t0))) "$rc" >>"$OUT/results.tsv"
    [ "$rc" = 0 ] || say "  $id at RTT $rtt run $run: exit code $rc (see $base.err)"
}

calibrate() { # RTT: bare TCP connects and glibc lookups, appended to calibration.tsv
    "${PRIO[@]}" python3 - "$1" "$SDOC_HOST" >>"$OUT/calibration.tsv" <<'EOF'
import socket, statistics, sys, time
rtt, host = sys.argv[1], sys.argv[2]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(64)
port = srv.getsockname()[1]
def ms(f):
    t = time.monotonic(); f(); return (time.monotonic() - t) * 1000
connects, lookups = [], []
for _ in range(7):
    c = socket.socket()
    connects.append(ms(lambda: c.connect(("127.0.0.1", port))))
    c.close(); srv.accept()[0].close()
    lookups.append(ms(lambda: socket.getaddrinfo(host, 587, type=socket.SOCK_STREAM)))
    time.sleep(0.02)
print(f"{rtt}\ttcp_connect\t{statistics.median(connects):.1f}\t{min(connects):.1f}\t{max(connects):.1f}")
print(f"{rtt}\tdns_lookup\t{statistics.median(lookups):.1f}\t{min(lookups):.1f}\t{max(lookups):.1f}")
EOF
}

trace_case() { # ID RTT COMMAND
    local id=$1 rtt=$2 cmd=$3 pcap=$OUT/trace-$1-$2.pcap tpid i
    tcpdump -i lo -n -s 200 -U --immediate-mode -w "$pcap" 'tcp or udp' 2>"$OUT/tcpdump-$id.err" &
    tpid=$!
    for i in $(seq 100); do grep -q listening "$OUT/tcpdump-$id.err" 2>/dev/null && break; sleep 0.02; done
    sleep 0.1
    local t0 t1 rc=0
    t0=$(now_us)
    eval "${PRIO[*]} $cmd" >"$OUT/trace-$id.out" 2>"$OUT/trace-$id.err" </dev/null || rc=$?
    t1=$(now_us)
    sleep 0.3 # the last packets (FIN, RST) are seen after the process ends
    kill -INT "$tpid"
    wait "$tpid" || true
    echo "=== $id at RTT $rtt ms: wall $(((t1 - t0) / 1000)) ms, exit $rc, process $t0 .. $t1"
    python3 "$BENCH_DIR/timeline.py" "$pcap" "$rtt" "$t0" "$t1" "$OUT/trace-$id.out"
}

inside() {
    [ -n "${SDOC_HARNESS:-}" ] || die "--inside needs the harness environment"
    [ "$RT" = 1 ] && PRIO=(chrt -f "$RT_PRIO_WORK")
    NOTES=()
    define_cases
    if [ -n "$ONLY" ]; then
        local kept=() c
        for c in "${CASES[@]}"; do [[ "${c%%|*}" =~ $ONLY ]] && kept+=("$c"); done
        [ ${#kept[@]} -gt 0 ] || die "--only $ONLY matches no case"
        CASES=("${kept[@]}")
    fi
    trap 'delay_off >/dev/null 2>&1 || true' EXIT
    servers_rt
    # A real machine finds its own name in /etc/hosts; the namespace's hosts file
    # (this instance's /etc/netns/NS/hosts, bind-mounted) does not have it, and
    # swaks looks it up four times (REFUSED by dnsmasq): 4 RTTs that no user pays.
    local me
    me=$(hostname)
    grep -qw -- "$me" /etc/hosts || printf '127.0.1.1\t%s\n' "$me" >>/etc/hosts
    {
        echo "date=$(date -Iseconds)"
        echo "host=$(uname -n) kernel=$(uname -r) cpus=$(nproc)"
        echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
        echo "rt=$RT runs=$RUNS rtts=$RTTS"
        echo "cli=$CLI build_type=$(grep -m1 CMAKE_BUILD_TYPE: "$BUILD/CMakeCache.txt" 2>/dev/null | cut -d= -f2)"
        echo "git=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null)$(git -C "$REPO" diff --quiet HEAD -- core app 2>/dev/null || echo '+dirty(core/app)')"
        local n; for n in "${NOTES[@]}"; do echo "note=$n"; done
    } >"$OUT/meta.txt"

    if [ "$TRACE" = 1 ]; then
        command -v tcpdump >/dev/null || die "--trace needs tcpdump (scripts/deps.sh test)"
        local rtt=0 r c
        for r in $RTTS; do [ "$r" -gt "$rtt" ] && rtt=$r; done
        [ "$rtt" -gt 0 ] && delay_on "$rtt"
        for c in "${CASES[@]}"; do
            IFS='|' read -r id _ _ cmd <<<"$c"
            trace_case "$id" "$rtt" "$cmd"
        done | tee "$OUT/trace.txt"
        [ "$rtt" -gt 0 ] && delay_off
        return 0
    fi

    : >"$OUT/results.tsv"
    : >"$OUT/calibration.tsv"
    printf '%s\n' "${CASES[@]}" >"$OUT/cases.txt"
    # Process start, at RTT 0.
    local run s tool cmd
    for run in $(seq "$RUNS"); do
        for s in "${START_CASES[@]}"; do
            tool=${s%%|*}
            cmd=${s#*|}
            command -v "${cmd%% *}" >/dev/null || continue
            run_case "start-$tool" 0 "$run" "$cmd"
        done
    done
    local rtt id t0
    for rtt in $RTTS; do
        t0=$(now_us)
        [ "$rtt" -gt 0 ] && delay_on "$rtt"
        calibrate "$rtt"
        say "RTT $rtt ms: bare TCP connect $(awk -F'\t' -v r="$rtt" '$1==r && $2=="tcp_connect" {print $3}' "$OUT/calibration.tsv") ms, glibc lookup $(awk -F'\t' -v r="$rtt" '$1==r && $2=="dns_lookup" {print $3}' "$OUT/calibration.tsv") ms"
        # One warm-up of each case (page cache, Postfix's first smtpd), not counted.
        for c in "${CASES[@]}"; do
            IFS='|' read -r id _ _ cmd <<<"$c"
            run_case "$id" "warmup-$rtt" 0 "$cmd"
        done
        # Runs interleaved across the cases, so slow drift hits every case alike.
        for run in $(seq "$RUNS"); do
            for c in "${CASES[@]}"; do
                IFS='|' read -r id _ _ cmd <<<"$c"
                run_case "$id" "$rtt" "$run" "$cmd"
            done
        done
        [ "$rtt" -gt 0 ] && delay_off
        say "RTT $rtt ms done in $((($(now_us) - t0) / 1000000)) s"
    done
    echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/meta.txt"
    python3 "$BENCH_DIR/summarize.py" "$OUT" | tee "$OUT/table.txt"
}

if [ "$INSIDE" = 1 ]; then inside; else outside; fi
