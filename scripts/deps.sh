#!/usr/bin/env bash
# Installs the Debian 12 packages SMTP Doctor needs. Idempotent: only missing
# packages are installed. Usage: scripts/deps.sh [build|test]
set -euo pipefail
what=${1:-build}

build_pkgs=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libpsl-dev
)
test_pkgs=(
  postfix dovecot-core dnsmasq-base nginx-light openssl iproute2 iptables
  xvfb xauth dbus gnome-keyring libsecret-tools procps psmisc
  libnetfilter-queue-dev tcpdump python3 swaks libnet-ssleay-perl msmtp curl
  clang-14 libclang-rt-14-dev llvm-14
)

pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
echo "Installing: ${missing[*]}"
# Postfix must not configure or start a system instance: the tests run private ones.
echo "postfix postfix/main_mailer_type select No configuration" | "${SUDO[@]}" debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian starts some daemons on install; the harness runs its own instances.
for svc in nginx dovecot postfix dnsmasq; do
  "${SUDO[@]}" systemctl disable --now "$svc" >/dev/null 2>&1 || true
  "${SUDO[@]}" service "$svc" stop >/dev/null 2>&1 || true
done
