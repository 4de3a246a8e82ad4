#!/usr/bin/env bash
# Static rules that keep SMTP Doctor's security promises checkable:
#  1. never the argument-less QSslSocket::ignoreSslErrors() (it accepts ANY certificate);
#  2. never turn peer verification off outside the credential-free port-TLS probes;
#  3. no logging statement mentions a password, token or AUTH payload.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$src"
status=0
files=$(find core ui app -name '*.cpp' -o -name '*.h')

# 1. ignoreSslErrors() with no argument (also "ignoreSslErrors( )").
if grep -nE 'ignoreSslErrors[[:space:]]*\([[:space:]]*\)' $files; then
  echo "FAIL: argument-less ignoreSslErrors() found above; ignore only the exact errors of a pinned certificate."
  status=1
fi

# 2. VerifyNone only where a comment on the same line says it is a credential-free probe.
while IFS= read -r line; do
  if ! [[ "$line" =~ nothing(\ secret)?\ is\ sent|credential-free ]]; then
    echo "$line"; echo "FAIL: VerifyNone without a credential-free justification on the same line."; status=1
  fi
done < <(grep -nE 'VerifyNone|QueryPeer' $files || true)

# 3. Logging near secrets.
if grep -nEi '(qDebug|qInfo|qWarning|qCritical|qCDebug|qCInfo|qCWarning)[^;]*(password|passwd|token|secret)' $files; then
  echo "FAIL: a log statement mentions a password or token."
  status=1
fi

[ $status -eq 0 ] && echo "security lint: ok ($(echo "$files" | wc -w) files)"
exit $status
