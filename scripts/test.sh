#!/usr/bin/env bash
# `npm test`: type check, build, unit and build tests (Vitest; among them the Nu HTML Checker over dist/,
# which needs Java), then end-to-end tests (Playwright) against the built site. Ends with one line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/vitest.json reports/playwright*.json
SUBPATH=/ai-engineer-guide/

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
status=0

step "astro check"
npx astro check || { echo "astro check found errors (above)."; status=1; }

step "astro build"
npx astro build 2>&1 | grep -v -e 'MODULE_LEVEL_DIRECTIVE' -e 'module level directive' ; build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then echo "The build failed (above); skipping the end-to-end tests."; status=1; fi

step "astro build under the subpath $SUBPATH (dist-subpath/)"
BASE_PATH=$SUBPATH GUIDE_OUT_DIR=dist-subpath npx astro build 2>&1 | grep -E 'Content checks|Indexed|page\(s\) built|ERROR|Error' ; subbuild=${PIPESTATUS[0]}
if [ "$subbuild" -ne 0 ]; then echo "The subpath build failed (above)."; status=1; fi

step "vitest (unit and build tests)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json || status=1

if [ "$build" -eq 0 ]; then
  step "playwright (end to end at /: Chromium, then the reader's flows in Chromium, Firefox and WebKit)"
  PLAYWRIGHT_JSON=reports/playwright.json npx playwright test || status=1
fi
if [ "$subbuild" -eq 0 ]; then
  step "playwright (end to end, built site at $SUBPATH)"
  # Everything that depends on the base path, in Chromium; the axe sweep (accessibility.spec.ts) and the
  # cross-engine flows ran against / above, and neither depends on the base path.
  E2E_IGNORE=accessibility BASE_PATH=$SUBPATH GUIDE_OUT_DIR=dist-subpath E2E_PORT=4322 PLAYWRIGHT_JSON=reports/playwright-subpath.json npx playwright test --project=chromium || status=1
fi

node scripts/summarize-tests.mjs reports/vitest.json reports/playwright.json reports/playwright-subpath.json || status=1
exit $status
