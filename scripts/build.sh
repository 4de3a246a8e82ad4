#!/usr/bin/env bash
# Configures and builds SMTP Doctor into ./build (or $SDOC_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SDOC_BUILD_DIR:-build}
type=${SDOC_BUILD_TYPE:-RelWithDebInfo}
werror=OFF
[ "${CI:-}" = true ] && werror=ON
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DSDOC_WARNINGS_AS_ERRORS="${SDOC_WERROR:-$werror}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
