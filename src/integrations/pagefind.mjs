// Builds the Pagefind search index during `astro build`, through Pagefind's Node API, so that an
// indexing failure fails the build instead of leaving a site without search. Pagefind reads the built folder
// once the pages are written (addDirectory), in its own process and on both cores, while the build goes on with
// the one pass over the pages (after-build.mjs), which waits for the index before the offline copy lists it.
// Reading the folder, rather than being handed each page as it renders, gives the same index for the same pages:
// pages rendered four at a time finish in a different order on every build, and Pagefind numbers pages in the
// order it gets them, so the index files, the offline copy's list and the pages' search tag changed on every
// build. It also costs less: about 1.5 s of CPU at 1,000 chapters (farm-bench, 3 paired runs: CPU 0.96x, wall 0.98x).
// Only pages that mark their content with data-pagefind-body are indexed; site chrome is outside it.
import { fileURLToPath } from 'node:url';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGES } from '../lib/routes.ts';

/**
 * The HTML files Pagefind reads, as a glob over outDir: all but the print edition's (PAGES.guide), which marks
 * nothing for search and holds every chapter again. At 1,000 chapters it is a 14 MB page, and reading it cost
 * Pagefind 3.5 s of its 8.9 s of CPU, for an index byte for byte the same without it.
 * @param {string} outDir
 */
export async function indexGlob(outDir) {
  const skip = new Set([PAGES.guide.replace(/\/$/, ''), 'pagefind', '_astro']);
  const entries = await readdir(outDir, { withFileTypes: true });
  const parts = entries
    .filter((e) => (e.isDirectory() ? !skip.has(e.name) : e.name.endsWith('.html')))
    .map((e) => (e.isDirectory() ? `${e.name}/**/*.html` : e.name))
    .sort();
  return `{${parts.join(',')}}`;
}

// Words per index chunk, counted as Pagefind counts them (one per occurrence, one per page a word is on).
// A search downloads the whole chunk each of its words falls in. Pagefind's default, 20,000, makes chunks of
// about 28 KB gzip at 1,000 chapters; 5,000 makes them about 7 KB, for a metadata file about 2 KB larger.
// Measured with scripts/bench/search-probe.mjs at 1,000 chapters: "hallucination" 139 -> 115 KB for the first
// search, "embeddings" 124 -> 111 KB, "retrieval" 157 -> 145 KB. Pagefind 1.6 reads it from the environment of
// its indexing process (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, marked unstable): if a later version drops it,
// chunks go back to the default size and nothing else changes. A value already set in the environment wins.
export const INDEX_CHUNK_SIZE = '5000';

/**
 * The Pagefind step. By default the build waits at its astro:build:done for the index to be written; with
 * `wait: false` it starts indexing and goes on, and whoever needs the index awaits `written()` (after-build.mjs
 * does, so that Pagefind works in its own process while the pages are checked).
 * @param {{ wait?: boolean }} [options]
 * @returns {import('astro').AstroIntegration & { written(): Promise<void> }}
 */
export function pagefindIntegration({ wait = true } = {}) {
  /** @type {Promise<void>} */
  let written = Promise.resolve();
  return {
    name: 'guide:pagefind',
    written: () => written,
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        written = writeIndex(fileURLToPath(dir), logger);
        if (wait) await written;
        else written.catch(() => {});
      },
    },
  };
}

/**
 * Indexes the HTML files in outDir, writes the index to outDir/pagefind, checks that pages were marked for it,
 * logs what it indexed (the line the benchmark reads), and closes Pagefind.
 * @param {string} outDir
 * @param {import('astro').AstroIntegrationLogger} logger
 */
async function writeIndex(outDir, logger) {
  const started = performance.now();
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '[data-pagefind-ignore]'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Once any page carries data-pagefind-body, Pagefind skips the pages without it.
    const added = await index.addDirectory({ path: outDir, glob: await indexGlob(outDir) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const htmlFiles = added.page_count;
    const result = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (result.errors.length) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
    // The entry file counts the pages in the index.
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
    // The search page and the 404 page never carry data-pagefind-body, so an index holding every page means
    // no page was marked and Pagefind fell back to indexing whole pages, site chrome included.
    if (pages === 0 || pages === htmlFiles) {
      throw new Error(
        `Pagefind found no page marked data-pagefind-body among the ${htmlFiles} HTML files in ${outDir}; search would index whole pages, or nothing. Mark each page's main content with data-pagefind-body.`,
      );
    }
    logger.info(
      `Indexed ${pages} pages (of ${htmlFiles} HTML files) in ${Math.round(performance.now() - started)} ms.`,
    );
  } finally {
    await pagefind.close();
  }
}
