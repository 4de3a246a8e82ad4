#!/usr/bin/env bash
# Fails when a user-visible string has no German translation, or when the
# committed .ts file is out of date with the sources (run the
# update_translations target, then translate what it marks unfinished).
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/smtp-doctor_de.ts" "$tmp/de.ts"
mapfile -t files < <(cd "$src" && find core ui app -name '*.cpp' -o -name '*.h' -o -name '*.ui' | sort)
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete "${files[@]}" -ts "$tmp/de.ts") >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$tmp/de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "German translation incomplete: $unfinished message(s) without translation:"
  grep -B4 'type="unfinished"' "$tmp/de.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
if ! diff -q "$src/translations/smtp-doctor_de.ts" "$tmp/de.ts" >/dev/null; then
  echo "translations/smtp-doctor_de.ts is out of date; run: cmake --build build --target update_translations"
  diff -u "$src/translations/smtp-doctor_de.ts" "$tmp/de.ts" | head -40
  exit 1
fi
echo "German translation complete: $(grep -c '<message' "$tmp/de.ts") messages"
