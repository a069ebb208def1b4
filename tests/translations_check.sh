#!/usr/bin/env bash
# Fails when a translation file is stale (a tr() string added, changed or removed without
# running scripts/update-translations.sh) or has an unfinished entry. French is the primary
# language and must be complete; English is kept complete too.
set -euo pipefail
src="$1"
# lupdate can spin forever on some C++ it misparses: bounded, so a check never hangs CI.
LUPDATE=${LUPDATE:-timeout 300 /usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
dirs=()
for d in core app ui smartcard server tools; do [ -d "$d" ] && dirs+=("$d"); done
status=0
for lang in fr:fr_FR en:en_GB; do
  short=${lang%%:*}; target=${lang##*:}
  ts="translations/officine_${short}.ts"
  cp "$ts" "$work/"
  $LUPDATE -no-obsolete -locations none -source-language fr_FR -extensions cpp,h -silent \
    -target-language "$target" "${dirs[@]}" -ts "$work/officine_${short}.ts"
  unfinished=$(grep -c 'type="unfinished"' "$work/officine_${short}.ts" || true)
  if [ "$unfinished" != 0 ]; then
    echo "FAIL: $ts: $unfinished unfinished entr(y/ies) once the sources are scanned:" >&2
    grep -B3 'type="unfinished"' "$work/officine_${short}.ts" | grep '<source>' | head -20 >&2
    status=1
  elif ! cmp -s "$ts" "$work/officine_${short}.ts"; then
    echo "FAIL: $ts is stale: run scripts/update-translations.sh" >&2
    diff "$ts" "$work/officine_${short}.ts" | head -20 >&2
    status=1
  else
    echo "PASS: $ts complete and up to date ($(grep -c '<message' "$ts") messages)"
  fi
done
# French typography: no plain space before : ; ? ! in a French source string.
bad=$(grep -E '<source>[^<]*[[:alnum:]).] [:;?!]( |<)' translations/officine_fr.ts | head -5 || true)
if [ -n "$bad" ]; then
  echo "FAIL: plain space before a colon, semicolon, ? or ! (run scripts/french-typography.py core app ui smartcard):" >&2
  echo "$bad" >&2
  status=1
else
  echo "PASS: French typography (non-breaking spaces before : ; ? !)"
fi
[ "$status" = 0 ] && echo "translations: 3 passed, 0 failed" || echo "translations: failed"
exit "$status"
