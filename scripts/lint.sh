#!/usr/bin/env bash
# `npm run lint`: ESLint (eslint.config.mjs), then Prettier's check that every file is formatted (prettier.config.mjs,
# .prettierignore); `npm run format` writes what Prettier would change. Both keep a cache in node_modules/.cache, so a
# second run reads only the files that changed. With LINT_REPORT=<file>, also writes which of the two passed, for the
# test suite's closing count (scripts/summarize-tests.mjs). Exits 1 when either finds something.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh >/dev/null
eslint=0
prettier=0
npx eslint --cache --cache-location node_modules/.cache/eslint/ . || eslint=1
npx prettier --check --cache --log-level warn . || prettier=1
[ "$prettier" -eq 0 ] || echo 'Prettier would format the files above: run `npm run format`.'
if [ -n "${LINT_REPORT:-}" ]; then
  printf '{ "checks": { "eslint": %s, "prettier": %s } }\n' "$([ $eslint -eq 0 ] && echo true || echo false)" "$([ $prettier -eq 0 ] && echo true || echo false)" >"$LINT_REPORT"
fi
[ $eslint -eq 0 ] && [ $prettier -eq 0 ]
