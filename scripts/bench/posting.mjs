#!/usr/bin/env node
// How fast the job posting reader answers, from a short posting to a 200 KB paste: prints figures, asserts nothing.
//   1. In Node, the pure reading (src/lib/posting/read-posting.ts) of texts made from the postings in
//      tests/fixtures/postings/: the median of --runs readings per size, as the page reads them (cut at
//      MAX_POSTING_CHARS), and, for the larger sizes, the same text read in full, to show what the cut saves.
//   2. In Chromium, on the built site (served from --dist as scripts/bench/measure.mjs serves it), a paste from the
//      clipboard (Ctrl+V): from the key press to the result drawn (the page's input handler done), and to the next
//      frame painted after it, the median of --runs pastes per size. The box keeps at most MAX_POSTING_CHARS.
//
//   npm run build && node scripts/bench/posting.mjs [--dist dist] [--runs 11] [--base /]
import './../lib/load-ts.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, serveDist } from './measure.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist') },
    runs: { type: 'string', default: '11' },
    base: { type: 'string', default: '/' },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 11);
const { normaliseBase } = await import('../../src/lib/routes.ts');
const BASE = normaliseBase(args.base);
const KB = 1024;

const { buildMatcher } = await import('../../src/lib/posting/match.ts');
const { readPosting, readText } = await import('../../src/lib/posting/read-posting.ts');
const { MAX_POSTING_CHARS } = await import('../../src/lib/posting/vocabulary.ts');

const { readCollection } = await import('../../src/lib/read-content.ts');
const skills = readCollection('skills').map((s) => ({ id: s.id, phrases: s.data.phrases }));
const postingsDir = join(ROOT, 'tests/fixtures/postings');
const corpus = readdirSync(postingsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(postingsDir, f), 'utf8'))
  .join('\n\n');
/** The postings, one after another, repeated until the text is `bytes` long. */
const textOf = (bytes) => corpus.repeat(Math.ceil(bytes / corpus.length)).slice(0, bytes);
const SIZES = [
  ['one posting', 2 * KB],
  ['10 KB', 10 * KB],
  ['40 KB', 40 * KB],
  ['200 KB', 200 * KB],
];
const ms = (n) => `${n.toFixed(1)} ms`;

// ---- 1. The pure reading, in Node ----
const matcher = buildMatcher(skills);
/** Every step readPosting takes, on the whole text, with no cut. */
const readInFull = (text) => readText(text, matcher);
const time = (fn) => {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const counted = times.slice(2); // the first two warm the code up
  return [median(counted), Math.min(...counted)];
};
console.log(
  `Posting reader, ${skills.length} skills, ${skills.reduce((n, s) => n + s.phrases.length, 0)} phrases; the reader reads up to ${MAX_POSTING_CHARS.toLocaleString('en-US')} characters.`,
);
console.log(`\n1. Reading in Node ${process.version} (median of ${RUNS}, and the fastest: the machine may be shared):`);
for (const [name, bytes] of SIZES) {
  const text = textOf(bytes);
  const read = readPosting(text, matcher);
  const cut = read.cutFrom ? `, cut to ${read.text.length.toLocaleString('en-US')} characters` : '';
  const [mid, low] = time(() => readPosting(text, matcher));
  console.log(
    `  ${name.padEnd(12)} ${ms(mid).padStart(9)} (fastest ${ms(low)})  (${read.marks.length} marks, ${read.asks.length} skills${cut})`,
  );
  if (bytes > MAX_POSTING_CHARS) {
    const [fullMid, fullLow] = time(() => readInFull(text));
    console.log(
      `  ${''.padEnd(12)} ${ms(fullMid).padStart(9)} (fastest ${ms(fullLow)})  read in full, without the cut`,
    );
  }
}

// ---- 2. The page, in Chromium ----
const CHROME = chromiumPath();
if (!CHROME) {
  console.log('\n2. The page: no Chromium found (set CHROME_PATH); skipped.');
  process.exit(0);
}
const { chromium } = await import('@playwright/test');
const server = await serveDist(resolve(args.dist), { base: BASE });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}${BASE}data/posting/`);
  await page.locator('form[data-ready]').waitFor();
  const box = page.locator('#posting-text');
  console.log(
    `\n2. The page in Chromium ${browser.version()}, a paste from the clipboard (Ctrl+V) to the result (median of ${RUNS}):`,
  );
  for (const [name, bytes] of SIZES) {
    const text = textOf(bytes);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const runs = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await box.fill('');
      await box.focus();
      // From the key press to the result drawn (the page's input handler done) and to the next frame painted.
      await page.evaluate(() => {
        let start = 0;
        window.__paste = new Promise((done) => {
          document.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
          document.addEventListener(
            'input',
            () =>
              queueMicrotask(() => {
                const drawn = performance.now() - start;
                requestAnimationFrame(() => setTimeout(() => done({ drawn, painted: performance.now() - start }), 0));
              }),
            { once: true },
          );
        });
      });
      await page.keyboard.press('ControlOrMeta+V');
      runs.push(await page.evaluate(() => window.__paste));
    }
    const rest = runs.slice(1);
    const marks = await page.locator('[data-posting-marked] a').count();
    const kept = await box.evaluate((el) => el.value.length);
    const fastest = (k) => Math.min(...rest.map((r) => r[k]));
    console.log(
      `  ${name.padEnd(12)} drawn ${ms(median(rest.map((r) => r.drawn))).padStart(9)} (fastest ${ms(fastest('drawn'))})   painted ${ms(median(rest.map((r) => r.painted))).padStart(9)} (fastest ${ms(fastest('painted'))})  (${kept.toLocaleString('en-US')} characters kept, ${marks} marks)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
