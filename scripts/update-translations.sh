#!/usr/bin/env bash
# Refreshes translations/officine_{fr,en}.ts from the sources.
#
# Source strings are written in French, the product's primary language (see HACKING.md):
# officine_fr.ts carries them as finished translations (plural forms derived from "(s)"), so a
# reviewer can reword the French without touching code; officine_en.ts holds the English,
# translated with Qt Linguist. tests/translations_check.sh fails when either file is stale or
# has an unfinished entry.
set -euo pipefail
cd "$(dirname "$0")/.."
# lupdate can spin forever on some C++ it misparses: bounded, so a check never hangs CI.
LUPDATE=${LUPDATE:-timeout 300 /usr/lib/qt6/bin/lupdate}
SOURCES=(core app ui smartcard server tools)
existing=()
for d in "${SOURCES[@]}"; do [ -d "$d" ] && existing+=("$d"); done
common=(-no-obsolete -locations none -source-language fr_FR -extensions cpp,h -silent)
$LUPDATE "${common[@]}" -target-language fr_FR "${existing[@]}" -ts translations/officine_fr.ts
previous=$(mktemp)
cp translations/officine_en.ts "$previous"
$LUPDATE "${common[@]}" -target-language en_GB "${existing[@]}" -ts translations/officine_en.ts
# A string that moved to another class keeps its English translation.
python3 scripts/carry-translations.py translations/officine_en.ts "$previous" >/dev/null
$LUPDATE "${common[@]}" -target-language en_GB "${existing[@]}" -ts translations/officine_en.ts
rm -f "$previous"
python3 scripts/finish-french.py translations/officine_fr.ts
# Let lupdate write the file back in its own canonical layout, so that running this script
# twice changes nothing.
$LUPDATE "${common[@]}" -target-language fr_FR "${existing[@]}" -ts translations/officine_fr.ts
left=$(grep -c 'type="unfinished"' translations/officine_en.ts || true)
echo "officine_en.ts: ${left} unfinished entr(y/ies) to translate with /usr/lib/qt6/bin/linguist"
