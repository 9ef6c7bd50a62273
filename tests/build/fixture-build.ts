// Builds copies of the small valid fixture (tests/fixtures/valid) in temporary folders, for the build tests.
// Each build writes to its own folder (content, dist, cache), never to the project's dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
 * The day the fixture's builds run on (GUIDE_TODAY, src/lib/dates.ts). The fixture's dates are fixed (chapters
 * reviewed 2026-11-22, a salary band as of 2026-01-01), so its review and staleness results are too, whatever the
 * clock says.
 */
export const FIXTURE_TODAY = '2026-11-30';

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** What a build reads of the project besides content and node_modules: a copy of these builds like the project. */
const PROJECT_FILES = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'site.config.mjs',
  'tsconfig.json',
  'package.json',
  'CONTRIBUTING.md',
  'json-schemas',
];

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
export function runScript(
  script: string,
  args: string[],
  { content, cwd = ROOT, env = {} }: { content: string; cwd?: string; env?: Record<string, string> },
) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, GUIDE_CONTENT_DIR: content, GUIDE_TODAY: FIXTURE_TODAY, ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/**
 * Runs `astro build` on a fresh copy of the valid fixture, after `change` has changed it. With `code`, the build
 * runs in a copy of the project that `code` has changed (`project` in the result is that copy's root).
 */
export function build(
  change: (content: string) => void = () => {},
  env: Record<string, string> = {},
  { code }: { code?: (root: string) => void } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  const project = code ? copyProject(dir, code) : ROOT;
  const { status, output, stdout } = astroBuild(
    content,
    dir,
    { GUIDE_TODAY: FIXTURE_TODAY, ...env },
    join(dir, 'dist'),
    project,
  );
  return { dir, content, project, status, output, stdout };
}
