#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the main states of the desktop window (finding, found, settings, success,
# certificate problem, wrong password, encryption that disappeared, look-alike domain) in
# English and German, plus English with a dark palette, to docs/screenshots/<state>-<language>.png.
#
# It runs the widget test tests/gui/tst_screenshots under Xvfb inside the real test
# harness (tests/harness/harness.sh: Postfix, Dovecot, dnsmasq in a network namespace),
# so the pictures show real results. Needs root (the harness) and xvfb-run.
#
#   scripts/screenshots.sh                 # build dir ./build, output docs/screenshots
#   BUILD_DIR=/path/to/build scripts/screenshots.sh
#   SDOC_SCREENSHOT_DIR=/tmp/shots scripts/screenshots.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT=${SDOC_SCREENSHOT_DIR:-$ROOT/docs/screenshots}

command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (package xvfb)" >&2; exit 1; }
[ -d "$BUILD" ] || { echo "screenshots: no build directory $BUILD (set BUILD_DIR)" >&2; exit 1; }

cmake --build "$BUILD" --target tst_screenshots
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT

# 96 dpi and a fixed screen, so the pictures do not depend on the machine.
SDOC_HARNESS_REQUIRED=1 "$ROOT/tests/harness/harness.sh" run -- \
    xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96" \
    env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$runtime" \
        SDOC_SCREENSHOT_DIR="$OUT" ${SDOC_TEST_QM_DIR:+SDOC_TEST_QM_DIR="$SDOC_TEST_QM_DIR"} \
        "$BUILD/tests/tst_screenshots"

echo "screenshots: written to $OUT:"
ls -1 "$OUT"/*.png
