// Builds copies of the small valid fixture (tests/fixtures/valid) in temporary folders, for the build tests.
// Each build writes to its own folder (content, dist, cache), never to the project's dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** What a build reads of the project besides content and node_modules: a copy of these builds like the project. */
const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'site.config.mjs', 'tsconfig.json', 'package.json', 'CONTRIBUTING.md', 'json-schemas'];

/**
 * A copy of the project's code in `dir`/project, with node_modules linked, for a build of code a test changes
 * (`code`, given the copy's root): adding a collection, say. Returns the copy's root.
 */
function copyProject(dir: string, code: (root: string) => void) {
  const root = join(dir, 'project');
  mkdirSync(root);
  for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(root, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  code(root);
  return root;
}

/** Runs `node <script>` in `cwd` (the project, or a copy of it) on a content folder, on the fixture's day. */
export function runScript(script: string, args: string[], { content, cwd = ROOT, env = {} }: { content: string; cwd?: string; env?: Record<string, string> }) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', input: '', env: { ...process.env, GUIDE_CONTENT_DIR: content, GUIDE_TODAY: FIXTURE_TODAY, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs `astro build` on a fresh copy of the valid fixture, after `change` has changed it. With `code`, the build
 * runs in a copy of the project that `code` has changed (`project` in the result is that copy's root).
 */
export function build(change: (content: string) => void = () => {}, env: Record<string, string> = {}, { code }: { code?: (root: string) => void } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  const project = code ? copyProject(dir, code) : ROOT;
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: project,
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
  return { dir, content, project, status: result.status, output, stdout: stripVTControlCharacters(result.stdout) };
}
