#!/usr/bin/env node
// Scaffolds a chapter with valid frontmatter:
//   npm run new:chapter -- "Title of the chapter" [--part skills] [--slug custom-slug] [--sources s1,s3]
// Refuses a slug that exists, and prints the file's path and what to do next.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const PARTS = ['role', 'work', 'skills', 'pay', 'hiring', 'path', 'interviews', 'growth', 'employers', 'reference'];
const root = process.env.GUIDE_CONTENT_DIR ?? 'content';

export function slugify(title) {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function fail(message) {
  console.error(`new:chapter: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { part: { type: 'string', default: 'role' }, slug: { type: 'string' }, sources: { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (title.length < 3) fail('give the chapter a title, for example: npm run new:chapter -- "Evaluation in practice" --part skills');
if (title.length > 80) fail(`the title is ${title.length} characters; keep it to 80 so it fits the sidebar.`);
if (!PARTS.includes(values.part)) fail(`--part must be one of: ${PARTS.join(', ')} (got "${values.part}").`);
const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a lower-kebab slug; pass --slug with letters, digits and single hyphens.`);

const dir = join(root, 'chapters');
const file = join(dir, `${slug}.mdx`);
if (existsSync(file) || existsSync(join(dir, `_${slug}.mdx`))) fail(`${file} already exists. Choose another title, or pass --slug.`);

const sourceIds = existsSync(join(root, 'sources')) ? readdirSync(join(root, 'sources')).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];
const sources = values.sources ? values.sources.split(',').map((s) => s.trim()).filter(Boolean) : sourceIds.slice(0, 1);
const unknown = sources.filter((s) => !sourceIds.includes(s));
if (unknown.length) fail(`unknown source id(s): ${unknown.join(', ')}. Known: ${sourceIds.join(', ')}.`);
if (sources.length === 0) fail('there are no sources in content/sources/ to cite; add one first.');

// Next free order in the part.
let order = 1;
for (const f of existsSync(dir) ? readdirSync(dir) : []) {
  if (!f.endsWith('.mdx')) continue;
  const fm = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  if (new RegExp(`^part:\\s*${values.part}\\s*$`, 'm').test(fm)) order = Math.max(order, Number(fm.match(/^order:\s*(\d+)/m)?.[1] ?? 0) + 1);
}

const today = new Date().toISOString().slice(0, 10);
const body = `---
title: ${JSON.stringify(title)}
description: "Replace this with one or two sentences (50 to 160 characters) saying what the chapter gives a reader."
part: ${values.part}
order: ${order}
updated: ${today}
status: draft
sources: [${sources.join(', ')}]
related: []
draft: true
---

Open with two or three sentences: who this chapter is for and what they will be able to do after reading it.

## First section

Write in short paragraphs. Cite each claim that needs a source: <Cite s="${sources[0]}" />.

## What to do next

- A concrete next step, with a link such as [the learning path](/chapters/learning-path/).
`;
mkdirSync(dir, { recursive: true });
writeFileSync(file, body);
console.log(`Created ${file}

Next steps:
  1. Replace the description and the body; keep "##" headings (they make the table of contents).
  2. Run \`npm run dev\` and open http://localhost:4321/chapters/${slug}/ (drafts show in dev only).
  3. When it is ready: set status to provisional or reviewed, remove "draft: true", and run \`npm test\`.`);
