#!/usr/bin/env bash
# Runs every test of the registry and ends with one line: "N passed, N failed, N skipped".
# Installs what the tests need first: the pinned npm tools, the js-ipfs test node, and Debian's Chromium.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

passed=0; failed=0; skipped=0; broken=0
step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# npm ci writes node_modules/.package-lock.json; when it is newer than the lockfile, the install is current.
npm_install() {
  if [ ! "$1/node_modules/.package-lock.json" -nt "$1/package-lock.json" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $1"; exit 1; }
  fi
}

step "Installing the pinned npm tools"
npm_install .
npm_install tools/ipfs-node

if ! command -v chromium >/dev/null 2>&1; then
  step "Installing Chromium (Debian package) for the browser tests"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || { echo "Chromium could not be installed"; exit 1; }
fi

step "Checking that the generated contract bindings are current"
if ! scripts/generate-contracts.sh --check; then broken=$((broken + 1)); fi

step "forge test (Solidity)"
forge_log="$(mktemp)"
(cd solidity && ../node_modules/.bin/forge test) 2>&1 | tee "$forge_log"
summary="$(grep -Eo '[0-9]+ tests passed, [0-9]+ failed, [0-9]+ skipped' "$forge_log" | tail -1)"
if [ -n "$summary" ]; then
  read -r p f s < <(echo "$summary" | sed -E 's/([0-9]+) tests passed, ([0-9]+) failed, ([0-9]+) skipped/\1 \2 \3/')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
else
  broken=$((broken + 1))
fi

step "dotnet build (every project, benchmarks included; warnings are errors)"
if ! dotnet build Registry.sln --nologo -v quiet; then broken=$((broken + 1)); fi

step "dotnet test (unit, contract, indexer, IPFS, components, browser)"
dotnet_log="$(mktemp)"
dotnet test Registry.sln --nologo --blame-hang-timeout 10m 2>&1 | tee "$dotnet_log"
dotnet_status=${PIPESTATUS[0]}
summary="$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$dotnet_log")"
if [ -n "$summary" ]; then
  while read -r line; do
    read -r f p s < <(echo "$line" | sed -E 's/Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+)/\1 \2 \3/')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  done <<< "$summary"
elif [ "$dotnet_status" -ne 0 ]; then
  broken=$((broken + 1))
fi
[ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ] && broken=$((broken + 1))

for measurement in Registry.Tests/bin/*/net10.0/Measurements/*.txt; do
  [ -f "$measurement" ] && { step "Measured"; cat "$measurement"; }
done

failed=$((failed + broken))
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
