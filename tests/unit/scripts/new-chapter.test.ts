// npm run new:chapter: writes a chapter that passes the schema and follows the guide's shape, asks for the part in
// a terminal and requires --part without one, lists the sources to cite, refuses an existing slug.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ChapterSchema } from '../../../src/schemas/chapter';
import { PARTS } from '../../../src/schemas/part';

const root = mkdtempSync(join(tmpdir(), 'new-chapter-'));
cpSync('tests/fixtures/valid', root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { ...process.env, GUIDE_CONTENT_DIR: root, GUIDE_TODAY: '2026-11-30' };
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-chapter.mjs', ...args], { encoding: 'utf8', env, input: '' });
/** Runs the scaffolder in a pseudo-terminal (util-linux `script`), typing `answer` at its prompt. */
const runInTerminal = (title: string, answer: string) =>
  spawnSync(
    'script',
    ['-qec', `${JSON.stringify(process.execPath)} scripts/new-chapter.mjs ${JSON.stringify(title)}`, '/dev/null'],
    { encoding: 'utf8', env, input: `${answer}\n` },
  );
const frontmatterOf = (file: string) => parse(readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!);

describe('new:chapter', () => {
  test('writes a draft chapter whose frontmatter the chapter schema accepts, and prints its path and next steps', () => {
    const r = run('Evaluation in practice', '--part', 'role');
    expect(r.status, r.stderr).toBe(0);
    const file = join(root, 'chapters/evaluation-in-practice.mdx');
    expect(r.stdout).toContain(`Created ${file}`);
    expect(r.stdout).toMatch(/Next steps:[\s\S]*npm run dev[\s\S]*npm run check:content[\s\S]*npm test/);
    const frontmatter = frontmatterOf(file);
    const parsed = ChapterSchema.safeParse(frontmatter);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(frontmatter).toMatchObject({ part: 'role', order: 2, draft: true, status: 'draft', sources: ['s1'] });
    expect(String(frontmatter.updated)).toBe('2026-11-30');
  });

  test('writes the guide\'s shape: a short answer first, "What to do next" last', () => {
    expect(run('Reading job posts', '--part', 'hiring').status).toBe(0);
    const body = readFileSync(join(root, 'chapters/reading-job-posts.mdx'), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .trim();
    expect(body.startsWith('<ShortAnswer>')).toBe(true);
    expect(body).toMatch(/## What to do next\n\n- [^\n]+$/);
  });

  test('lists the source ids an editor can cite, with the names readers see', () => {
    const r = run('Citing well', '--part', 'reference');
    expect(r.stdout).toMatch(/Sources you can cite[^\n]*\n\s+s1\s+Jobbi: /);
  });

  test('without a terminal and without --part, it writes nothing and lists the parts to choose from', () => {
    const r = run('Negotiating an offer');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('say which part the chapter belongs to with --part');
    for (const part of PARTS) expect(r.stderr).toContain(part.title);
    expect(() => readFileSync(join(root, 'chapters/negotiating-an-offer.mdx'))).toThrow();
  });

  test('in a terminal it asks for the part, listing the parts, and files the chapter under the one chosen', () => {
    const pay = PARTS.findIndex((p) => p.id === 'pay') + 1;
    const r = runInTerminal('Negotiating an offer', String(pay));
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Which part of the guide is it in?');
    expect(r.stdout).toMatch(new RegExp(`${pay}\\. pay\\s+Pay`));
    expect(frontmatterOf(join(root, 'chapters/negotiating-an-offer.mdx'))).toMatchObject({ part: 'pay', order: 1 });
  });

  test('refuses a slug that already exists and leaves the file alone', () => {
    const before = readFileSync(join(root, 'chapters/intro.mdx'), 'utf8');
    const r = run('Intro', '--slug', 'intro', '--part', 'role');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('intro.mdx already exists');
    expect(readFileSync(join(root, 'chapters/intro.mdx'), 'utf8')).toBe(before);
  });

  test('refuses an unknown part or source with the list of valid ones', () => {
    expect(run('Some title', '--part', 'salaries').stderr).toMatch(/--part must be one of: role, work, skills/);
    expect(run('Another title', '--part', 'role', '--sources', 's9').stderr).toMatch(
      /unknown source id\(s\): s9\. Known: s1/,
    );
  });
});

describe('new:chapter --markdown', () => {
  test('writes a chapter in plain Markdown with no component a Markdown chapter cannot use', () => {
    const r = run('Reading the room', '--part', 'work', '--markdown');
    expect(r.status, r.stderr).toBe(0);
    const file = join(root, 'chapters/reading-the-room.md');
    expect(r.stdout).toContain(`Created ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(ChapterSchema.safeParse(frontmatterOf(file)).success).toBe(true);
    expect(text).toContain('<ShortAnswer>');
    expect(
      [...text.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]).filter((n) => !['ShortAnswer', 'Cite'].includes(n!)),
    ).toEqual([]);
    expect(text).not.toContain('{/*');
  });

  test('refuses a slug a chapter in the other format already has', () => {
    const r = run('Intro', '--slug', 'intro', '--part', 'role', '--markdown');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('intro.mdx already exists');
    expect(run('Reading the room', '--part', 'work').stderr).toContain('reading-the-room.md already exists');
  });
});
