#!/usr/bin/env node
// `npm run check:content`: the content checks an editor runs before pushing, in seconds, without rendering a page
// or starting a browser. It reads content/ as the build does (src/schemas/collections.ts) and runs, on the entries
// it parsed, the checks the build runs while it loads content (src/lib/checks/validate-content.ts), with the same messages:
// schema problems, references and component ids that point nowhere, duplicate orders and ids, the content rules
// (what a chapter may contain), money figures typed by hand, change notes and salary band figures changed without
// one, and chapters past their review date (a warning); and
// links and #anchors written in chapters, which the build checks on its HTML. Exit code 1 when there is a problem.
//   npm run check:content            GUIDE_CONTENT_DIR=<folder> to check another folder
import './lib/load-ts.mjs';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const started = performance.now();
const { contentRoot } = await import('../src/schemas/collections.ts');
const { readContent } = await import('../src/lib/read-content.ts');
const { overdueReviewWarnings, validateCollections } = await import('../src/lib/checks/validate-content.ts');
const { findBrokenSourceLinks } = await import('../src/lib/checks/source-links.ts');
const { today } = await import('../src/lib/dates.ts');
const { readBandRecord } = await import('../src/lib/change-notes.ts');

const root = contentRoot();
const show = (file) => relative('.', file);
const warnings = [];

/** Every entry of every collection, parsed and validated one by one, in the shape the whole-collection checks take. */
const { collections, problems, files } = readContent({ root });

const band = readBandRecord(root);
if (band.problem) problems.push(band.problem);
problems.push(...validateCollections(collections, { bandRecord: { record: band.record, today: today() } }));

// Links and anchors written in chapters, against the site's pages (src/pages) and the chapters' own headings.
const routes = [''];
(function walk(dir, prefix) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
    else if (/^[^[].*\.(astro|ts)$/.test(entry.name)) {
      const name = entry.name.replace(/\.(astro|ts)$/, '');
      routes.push(name === 'index' ? prefix : /\.\w+$/.test(name) ? `${prefix}${name}` : `${prefix}${name}/`);
    }
  }
})('src/pages', '');
const { PARTS } = await import('../src/schemas/part.ts');
const { partPath } = await import('../src/lib/routes.ts');
routes.push(...PARTS.map((p) => partPath(p.id)));
const ids = Object.fromEntries(Object.entries(collections).map(([name, entries]) => [name, entries.map((e) => e.id)]));
const chapters = collections.chapters.map((c) => ({
  id: c.id,
  file: c.filePath,
  body: c.body ?? '',
  bodyLine: c.bodyLine,
  draft: c.data.draft === true,
}));
for (const p of findBrokenSourceLinks(chapters, routes, ids)) {
  problems.push(`${p.file}:${p.line}: ${p.message}`);
}

// Review dates: a warning, as in the build.
warnings.push(...overdueReviewWarnings(collections.chapters, today()));

for (const w of warnings) console.log(`warning: ${w}`);
for (const p of problems) console.log(`- ${p}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `check:content: ${plural(files, 'file')} in ${show(root) || '.'}, ${plural(problems.length, 'problem')}, ${plural(warnings.length, 'warning')} (${seconds} s).`,
);
process.exit(problems.length ? 1 : 0);
