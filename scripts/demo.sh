#!/usr/bin/env bash
# Installs the Debian packages, builds Officine and opens the demo pharmacy: a separate,
# encrypted store of fictitious patients. The README's first Quick start command.
#
# On a desktop it uses the session's keychain (Secret Service). Without a display it runs
# itself under xvfb-run; without a D-Bus session it starts a private one with its own
# gnome-keyring, kept apart from the user's keyrings.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -z "${OFFICINE_DEMO_BUILT:-}" ]; then
  ./scripts/install-deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release --target officine officine-cli
  export OFFICINE_DEMO_BUILT=1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: pas d'affichage, lancement sous xvfb-run (écran virtuel)" >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

app="$root/build/release/app/officine"
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  # No desktop session: a private D-Bus with a demo keyring of its own, so the user's real
  # keyrings are never touched. The demo's data lives beside it.
  demo_home="${XDG_DATA_HOME:-$HOME/.local/share}/officine-demo-session"
  mkdir -p "$demo_home"
  echo "demo: trousseau de démonstration dans $demo_home" >&2
  exec env XDG_DATA_HOME="$demo_home" dbus-run-session -- sh -c \
    'printf officine-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$app" --demo "$@"
fi
exec "$app" --demo "$@"
