#!/usr/bin/env bash
# The whole test suite: system packages check, typecheck, lint, then every vitest test,
# including the PC/SC tests against the real pcscd + vpcd stack (started by the suite).
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own Node 24 (the `node` devDependency) first, as npm scripts have it.
export PATH="$PWD/node_modules/.bin:$PATH"

mapfile -t wanted < <(grep -Ev '^\s*(#|$)' deploy/system-packages.txt)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test: installing missing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  else
    echo "test: missing system packages: ${missing[*]}" >&2
    echo "test: install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# pcsclite is an optional dependency that compiles only with libpcsclite-dev: on a fresh
# machine `npm install` ran before the line above installed it, so build it now.
if [ ! -e node_modules/pcsclite/package.json ]; then
  echo "test: installing the PC/SC addon (pcsclite) now that libpcsclite-dev is here"
  npm install --no-audit --no-fund
fi

echo "== runtime: node $(node --version) ($(command -v node))"
echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== lint"; npx eslint .
echo "== tests"; npx vitest run "$@"
