// Builds the small valid fixture, then copies of it with one thing broken, and checks that each broken copy
// fails the build with a message that names the file and the field an editor has to fix.
// Each build writes to its own temporary folder (content, dist, cache), never to the project's dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Replaces one piece of text in a fixture file, and fails loudly if the text is not there (the fixture changed). */
function edit(content: string, file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`The fixture ${file} no longer contains ${JSON.stringify(from)}; update this test.`);
  writeFileSync(path, text.replace(from, to));
}

/** Runs `astro build` on a fresh copy of the valid fixture, after `breakIt` has changed it. */
function build(breakIt: (content: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
    env: {
      ...process.env,
      GUIDE_CONTENT_DIR: content,
      GUIDE_OUT_DIR: join(dir, 'dist'),
      GUIDE_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  if (result.error) throw result.error;
  // Every build warns about each MDX file (MODULE_LEVEL_DIRECTIVE, a known Astro issue), naming it: drop those
  // lines so that a file name in the output means a problem with that file.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)
    .split('\n')
    .filter((line) => !line.includes('astroPropagatedAssets'))
    .join('\n');
  return { dir, status: result.status, output };
}

/** Builds a broken copy and checks that the build fails and its output names every given file and the field. */
function expectFailure(breakIt: (content: string) => void, files: string[], field: string) {
  const { status, output } = build(breakIt);
  expect(status, output).toBeGreaterThan(0);
  for (const file of files) expect(output, `the output should name ${file}`).toContain(file);
  expect(output, `the output should name the field ${field}`).toContain(field);
}

describe('astro build on the fixture content', () => {
  test('builds the valid fixture, with a page for each chapter', () => {
    const { dir, status, output } = build();
    expect(status, output).toBe(0);
    expect(output, 'a clean build names no content file').not.toMatch(/intro\.mdx|second\.mdx|\.yaml/);
    expect(existsSync(join(dir, 'dist/chapters/intro/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/chapters/second/index.html'))).toBe(true);
    // <Pay band="s1-senior" /> prints the band from the data, not a retyped figure.
    expect(readFileSync(join(dir, 'dist/chapters/intro/index.html'), 'utf8')).toContain('$260K–$420K');
  });

  test('fails on a chapter without a title, naming the file and the field', () => {
    expectFailure((c) => edit(c, 'chapters/intro.mdx', 'title: Fixture introduction\n', ''), ['intro.mdx'], 'title: ');
  });

  test('fails on a misspelled key, naming the file and the key', () => {
    expectFailure((c) => edit(c, 'chapters/intro.mdx', '\ndescription:', '\ndescripton:'), ['intro.mdx'], 'descripton: is not a field');
  });

  test('fails on a part outside the closed list of parts, naming the file and the field', () => {
    expectFailure((c) => edit(c, 'chapters/intro.mdx', 'part: role', 'part: salaries'), ['intro.mdx'], 'part: ');
  });

  test('fails on a chapter that cites a source that does not exist, naming the file and the field', () => {
    expectFailure((c) => edit(c, 'chapters/intro.mdx', 'sources: [s1]', 'sources: [s9]'), ['intro.mdx'], 'sources[0]');
  });

  test('fails on a company in a group that does not exist, naming the file and the field', () => {
    expectFailure((c) => edit(c, 'companies/acme.yaml', 'groups: [s1-ai-native]', 'groups: [s1-no-such-group]'), ['acme.yaml'], 'groups[0]');
  });

  test('fails on a salary band whose low is above its high, naming the file and the field', () => {
    expectFailure((c) => edit(c, 'salary-bands/s1-senior.yaml', 'low: 260000', 'low: 520000'), ['s1-senior.yaml'], 'low: ');
  });

  test('fails on an MDX syntax error, naming the file and the unclosed tag', () => {
    expectFailure(
      (c) => edit(c, 'chapters/intro.mdx', '<Callout type="disagreement">Sources disagree here.</Callout>', '<Callout type="disagreement">Sources disagree here.'),
      ['intro.mdx'],
      '<Callout>',
    );
  });

  test('fails on a <Pay> that names no salary band, naming the file and the prop', () => {
    expectFailure((c) => edit(c, 'chapters/intro.mdx', '<Pay band="s1-senior" />', '<Pay band="nope" />'), ['intro.mdx'], 'band="nope"');
  });

  test('fails on two chapters of one part with the same order, naming both files and the field', () => {
    expectFailure((c) => edit(c, 'chapters/second.mdx', 'part: reference', 'part: role'), ['second.mdx', 'intro.mdx'], '**order** 1');
  });
});
