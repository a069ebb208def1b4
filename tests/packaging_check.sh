#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root (dpkg-deb -x) and checks what a
# pharmacy's machine would get: binaries, desktop entry, icon, AppStream metadata, control file.
set -euo pipefail
build="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
passed=0
ok() { passed=$((passed + 1)); echo "PASS: $*"; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/officine_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb produced"
ok "cpack produced $(basename "$deb")"

dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/officine usr/bin/officine-cli; do
  [ -x "$work/root/$f" ] || fail "$f missing or not executable"
done
ok "binaries installed"
desktop="$work/root/usr/share/applications/fr.officine.Officine.desktop"
metainfo="$work/root/usr/share/metainfo/fr.officine.Officine.metainfo.xml"
icon="$work/root/usr/share/icons/hicolor/scalable/apps/fr.officine.Officine.svg"
[ -f "$desktop" ] && [ -f "$metainfo" ] && [ -f "$icon" ] || fail "desktop file, metainfo or icon missing"
ok "desktop entry, AppStream metadata and icon installed"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
ok "desktop entry valid"
appstreamcli validate --no-net --pedantic "$metainfo" >/dev/null 2>&1 || appstreamcli validate --no-net "$metainfo" \
  || fail "appstreamcli validate"
ok "AppStream metadata valid"
grep -q '^Icon=fr.officine.Officine$' "$desktop" || fail "desktop Icon name"
grep -q '<svg' "$icon" || fail "icon is not an SVG"
ok "icon name matches"

control=$(dpkg-deb -f "$deb")
echo "$control" | grep -q '^Package: officine$' || fail "package name"
echo "$control" | grep -q '^Depends:.*libsqlcipher0' || fail "Depends lacks libsqlcipher0: $control"
echo "$control" | grep -q '^Depends:.*libqt6keychain1' || fail "Depends lacks QtKeychain"
ok "control file names its runtime dependencies"
# No build-tree paths or test programs leak into the package.
if find "$work/root" -name 'test_*' | grep -q .; then fail "test binaries packaged"; fi
ok "no test binaries packaged"
echo "packaging: $passed passed, 0 failed"
