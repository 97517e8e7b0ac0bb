#!/usr/bin/env bash
# Installs what the tests need on a fresh machine (npm packages; Chromium, Neovim, Node 24 and
# code-server for the editor tests, cached outside the repository), lints, builds, and runs every
# test. Lint comes first: it needs no build, so a lint error shows in half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run lint
bash scripts/e2e-setup.sh
npm test
