#!/usr/bin/env bash
# Installs the Debian packages, builds Officine and opens the demo pharmacy: a separate,
# encrypted store of fictitious patients, and a team of three whose emulated CPS/CPE cards you
# insert and remove with scripts/demo-card.sh. The README's first Quick start command.
#
# On a desktop it uses the session's keychain (Secret Service). Without a display it runs itself
# under xvfb-run; without a D-Bus session it starts a private one with its own gnome-keyring,
# kept apart from the user's keyrings. The cards go through a private pcscd (socket-activated,
# vsmartcard-vpcd driver), never the system's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -z "${OFFICINE_DEMO_BUILT:-}" ]; then
  ./scripts/install-deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release --target officine officine-cli officine-card-emulator officine-insi-simulator
  export OFFICINE_DEMO_BUILT=1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: pas d'affichage, lancement sous xvfb-run (écran virtuel)" >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

app="$root/build/release/app/officine"
emulator="$root/build/release/tools/officine-card-emulator"
insi_simulator="$root/build/release/tools/officine-insi-simulator"
insi_port=41950
cards="${XDG_DATA_HOME:-$HOME/.local/share}/officine-demo-cards"
run="${XDG_RUNTIME_DIR:-/tmp}/officine-demo-$(id -u)"
port=41900

# The emulated cards: test certificates of a demo authority, generated once.
mkdir -p "$run"
chmod 700 "$run"
[ -f "$cards/nouvelle.card" ] || "$emulator" make-cards "$cards" >/dev/null
printf 'FRIENDLYNAME "Officine Demo"\nDEVICENAME /dev/null:%s\nLIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID %s\n' \
  "$port" "$port" > "$run/reader.conf"
cleanup() {
  pkill -f -- "-c $run/reader.conf" 2>/dev/null || true
  pkill -f -- "tail -n0 -f $run/" 2>/dev/null || true
  pkill -f -- "--card $cards/" 2>/dev/null || true
  pkill -f -- "officine-insi-simulator --port $insi_port" 2>/dev/null || true
}
cleanup
trap cleanup EXIT INT TERM
rm -f "$run/pcscd.comm"
systemd-socket-activate -l "$run/pcscd.comm" /usr/sbin/pcscd -f -e -c "$run/reader.conf" > "$run/pcscd.log" 2>&1 &
for card in titulaire pharmacien preparateur nouvelle; do
  : > "$run/$card.ctl"
  # vpcd gives each port a reader: "Officine Demo 00 00" for the team's cards, "00 01" (port + 1)
  # for the new member's card while the titulaire keeps hers in the first.
  card_port=$port
  [ "$card" = nouvelle ] && card_port=$((port + 1))
  (tail -n0 -f "$run/$card.ctl" | "$emulator" run --card "$cards/$card.card" --port "$card_port" --removed \
     > "$run/$card.log" 2>&1) &
done
export PCSCLITE_CSOCK_NAME="$run/pcscd.comm"
# The INSi teleservice's simulator, with the national identities of the demo's showcase patients
# (resources/demo/insi-persons.json); it trusts the emulated cards' authority.
cat "$cards/trust/root.pem" "$cards/trust/intermediate.pem" > "$run/insi-trust.pem"
"$insi_simulator" --port "$insi_port" --persons "$root/resources/demo/insi-persons.json" \
  --trust "$run/insi-trust.pem" > "$run/insi.log" 2>&1 &
cat >&2 <<MSG
demo: cartes émulées prêtes. Dans un autre terminal :
  scripts/demo-card.sh insert titulaire     (Claire DÉMO, titulaire, code porteur 1234)
  scripts/demo-card.sh insert pharmacien    (Hugo ESSAI, pharmacien adjoint, 2345)
  scripts/demo-card.sh insert preparateur   (Léa TEST, préparatrice, 3456)
  scripts/demo-card.sh remove               (retire la carte : le poste se verrouille)
  scripts/demo-card.sh insert nouvelle      (Nina NOUVELLE, sans compte, dans le second lecteur :
                                             la titulaire crée son compte dans Administration)
MSG

status=0
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  # No desktop session: a private D-Bus with a demo keyring of its own, so the user's real
  # keyrings are never touched. The demo's data lives beside it.
  demo_home="${XDG_DATA_HOME:-$HOME/.local/share}/officine-demo-session"
  mkdir -p "$demo_home"
  echo "demo: trousseau de démonstration dans $demo_home" >&2
  env XDG_DATA_HOME="$demo_home" dbus-run-session -- sh -c \
    'printf officine-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$app" --demo --demo-cards "$cards" --demo-insi "http://127.0.0.1:$insi_port/insi" "$@" || status=$?
else
  "$app" --demo --demo-cards "$cards" --demo-insi "http://127.0.0.1:$insi_port/insi" "$@" || status=$?
fi
exit "$status"
