// `astro build` of a content folder into folders of its own (output, cache), never the project's dist/: the fixture
// builds (fixture-build.ts) and the end-to-end test of a rebuilt site (tests/e2e/change-marks.spec.ts) use it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The environment for a child `astro build`: this one without what Vitest adds to emulate import.meta.env
 * (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test), which Astro would otherwise read as its own.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  return env;
}

/**
 * Builds `content` into `dir`/dist, or `outDir` (cache in `dir`/cache), with the project at `cwd` (this one, or a
 * copy a test changed). `env` adds to or overrides the environment.
 * A build whose output is outside the project keeps its server files in the project's .astro/ folder, which every
 * such build shares: never run two at once (the fixture builds run one at a time; scripts/test.sh builds the
 * rebuilt site before the browser tests start).
 */
export function astroBuild(
  content: string,
  dir: string,
  env: Record<string, string> = {},
  outDir = join(dir, 'dist'),
  cwd = ROOT,
) {
  // Astro's own entry point, run by this Node: through npx, each build paid about half a CPU second to start npm.
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
    env: {
      ...buildEnv(),
      GUIDE_CONTENT_DIR: content,
      GUIDE_OUT_DIR: outDir,
      GUIDE_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
  });
  if (result.error) throw result.error;
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { dist: outDir, status: result.status, output, stdout: stripVTControlCharacters(result.stdout) };
}

/** Replaces one piece of text in a content file, and fails loudly if the text is not there (the content changed). */
export function edit(content: string, file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}; update this test.`);
  writeFileSync(path, text.replace(from, to));
}
