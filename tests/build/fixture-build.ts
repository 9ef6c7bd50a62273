// Builds copies of the small valid fixture (tests/fixtures/valid) in temporary folders, for the build tests.
// Each build writes to its own folder (content, dist, cache), never to the project's dist/.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { astroBuild } from './astro-build';

export { edit } from './astro-build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const made: string[] = [];

/**
 * The day the fixture's builds run on (GUIDE_TODAY, src/lib/today.mjs). The fixture's dates are fixed (chapters
 * reviewed 2026-11-22, a salary band as of 2026-01-01), so its review and staleness results are too, whatever the
 * clock says.
 */
export const FIXTURE_TODAY = '2026-11-30';

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Runs `astro build` on a fresh copy of the valid fixture, after `change` has changed it. */
export function build(change: (content: string) => void = () => {}, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  const { status, output, stdout } = astroBuild(content, dir, { GUIDE_TODAY: FIXTURE_TODAY, ...env });
  return { dir, content, status, output, stdout };
}
