#!/usr/bin/env bash
# Builds the dashboard into web/dist: `npm ci` when node_modules is missing or
# older than package-lock.json, then `vite build`. Used by `make build`.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "web/build.sh: npm not found (run scripts/setup); the page is not built" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm 11 can write lockfiles without other platforms' optional packages
  # (rollup's native builds), which `npm ci` then refuses as out of sync;
  # `npm install --no-save` installs the same locked versions and leaves the
  # lockfile untouched.
  if ! npm ci --no-audit --no-fund --prefer-offline > /tmp/entente-npm-ci.log 2>&1; then
    echo "web/build.sh: npm ci refused the lockfile (see /tmp/entente-npm-ci.log); installing the locked versions" >&2
    npm install --no-save --no-audit --no-fund --prefer-offline
  fi
fi
npm run --silent build -- --logLevel warn
echo "web/build.sh: built $(pwd)/dist"
