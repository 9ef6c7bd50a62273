#!/usr/bin/env node
// Compares two builds of the site file by file, for a change that should leave what readers get as it was (a
// refactor, a formatter run, a dependency update): `node scripts/compare-builds.mjs <before> <after>`.
// Files under _astro/ carry a content hash in their names, so an asset whose name changed but whose bytes did not
// (a layout renamed, say) is paired with its old self, and the pages that link it are compared with the old name
// put back. What is left is printed: files only on one side, and each file that differs, with its first
// differing lines. Exits 0 when the builds are the same, 1 otherwise.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-builds.mjs <build before> <build after>');
  process.exit(2);
}

const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
const hash = (buffer) => createHash('sha256').update(buffer).digest('hex');
const stem = (path) => path.replace(/\.[\w-]{8}(\.\w+)$/, '$1');

const a = new Map(filesOf(before).map((f) => [f, readFileSync(join(before, f))]));
const b = new Map(filesOf(after).map((f) => [f, readFileSync(join(after, f))]));

// Hashed assets: renamed with the same bytes, or changed under the same name apart from the hash.
const renamed = new Map();
const byHashA = new Map([...a].filter(([f]) => f.startsWith('_astro/')).map(([f, buf]) => [hash(buf), f]));
for (const [f, buf] of b) {
  if (!f.startsWith('_astro/') || a.has(f)) continue;
  const old = byHashA.get(hash(buf));
  if (old && !b.has(old)) renamed.set(f, old);
}
const changedAssets = new Map();
for (const f of b.keys()) {
  if (!f.startsWith('_astro/') || a.has(f) || renamed.has(f)) continue;
  const old = [...a.keys()].filter((o) => o.startsWith('_astro/') && !b.has(o) && stem(o) === stem(f));
  if (old.length === 1) changedAssets.set(f, old[0]);
}
const pairOf = (f) => renamed.get(f) ?? changedAssets.get(f) ?? f;
const restoreNames = (text) => {
  let out = text;
  for (const [now, old] of [...renamed, ...changedAssets])
    out = out.split(now.slice('_astro/'.length)).join(old.slice('_astro/'.length));
  return out;
};

const paired = new Set();
const onlyAfter = [];
const differ = [];
for (const [f, buf] of b) {
  const old = pairOf(f);
  if (!a.has(old)) {
    onlyAfter.push(f);
    continue;
  }
  paired.add(old);
  const oldBuf = a.get(old);
  if (oldBuf.equals(buf)) continue;
  const text = /\.(html|xml|txt|js|css|json|svg)$/.test(f) ? restoreNames(buf.toString('utf8')) : undefined;
  if (text !== undefined && text === oldBuf.toString('utf8')) continue;
  differ.push({ f, old, text });
}
const onlyBefore = [...a.keys()].filter((f) => !paired.has(f));

// Two builds of the same tree are identical, Pagefind's index included. But a change to pages' HTML that leaves their
// text as it was (a script's hashed name, say) renumbers the index: its index, filter and metadata files (and their
// hashed names) change while each page's fragment does not.
// When the fragments are the same on both sides, those files are left out, with one line saying so.
// offline.json lists every file a reader saves with its revision, the index's among them, so it follows too.
const INDEX_FILES = /^(pagefind\/(index\/|filter\/|pagefind\.[\w-]+\.pf_meta$|pagefind-entry\.json$)|offline\.json$)/;
const fragments = (files) =>
  files
    .filter((f) => f.startsWith('pagefind/fragment/'))
    .sort()
    .join('\n');
let pagefindRenumbered = false;
if (fragments([...a.keys()]) === fragments([...b.keys()])) {
  const drop = (list) =>
    list.filter((f) => !INDEX_FILES.test(typeof f === 'string' ? f : f.f) || !(pagefindRenumbered = true));
  onlyBefore.splice(0, onlyBefore.length, ...drop(onlyBefore));
  onlyAfter.splice(0, onlyAfter.length, ...drop(onlyAfter));
  differ.splice(0, differ.length, ...drop(differ));
  // Pages name the index's entry file by a hash of it (data-search-index, Pagefind's metaCacheTag), which follows the
  // numbering: a page whose only difference is that tag is the same page.
  const tagless = (text) => text.replace(/ data-search-index="[0-9a-f]+"/g, '');
  differ.splice(
    0,
    differ.length,
    ...differ.filter(({ old, text }) => text === undefined || tagless(text) !== tagless(a.get(old).toString('utf8'))),
  );
}

/** The first lines that differ, a few of each side; long lines cut around the first differing character. */
function firstDifference(oldText, newText, max = 3) {
  const x = oldText.split('\n');
  const y = newText.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < max * 2; i++) {
    if (x[i] === y[i]) continue;
    const l = x[i] ?? '';
    const r = y[i] ?? '';
    let at = 0;
    while (at < l.length && l[at] === r[at]) at++;
    const cut = (s) =>
      s.length > 160
        ? `${at > 60 ? '…' : ''}${s.slice(Math.max(0, at - 60), at + 100)}${s.length > at + 100 ? '…' : ''}`
        : s;
    out.push(`    line ${i + 1} - ${cut(l)}`, `    line ${i + 1} + ${cut(r)}`);
  }
  return out.join('\n');
}

if (pagefindRenumbered)
  console.log(
    'pagefind: the same page fragments; its index files are numbered in another order (the pages’ HTML changed, not their text).',
  );
for (const [now, old] of renamed) console.log(`renamed, same bytes: ${old} -> ${now}`);
for (const f of onlyBefore) console.log(`only before: ${f}`);
for (const f of onlyAfter) console.log(`only after: ${f}`);
for (const { f, old, text } of differ) {
  console.log(`differs: ${f}${old === f ? '' : ` (was ${old})`}`);
  if (text !== undefined) console.log(firstDifference(a.get(old).toString('utf8'), text));
}
console.log(
  `${differ.length} differ, ${onlyBefore.length} only before, ${onlyAfter.length} only after (${a.size} files before, ${b.size} after, ${renamed.size} renamed with the same bytes)${pagefindRenumbered ? ', leaving out the search index numbering' : ''}.`,
);
process.exit(differ.length || onlyBefore.length || onlyAfter.length ? 1 : 0);
