// npm run new:chapter: writes a chapter that passes the schema, refuses an existing slug, prints next steps.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ChapterSchema } from '../../../src/schemas/chapter';

const root = mkdtempSync(join(tmpdir(), 'new-chapter-'));
cpSync('tests/fixtures/valid', root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-chapter.mjs', ...args], { encoding: 'utf8', env: { ...process.env, GUIDE_CONTENT_DIR: root } });

describe('new:chapter', () => {
  test('writes a draft chapter whose frontmatter the chapter schema accepts, and prints its path and next steps', () => {
    const r = run('Evaluation in practice', '--part', 'role');
    expect(r.status, r.stderr).toBe(0);
    const file = join(root, 'chapters/evaluation-in-practice.mdx');
    expect(r.stdout).toContain(`Created ${file}`);
    expect(r.stdout).toMatch(/Next steps:[\s\S]*npm run dev[\s\S]*npm test/);
    const frontmatter = parse(readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!);
    const parsed = ChapterSchema.safeParse(frontmatter);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(frontmatter).toMatchObject({ part: 'role', order: 2, draft: true, status: 'draft', sources: ['s1'] });
  });

  test('refuses a slug that already exists and leaves the file alone', () => {
    const before = readFileSync(join(root, 'chapters/intro.mdx'), 'utf8');
    const r = run('Intro', '--slug', 'intro');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('intro.mdx already exists');
    expect(readFileSync(join(root, 'chapters/intro.mdx'), 'utf8')).toBe(before);
  });

  test('refuses an unknown part or source with the list of valid ones', () => {
    expect(run('Some title', '--part', 'salaries').stderr).toMatch(/--part must be one of: role, work, skills/);
    expect(run('Another title', '--sources', 's9').stderr).toMatch(/unknown source id\(s\): s9\. Known: s1/);
  });
});
