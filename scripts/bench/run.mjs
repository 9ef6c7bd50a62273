#!/usr/bin/env node
// The benchmark: builds the guide and Astro Starlight on the same synthetic corpus, alternating, and
// compares build time, memory, search index and page weight.
//
//   npm run bench -- --sizes 100,1000 --runs 3 [--seed 1] [--query retrieval] [--only ours|starlight]
//
// Each build is cold (output and cache folders removed first). Ours builds this checkout with the corpus
// in .bench/work/<n>/content (GUIDE_CONTENT_DIR); Starlight is installed into .bench/starlight from npm
// (never into the project) with the same Astro version as ours. Results: a table on stdout and
// .bench/results-<date>.json. Needs Chromium (CHROME_PATH or /usr/bin/chromium) for the search figures.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from '../lib/chapter-corpus.mjs';
import { dirBytes, pageWeight } from '../lib/page-weight.mjs';
import { withRealReferencePages, writeGuideContent, writeStarlightContent } from './corpus.mjs';
import { median, serveDist } from './measure.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/browsers.mjs';
import { isoDay, today } from '../../src/lib/dates.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, '.bench');
const STARLIGHT = join(BENCH, 'starlight');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'retrieval' },
    only: { type: 'string' },
  },
});
const sizes = args.sizes.split(',').map((s) => Number(s.trim()));
const runs = Number(args.runs);
const seed = Number(args.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'bench: --sizes takes whole numbers from 2, separated by commas (e.g. 100,1000); --runs a whole number from 1.',
  );
  process.exit(2);
}
if (args.only && !['ours', 'starlight'].includes(args.only)) {
  console.error(`bench: --only takes ours or starlight (got "${args.only}").`);
  process.exit(2);
}
const sides = args.only ? [args.only] : ['ours', 'starlight'];
const CHROME = chromiumPath();
const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---- Starlight project ------------------------------------------------------------------------------------

const STARLIGHT_VERSION = '^0.42.4';

