#!/usr/bin/env bash
# Sets up on a fresh machine and runs Attaché over the sample drafts with the sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
node bin/attache.js entities samples/drafts
