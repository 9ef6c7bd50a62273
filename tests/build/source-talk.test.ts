// Issue 22's bound, on the built site: in each reader chapter (every chapter outside the reference part: not
// about, sources, FAQ or glossary) at most 15% of the sentences name a source or talk about "the guide", and at most
// 10% across all of them. The count leaves out citation marks, tables, code, headings and data entries
// (scripts/lib/source-talk.mjs). The figures are printed on every run, with the sentences that count in a chapter
// over the bound, so an editor can see what to rewrite. Run `npm run build` first when running this alone.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { readCollection } from '../../src/lib/read-content';
import {
  MAX_CHAPTER_SHARE,
  MAX_OVERALL_SHARE,
  judge,
  report,
  sourceTalk,
  talkPattern,
} from '../../scripts/lib/source-talk.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.GUIDE_OUT_DIR ?? 'dist');

/** The names readers know the sources by: each source's `short` and `publisher`. */
const names = readCollection('sources').flatMap((s) => [s.data.short, s.data.publisher ?? '']);

/** Published chapters outside the reference part, in reading order. */
const readerChapters = readCollection('chapters')
  .filter((c) => c.data.part !== 'reference' && !c.data.draft)
  .map((c) => ({ slug: c.id }));

test(`no reader chapter talks about its sources in more than ${MAX_CHAPTER_SHARE * 100}% of its sentences, nor all of them in more than ${MAX_OVERALL_SHARE * 100}%`, () => {
  expect(readerChapters.length, 'the reader chapters are found').toBeGreaterThan(0);
  const pattern = talkPattern(names);
  const rows = readerChapters.map(({ slug }) => ({
    slug,
    ...sourceTalk(readFileSync(join(DIST, 'chapters', slug, 'index.html'), 'utf8'), pattern),
  }));
  for (const row of rows) expect(row.sentences, `${row.slug}: no prose found in the built page`).toBeGreaterThan(0);
  const verdict = judge(rows);
  const table = report(rows);
  console.log(`Sentences that talk about the sources or the guide, per reader chapter (built site):\n${table}`);
  const offending = rows
    .filter((r) => verdict.over.includes(r.slug))
    .map((r) => `${r.slug}:\n${r.talking.map((s) => `  - ${s}`).join('\n')}`);
  expect(
    verdict.over,
    `${table}\n\nRewrite these so the citation mark carries who said it (CONTRIBUTING.md, "Writing rules"):\n${offending.join('\n')}`,
  ).toEqual([]);
  expect(verdict.overallOver, table).toBe(false);
});
