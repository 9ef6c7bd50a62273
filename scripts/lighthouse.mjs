#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 13 (mobile, its default) against `astro preview` of the built site, for
// the home page, a chapter, the salary page and the search page; prints the four category scores per page
// and run, the median when a page runs more than once, and the audits behind any lost point.
// Not part of `npm test`: it takes about 12 s a page and run. Build first (`npm run build`).
//   CHROME_PATH   the Chromium to use (default /usr/bin/chromium)
//   LH_PORT       the preview port (default 4329)
//   LH_RUNS       runs per page (default 1); scores vary a little run to run, so use 2 or 3 before trusting one
//   LH_REPORT_DIR also keep each run's full JSON report there (<page>-<run>.json), to read what an audit found
//   LH_PAGES      only the pages whose name or path contains one of these comma-separated words (e.g. salar,search)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteConfig } from '../site.config.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';
import { isoDay, today } from '../src/lib/dates.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.GUIDE_OUT_DIR ?? 'dist'); // astro preview serves the same folder
const CHROME = chromiumPath();
const PORT = Number(process.env.LH_PORT ?? 4329);
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const REPORT_DIR = process.env.LH_REPORT_DIR ? resolve(process.env.LH_REPORT_DIR) : null;
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 1) || 1);
const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
];

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}

if (!existsSync(join(DIST, 'index.html'))) fail('dist/ has no built site. Run `npm run build` first.');
if (!CHROME) fail('no Chromium found. Install it (apt-get install chromium) or set CHROME_PATH.');

