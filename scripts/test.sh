#!/usr/bin/env bash
# Installs what the tests need on a fresh machine (npm packages; Chromium, Neovim, Node 24 and
# code-server for the editor tests, cached outside the repository; PostgreSQL for the shared-archive
# tests), lints, checks the format, builds, and runs every test. Lint and format come first: they
# need no build, so a style error shows in half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run lint
npm run format:check
bash scripts/e2e-setup.sh
# The shared-archive tests start a throwaway PostgreSQL cluster: Debian's server, installed once.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "test: installing Debian's postgresql"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
npm test
