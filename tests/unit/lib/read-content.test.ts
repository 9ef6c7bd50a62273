// Reading content/ outside Astro (scripts, checks, tests), through the collection registry and its schemas.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/schemas/collections';
import { readCollection, readContent } from '../../../src/lib/read-content';

const FIXTURE = 'tests/fixtures/valid';

describe('the valid fixture', () => {
  const { collections, problems, files } = readContent({ root: FIXTURE });

  test('has an entry of every collection in the registry, and each parses', () => {
    expect(problems).toEqual([]);
    for (const name of COLLECTION_NAMES)
      expect(
        collections[name].length,
        `tests/fixtures/valid/${COLLECTIONS[name].folder}/ needs an entry`,
      ).toBeGreaterThan(0);
    expect(files).toBe(COLLECTION_NAMES.reduce((n, name) => n + collections[name].length, 0));
  });

  test('is read as a page gets it: dates as dates, references as ids with their collection, defaults filled in', () => {
    const [band] = collections['salary-bands'];
    expect(band).toMatchObject({ id: 's1-senior', filePath: join(FIXTURE, 'salary-bands/s1-senior.yaml') });
    expect(band!.data.asOf).toBeInstanceOf(Date);
    expect(band!.data.source).toEqual({ id: 's1', collection: 'sources' });
    const intro = collections.chapters.find((c) => c.id === 'intro')!;
    expect(intro.source!.startsWith('---\n')).toBe(true);
    expect(intro.body!.startsWith('---')).toBe(false);
    expect(intro.source!.split('\n')[intro.bodyLine - 1]).toBe(intro.body!.split('\n')[0]);
  });

  test('in the order the site shows each collection, by readCollection', () => {
    expect(readCollection('chapters', FIXTURE).map((c) => c.id)).toEqual(['intro', 'second', 'glossary', 'sources']);
  });
});

describe('broken content', () => {
  const root = mkdtempSync(join(tmpdir(), 'read-content-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(FIXTURE, root, { recursive: true });
  writeFileSync(join(root, 'skills/broken.yaml'), 'name: [unclosed\n');
  writeFileSync(join(root, 'skills/misspelt.yaml'), 'nmae: Evals\n');

  test('is reported with the file and, for a schema problem, the field; the rest still parses', () => {
    const { collections, problems } = readContent({ root, only: ['skills'] });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/skills\/broken\.yaml: is not valid YAML: .+/),
        expect.stringMatching(/skills\/misspelt\.yaml: \*\*nmae\*\*: is not a field this file can have/),
      ]),
    );
    expect(collections.skills.map((s) => s.id)).toEqual(['evals']);
    expect(collections.sources).toEqual([]);
  });

  test('stops readCollection, which names the problems', () => {
    expect(() => readCollection('skills', root)).toThrow(
      /content\/skills has problems \(npm run check:content\):\n- .*broken\.yaml/,
    );
  });
});
