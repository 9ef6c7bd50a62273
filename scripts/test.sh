#!/usr/bin/env bash
# `npm test`: type check, builds, unit and build tests (Vitest; among them the Nu HTML Checker over dist/, which
# needs Java), then end-to-end tests (Playwright) against the built sites. Ends with one line: "N passed, N failed".
#
# Work that does not wait on other work runs side by side, in two lanes (the CI machine has 2 cores), each about
# half of the CPU time:
#   lane "site":  astro build (dist/) -> astro build under the subpath (dist-subpath/) -> the rebuilt site of the
#                 change marks' test, under the subpath too (dist-rebuilt/) -> Playwright in Chromium, every spec,
#                 against dist-subpath/
#   lane "tests": astro check -> lint (ESLint, Prettier's check) -> Vitest: unit tests, then the fixture builds (tests/build/) -> Vitest on dist/:
#                 size budgets and the HTML checker -> the reader's flows in Firefox and WebKit against dist/
# The Chromium suite runs under the subpath because that is the harder case: a link, a lazy load or an absolute URL
# that forgets the base path breaks there and not at /. The site at / is what the flows (two engines), the size
# budgets, the HTML checker and the build's own link check read, so both builds are tested.
# Each step's output goes to reports/steps/<step>.log and is printed when both lanes finish; a table of each
# step's wall and CPU time is printed before the summary line.
#
# Environment: GUIDE_TODAY (YYYY-MM-DD) is "today" for every build and test of the run (src/lib/dates.ts); unset,
# it is the day the suite starts (UTC), fixed once so a run that crosses midnight agrees with itself. E2E_PORT and
# E2E_SUBPATH_PORT are the ports `astro preview` serves the two builds on (default 4321 and 4322); the flows get
# their own server on E2E_FLOWS_PORT (default 4323), as they run beside the Chromium suite.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
export ASTRO_TELEMETRY_DISABLED=1
export GUIDE_TODAY="${GUIDE_TODAY:-$(date -u +%F)}"
SUBPATH=/ai-engineer-guide/
PORT=${E2E_PORT:-4321}
SUBPATH_PORT=${E2E_SUBPATH_PORT:-4322}
FLOWS_PORT=${E2E_FLOWS_PORT:-4323}
mkdir -p reports/steps
rm -f reports/*.json reports/steps/*
TIMES=reports/steps/times.tsv
# CPU time needs python3 (scripts/lib/cpu-time.py counts every process a step starts, browsers included).
CPU_TIME=; command -v python3 >/dev/null 2>&1 && CPU_TIME=scripts/lib/cpu-time.py

# step NAME COMMAND...: runs COMMAND with its output in reports/steps/NAME.log, and records its wall time and
# the CPU time (user + system) of it and every process it started.
step() {
  local name=$1; shift
  local start end rc cpu='-'
  start=$(date +%s.%N)
  if [ -n "$CPU_TIME" ]; then
    python3 "$CPU_TIME" "reports/steps/$name.cpu" "$@" >"reports/steps/$name.log" 2>&1; rc=$?
    cpu=$(cat "reports/steps/$name.cpu" 2>/dev/null || echo -)
  else
    "$@" >"reports/steps/$name.log" 2>&1; rc=$?
  fi
  end=$(date +%s.%N)
  printf '%s\t%s\t%s\t%s\n' "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')" "$cpu" "$rc" >>"$TIMES"
  return $rc
}

# show NAME...: prints each step's log under a heading.
show() {
  for name in "$@"; do
    [ -f "reports/steps/$name.log" ] || continue
    printf '\n\033[1m== %s ==\033[0m\n' "$name"
    cat "reports/steps/$name.log"
  done
}

status=0
suite_start=$(date +%s)
echo "GUIDE_TODAY=$GUIDE_TODAY"

# Two lanes side by side; each runs its steps one after another.
# The site lane records how its builds went in reports/steps/built (0: both built, 1: dist/ failed, 2: only the
# subpath build failed); the tests lane waits for that file before it reads the builds.
BUILT=reports/steps/built
(
  step build npx astro build || { echo 1 >"$BUILT"; exit 1; }
  if step build-subpath env BASE_PATH=$SUBPATH GUIDE_OUT_DIR=dist-subpath npx astro build; then echo 0 >"$BUILT"; else echo 2 >"$BUILT"; fi
  rc=$(cat "$BUILT")
  [ "$rc" -eq 0 ] || exit $rc
  # The site that tests/e2e/change-marks.spec.ts returns to, rebuilt with edits, under the same base path. While the
  # tests lane type-checks and lints: Astro builds whose output lies outside the project share its .astro/ folder, so
  # this one must not overlap the fixture builds. A failure fails that spec, not the other tests.
  step build-rebuilt env BASE_PATH=$SUBPATH node scripts/build-rebuilt-site.mjs dist-rebuilt
  step playwright env BASE_PATH=$SUBPATH GUIDE_OUT_DIR=dist-subpath E2E_PORT="$SUBPATH_PORT" E2E_OUTPUT_DIR=test-results/chromium \
    PLAYWRIGHT_JSON=reports/playwright.json GUIDE_REBUILT_DIR="$PWD/dist-rebuilt" \
    npx playwright test --project=chromium --workers=2 || rc=1
  exit $rc
) &
site=$!
(
  rc=0
  # astro check counts as one in the closing line, as each lint tool does (scripts/summarize-tests.mjs).
  if step check npx astro check; then ok=true; else ok=false; rc=1; fi
  printf '{ "checks": { "astro check": %s } }\n' "$ok" >reports/check.json
  step lint env LINT_REPORT=reports/lint.json bash scripts/lint.sh || rc=1
  step vitest-unit npx vitest run --project unit --project fixture-builds \
    --reporter=default --reporter=json --outputFile=reports/vitest.json || rc=1
  while [ ! -s "$BUILT" ]; do sleep 1; done
  if [ "$(cat "$BUILT")" -ne 1 ]; then
    step vitest-dist npx vitest run --project built-site --reporter=default --reporter=json --outputFile=reports/vitest-dist.json || rc=1
    # The reader's flows in Firefox and WebKit, against dist/ served on a port of their own. Chromium runs the whole
    # suite above, which covers each flow in more detail; the flows in Chromium (--project=flows-chromium, 43 s of a
    # worker) are for comparing an engine's failure by hand, not part of every run.
    step flows env E2E_PORT="$FLOWS_PORT" E2E_OUTPUT_DIR=test-results/flows PLAYWRIGHT_JSON=reports/playwright-flows.json \
      npx playwright test --project=firefox --project=webkit --workers=2 || rc=1
  fi
  exit $rc
) &
tests=$!
wait $site || status=1
wait $tests || status=1
show build build-subpath build-rebuilt check lint vitest-unit vitest-dist flows playwright
[ "$(cat "$BUILT" 2>/dev/null || echo 1)" -eq 0 ] || { echo "A build failed (above); the tests of that build are not run and count as failed."; status=1; }

printf '\n\033[1m== time per step, in seconds (CPU: user + system of the step and every process it started) ==\033[0m\n'
awk -F'\t' '{ printf "%-20s wall %5s   cpu %6s%s\n", $1, $2, $3, ($4 == 0 ? "" : "   (failed)"); cpu += $3 }
  END { printf "%-20s wall %5s   cpu %6.1f   (steps in a lane run one after another; the two lanes side by side)\n", "whole suite", '"$(( $(date +%s) - suite_start ))"', cpu }' "$TIMES"

node scripts/summarize-tests.mjs reports/check.json reports/lint.json reports/vitest.json reports/vitest-dist.json reports/playwright.json reports/playwright-flows.json || status=1
exit $status
