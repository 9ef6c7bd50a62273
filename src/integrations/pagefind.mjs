// Builds the Pagefind search index during `astro build`, through Pagefind's Node API, so that an
// indexing failure fails the build instead of leaving a site without search. Each page's HTML is handed
// to Pagefind as it is rendered (pagefind-feed.mjs, a build-only middleware), so indexing runs in
// Pagefind's own process alongside rendering, and only writing the index is left for the end.
// Only pages that mark their content with data-pagefind-body are indexed; site chrome is outside it.
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { FEED } from './pagefind-feed.mjs';
import { pageOfUrl } from '../lib/routes.ts';

// Words per index chunk, counted as Pagefind counts them (one per occurrence, one per page a word is on).
// A search downloads the whole chunk each of its words falls in. Pagefind's default, 20,000, makes chunks of
// about 28 KB gzip at 1,000 chapters; 5,000 makes them about 7 KB, for a metadata file about 2 KB larger.
// Measured with scripts/bench/search-probe.mjs at 1,000 chapters: "hallucination" 139 -> 115 KB for the first
// search, "embeddings" 124 -> 111 KB, "retrieval" 157 -> 145 KB. Pagefind 1.6 reads it from the environment of
// its indexing process (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, marked unstable): if a later version drops it,
// chunks go back to the default size and nothing else changes. A value already set in the environment wins.
export const INDEX_CHUNK_SIZE = '5000';

/**
 * The page URL Pagefind records for a rendered page: relative to the site's root folder (the client adds the
 * base path), ending in a slash as a folder URL does (`/chapters/x/`), like the URLs addDirectory makes.
 */
export function indexUrl(/** @type {string} */ pathname, /** @type {string} */ base) {
  const under = pageOfUrl(pathname, base);
  let path = under === undefined ? pathname : `/${under}`;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return path;
}

/**
 * The Pagefind step. By default the build waits at its astro:build:done for the index to be written; with
 * `wait: false` it starts writing and goes on, and whoever needs the index awaits `written()` (after-build.mjs does,
 * so that Pagefind writes in its own process while the pages are checked and rewritten).
 * @param {{ wait?: boolean }} [options]
 * @returns {import('astro').AstroIntegration & { written(): Promise<void> }}
 */
export function pagefindIntegration({ wait = true } = {}) {
  /** @type {Promise<void>} */
  let written = Promise.resolve();
  let base = '/';
  /** @type {{ index: any, adds: Promise<any>[], pages: number, failed: string[] } | undefined} */
  let fed;
  const startIndex = async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '[data-pagefind-ignore]'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  };
  return {
    name: 'guide:pagefind',
    written: () => written,
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        base = config.base;
        // Pages go to the indexer while the build renders them (pagefind-feed.mjs); only in a build.
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./pagefind-feed.mjs', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        /** @type {Promise<any> | undefined} */
        let starting;
        const state = {
          index: undefined,
          adds: /** @type {Promise<any>[]} */ ([]),
          pages: 0,
          failed: /** @type {string[]} */ ([]),
        };
        fed = state;
        // The indexer starts with the first page, so a build that fails before rendering starts no process.
        /** @type {any} */ (globalThis)[FEED] = {
          add(/** @type {string} */ pathname, /** @type {string} */ content) {
            state.pages += 1;
            const url = indexUrl(pathname, base);
            starting ??= startIndex().then((index) => (state.index = index));
            state.adds.push(
              starting
                .then((index) => index.addHTMLFile({ url, content }))
                .then(
                  (r) => {
                    if (r.errors?.length) state.failed.push(`${url}: ${r.errors.join('; ')}`);
                  },
                  (e) => {
                    state.failed.push(`${url}: ${e?.message ?? e}`);
                  },
                ),
            );
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const feed = fed;
        fed = undefined;
        delete (/** @type {any} */ (globalThis)[FEED]);
        written = writeIndex(fileURLToPath(dir), feed, logger, startIndex);
        // Deferred: the one pass over the pages (after-build.mjs) runs meanwhile and waits for it before it needs it.
        if (wait) await written;
        else written.catch(() => {});
      },
    },
  };
}

/**
 * Writes the index of the pages fed while rendering (or, with none fed, of the HTML files in outDir), checks that
 * pages were marked for it, logs what it indexed, and closes Pagefind.
 * @param {string} outDir
 * @param {{ index: any, adds: Promise<any>[], pages: number, failed: string[] } | undefined} feed
 * @param {import('astro').AstroIntegrationLogger} logger
 * @param {() => Promise<any>} startIndex
 */
async function writeIndex(outDir, feed, logger, startIndex) {
  const started = performance.now();
  try {
    await Promise.all(feed?.adds ?? []);
    if (feed?.failed.length)
      throw new Error(`Pagefind could not index ${feed.failed.length} page(s): ${feed.failed.slice(0, 5).join(' | ')}`);
    let index = feed?.index;
    let htmlFiles = feed?.pages ?? 0;
    if (!index) {
      // Nothing was fed while rendering (the step was called on its own, as the unit tests do): Pagefind
      // reads the folder itself. Once any page carries data-pagefind-body, it skips the pages without it.
      index = await startIndex();
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      htmlFiles = added.page_count;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
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
    const how = feed?.index ? ' after the last page (the rest while rendering)' : '';
    logger.info(
      `Indexed ${pages} pages (of ${htmlFiles} HTML files) in ${Math.round(performance.now() - started)} ms${how}.`,
    );
  } finally {
    await pagefind.close();
  }
}
