#!/usr/bin/env node
// Scaffolds a draft chapter with valid frontmatter and the shape every chapter has (a short answer first,
// "What to do next" last):
//   npm run new:chapter -- "Title of the chapter" [--part skills] [--slug custom-slug] [--sources s1,s3] [--markdown]
// It writes MDX, or with --markdown a chapter in plain Markdown (.md: ShortAnswer, Callout and Cite only). In a terminal it asks for the part when --part is missing, listing the parts; without one, --part is required.
// It refuses a slug that exists, lists the sources an editor can cite, and prints what to do next.
// What it knows of the content (the sources, the chapters' orders, a salary band to show) it reads as the build does
// (src/lib/read-content.ts). Its placeholders are comments or real ids, so the draft builds as written.
import './lib/load-ts.mjs';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';

const { PARTS } = await import('../src/schemas/part.ts');
const { COLLECTIONS, contentRoot, sortEntries } = await import('../src/schemas/collections.ts');
const { readContent } = await import('../src/lib/read-content.ts');
const { isoDay, today } = await import('../src/lib/dates.ts');
const { chapterPath, PAGES } = await import('../src/lib/routes.ts');

const root = contentRoot();
const partList = PARTS.map((p, i) => `  ${String(i + 1).padStart(2)}. ${p.id.padEnd(11)} ${p.title}`).join('\n');

export function slugify(title) {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fail(message) {
  console.error(`new:chapter: ${message}`);
  process.exit(1);
}

/** Asks for the part in a terminal: a number from the list or a part id. */
async function askPart() {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const answer = (
        await rl.question(`Which part of the guide is it in?\n${partList}\nPart (number or id): `)
      ).trim();
      const byNumber = PARTS[Number(answer) - 1];
      const part = /^\d+$/.test(answer) ? byNumber : PARTS.find((p) => p.id === answer);
      if (part) return part.id;
      console.log(`"${answer}" is not one of the parts; type a number from 1 to ${PARTS.length} or an id.\n`);
    }
  } finally {
    rl.close();
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    part: { type: 'string' },
    slug: { type: 'string' },
    sources: { type: 'string' },
    markdown: { type: 'boolean' },
  },
});
const title = positionals.join(' ').trim();
if (title.length < 3)
  fail('give the chapter a title, for example: npm run new:chapter -- "Evaluation in practice" --part skills');
if (title.length > 80) fail(`the title is ${title.length} characters; keep it to 80 so it fits the sidebar.`);
let part = values.part;
if (part === undefined) {
  if (!process.stdin.isTTY) fail(`say which part the chapter belongs to with --part, one of:\n${partList}`);
  part = await askPart();
}
if (!PARTS.some((p) => p.id === part))
  fail(`--part must be one of: ${PARTS.map((p) => p.id).join(', ')} (got "${part}").`);
const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
  fail(`"${slug}" is not a lower-kebab slug; pass --slug with letters, digits and single hyphens.`);

const dir = join(root, COLLECTIONS.chapters.folder);
const file = join(dir, `${slug}.${values.markdown ? 'md' : 'mdx'}`);
// A chapter's id is its file name without the extension: the slug is taken by a chapter in either format.
const taken = ['md', 'mdx']
  .flatMap((ext) => [`${slug}.${ext}`, `_${slug}.${ext}`])
  .find((f) => existsSync(join(dir, f)));
if (taken) fail(`${join(dir, taken)} already exists. Choose another title, or pass --slug.`);

const content = readContent({ root, only: ['sources', 'chapters', 'salary-bands'] }).collections;
/** The sources an editor can cite: id, and the name readers see. */
const known = sortEntries('sources', content.sources).map((s) => ({
  id: s.id,
  label: [s.data.short, s.data.title].filter(Boolean).join(': '),
}));
const sourceList = known.map((s) => `  ${s.id.padEnd(6)} ${s.label}`).join('\n');
const sources = values.sources
  ? values.sources
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  : known.slice(0, 1).map((s) => s.id);
const unknown = sources.filter((s) => !known.some((k) => k.id === s));
if (unknown.length) fail(`unknown source id(s): ${unknown.join(', ')}. Known: ${known.map((k) => k.id).join(', ')}.`);
if (sources.length === 0) fail('there are no sources in content/sources/ to cite; add one first.');

// Next free order in the part.
const order = Math.max(0, ...content.chapters.filter((c) => c.data.part === part).map((c) => c.data.order)) + 1;
// A figure printed from the data, with a real band id, or a comment saying how where the guide has no band yet.
const band = sortEntries('salary-bands', content['salary-bands'])[0]?.id;
const figures = values.markdown
  ? 'Never type a salary figure: a chapter prints one from the data with the Pay component, in MDX (rename it .mdx).'
  : band
    ? `Figures come from the data, such as <Pay band="${band}" />, never typed.`
    : 'Figures come from the data, never typed. {/* <Pay band="<id>" /> prints the band content/salary-bands/<id>.yaml. */}';

const body = `---
title: ${JSON.stringify(title)}
description: "Replace this with one or two sentences (50 to 160 characters) saying what the chapter gives a reader."
part: ${part}
order: ${order}
updated: ${isoDay(today())}
status: draft
sources: [${sources.join(', ')}]
related: []
draft: true
---

<ShortAnswer>

- The answer a reader can act on if they read nothing else, with its citation <Cite s="${sources[0]}" />.
- Three to six points, or a small table. ${figures}

</ShortAnswer>

## First section

The detail and the evidence, in short paragraphs. Name a source in a sentence only when who says it matters;
otherwise the citation carries it <Cite s="${sources[0]}" />.

## What to do next

- A concrete next step for a reader of this chapter, with a link to the chapter that helps, such as [every chapter](/${PAGES.chapters}).
`;
mkdirSync(dir, { recursive: true });
writeFileSync(file, body);
console.log(`Created ${file} (part "${part}", order ${order}, a draft).

Sources you can cite with <Cite s="id" /> (add more with --sources, and list them in "sources:"):
${sourceList}

Next steps:
  1. Write the short answer, then the body; keep "##" headings (they make the table of contents).
  2. Run \`npm run dev\` and open http://localhost:4321/${chapterPath(slug)} (drafts show in dev only).
  3. Run \`npm run check:content\` for the content checks in seconds, and fix what it names.
  4. When it is ready: set status to provisional or reviewed, remove "draft: true", and run \`npm test\`.`);
