// Reads Vitest's and Playwright's JSON reports and prints one line: "N passed, N failed".
// A missing report counts as a failure of that runner, so a crash never reads as green.
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;
const [vitestFile, ...playwrightFiles] = process.argv.slice(2);

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (v.numTotalTests === 0) failed += 1;
} else {
  console.error(`No Vitest report at ${vitestFile}: counting it as one failure.`);
  failed += 1;
}

for (const playwrightFile of playwrightFiles) {
  if (existsSync(playwrightFile)) {
    const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
    const s = p.stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += (s.unexpected ?? 0) + (s.skipped ?? 0);
    if ((p.errors ?? []).length) failed += p.errors.length;
  } else {
    console.error(`No Playwright report at ${playwrightFile}: counting it as one failure.`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
