// The W3C Nu HTML Checker (vnu, from npm's vnu-jar; it needs a Java runtime, which .ci/run installs where
// missing) over every page of the built site (dist/). Errors only: its warnings about the CSP's hashes of
// external files are not errors (it does not evaluate those hashes).
// The suite's runner (scripts/test.sh) builds before Vitest; run `npm run build` first when running this alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.GUIDE_OUT_DIR ?? 'dist');
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

describe('valid HTML', () => {
  // vnu takes about 5 s on an idle machine; give it room on a busy one.
  test('the Nu HTML Checker finds no error on any page of the built site', { timeout: 300_000 }, () => {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error(
        `The built site is missing (no ${join(DIST, 'index.html')}). Run \`npm run build\` first; \`npm test\` builds before it runs Vitest.`,
      );
    const run = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', DIST], {
      encoding: 'utf8',
      maxBuffer: 20 * 1024 * 1024,
    });
    if (run.error)
      throw new Error(
        `Could not run the Nu HTML Checker (${run.error.message}). It needs Java: apt-get install -y --no-install-recommends openjdk-17-jre-headless.`,
      );
    // vnu prints one line per error, `"file:///.../dist/page/index.html":line.col-line.col: error: message`.
    const errors = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(`file:${DIST}/`, ''));
    expect(errors, 'vnu found errors; each line names the page (under dist/), the position and the error').toEqual([]);
    expect(run.status).toBe(0);
  });
});
