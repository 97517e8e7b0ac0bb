#!/usr/bin/env bash
# Sets up on a fresh machine and runs Attaché over the sample drafts with the sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
echo "== attache entities samples/drafts/2023-10-clean-readout.md"
node bin/attache.js entities samples/drafts/2023-10-clean-readout.md
echo
echo "== attache check samples/drafts"
# The drafts carry planted errors, so check exits 1; the demo shows the findings and goes on.
node bin/attache.js check samples/drafts || test $? -eq 1
