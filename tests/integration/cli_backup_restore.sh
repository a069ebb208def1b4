#!/bin/sh
# officine-cli round trip through real keyrings:
#   machine A: init, check, backup (passphrase on stdin)
#   machine B (fresh HOME, empty keychain): restore refused with a wrong passphrase and with a
#   tampered file, then restored with the passphrase alone; check passes and sees the same store.
set -eu
cli="$1"
with_keyring="$2"
work=$(mktemp -d "${TMPDIR:-/tmp}/officine-cli-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/a/officine-home" "$work/b/officine-home"
A="$work/a/officine-home"
B="$work/b/officine-home"

"$with_keyring" --home "$A" -- "$cli" init > "$work/init.out"
grep -q "Base chiffrée créée" "$work/init.out" || fail "init did not report the store"
"$with_keyring" --home "$A" -- "$cli" check > "$work/check-a.out"
grep -q "Base intègre" "$work/check-a.out" || fail "check on A"
workstation_a=$(grep -o 'poste[^0-9a-f]*[0-9a-f-]*' "$work/check-a.out")

# help for every command
for c in init backup restore check; do
  "$cli" "$c" --help | grep -q "Usage" || fail "$c --help"
done

# a weak passphrase is refused
if printf 'court\n' | "$with_keyring" --home "$A" -- "$cli" backup "$work/weak.obak" 2> "$work/weak.err"; then
  fail "weak passphrase accepted"
fi
grep -q "12 caractères" "$work/weak.err" || fail "weak passphrase message"
[ ! -e "$work/weak.obak" ] || fail "weak passphrase left a file"

printf 'Pharmacie-du-Port-1987\n' | "$with_keyring" --home "$A" -- "$cli" backup "$work/a.obak" > "$work/backup.out"
grep -q "Sauvegarde écrite" "$work/backup.out" || fail "backup"
[ "$(stat -c %a "$work/a.obak")" = 600 ] || fail "backup not owner-only: $(stat -c %a "$work/a.obak")"

# Global options are accepted after the command, as people type them.
"$with_keyring" --home "$A" -- "$cli" init --data-dir "$work/other" > /dev/null || fail "init --data-dir after"
[ -e "$work/other/officine.db" ] || fail "--data-dir after the command ignored"
"$with_keyring" --home "$A" -- "$cli" check --data-dir "$work/other" | grep -q "Base intègre" || fail "check --data-dir after"
"$with_keyring" --home "$A" -- "$cli" audit verify --data-dir="$work/other" > /dev/null || fail "audit verify --data-dir= after"

# machine B: empty keychain, nothing but the file and the passphrase
if printf 'Pharmacie-du-Port-1988\n' | "$with_keyring" --home "$B" -- "$cli" restore "$work/a.obak" 2> "$work/wrong.err"; then
  fail "wrong passphrase accepted"
fi
grep -q "Phrase de passe incorrecte" "$work/wrong.err" || fail "wrong passphrase message"

head -c 20000 "$work/a.obak" > "$work/truncated.obak"
if printf 'Pharmacie-du-Port-1987\n' | "$with_keyring" --home "$B" -- "$cli" restore "$work/truncated.obak" 2> "$work/trunc.err"; then
  fail "truncated backup accepted"
fi
grep -q "tronquée" "$work/trunc.err" || fail "truncated message"
[ ! -e "$B/.local/share/officine/officine.db" ] || fail "a refused restore created a store"

printf 'Pharmacie-du-Port-1987\n' | "$with_keyring" --home "$B" -- "$cli" restore "$work/a.obak" > "$work/restore.out"
grep -q "restaurée" "$work/restore.out" || fail "restore"
"$with_keyring" --home "$B" -- "$cli" check > "$work/check-b.out"
grep -q "Base intègre" "$work/check-b.out" || fail "check on B"
workstation_b=$(grep -o 'poste[^0-9a-f]*[0-9a-f-]*' "$work/check-b.out")
[ "$workstation_a" = "$workstation_b" ] || fail "restored store differs ($workstation_a / $workstation_b)"

# The operations are in the trails: A's key creation and backup, B's restore and new key.
"$with_keyring" --home "$A" -- "$cli" audit export "$work/trail-a.jsonl" > /dev/null || fail "export A"
"$with_keyring" --home "$B" -- "$cli" audit export "$work/trail-b.jsonl" > /dev/null || fail "export B"
grep '"action":"key_operation"' "$work/trail-a.jsonl" | grep -q 'created' || fail "key creation not audited on A"
grep '"action":"backup"' "$work/trail-a.jsonl" | grep -q '"outcome":"success"' || fail "backup not audited on A"
grep -q '"action":"restore"' "$work/trail-b.jsonl" || fail "restore not audited on B"
grep '"action":"key_operation"' "$work/trail-b.jsonl" | grep -q 'restore-rekeyed' || fail "B's new key not audited"
"$with_keyring" --home "$B" -- "$cli" audit verify > "$work/verify-b.out" || fail "restored trail does not verify"

# The key on B is B's own: A's keychain file never travelled.
cmp -s "$A/.local/share/keyrings/login.keyring" "$B/.local/share/keyrings/login.keyring" && fail "same keyring"
echo "cli_backup_restore: 12 passed, 0 failed"
