#!/usr/bin/env bash
# Runs a command with Node 22.12+ first on PATH (see ensure-node.sh): `bash scripts/with-node.sh astro dev`.
set -euo pipefail
source "$(dirname "$0")/ensure-node.sh"
export ASTRO_TELEMETRY_DISABLED="${ASTRO_TELEMETRY_DISABLED:-1}"
exec "$@"
