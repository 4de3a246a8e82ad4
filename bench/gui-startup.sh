#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Cold start of the desktop program to its first painted window, and its peak memory.
#
# Each run starts bin/smtp-doctor under Xvfb with SDOC_STARTUP_TIMING=1 (the program
# prints, once its main window has painted for the first time, the time since main()
# and the wall-clock time) and SDOC_STARTUP_EXIT=1 (it quits right after). The time
# from launching the process to that first paint is measured against the launch
# time taken here; the peak RSS comes from /usr/bin/time -v. Every run gets a fresh,
# empty configuration directory. Goals: first paint < 300 ms, peak RSS < 80 MB.
#
#   bench/gui-startup.sh [RUNS]          # default 10 runs, build dir ./build
#   BUILD_DIR=/path/to/build bench/gui-startup.sh 20
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
RUNS=${1:-10}
APP=$BUILD/app/smtp-doctor
[ -x "$APP" ] || { echo "gui-startup: $APP is missing (build the smtp-doctor target, or set BUILD_DIR)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "gui-startup: /usr/bin/time is missing (package time)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "gui-startup: xvfb-run is missing (package xvfb)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One X server for all runs, so its own start-up is not counted.
cat > "$work/runs.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
app=$1 runs=$2 work=$3
for i in $(seq 1 "$runs"); do
    cfg=$work/cfg-$i
    mkdir -p "$cfg/config" "$cfg/runtime"
    chmod 700 "$cfg/runtime"
    start=$(date +%s%3N)
    XDG_CONFIG_HOME=$cfg/config XDG_RUNTIME_DIR=$cfg/runtime \
        SDOC_STARTUP_TIMING=1 SDOC_STARTUP_EXIT=1 QT_QPA_PLATFORM=xcb \
        /usr/bin/time -v "$app" > "$work/out-$i" 2> "$work/err-$i" || true
    paint=$(sed -n 's/.*first-paint-epoch-ms=\([0-9]*\).*/\1/p' "$work/err-$i")
    main=$(sed -n 's/.*first-paint-ms-since-main=\([0-9]*\).*/\1/p' "$work/err-$i")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$work/err-$i")
    if [ -z "$paint" ] || [ -z "$rss" ]; then
        echo "run $i: no timing (see below)" >&2
        cat "$work/err-$i" >&2
        exit 1
    fi
    echo "$((paint - start)) $main $rss"
done
INNER
chmod +x "$work/runs.sh"

xvfb-run -a -s "-screen 0 1280x1024x24" "$work/runs.sh" "$APP" "$RUNS" "$work" > "$work/results"

awk -v runs="$RUNS" '
{ launch[NR] = $1; main[NR] = $2; rss[NR] = $3 }
function median(a, n,    i, j, t, b) {
    for (i = 1; i <= n; i++) b[i] = a[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
    return (n % 2) ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
}
function maxof(a, n,    i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
END {
    n = NR
    printf "runs: %d\n", n
    printf "launch to first paint: median %d ms, max %d ms   (goal < 300 ms)\n", median(launch, n), maxof(launch, n)
    printf "main() to first paint: median %d ms, max %d ms\n", median(main, n), maxof(main, n)
    printf "peak RSS:              median %.1f MB, max %.1f MB (goal < 80 MB)\n", median(rss, n) / 1024, maxof(rss, n) / 1024
    ok = (median(launch, n) < 300 && maxof(rss, n) / 1024 < 80)
    print ok ? "result: within the goals" : "result: OUTSIDE the goals"
}' "$work/results"
