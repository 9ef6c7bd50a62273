#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 13 (mobile, its default) against `astro preview` of the built site, for
// the home page, a chapter, the salary page and the search page; prints the four category scores per page.
// Not part of `npm test`: it takes about 12 s a page. Build first (`npm run build`).
//   CHROME_PATH   the Chromium to use (default /usr/bin/chromium)
//   LH_PORT       the preview port (default 4329)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteConfig } from '../site.config.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.GUIDE_OUT_DIR ?? 'dist'); // astro preview serves the same folder
const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const PORT = Number(process.env.LH_PORT ?? 4329);
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CATEGORIES = [['performance', 'Performance'], ['accessibility', 'Accessibility'], ['best-practices', 'Best practices'], ['seo', 'SEO']];

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}

if (!existsSync(join(DIST, 'index.html'))) fail('dist/ has no built site. Run `npm run build` first.');
if (!CHROME) fail('no Chromium found. Install it (apt-get install chromium) or set CHROME_PATH.');

const base = siteConfig.base;
const pages = [
  ['Home', ''],
  ['Chapter', 'chapters/salary/'],
  ['Salary page', existsSync(join(DIST, 'data/salaries/index.html')) ? 'data/salaries/' : 'chapters/salary/'],
  ['Search', 'search/'],
];
for (const [, path] of pages) if (!existsSync(join(DIST, path, 'index.html'))) fail(`dist/${path}index.html is missing; is the build complete?`);

const origin = `http://127.0.0.1:${PORT}`;
// --ignore-lock: run alongside a preview server someone else started (Astro 7 allows one tracked server per project).
const preview = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
  cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
});
let previewLog = '';
preview.stdout.on('data', (d) => { previewLog += d; });
preview.stderr.on('data', (d) => { previewLog += d; });
const stop = () => { if (preview.exitCode === null) preview.kill('SIGTERM'); };
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (preview.exitCode !== null) fail(`astro preview stopped:\n${previewLog}`);
    try { if ((await fetch(`${origin}${base}`)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`astro preview did not answer on ${origin}${base} within 20 s:\n${previewLog}`);
}

function runLighthouse(url) {
  return new Promise((ok, no) => {
    const bin = join(ROOT, 'node_modules/lighthouse/cli/index.js');
    const child = spawn(process.execPath, [bin, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${FLAGS.join(' ')}`, `--only-categories=${CATEGORIES.map(([id]) => id).join(',')}`], {
      env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => {
      if (code !== 0) return no(new Error(`Lighthouse exited with ${code} on ${url}:\n${err.slice(-2000)}`));
      try { ok(JSON.parse(out)); } catch { no(new Error(`Lighthouse printed no JSON report for ${url}:\n${err.slice(-2000)}`)); }
    });
  });
}

await waitForServer();
const rows = [];
try {
  for (const [name, path] of pages) {
    const url = `${origin}${base}${path}`;
    process.stdout.write(`Lighthouse (mobile): ${name} ${url} ... `);
    const started = performance.now();
    const report = await runLighthouse(url);
    const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]));
    // The audits that cost points, so a score below 100 says what to fix.
    const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual').map((a) => `${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
    // What moved, when something did: the element Lighthouse blames for each layout shift.
    const shifts = (report.audits['layout-shifts']?.details?.items ?? []).map((i) => `${i.node?.selector ?? '?'} (${Number(i.score ?? 0).toFixed(3)})`);
    rows.push({ name, path: `${base}${path}`, ...scores, failing, shifts });
    console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  stop();
}

const width = Math.max(...rows.map((r) => `${r.name} ${r.path}`.length));
console.log(`\n${'Page'.padEnd(width)}  ${CATEGORIES.map(([, label]) => label.padStart(16)).join('')}`);
for (const r of rows) console.log(`${`${r.name} ${r.path}`.padEnd(width)}  ${CATEGORIES.map(([id]) => String(r[id]).padStart(16)).join('')}`);
const below = rows.filter((r) => r.failing.length);
if (below.length) {
  console.log('\nAudits below a full score:');
  for (const r of below) console.log(`  ${r.name}: ${r.failing.join(', ')}${r.shifts.length ? `\n    layout shifts: ${r.shifts.join('; ')}` : ''}`);
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const out = join(ROOT, '.bench', `lighthouse-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), chrome: CHROME, formFactor: 'mobile', pages: rows }, null, 2)}\n`);
console.log(`\nWrote ${out}`);
