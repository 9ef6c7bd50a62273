#!/usr/bin/env bash
# The pre-commit hook, installed by `npm install` (simple-git-hooks, configured in package.json): it formats the files
# the commit stages with Prettier (lint-staged, which leaves the unstaged part of a partly staged file alone), and when
# the commit touches content/, it runs the content check (a few seconds) and stops the commit on a problem; the check
# reads the files as they are in the working tree. Skip it once with `git commit --no-verify`, always with
# SKIP_SIMPLE_GIT_HOOKS=1 in the environment; install without it with SKIP_INSTALL_SIMPLE_GIT_HOOKS=1 npm install.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
bash scripts/with-node.sh npx --no-install lint-staged --quiet
if git diff --cached --quiet -- content/; then exit 0; fi
echo "pre-commit: content is staged, so running the content check (skip with git commit --no-verify)."
exec bash scripts/with-node.sh node scripts/check-content.mjs