const base = siteConfig.base;
const only = (process.env.LH_PAGES ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const pages = [
  ['Home', ''],
  ['Chapter', 'chapters/salary/'],
  // A chapter written in plain Markdown (the other chapters here are MDX).
  [
    'Chapter in Markdown',
    existsSync(join(DIST, 'chapters/pitfalls/index.html')) ? 'chapters/pitfalls/' : 'chapters/salary/',
  ],
  ['Salary page', existsSync(join(DIST, 'data/salaries/index.html')) ? 'data/salaries/' : 'chapters/salary/'],
  ['Search', 'search/'],
  ['Offer calculator', 'data/offer/'],
  ['Job posting reader', 'data/posting/'],
  ['Study plan (learning path)', 'chapters/learning-path/'],
  ['Progress', 'progress/'],
].filter(([name, path]) => !only.length || only.some((w) => `${name} ${path}`.toLowerCase().includes(w)));
if (!pages.length) fail(`LH_PAGES=${process.env.LH_PAGES} matches none of the pages.`);
for (const [, path] of pages)
  if (!existsSync(join(DIST, path, 'index.html'))) fail(`dist/${path}index.html is missing; is the build complete?`);

const origin = `http://127.0.0.1:${PORT}`;
// --ignore-lock: run alongside a preview server someone else started (Astro 7 allows one tracked server per project).
const preview = spawn(
  process.execPath,
  [
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'preview',
    '--port',
    String(PORT),
    '--host',
    '127.0.0.1',
    '--ignore-lock',
  ],
  {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let previewLog = '';
preview.stdout.on('data', (d) => {
  previewLog += d;
});
preview.stderr.on('data', (d) => {
  previewLog += d;
});
const stop = () => {
  if (preview.exitCode === null) preview.kill('SIGTERM');
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (preview.exitCode !== null) fail(`astro preview stopped:\n${previewLog}`);
    try {
      if ((await fetch(`${origin}${base}`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`astro preview did not answer on ${origin}${base} within 20 s:\n${previewLog}`);
}

function runLighthouse(url) {
  return new Promise((ok, no) => {
    const bin = join(ROOT, 'node_modules/lighthouse/cli/index.js');
    const child = spawn(
      process.execPath,
      [
        bin,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=${FLAGS.join(' ')}`,
        `--only-categories=${CATEGORIES.map(([id]) => id).join(',')}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: CHROME },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      if (code !== 0) return no(new Error(`Lighthouse exited with ${code} on ${url}:\n${err.slice(-2000)}`));
      try {
        ok(JSON.parse(out));
      } catch {
        no(new Error(`Lighthouse printed no JSON report for ${url}:\n${err.slice(-2000)}`));
      }
    });
  });
}

/** One run's scores, the weighted audits that cost points, the unweighted ones that are flagged, and the shifts. */
function summarise(report) {
  const scores = Object.fromEntries(
    CATEGORIES.map(([id]) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
  );
  const weighted = new Set(
    CATEGORIES.flatMap(([id]) => (report.categories[id]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
  );
  const below = Object.values(report.audits).filter(
    (a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
  );
  const label = (a) => `${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`;
  // What moved, when something did: the element Lighthouse blames for each layout shift.
  const shifts = (report.audits['layout-shifts']?.details?.items ?? []).map(
    (i) => `${i.node?.selector ?? '?'} (${Number(i.score ?? 0).toFixed(3)})`,
  );
  return {
    ...scores,
    costing: below.filter((a) => weighted.has(a.id)).map(label),
    flagged: below.filter((a) => !weighted.has(a.id)).map(label),
    shifts,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

await waitForServer();
const rows = [];
try {
  for (const [name, path] of pages) {
    const url = `${origin}${base}${path}`;
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      process.stdout.write(`Lighthouse (mobile): ${name} ${url}${RUNS > 1 ? ` run ${run}/${RUNS}` : ''} ... `);
      const started = performance.now();
      const report = await runLighthouse(url);
      if (REPORT_DIR) {
        mkdirSync(REPORT_DIR, { recursive: true });
        writeFileSync(
          join(REPORT_DIR, `${name.toLowerCase().replace(/\W+/g, '-')}-${run}.json`),
          JSON.stringify(report),
        );
      }
      runs.push(summarise(report));
      console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    rows.push({
      name,
      path: `${base}${path}`,
      ...Object.fromEntries(CATEGORIES.map(([id]) => [id, median(runs.map((r) => r[id]))])),
      runs,
    });
  }
} finally {
  stop();
}

const width = Math.max(...rows.map((r) => `${r.name} ${r.path}`.length)) + 8;
const line = (label, scores) =>
  console.log(`${label.padEnd(width)}  ${CATEGORIES.map(([id]) => String(scores[id]).padStart(16)).join('')}`);
console.log(`\n${'Page'.padEnd(width)}  ${CATEGORIES.map(([, label]) => label.padStart(16)).join('')}`);
for (const r of rows) {
  if (RUNS === 1) line(`${r.name} ${r.path}`, r);
  else {
    r.runs.forEach((run, i) => line(`${r.name} ${r.path} run ${i + 1}`, run));
    line(`${r.name} ${r.path} median`, r);
  }
}
const notes = rows
  .flatMap((r) => r.runs.map((run, i) => ({ page: `${r.name}${RUNS > 1 ? ` run ${i + 1}` : ''}`, ...run })))
  .filter((n) => n.costing.length || n.flagged.length || n.shifts.length);
if (notes.length) {
  console.log('\nAudits below a full score ("costing" carry weight in a category score; "flagged" do not):');
  for (const n of notes) {
    console.log(`  ${n.page}:`);
    if (n.costing.length) console.log(`    costing: ${n.costing.join(', ')}`);
    if (n.flagged.length) console.log(`    flagged: ${n.flagged.join(', ')}`);
    if (n.shifts.length) console.log(`    layout shifts: ${n.shifts.join('; ')}`);
  }
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const out = join(ROOT, '.bench', `lighthouse-${isoDay(today())}.json`);
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), chrome: CHROME, formFactor: 'mobile', runsPerPage: RUNS, pages: rows }, null, 2)}\n`,
);
console.log(`\nWrote ${out}`);
