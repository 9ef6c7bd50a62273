#!/usr/bin/env bash
# `npm start`: build the site (with its search index) and serve it at http://localhost:4321.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
export ASTRO_TELEMETRY_DISABLED=1
npx astro build
echo "Serving the built guide at http://localhost:4321${BASE_PATH:-/} (Ctrl+C to stop)"
exec npx astro preview --port 4321
