#!/usr/bin/env bash
# The demo on a fresh machine: installs, builds and packages the extension, checks the sample
# drafts from the command line, then serves the sample workspace (drafts + corpus) in a real
# VS Code (code-server) on 127.0.0.1 with Attaché installed, and prints the address.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/e2e-setup.sh
npm run --silent package >/dev/null
echo "== attache check samples/drafts"
# The drafts carry planted errors, so check exits 1; the demo shows the findings and goes on.
node bin/attache.js check samples/drafts || test $? -eq 1
echo
node scripts/serve-demo.mjs
