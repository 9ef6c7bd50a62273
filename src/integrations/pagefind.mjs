// Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API,
// so that an indexing failure fails the build instead of leaving a site without search.
// Only pages that mark their content with data-pagefind-body are indexed; site chrome is outside it.
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

// Words per index chunk, counted as Pagefind counts them (one per occurrence, one per page a word is on).
// A search downloads the whole chunk each of its words falls in. Pagefind's default, 20,000, makes chunks of
// about 28 KB gzip at 1,000 chapters; 5,000 makes them about 7 KB, for a metadata file about 2 KB larger.
// Measured with scripts/bench/search-probe.mjs at 1,000 chapters: "hallucination" 139 -> 115 KB for the first
// search, "embeddings" 124 -> 111 KB, "retrieval" 157 -> 145 KB. Pagefind 1.6 reads it from the environment of
// its indexing process (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, marked unstable): if a later version drops it,
// chunks go back to the default size and nothing else changes. A value already set in the environment wins.
export const INDEX_CHUNK_SIZE = '5000';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIntegration() {
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Pagefind reads the folder itself: about twice as fast at 1,000 pages as reading each file here and
          // handing it over through addHTMLFile. Once any page carries data-pagefind-body, Pagefind skips the pages
          // without it. Drafts are never built in production, so they are not in the folder to begin with.
          // URLs are indexed relative to the folder (/chapters/x/); the client puts the base path in front
          // (baseUrl in src/scripts/search/engine.ts).
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // addDirectory counts every HTML file it read; the entry file counts the pages in the index.
          const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
          const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
          // The search page and the 404 page never carry data-pagefind-body, so an index holding every file means
          // no page was marked and Pagefind fell back to indexing whole pages, site chrome included.
          if (pages === 0 || pages === added.page_count) {
            throw new Error(`Pagefind found no page marked data-pagefind-body among the ${added.page_count} HTML files in ${outDir}; search would index whole pages, or nothing. Mark each page's main content with data-pagefind-body.`);
          }
          logger.info(`Indexed ${pages} pages (of ${added.page_count} HTML files) in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
