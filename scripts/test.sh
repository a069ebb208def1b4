#!/usr/bin/env bash
# Installs the Debian packages, builds Officine (dev preset: Debug, warnings as errors) and runs
# every test: unit, integration (real gnome-keyring over D-Bus, officine-cli), GUI (offscreen),
# translations and packaging. The README's second Quick start command.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev "$@"
