#!/usr/bin/env bash
# Quick start 1: install what is missing, build, start the desktop program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical display found (DISPLAY/WAYLAND_DISPLAY unset)." >&2
  echo "The command line tool works anywhere: build/app/smtp-doctor-cli --help" >&2
  exit 1
fi
exec build/app/smtp-doctor "$@"
