#!/usr/bin/env bash
# Builds the Debian packages the Debian way, from debian/ (dpkg-buildpackage -us -uc -b), in a
# copy of the source tree; runs lintian on them and fails on any error or warning; then checks
# what a pharmacy's machine gets: binaries (stripped), man pages, desktop entry, icon, AppStream
# metadata, the system configuration file as a conffile, the control file's dependencies.
#
#   packaging_check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
passed=0
ok() { passed=$((passed + 1)); echo "PASS: $*"; }

version=$(cd "$src" && dpkg-parsechangelog -S Version)
# A stable place under the build tree, so that ccache finds the previous run's objects.
work="$build/debian-package"
tree="$work/officine-$version"
rm -rf "$work"
mkdir -p "$tree"
(cd "$src" && { git ls-files -z --cached --others --exclude-standard 2>/dev/null \
    || find . -path ./build -prune -o -type f -print0; }) \
  | (cd "$src" && xargs -0 cp --parents -t "$tree" 2>/dev/null || true)
[ -x "$tree/debian/rules" ] || fail "debian/ not copied"

if ! (cd "$tree" && CCACHE_BASEDIR="$tree" CCACHE_NOHASHDIR=1 \
      dpkg-buildpackage -us -uc -b -j"$(nproc)" > "$work/build.log" 2>&1); then
  tail -40 "$work/build.log" >&2
  fail "dpkg-buildpackage -us -uc -b"
fi
deb="$work/officine_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no officine .deb produced"
ok "dpkg-buildpackage produced $(basename "$deb")"

if ! lintian --fail-on error,warning --tag-display-limit 0 --info "$deb" > "$work/lintian.log" 2>&1; then
  cat "$work/lintian.log" >&2
  fail "lintian reports errors or warnings"
fi
grep -E '^[EW]: ' "$work/lintian.log" && fail "lintian tags"
ok "lintian: no error, no warning ($(grep -c '^[IP]: ' "$work/lintian.log" || true) informational tag(s))"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"
for f in usr/bin/officine usr/bin/officine-cli; do
  [ -x "$root/$f" ] || fail "$f missing or not executable"
  file -b "$root/$f" | grep -q ', stripped' || fail "$f not stripped"
done
ok "binaries installed and stripped"
for m in officine officine-cli; do
  [ -f "$root/usr/share/man/man1/$m.1.gz" ] || fail "man page of $m missing"
  zcat "$root/usr/share/man/man1/$m.1.gz" | grep -q '^\.TH' || fail "man page of $m is not a man page"
done
ok "man pages for officine and officine-cli"
grep -qx '/etc/officine/officine.conf' "$work/control/conffiles" || fail "officine.conf is not a conffile"
[ -f "$root/etc/officine/officine.conf" ] || fail "officine.conf not installed"
ok "/etc/officine/officine.conf is a conffile"

desktop="$root/usr/share/applications/fr.officine.Officine.desktop"
metainfo="$root/usr/share/metainfo/fr.officine.Officine.metainfo.xml"
icon="$root/usr/share/icons/hicolor/scalable/apps/fr.officine.Officine.svg"
[ -f "$desktop" ] && [ -f "$metainfo" ] && [ -f "$icon" ] || fail "desktop file, metainfo or icon missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" > /dev/null || fail "appstreamcli validate"
grep -q '^Icon=fr.officine.Officine$' "$desktop" || fail "desktop Icon name"
grep -q '<svg' "$icon" || fail "icon is not an SVG"
ok "desktop entry, AppStream metadata and icon valid"

control=$(dpkg-deb -f "$deb")
echo "$control" | grep -q '^Package: officine$' || fail "package name"
echo "$control" | grep -q '^Depends:.*libsqlcipher0' || fail "Depends lacks libsqlcipher0: $control"
echo "$control" | grep -q '^Depends:.*libqt6keychain1' || fail "Depends lacks QtKeychain"
echo "$control" | grep -q '^Depends:.*pcscd' || fail "Depends lacks pcscd"
ok "control file names its runtime dependencies"
if find "$root" -name 'test_*' -o -name 'officine-card-emulator' | grep -q .; then
  fail "test programs packaged"
fi
ok "no test program packaged"

# officine-server: its own package, lintian-clean, with its hardened unit, its conffile, its
# system user and its documentation.
sdeb="$work/officine-server_${version}_$(dpkg --print-architecture).deb"
[ -f "$sdeb" ] || fail "no officine-server .deb produced"
if ! lintian --fail-on error,warning --tag-display-limit 0 --info "$sdeb" > "$work/lintian-server.log" 2>&1; then
  cat "$work/lintian-server.log" >&2
  fail "lintian reports errors or warnings on officine-server"
fi
grep -E '^[EW]: ' "$work/lintian-server.log" && fail "lintian tags on officine-server"
ok "officine-server: lintian, no error, no warning"
sroot="$work/server-root"
dpkg-deb -x "$sdeb" "$sroot"
dpkg-deb -e "$sdeb" "$work/server-control"
[ -x "$sroot/usr/sbin/officine-server" ] || fail "officine-server missing"
file -b "$sroot/usr/sbin/officine-server" | grep -q ', stripped' || fail "officine-server not stripped"
zcat "$sroot/usr/share/man/man8/officine-server.8.gz" | grep -q '^\.TH' || fail "officine-server(8) missing"
grep -qx '/etc/officine/server.conf' "$work/server-control/conffiles" || fail "server.conf is not a conffile"
unit="$sroot/lib/systemd/system/officine-server.service"
[ -f "$unit" ] || fail "systemd unit missing"
for k in 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'User=officine-server' 'CapabilityBoundingSet=' \
         'SystemCallFilter=@system-service' 'MemoryDenyWriteExecute=yes'; do
  grep -qx "$k" "$unit" || fail "unit lacks $k"
done
# The unit as systemd reads it (the binary and man page are not installed here: expected).
verify=$(systemd-analyze verify "$unit" 2>&1 | grep -v -e 'is not executable' -e "Command 'man " -e 'Executable path' || true)
[ -z "$verify" ] || { echo "$verify" >&2; fail "systemd-analyze verify"; }
[ -f "$sroot/usr/lib/sysusers.d/officine-server.conf" ] || fail "no sysusers.d entry for the service user"
[ -f "$sroot/usr/share/doc/officine-server/sync-protocol.md.gz" ] || fail "sync protocol not documented in the package"
dpkg-deb -f "$sdeb" Depends | grep -q 'libqt6sql6-psql' || fail "officine-server does not depend on the PostgreSQL driver"
if find "$sroot" -name '*.key' -o -name '*password*' | grep -q .; then fail "a secret is packaged"; fi
ok "officine-server: binary, man page, conffile, hardened unit, system user, documentation"
echo "packaging: $passed passed, 0 failed"
