#!/bin/sh
# Runs a command inside its own D-Bus session with a real, unlocked gnome-keyring (Secret
# Service) and a throwaway HOME, so keychain tests never touch the developer's keyring.
#
#   with-keyring.sh [--no-keyring] [--home DIR] -- COMMAND [ARGS...]
#
# --no-keyring  start the D-Bus session without gnome-keyring (for "keychain unavailable" tests)
# --home DIR    use DIR as HOME and keep it (to run twice against the same keyring)
set -eu
keyring=1
home=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-keyring) keyring=0; shift ;;
    --home) home="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: with-keyring.sh [--no-keyring] [--home DIR] -- COMMAND" >&2; exit 2; }

keep=1
if [ -z "$home" ]; then
  home=$(mktemp -d "${TMPDIR:-/tmp}/officine-home.XXXXXX")
  keep=0
fi
mkdir -p "$home"
cleanup() { [ "$keep" = 1 ] || rm -rf "$home"; }
trap cleanup EXIT INT TERM

# Pass through only what the tests need; the rest of the caller's session (its D-Bus, its
# keyring, its display) must not leak in.
set -- env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
  ${LSAN_OPTIONS:+LSAN_OPTIONS="$LSAN_OPTIONS"} ${OFFICINE_TEST_ARTIFACTS:+OFFICINE_TEST_ARTIFACTS="$OFFICINE_TEST_ARTIFACTS"} \
  dbus-run-session -- sh -c '
    if [ "$0" = 1 ]; then
      printf "officine-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      # Wait until that daemon owns the Secret Service name before asking it anything: a call
      # to the name while nobody owns it makes D-Bus activate a second daemon, which reads the
      # login keyring the first is still writing ("invalid or unrecognized format") and serves
      # no login collection (seen in CI on a loaded machine). NameHasOwner activates nothing.
      i=0
      until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        i=$((i + 1))
        [ "$i" -lt 200 ] || { echo "with-keyring.sh: no Secret Service after 10 s" >&2; break; }
        sleep 0.05
      done
      # The daemon answers before its login collection exists and is unlocked: wait for that
      # (5 s at most), or a test started at once finds no collection, or a locked one (both seen
      # with several tests starting together on a loaded machine).
      i=0
      until dbus-send --session --print-reply --dest=org.freedesktop.secrets \
          /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
          string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q "boolean false"; do
        i=$((i + 1))
        [ "$i" -lt 100 ] || { echo "with-keyring.sh: no unlocked login collection after 5 s" >&2; break; }
        sleep 0.05
      done
    fi
    exec "$@"' "$keyring" "$@"
status=0
"$@" || status=$?
exit "$status"
