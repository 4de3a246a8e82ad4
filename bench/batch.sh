#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Throughput of `smtp-doctor-cli detect --batch` against the harness's batch fixtures
# (tests/harness/services/autodetect.sh: 200 domains b001...b200.batch.sdoc.test, a mix of
# SRV, own HTTPS autoconfig, MX -> Google, dead and empty domains).
#
#   bench/batch.sh [--counts "100 250 500 1000"] [--domains 200] [--jobs "8"] [--runs 1] [--build DIR]
#
#   --counts LIST  numbers of addresses (default "100 250 500 1000")
#   --domains M    spread over the first M batch domains (default 200, at most 200)
#   --jobs LIST    values of --jobs (default "4 8 16")
#   --runs N       runs per case; the table shows the median wall time (default 1)
#   --build DIR    build directory with app/smtp-doctor-cli (default $SDOC_BUILD_DIR, else ./build)
#
# Address i goes to domain i mod M, so every domain has N/M addresses. Columns: wall time of
# the whole process (start-up included), addresses per second, peak RSS (/usr/bin/time), DNS
# queries dnsmasq logged during the run (all of them, and the _submissions._tcp SRV queries
# for batch domains: one per domain means one detection per domain), and SMTP connections
# Postfix logged (live probes; shared between domains of one provider). For comparison, the
# peak RSS of one `detect` and one `test` (no login) run.
#
# Needs root (the harness). Runs its own harness instance (namespace sdoc-batchbench, run dir
# /tmp/sdoc-batchbench; SDOC_BENCH_NETNS / SDOC_BENCH_DIR to change), so it never collides
# with the integration tests.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
COUNTS="100 250 500 1000"
DOMAINS=200
JOBS="4 8 16"
RUNS=1
BUILD=${SDOC_BUILD_DIR:-$REPO/build}
INSIDE=0

usage() { sed -n '4,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
die() { echo "batch bench: ERROR: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --counts) COUNTS=$2; shift 2 ;;
        --domains) DOMAINS=$2; shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --build) BUILD=$2; shift 2 ;;
        --inside) INSIDE=1; shift ;;
        -h | --help) usage ;;
        *) echo "batch bench: unknown option $1" >&2; usage ;;
    esac
done
for v in $COUNTS $JOBS $RUNS $DOMAINS; do [[ "$v" =~ ^[1-9][0-9]*$ ]] || die "not a positive number: $v"; done
[ "$DOMAINS" -le 200 ] || die "--domains: the harness has 200 batch domains"
BUILD=$(cd "$BUILD" 2>/dev/null && pwd || echo "$BUILD")
CLI=$BUILD/app/smtp-doctor-cli
[ -x "$CLI" ] || die "$CLI is missing (build the smtp-doctor-cli target, or use --build)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (package time)"

if [ "$INSIDE" = 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "needs root (network namespace); try sudo"
    SDOC_HARNESS_NETNS=${SDOC_BENCH_NETNS:-sdoc-batchbench} SDOC_HARNESS_DIR=${SDOC_BENCH_DIR:-/tmp/sdoc-batchbench} \
        SDOC_HARNESS_REQUIRED=1 "$REPO/tests/harness/harness.sh" run -- \
        bash "$BENCH_DIR/batch.sh" --inside --counts "$COUNTS" --domains "$DOMAINS" --jobs "$JOBS" --runs "$RUNS" \
        --build "$BUILD"
    exit
fi

[ -n "${SDOC_BATCH_MANIFEST:-}" ] || die "the harness has no batch fixtures (SDOC_BATCH_MANIFEST unset)"
CLI=$CLI COUNTS=$COUNTS DOMAINS=$DOMAINS JOBS=$JOBS RUNS=$RUNS python3 - <<'PY'
import os, re, statistics, subprocess, tempfile, time

cli = os.environ["CLI"]
counts = [int(x) for x in os.environ["COUNTS"].split()]
jobs_list = [int(x) for x in os.environ["JOBS"].split()]
runs = int(os.environ["RUNS"])
m = int(os.environ["DOMAINS"])
dns_log = os.path.join(os.environ["SDOC_HARNESS_DIR"], "log", "dnsmasq.log")
postfix_log = os.environ["SDOC_POSTFIX_LOG"]
common = ["--ca-file", os.environ["SDOC_CA_FILE"], "--ispdb-url", os.environ["SDOC_AD_ISPDB_URL"], "--timeout", "10"]

domains = []
with open(os.environ["SDOC_BATCH_MANIFEST"], encoding="utf-8") as f:
    for line in f:
        d, kind = line.split("\t")[:2]
        if kind != "host-from-address":
            domains.append((d, kind))
domains = domains[:m]
kinds = {}
for _, k in domains:
    kinds[k] = kinds.get(k, 0) + 1

def size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0

def read_from(path, offset):
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read().decode("utf-8", "replace")

def timed(args, stdin_path=None):
    """wall seconds, peak RSS in KiB, exit code, stdout lines"""
    dns0, pf0 = size(dns_log), size(postfix_log)
    with tempfile.NamedTemporaryFile() as tf:
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tf.name, cli] + args,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        rss = int(open(tf.name).read().split()[-1])
    time.sleep(0.5)  # postlogd writes a little later
    dns = read_from(dns_log, dns0)
    queries = len(re.findall(r"query\[", dns))
    srv = len(re.findall(r"query\[SRV\] _submissions\._tcp\.b\d+\.batch\.", dns))
    connects = len(re.findall(r"smtpd\[\d+\]: connect from", read_from(postfix_log, pf0)))
    return wall, rss, p.returncode, p.stdout.count(b"\n"), queries, srv, connects

print(f"batch domains: {len(domains)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
print(f"cli: {cli}")
print()
header = f"{'addresses':>9} {'domains':>7} {'jobs':>4} {'wall s':>7} {'addr/s':>7} {'RSS MiB':>7} {'DNS q':>6} {'SRV q':>5} {'SMTP conn':>9} {'exit':>4}"
print(header)
print("-" * len(header))
with tempfile.TemporaryDirectory() as work:
    for n in counts:
        path = os.path.join(work, f"batch-{n}.txt")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n):
                d = domains[i % len(domains)][0]
                f.write(f"user{i}@{d}\n")
        used = min(n, len(domains))
        for jobs in jobs_list:
            results = [timed(["detect", "--batch", path, "--jobs", str(jobs)] + common) for _ in range(runs)]
            wall = statistics.median(r[0] for r in results)
            w, rss, rc, lines, q, srv, conn = min(results, key=lambda r: abs(r[0] - wall))
            assert lines == n, f"{lines} output lines for {n} addresses"
            print(f"{n:>9} {used:>7} {jobs:>4} {wall:>7.2f} {n / wall:>7.0f} {rss / 1024:>7.1f} {q:>6} {srv:>5} {conn:>9} {rc:>4}", flush=True)
    print()
    single = domains[0][0]
    w, rss, rc, _, q, _, conn = timed(["detect", f"user0@{single}", "--json"] + common)
    print(f"one detect ({single}): {w:.2f} s, peak RSS {rss / 1024:.1f} MiB, {q} DNS queries, {conn} SMTP connections, exit {rc}")
    w, rss, rc, _, q, _, conn = timed(["test", "--host", os.environ["SDOC_HOST"], "--security", "tls",
                                       "--ca-file", os.environ["SDOC_CA_FILE"], "--json"])
    print(f"one test ({os.environ['SDOC_HOST']}:465, no login): {w:.2f} s, peak RSS {rss / 1024:.1f} MiB, exit {rc}")
PY
