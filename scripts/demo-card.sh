#!/usr/bin/env bash
# Inserts or removes an emulated card of the demo pharmacy (started by scripts/demo.sh).
#   scripts/demo-card.sh insert titulaire|pharmacien|preparateur   (first reader)
#   scripts/demo-card.sh insert nouvelle                           (second reader: a card to bind)
#   scripts/demo-card.sh remove [nouvelle]
set -euo pipefail
run="${XDG_RUNTIME_DIR:-/tmp}/officine-demo-$(id -u)"
cards=(titulaire pharmacien preparateur)
if [ ! -f "$run/titulaire.ctl" ]; then
  echo "demo-card: la démonstration n'est pas lancée (scripts/demo.sh)." >&2
  exit 1
fi
remove_all() {
  for c in "${cards[@]}"; do echo remove >> "$run/$c.ctl"; done
}
case "${1:-}" in
  insert)
    name="${2:-}"
    case "$name" in
      titulaire|pharmacien|preparateur) ;;
      nouvelle)
        echo insert >> "$run/nouvelle.ctl"
        echo "Carte « nouvelle » insérée dans le second lecteur (Officine Demo 00 01)."
        exit 0 ;;
      *) echo "demo-card: carte inconnue « $name » (titulaire, pharmacien, preparateur ou nouvelle)." >&2; exit 2 ;;
    esac
    # One reader: the card in it comes out first, and the reader needs a moment to notice.
    remove_all
    sleep 1
    echo insert >> "$run/$name.ctl"
    echo "Carte « $name » insérée."
    ;;
  remove)
    if [ "${2:-}" = nouvelle ]; then
      echo remove >> "$run/nouvelle.ctl"
      echo "Carte « nouvelle » retirée du second lecteur."
    else
      remove_all
      echo "Carte retirée."
    fi
    ;;
  *)
    echo "usage : scripts/demo-card.sh insert titulaire|pharmacien|preparateur|nouvelle | remove [nouvelle]" >&2
    exit 2
    ;;
esac
