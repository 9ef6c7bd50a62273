// Issue 22's bound, on the built site: in each reader chapter (every chapter outside the reference part: not
// about, sources, FAQ or glossary) at most 15% of the sentences name a source or talk about "the guide", and at most
// 10% across all of them. The count leaves out citation marks, tables, code, headings and data entries
// (scripts/lib/source-talk.mjs). The figures are printed on every run, with the sentences that count in a chapter
// over the bound, so an editor can see what to rewrite. Run `npm run build` first when running this alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { MAX_CHAPTER_SHARE, MAX_OVERALL_SHARE, judge, report, sourceTalk, talkPattern } from '../../scripts/lib/source-talk.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.GUIDE_OUT_DIR ?? 'dist');
const CONTENT = resolve(ROOT, process.env.GUIDE_CONTENT_DIR ?? 'content');
const yamlFiles = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => /^[^_].*\.ya?ml$/.test(f));

/** The names readers know the sources by: each source's `short` and `publisher`. */
const names = yamlFiles('sources').flatMap((f) => {
  const s = parse(readFileSync(join(CONTENT, 'sources', f), 'utf8')) as { short: string; publisher: string | null };
  return [s.short, s.publisher ?? ''];
});

/** Published chapters outside the reference part, in file order. */
const readerChapters = readdirSync(join(CONTENT, 'chapters'))
  .filter((f) => /^[^_].*\.mdx$/.test(f))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, 'chapters', f), 'utf8'))?.[1] ?? '') as { part: string; draft?: boolean } }))
  .filter((c) => c.data.part !== 'reference' && !c.data.draft);

test(`no reader chapter talks about its sources in more than ${MAX_CHAPTER_SHARE * 100}% of its sentences, nor all of them in more than ${MAX_OVERALL_SHARE * 100}%`, () => {
  expect(readerChapters.length, 'the reader chapters are found').toBeGreaterThan(0);
  const pattern = talkPattern(names);
  const rows = readerChapters.map(({ slug }) => ({ slug, ...sourceTalk(readFileSync(join(DIST, 'chapters', slug, 'index.html'), 'utf8'), pattern) }));
  for (const row of rows) expect(row.sentences, `${row.slug}: no prose found in the built page`).toBeGreaterThan(0);
  const verdict = judge(rows);
  const table = report(rows);
  console.log(`Sentences that talk about the sources or the guide, per reader chapter (built site):\n${table}`);
  const offending = rows.filter((r) => verdict.over.includes(r.slug)).map((r) => `${r.slug}:\n${r.talking.map((s) => `  - ${s}`).join('\n')}`);
  expect(verdict.over, `${table}\n\nRewrite these so the citation mark carries who said it (CONTRIBUTING.md, "Writing rules"):\n${offending.join('\n')}`).toEqual([]);
  expect(verdict.overallOver, table).toBe(false);
});
