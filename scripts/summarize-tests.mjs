// Reads Vitest's and Playwright's JSON reports and those of the checks (any number of each, told apart by their
// shape) and prints one line: "N passed, N failed". A check counts one: astro check, ESLint, Prettier's check. A missing or unreadable report counts as a failure of that run, so a crash never
// reads as green.
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;

for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    report = undefined;
  }
  if (!report) {
    console.error(`No readable report at ${file}: counting it as one failure.`);
    failed += 1;
  } else if ('checks' in report) {
    // scripts/lint.sh and astro check in scripts/test.sh
    for (const ok of Object.values(report.checks)) {
      if (ok === true) passed += 1;
      else failed += 1;
    }
  } else if ('numTotalTests' in report) {
    // Vitest
    passed += report.numPassedTests ?? 0;
    const notPassed = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails before its tests run (an error while collecting) fails no test: count the run once.
    failed += notPassed || (report.numTotalTests === 0 || report.success === false ? 1 : 0);
  } else {
    // Playwright
    const s = report.stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += (s.unexpected ?? 0) + (s.skipped ?? 0) + (report.errors ?? []).length;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
