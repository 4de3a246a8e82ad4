#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run every test. CI runs exactly this.
# The integration tests need root: they start Postfix, Dovecot and dnsmasq in a
# network namespace of their own (tests/harness/harness.sh).
#
# Three stages, each reported with its time; the script fails if any of them failed:
#   1. the whole CTest suite (unit, hostile, integration, GUI, translations, lint) in ./build
#   2. every libFuzzer target for SDOC_FUZZ_SECONDS seconds (default 20) on the seed corpus
#      (scripts/fuzz.sh: clang, ASan + UBSan, ./build-fuzz)
#   3. the whole CTest suite again, built with ASan + UBSan (scripts/sanitize.sh, ./build-asan)
# SDOC_TEST_STAGES picks stages (default "suite fuzz sanitize"; e.g. "suite" while developing).
# Extra arguments go to ctest in stages 1 and 3 (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=${SDOC_TEST_STAGES:-suite fuzz sanitize}
scripts/deps.sh test

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo --preserve-env=CI,SDOC_HARNESS_REQUIRED)
# In CI the real-server tests must run: a harness that cannot start is an error there.
[ "${CI:-}" = true ] && export SDOC_HARNESS_REQUIRED=1

failed=()
summary=()
stage() {
  local name=$1 start rc=0
  shift
  start=$(date +%s)
  echo "=== test.sh: $name ==="
  "$@" || rc=$?
  summary+=("$(printf '%-9s %5ss  %s' "$name" "$(( $(date +%s) - start ))" "$([ "$rc" = 0 ] && echo passed || echo "FAILED ($rc)")")")
  [ "$rc" = 0 ] || failed+=("$name")
}

suite() {
  scripts/build.sh
  local build=${SDOC_BUILD_DIR:-build}
  "${SUDO[@]}" tests/harness/harness.sh run -- ctest --test-dir "$build" --output-on-failure --no-tests=error "$@"
}

for s in $stages; do
  case $s in
    suite) stage suite suite "$@" ;;
    fuzz) stage fuzz scripts/fuzz.sh "${SDOC_FUZZ_SECONDS:-20}" ;;
    sanitize) stage sanitize scripts/sanitize.sh "$@" ;;
    *) echo "test.sh: unknown stage $s (suite, fuzz, sanitize)" >&2; exit 2 ;;
  esac
done

echo "=== test.sh: summary ==="
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: failed: ${failed[*]}"
  exit 1
fi
echo "test.sh: all stages passed"
