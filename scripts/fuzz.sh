#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) into ./build-fuzz and runs
# each for SECONDS_PER_TARGET seconds (default 30) on the committed seed corpus, with a fresh
# temporary working corpus so the repository is never modified.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     TARGET: reply capabilities autoconfig
#                                                          emailaddress hostname sasl testmessage
# Environment: SDOC_FUZZ_BUILD_DIR (default build-fuzz), SDOC_FUZZ_JOBS (targets run at the same
# time, default: number of cores), SDOC_FUZZ_CXX (default clang++-14, else clang++).
# Prints per target the executions, the coverage (cov/ft of libFuzzer's final stats line) and
# any crash; crash, timeout and OOM inputs are kept in build-fuzz/crashes/. Exit status 1 when
# a target crashed, timed out or ran out of memory.
# Reproduce a finding: build-fuzz/tests/fuzz/fuzz_<target> build-fuzz/crashes/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
all_targets=(reply capabilities autoconfig emailaddress hostname sasl testmessage dnsmessage)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2; }

build=${SDOC_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${SDOC_FUZZ_JOBS:-$(nproc)}
cxx=${SDOC_FUZZ_CXX:-}
if [ -z "$cxx" ]; then
  if command -v clang++-14 >/dev/null; then cxx=clang++-14; else cxx=clang++; fi
fi
command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }

# Debug keeps Q_ASSERT (ours and Qt's container bounds checks) active; tests/fuzz adds -O1.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
  -DSDOC_FUZZ=ON -DSDOC_BUILD_TESTS=OFF -DSDOC_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" --target sdoc_fuzz -j"$(nproc)"

crashes=$build/crashes
logs=$build/fuzz-logs
mkdir -p "$crashes" "$logs"
work=$(mktemp -d /tmp/sdoc-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
touch "$work/stamp"

dict_for() {
  case $1 in
    emailaddress|hostname) echo tests/fuzz/dict/address.dict ;;
    *) echo "tests/fuzz/dict/$1.dict" ;;
  esac
}

run_target() {
  local t=$1 exe=$build/tests/fuzz/fuzz_$1 seeds=tests/fuzz/corpus/$1
  local dict; dict=$(dict_for "$t")
  mkdir -p "$work/$t"
  local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -print_final_stats=1
              -artifact_prefix="$crashes/$t-")
  [ -f "$dict" ] && args+=(-dict="$dict")
  # The first directory collects what libFuzzer finds; the seed directory is only read.
  local rc=0
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    "$exe" "${args[@]}" "$work/$t" "$seeds" >"$logs/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$work/$t.rc"
}

start=$(date +%s)
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $jobs at a time (load: $(cut -d' ' -f1-3 /proc/loadavg))"
running=0
for t in "${targets[@]}"; do
  [ -x "$build/tests/fuzz/fuzz_$t" ] || { echo "fuzz: unknown target $t" >&2; exit 2; }
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
printf '%-13s %12s %8s %8s %8s  %s\n' target execs exec/s cov ft result
for t in "${targets[@]}"; do
  log=$logs/$t.log
  rc=$(cat "$work/$t.rc" 2>/dev/null || echo 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  stats=$(grep -E '^#[0-9]+[[:space:]].*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$stats")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$stats")
  [ -n "$execs" ] || execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$stats")
  new=$(find "$crashes" -maxdepth 1 -name "$t-*" -newer "$work/stamp" | sort)
  result=ok
  if [ "$rc" != 0 ] || [ -n "$new" ]; then
    failed=1
    why=$(grep -m1 -E 'FUZZ_CHECK failed|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error|ERROR: libFuzzer|==ERROR' "$log" || echo "exit status $rc")
    result="CRASH: $why"
  fi
  printf '%-13s %12s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
  for f in $new; do echo "              input kept: $f"; done
done
echo "fuzz: done in $(( $(date +%s) - start ))s; logs in $logs/"
exit "$failed"