/** Writes the Starlight project from scripts/bench/starlight-template and installs it when its versions changed. */
async function ensureStarlight() {
  const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  const template = join(import.meta.dirname, 'starlight-template');
  cpSync(template, STARLIGHT, { recursive: true });
  // Astro keeps packages that depend on it inside the SSR bundle by reading the project's dependencies:
  // without them listed, Starlight's middleware is left external and the build fails on `astro:` imports.
  const pkg = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8'));
  pkg.dependencies = { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION };
  writeFileSync(join(STARLIGHT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const installed = join(STARLIGHT, 'node_modules/astro/package.json');
  if (
    existsSync(installed) &&
    JSON.parse(readFileSync(installed, 'utf8')).version === astroVersion &&
    existsSync(join(STARLIGHT, 'node_modules/@astrojs/starlight'))
  )
    return;
  log(`installing @astrojs/starlight@${STARLIGHT_VERSION} with astro@${astroVersion} into ${STARLIGHT} (npm, once)`);
  const code = await new Promise((ok) =>
    spawn('npm', ['install', '--prefix', STARLIGHT, '--no-audit', '--no-fund'], { stdio: 'inherit' }).on('close', ok),
  );
  if (code !== 0) throw new Error('bench: npm could not install @astrojs/starlight into .bench/starlight (see above).');
}

// ---- One build --------------------------------------------------------------------------------------------

/** Parses GNU time -v output. */
function parseTime(text) {
  const num = (label) => Number(text.match(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`))?.[1] ?? NaN);
  return {
    userS: num('User time \\(seconds\\)'),
    sysS: num('System time \\(seconds\\)'),
    maxRssKb: num('Maximum resident set size \\(kbytes\\)'),
  };
}

/** Pagefind's own timing from the build log, in seconds. */
function pagefindSeconds(side, text) {
  if (side === 'ours') {
    const m = text.match(/\[guide:pagefind\] Indexed (\d+) pages.*? in (\d+) ms/);
    return m ? Number(m[2]) / 1000 : NaN;
  }
  const m = text.match(/Finished building search index in ([\d.]+)(ms|s)/);
  return m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
}

/**
 * Where our build's CPU went, from the line src/integrations/build-profile.mjs prints: each phase of the build
 * process, and Pagefind's indexer (a process of its own) as the rest of the whole CPU time.
 */
function cpuBreakdown(side, text, cpuS) {
  if (side !== 'ours') return undefined;
  const m = text.match(
    /CPU of this process: ([\d.]+) s = start-up and content sync ([\d.]+) s, bundling ([\d.]+) s \(of which the chapters' component imports ([\d.]+) s\), rendering ([\d.]+) s, after-build steps ([\d.]+) s/,
  );
  if (!m) return undefined;
  const [process, startup, bundling, componentImports, rendering, afterBuild] = m.slice(1).map(Number);
  return { startup, bundling, componentImports, rendering, afterBuild, pagefindProcess: cpuS - process };
}

async function build(side, n, run) {
  // Each site builds inside its own project: modules left external in the prerender chunks resolve from there.
  const work = side === 'ours' ? join(BENCH, 'work', String(n)) : STARLIGHT;
  const outDir = join(work, side === 'ours' ? 'ours-dist' : `dist-${n}`);
  const cacheDir = join(work, side === 'ours' ? 'ours-cache' : `cache-${n}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const cwd = side === 'ours' ? ROOT : STARLIGHT;
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(side === 'ours'
      ? {
          GUIDE_CONTENT_DIR: join(BENCH, 'work', String(n), 'content'),
          GUIDE_OUT_DIR: outDir,
          GUIDE_CACHE_DIR: cacheDir,
        }
      : { BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir }),
  };
  mkdirSync(join(BENCH, 'logs'), { recursive: true });
  const logFile = join(BENCH, 'logs', `${side}-${n}-run${run}.log`);
  const astro = join(cwd, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  let output = '';
  let last = '';
  const child = spawn('/usr/bin/time', ['-v', process.execPath, astro, 'build'], { cwd, env });
  const file = createWriteStream(logFile);
  const onData = (chunk) => {
    output += chunk;
    file.write(chunk);
    const lines = String(chunk)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length) last = lines.at(-1);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const tick = setInterval(
    () =>
      log(
        `  ${side} ${n} run ${run}: ${((performance.now() - started) / 1000).toFixed(0)} s... ${stripVTControlCharacters(last).slice(0, 90)}`,
      ),
    15_000,
  );
  const code = await new Promise((ok) => child.on('close', ok));
  clearInterval(tick);
  file.end();
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`bench: the ${side} build of ${n} chapters failed (exit ${code}); see ${logFile}.`);
  const t = parseTime(output);
  // Other work on the machine stretches wall time but hardly CPU time: keep the load next to each figure.
  const result = {
    wallS,
    cpuS: t.userS + t.sysS,
    maxRssMb: t.maxRssKb / 1024,
    pagefindS: pagefindSeconds(side, output),
    cpu: cpuBreakdown(side, output, t.userS + t.sysS),
    loadAverage: loadavg()[0],
  };
  log(
    `  ${side} ${n} run ${run}: ${wallS.toFixed(1)} s wall, ${result.cpuS.toFixed(1)} s CPU, ${result.maxRssMb.toFixed(0)} MB peak, Pagefind ${result.pagefindS.toFixed(2)} s (load average ${result.loadAverage.toFixed(1)})`,
  );
  return { outDir, ...result };
}

// ---- Page weight and search -------------------------------------------------------------------------------

/** Up to 250 chapter pages spread evenly over the corpus: enough for a median, and gzip at level 9 stays quick at 5,000. */
function chapterFiles(side, outDir, corpus) {
  const step = Math.max(1, Math.floor(corpus.length / 250));
  return corpus
    .filter((_, i) => i % step === 0)
    .map((c) => join(outDir, side === 'ours' ? `chapters/${c.slug}` : `${c.frontmatter.part}/${c.slug}`, 'index.html'))
    .filter(existsSync);
}

function pageFigures(side, outDir, corpus) {
  const pages = chapterFiles(side, outDir, corpus).map((f) => pageWeight(outDir, f));
  if (!pages.length) throw new Error(`bench: no chapter pages found in ${outDir}.`);
  return {
    chapterHtmlBytes: median(pages.map((p) => p.htmlBytes)),
    chapterHtmlGzip: median(pages.map((p) => p.htmlGzip)),
    cssGzip: median(pages.map((p) => p.cssGzip)),
    jsGzip: median(pages.map((p) => p.jsGzip)),
    htmlPlusCssGzip: median(pages.map((p) => p.htmlGzip + p.cssGzip)),
    indexBytes: dirBytes(join(outDir, 'pagefind')),
  };
}

async function searchFigures(side, outDir, query) {
  if (!CHROME) return { firstSearchBytes: NaN, resultsMs: NaN, note: 'no Chromium found (set CHROME_PATH)' };
  const { chromium } = await import('@playwright/test');
  const sent = new Map();
  const server = await serveDist(outDir, { sent });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) requests.push(r);
    });
    await page.addInitScript(() => {
      document.addEventListener(
        'input',
        () => {
          window.__lastInput = performance.now();
        },
        true,
      );
    });
    if (side === 'ours') {
      await page.goto(`${origin}/search/`, { waitUntil: 'load' });
      await page.locator('#search-page-input').waitFor();
    } else {
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.locator('button[data-open-modal]').click();
      await page.locator('.pagefind-ui__search-input').waitFor();
    }
    // Resolves when the results for the whole query are on screen, with the time since the last keystroke.
    const shown = page.evaluate(
      ({ side, query }) =>
        new Promise((ok) => {
          const done = () => {
            const status =
              side === 'ours'
                ? document.querySelector('[role="status"][id$="-status"]')
                : document.querySelector('.pagefind-ui__message');
            const hasResults =
              side === 'ours'
                ? document.querySelector('ul[aria-label="Search results"] li a')
                : document.querySelector('.pagefind-ui__result');
            if (status?.textContent?.includes(query) && hasResults) {
              observer.disconnect();
              ok(performance.now() - window.__lastInput);
            }
          };
          const observer = new MutationObserver(done);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      { side, query },
    );
    const input = side === 'ours' ? page.locator('#search-page-input') : page.locator('.pagefind-ui__search-input');
    await input.pressSequentially(query, { delay: 60 });
    const resultsMs = await Promise.race([
      shown,
      new Promise((_, no) =>
        setTimeout(() => no(new Error(`bench: ${side} search showed no results for "${query}" within 20 s.`)), 20_000),
      ),
    ]);
    await page.waitForLoadState('networkidle');
    const firstSearchFiles = [];
    for (const r of requests) {
      const sizes = await r.sizes();
      firstSearchFiles.push({
        path: new URL(r.url()).pathname,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    }
    const firstSearchBytesPlaywright = firstSearchFiles.reduce((s, f) => s + f.bytes, 0);
    // The server's count is the one reported (see serveDist); Playwright's is kept in the JSON beside it.
    const firstSearchSent = Object.fromEntries([...sent].filter(([path]) => path.startsWith('/pagefind/')));
    const firstSearchBytes = Object.values(firstSearchSent).reduce((s, b) => s + b, 0);
    return {
      firstSearchBytes,
      firstSearchBytesPlaywright,
      firstSearchRequests: Object.keys(firstSearchSent).length,
      resultsMs,
      firstSearchFiles,
      firstSearchSent,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---- Report -----------------------------------------------------------------------------------------------

const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(1)}` : 'n/a');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

function table(rows) {
  const cols = [
    ['site', (r) => r.side],
    ['chapters', (r) => String(r.chapters)],
    ['wall s', (r) => f1(r.wallS)],
    ['CPU s', (r) => f1(r.cpuS)],
    ['ms/chapter', (r) => f1((r.wallS * 1000) / r.chapters)],
    ['peak MB', (r) => r.maxRssMb.toFixed(0)],
    ['Pagefind s', (r) => f2(r.pagefindS)],
    ['index KB', (r) => kb(r.indexBytes)],
    ['1st search KB', (r) => kb(r.firstSearchBytes)],
    ['results ms', (r) => (Number.isFinite(r.resultsMs) ? r.resultsMs.toFixed(0) : 'n/a')],
    ['chapter HTML KB', (r) => kb(r.chapterHtmlBytes)],
    ['HTML gz KB', (r) => kb(r.chapterHtmlGzip)],
    ['CSS gz KB', (r) => kb(r.cssGzip)],
    ['HTML+CSS gz KB', (r) => kb(r.htmlPlusCssGzip)],
    ['JS gz KB', (r) => kb(r.jsGzip)],
  ];
  const cells = [cols.map(([h]) => h), ...rows.map((r) => cols.map(([, f]) => f(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells
    .map(
      (row, k) =>
        row.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') +
        (k === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

// ---- Main -------------------------------------------------------------------------------------------------

if (sides.includes('starlight')) await ensureStarlight();
const results = [];
for (const n of sizes) {
  log(`${n} chapters: generating the corpus (seed ${seed})`);
  const corpus = withRealReferencePages(generateCorpus({ chapters: n, seed }), join(ROOT, 'content'), parseYaml);
  writeGuideContent(join(BENCH, 'work', String(n), 'content'), corpus, join(ROOT, 'content'));
  if (sides.includes('starlight')) writeStarlightContent(join(STARLIGHT, 'src/content/docs'), corpus);
  const perSide = Object.fromEntries(sides.map((s) => [s, []]));
  for (let run = 1; run <= runs; run++) {
    // Alternate which goes first, so neither always gets the warmer disk cache.
    const order = run % 2 ? sides : [...sides].reverse();
    for (const side of order) {
      log(`${n} chapters, run ${run}/${runs}: building ${side}`);
      perSide[side].push(await build(side, n, run));
    }
  }
  for (const side of sides) {
    const builds = perSide[side];
    const outDir = builds.at(-1).outDir;
    log(`${n} chapters: measuring ${side} (pages, index, first search in Chromium)`);
    const row = {
      side,
      chapters: n,
      runs: builds.length,
      wallS: median(builds.map((b) => b.wallS)),
      cpuS: median(builds.map((b) => b.cpuS)),
      maxRssMb: median(builds.map((b) => b.maxRssMb)),
      pagefindS: median(builds.map((b) => b.pagefindS)),
      cpu: builds.every((b) => b.cpu)
        ? Object.fromEntries(Object.keys(builds[0].cpu).map((k) => [k, median(builds.map((b) => b.cpu[k]))]))
        : undefined,
      ...pageFigures(side, outDir, corpus),
      ...(await searchFigures(side, outDir, args.query)),
      builds: builds.map(({ outDir: _, ...b }) => b),
    };
    results.push(row);
    log(
      `${n} chapters, ${side}: median ${f1(row.wallS)} s wall; first search ${kb(row.firstSearchBytes)} KB, results ${f1(row.resultsMs)} ms after the last key`,
    );
  }
}

// Today's earlier results (other sizes, or the other site) count too: sizes can be run one at a time.
const date = isoDay(today());
const out = join(BENCH, `results-${date}.json`);
const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { results: [] };
const all = [
  ...previous.results.filter((r) => !results.some((x) => x.side === r.side && x.chapters === r.chapters)),
  ...results,
].sort((a, b) => a.chapters - b.chapters || a.side.localeCompare(b.side));
const find = (side, n) => all.find((r) => r.side === side && r.chapters === n);

console.log(
  `\nMedian of the cold builds per site (runs in the JSON); sizes in KB (1024 bytes), gzip level 9; first search = body bytes the server sent for /pagefind/ (gzip where text), typing "${args.query}".`,
);
if (all.length > results.length)
  console.log('Includes results from earlier runs today (see the JSON for their dates and loads).');
console.log(`\n${table(all)}`);

const withCpu = all.filter((r) => r.cpu);
if (withCpu.length) {
  console.log('\nWhere our build CPU went (median seconds; src/integrations/build-profile.mjs):');
  for (const r of withCpu)
    console.log(
      `  ${String(r.chapters).padStart(5)} chapters: start-up and content sync ${f1(r.cpu.startup)}, bundling ${f1(r.cpu.bundling)} (the chapters' component imports ${f1(r.cpu.componentImports)}), rendering ${f1(r.cpu.rendering)}, after-build steps ${f1(r.cpu.afterBuild)}, Pagefind's process ${f1(r.cpu.pagefindProcess)}`,
    );
}

const ratios = [...new Set(all.map((r) => r.chapters))].flatMap((n) => {
  const ours = find('ours', n);
  const theirs = find('starlight', n);
  if (!ours || !theirs) return [];
  return [
    {
      chapters: n,
      wall: ours.wallS / theirs.wallS,
      cpu: ours.cpuS / theirs.cpuS,
      memory: ours.maxRssMb / theirs.maxRssMb,
      pagefind: ours.pagefindS / theirs.pagefindS,
      indexBytes: ours.indexBytes / theirs.indexBytes,
      firstSearch: ours.firstSearchBytes / theirs.firstSearchBytes,
      chapterHtmlGzip: ours.chapterHtmlGzip / theirs.chapterHtmlGzip,
    },
  ];
});
if (ratios.length) {
  console.log('\nOurs / Starlight (below 1 = ours is smaller or faster):');
  for (const r of ratios)
    console.log(
      `  ${String(r.chapters).padStart(5)} chapters: build wall ${f2(r.wall)}, CPU ${f2(r.cpu)}, peak memory ${f2(r.memory)}, Pagefind ${f2(r.pagefind)}, index ${f2(r.indexBytes)}, first search ${f2(r.firstSearch)}, chapter HTML gz ${f2(r.chapterHtmlGzip)}`,
    );
}

// Targets from the issues (#7, #26).
const checks = [];
const r1000 = ratios.find((r) => r.chapters === 1000);
if (r1000) {
  checks.push([
    `build + index at 1,000 chapters: CPU <= Starlight's`,
    r1000.cpu <= 1,
    `${f2(r1000.cpu)}x (${f1(find('ours', 1000).cpuS)} against ${f1(find('starlight', 1000).cpuS)} s)`,
  ]);
  checks.push([
    `build + index at 1,000 chapters: wall <= 0.75x Starlight's`,
    r1000.wall <= 0.75,
    `${f2(r1000.wall)}x (${f1(find('ours', 1000).wallS)} against ${f1(find('starlight', 1000).wallS)} s)`,
  ]);
}
if (find('ours', 1000) && find('ours', 5000)) {
  const perChapter = (r) => r.wallS / r.chapters;
  const growth = perChapter(find('ours', 5000)) / perChapter(find('ours', 1000));
  checks.push([
    'cost per chapter at 5,000 within 1.3x of 1,000',
    growth <= 1.3,
    `${f2(growth)}x (${f1(perChapter(find('ours', 1000)) * 1000)} -> ${f1(perChapter(find('ours', 5000)) * 1000)} ms)`,
  ]);
}
for (const r of all.filter((x) => x.side === 'ours')) {
  checks.push([
    `${r.chapters}: chapter HTML + render-blocking CSS <= 14 KB gzip`,
    r.htmlPlusCssGzip <= 14 * 1024,
    `${kb(r.htmlPlusCssGzip)} KB`,
  ]);
  checks.push([`${r.chapters}: JS before interaction <= 3 KB gzip`, r.jsGzip <= 3 * 1024, `${kb(r.jsGzip)} KB`]);
}
if (find('ours', 1000)) {
  checks.push([
    'first search at 1,000 chapters <= 100 KB',
    find('ours', 1000).firstSearchBytes <= 100 * 1024,
    `${kb(find('ours', 1000).firstSearchBytes)} KB`,
  ]);
  checks.push([
    'results within 100 ms of the last keystroke (1,000 chapters)',
    find('ours', 1000).resultsMs <= 100,
    `${f1(find('ours', 1000).resultsMs)} ms`,
  ]);
}
if (checks.length) {
  console.log('\nTargets:');
  for (const [what, ok, value] of checks) console.log(`  ${ok ? 'met   ' : 'MISSED'}  ${what}: ${value}`);
  // Issue 26 asked for a rebuild after a one-chapter edit in at most 0.3x a cold build, with Astro's experimental
  // incremental build; it was measured instead, and left off (docs/performance.md, "Incremental builds").
  console.log(
    "  off      rebuild after a one-chapter edit <= 0.3x a cold build: Astro's experimental.incrementalBuild skips only rendering; measured 2026-12-06 at 0.71x a cold build's CPU at 1,000 chapters (bundling is not cached, and the pages built from every chapter render again), so it is left off: see docs/performance.md.",
  );
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${release()}`,
};
for (const r of results) r.date = new Date().toISOString();
writeFileSync(
  out,
  `${JSON.stringify({ date, machine, seed, query: args.query, results: all, ratios, targets: checks.map(([what, met, value]) => ({ what, met, value })) }, null, 2)}\n`,
);
console.log(`\nWrote ${out}`);
