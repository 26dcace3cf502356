#!/usr/bin/env bash
# Builds solidity/ with forge and regenerates Registry.Contracts (artifacts + typed bindings) from it.
#   scripts/generate-contracts.sh          regenerate in place
#   scripts/generate-contracts.sh --check  regenerate into a temporary folder; exit 1 if the committed files differ
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-write}"
if [[ "$mode" != "write" && "$mode" != "--check" ]]; then
  echo "usage: $0 [--check]" >&2
  exit 2
fi

if [[ ! -x "$root/node_modules/.bin/forge" ]]; then
  (cd "$root" && npm ci --no-audit --no-fund)
fi
(cd "$root/solidity" && "$root/node_modules/.bin/forge" build --skip test --quiet)

if [[ "$mode" == "write" ]]; then
  node "$root/scripts/generate-contracts.cjs"
  echo "Regenerated Registry.Contracts from solidity/."
  exit 0
fi

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
node "$root/scripts/generate-contracts.cjs" "$fresh"

stale=0
while IFS= read -r -d '' file; do
  relative="${file#"$fresh"/}"
  if ! cmp -s "$file" "$root/$relative"; then
    echo "out of date: $relative" >&2
    stale=1
  fi
done < <(find "$fresh" -type f -print0 | sort -z)
while IFS= read -r -d '' file; do
  relative="${file#"$root"/}"
  if [[ ! -f "$fresh/$relative" ]]; then
    echo "no longer generated: $relative" >&2
    stale=1
  fi
done < <(find "$root/Registry.Contracts" -name '*.gen.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | sort -z)

if [[ "$stale" -ne 0 ]]; then
  echo "The contract bindings do not match solidity/: run scripts/generate-contracts.sh and commit the result." >&2
  exit 1
fi
echo "Contract bindings are up to date."
