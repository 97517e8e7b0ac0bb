#!/usr/bin/env bash
# Installs what the editor tests need, once, into a cache outside the repository:
# Debian's Chromium and Neovim, Node 24 (code-server needs it) and code-server itself.
# Safe to run again: each step is skipped when its result is already there.
set -euo pipefail
CACHE="${ATTACHE_E2E_CACHE:-$HOME/.cache/attache-e2e}"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need_apt+=(fonts-wqy-microhei)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e-setup: installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

NODE24_DIR="$CACHE/node24"
if [ ! -x "$NODE24_DIR/node_modules/node/bin/node" ]; then
  echo "e2e-setup: installing Node 24 into $NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund node@24 >/dev/null)
fi
NODE24_BIN="$NODE24_DIR/node_modules/node/bin"
# The node package installs the binary and its headers from a per-platform package.
NODE24_HEADERS="$(dirname "$(dirname "$(find "$NODE24_DIR/node_modules" -path '*/include/node/node_api.h' | head -n 1)")")/.."

CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]; then
  echo "e2e-setup: building code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (about 10 minutes on 2 cores)"
  rm -rf "$CODE_SERVER_DIR.partial"
  mkdir -p "$CODE_SERVER_DIR.partial"
  (
    cd "$CODE_SERVER_DIR.partial"
    npm init -y >/dev/null
    PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$(readlink -f "$NODE24_HEADERS")" \
      npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null
  )
  mv "$CODE_SERVER_DIR.partial" "$CODE_SERVER_DIR"
fi
echo "e2e-setup: ready ($CACHE)"
