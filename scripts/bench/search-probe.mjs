#!/usr/bin/env node
// Measures the first search on a built site the way scripts/bench/run.mjs does (searchFigures): Chromium
// opens /search/, types the query key by key (60 ms apart) into #search-page-input, and counts the bytes
// of every Pagefind request (served by serveDist in measure.mjs, as run.mjs does). It also prints each file,
// when each request started and ended relative to the last keystroke, and the median of runs.
//
//   node scripts/bench/search-probe.mjs --dist /tmp/search-bench/dist [--runs 5] [--query retrieval] [--base /]
//
// It builds nothing: point it at an existing build (GUIDE_OUT_DIR=... npx astro build).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, serveDist } from './measure.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/browsers.mjs';
import { FILES, normaliseBase, PAGES } from '../../src/lib/routes.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '5' },
    query: { type: 'string', default: 'retrieval' },
    base: { type: 'string', default: '/' },
    json: { type: 'boolean', default: false },
  },
});
if (!args.dist) {
  console.error('search-probe: --dist <built site folder> is required.');
  process.exit(2);
}
const DIST = resolve(args.dist);
const BASE = normaliseBase(args.base);
const CHROME = chromiumPath();
const served = new Map();

const kind = (path) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (path.includes('/fragment/')) return 'fragment';
  if (path.includes('/index/')) return 'index chunk';
  if (path.includes('/filter/')) return 'filter';
  return name.replace(/\.[0-9a-f]{6,}/, '').replace(/_[0-9a-f]{6,}/, '');
};

async function once(browser, origin) {
  served.clear();
  const page = await browser.newPage();
  const requests = [];
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.startsWith(`${BASE}${FILES.pagefind}`)) requests.push(r);
  });
  await page.addInitScript(() => {
    window.__inputs = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener(
      'input',
      () => {
        window.__lastInput = performance.now();
        window.__inputs.push(window.__lastInput);
      },
      true,
    );
  });
  await page.goto(`${origin}${BASE}${PAGES.search}`, { waitUntil: 'load' });
  await page.locator('#search-page-input').waitFor();
  const query = args.query;
  const shown = page.evaluate(
    (query) =>
      new Promise((ok) => {
        const done = () => {
          const status = document.querySelector('[role="status"][id$="-status"]');
          const hasResults = document.querySelector('ul[aria-label="Search results"] li a');
          if (status?.textContent?.includes(query) && hasResults) {
            observer.disconnect();
            ok(performance.now() - window.__lastInput);
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    query,
  );
  const input = page.locator('#search-page-input');
  await input.pressSequentially(query, { delay: 60 });
  const resultsMs = await Promise.race([
    shown,
    new Promise((_, no) => setTimeout(() => no(new Error(`no results for "${query}" within 20 s`)), 20_000)),
  ]);
  await page.waitForLoadState('networkidle');
  // Request times relative to the last keystroke (negative: before it). The worker's requests are
  // not in the page's resource timings, so Playwright's own timing (epoch milliseconds) is used.
  const lastInputEpoch = await page.evaluate(() => performance.timeOrigin + window.__lastInput);
  const files = [];
  for (const r of requests) {
    const sizes = await r.sizes();
    const path = new URL(r.url()).pathname;
    const t = r.timing();
    const start = t.startTime - lastInputEpoch;
    files.push({
      path,
      kind: kind(path),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      wireBytes: served.get(path) ?? 0,
      start,
      end: t.responseEnd >= 0 ? start + t.responseEnd : undefined,
    });
  }
  const status = await page.locator('[role="status"][id$="-status"]').textContent();
  // Gaps between keystrokes, and the UI's own marks (search:start, :ranked, :loaded) after the last one.
  const { gaps, marks, longTasks } = await page.evaluate(() => ({
    longTasks: window.__longTasks
      .filter(([t]) => t >= window.__inputs[0] - 1)
      .map(([t, d]) => [t - window.__lastInput, d]),
    gaps: window.__inputs.slice(1).map((t, i) => t - window.__inputs[i]),
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('search:') && m.startTime >= window.__lastInput)
      .map((m) => [m.name, m.startTime - window.__lastInput]),
  }));
  await page.close();
  return {
    gaps,
    marks,
    longTasks,
    resultsMs,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    wireBytes: files.reduce((s, f) => s + f.wireBytes, 0),
    files,
    status,
  };
}

if (!CHROME) {
  console.error('search-probe: no Chromium (set CHROME_PATH).');
  process.exit(2);
}
const { chromium } = await import('@playwright/test');
const server = await serveDist(DIST, { base: BASE, sent: served });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROMIUM_FLAGS,
});
const runs = [];
try {
  for (let i = 0; i < Number(args.runs); i++) runs.push(await once(browser, origin));
} finally {
  await browser.close();
  server.close();
}
if (args.json) {
  console.log(JSON.stringify(runs, null, 2));
  process.exit(0);
}
const last = runs.at(-1);
const byKind = new Map();
for (const f of last.files) {
  const k = byKind.get(f.kind) ?? { count: 0, bytes: 0, wire: 0 };
  k.count += 1;
  k.bytes += f.bytes;
  k.wire += f.wireBytes;
  byKind.set(f.kind, k);
}
console.log(`${DIST}  query "${args.query}"  runs ${runs.length}`);
console.log(`status: ${last.status}`);
console.log(
  '\nfirst search, last run, by kind of file (as run.mjs counts it: Playwright body + headers; then body bytes the server sent):',
);
for (const [k, v] of byKind)
  console.log(
    `  ${k.padEnd(24)} ${String(v.count).padStart(3)} x  ${(v.bytes / 1024).toFixed(1).padStart(7)} KB  ${(v.wire / 1024).toFixed(1).padStart(7)} KB sent`,
  );
console.log(
  `  ${'total'.padEnd(24)} ${String(last.files.length).padStart(3)} x  ${(last.bytes / 1024).toFixed(1).padStart(7)} KB  ${(last.wireBytes / 1024).toFixed(1).padStart(7)} KB sent`,
);
console.log('\nrequests, last run (ms from the last keystroke):');
for (const f of [...last.files].sort((a, b) => a.start - b.start))
  console.log(
    `  ${f.path.padEnd(52)} ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  ${f.start.toFixed(0).padStart(6)} -> ${(f.end ?? NaN).toFixed(0).padStart(6)}`,
  );
console.log(
  '\nper run: gaps between keys (ms); UI marks after the last key (ms); results shown (ms); main-thread tasks over 50 ms from the first key (at ms from the last key, for ms)',
);
for (const r of runs)
  console.log(
    `  gaps ${r.gaps.map((g) => g.toFixed(0)).join(' ')} | ${r.marks.map(([n, t]) => `${n.slice(7)} ${t.toFixed(0)}`).join(', ')} | shown ${r.resultsMs.toFixed(0)} | long tasks ${r.longTasks.map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`).join(' ') || 'none'}`,
  );
console.log(
  `\nresults ms after the last key, per run: ${runs.map((r) => r.resultsMs.toFixed(0)).join(', ')}; median ${median(runs.map((r) => r.resultsMs)).toFixed(0)}`,
);
console.log(
  `first search KB per run: ${runs.map((r) => (r.bytes / 1024).toFixed(1)).join(', ')}; median ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} (server sent: median ${(median(runs.map((r) => r.wireBytes)) / 1024).toFixed(1)})`,
);
