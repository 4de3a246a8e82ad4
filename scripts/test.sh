#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run every test. CI runs exactly this.
# The integration tests need root: they start Postfix, Dovecot and dnsmasq in a
# network namespace of their own (tests/harness/harness.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh
build=${SDOC_BUILD_DIR:-build}
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo --preserve-env=CI,SDOC_HARNESS_REQUIRED)
# In CI the real-server tests must run: a harness that cannot start is an error there.
[ "${CI:-}" = true ] && export SDOC_HARNESS_REQUIRED=1
"${SUDO[@]}" tests/harness/harness.sh run -- ctest --test-dir "$build" --output-on-failure --no-tests=error "$@"
