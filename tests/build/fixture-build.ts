// Builds copies of the small valid fixture (tests/fixtures/valid) in temporary folders, for the build tests.
// Each build writes to its own folder (content, dist, cache), never to the project's dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const made: string[] = [];

/**
 * The day the fixture's builds run on (GUIDE_TODAY, src/lib/dates.ts). The fixture's dates are fixed (chapters
 * reviewed 2026-11-22, a salary band as of 2026-01-01), so its review and staleness results are too, whatever the
 * clock says.
 */
export const FIXTURE_TODAY = '2026-11-30';

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Replaces one piece of text in a fixture file, and fails loudly if the text is not there (the fixture changed). */
export function edit(content: string, file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`The fixture ${file} no longer contains ${JSON.stringify(from)}; update this test.`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * The environment for a child `astro build`: this one without what Vitest adds to emulate import.meta.env
 * (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test), which Astro would otherwise read as its own.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  return env;
}

/** Runs `astro build` on a fresh copy of the valid fixture, after `change` has changed it. */
export function build(change: (content: string) => void = () => {}, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
    env: {
      ...buildEnv(),
      GUIDE_CONTENT_DIR: content,
      GUIDE_OUT_DIR: join(dir, 'dist'),
      GUIDE_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      GUIDE_TODAY: FIXTURE_TODAY,
      ...env,
    },
  });
  if (result.error) throw result.error;
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { dir, content, status: result.status, output, stdout: stripVTControlCharacters(result.stdout) };
}
