#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (gcc,
# SDOC_SANITIZE=ON) into ./build-asan and runs the whole CTest suite under it, inside the
# real-server harness like scripts/test.sh. Extra arguments go to ctest (e.g. -L unit).
#
# Environment: SDOC_ASAN_BUILD_DIR (default build-asan), SDOC_ASAN_BUILD_TYPE (default Debug:
# keeps Q_ASSERT and Qt's container bounds checks, which ASan cannot see inside an
# allocation), SDOC_ASAN_CXX (default g++). The harness runs as its own instance
# (SDOC_HARNESS_NETNS=sdoc-asan, SDOC_HARNESS_DIR=/tmp/sdoc-asan unless set), so it does not
# collide with scripts/test.sh.
# Leak reports: tests/fuzz/lsan.supp suppresses only known one-time allocations inside Qt
# and the system libraries (each line explains why); everything else fails the test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
build=${SDOC_ASAN_BUILD_DIR:-build-asan}
type=${SDOC_ASAN_BUILD_TYPE:-Debug}
cxx=${SDOC_ASAN_CXX:-g++}

start=$(date +%s)
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$type" \
  -DSDOC_SANITIZE=ON -DSDOC_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
built=$(date +%s)
echo "sanitize: build took $((built - start))s (load: $(cut -d' ' -f1-3 /proc/loadavg))"

# halt_on_error: the first UBSan report ends the test (gcc's checks are recoverable otherwise).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# detect_stack_use_after_return finds lambdas and slots that outlive the locals they captured.
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0
export SDOC_HARNESS_NETNS=${SDOC_HARNESS_NETNS:-sdoc-asan}
export SDOC_HARNESS_DIR=${SDOC_HARNESS_DIR:-/tmp/sdoc-asan}
[ "${CI:-}" = true ] && export SDOC_HARNESS_REQUIRED=1
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo --preserve-env=CI,SDOC_HARNESS_REQUIRED,SDOC_HARNESS_NETNS,SDOC_HARNESS_DIR,UBSAN_OPTIONS,ASAN_OPTIONS,LSAN_OPTIONS)
rc=0
"${SUDO[@]}" tests/harness/harness.sh run -- \
  ctest --test-dir "$build" --output-on-failure --no-tests=error "$@" || rc=$?
echo "sanitize: tests took $(( $(date +%s) - built ))s, total $(( $(date +%s) - start ))s, exit status $rc"
exit "$rc"
