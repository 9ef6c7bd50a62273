#!/usr/bin/env node
// Builds the rebuilt site that tests/e2e/change-marks.spec.ts returns to (tests/e2e/rebuilt-site.ts), into
// dist-rebuilt/ or the folder given. scripts/test.sh runs it before the browser tests, beside no other build.
//   node scripts/build-rebuilt-site.mjs [folder]
import './lib/load-ts.mjs';
import { resolve } from 'node:path';

const { buildRebuiltSite } = await import('../tests/e2e/rebuilt-site.ts');
const built = buildRebuiltSite(resolve(process.argv[2] ?? 'dist-rebuilt'));
console.log(built.output);
process.exit(built.status ?? 1);
