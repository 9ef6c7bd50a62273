// Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API,
// so that an indexing failure fails the build instead of leaving a site without search.
// Only pages that mark their content with data-pagefind-body are indexed; site chrome is outside it.
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'pagefind') yield* htmlFiles(path); }
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The URL a built file is served at, under the site's base path. */
export function urlOf(/** @type {string} */ relPath, /** @type {string} */ base) {
  const clean = relPath.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base.replace(/\/?$/, '/')}${clean}`;
}

/** @returns {import('astro').AstroIntegration} */
export function pagefindIntegration() {
  let base = '/';
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          let words = 0;
          for await (const file of htmlFiles(outDir)) {
            const content = await readFile(file, 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ url: urlOf(relative(outDir, file), base), content });
            if (added.errors.length) throw new Error(`Pagefind could not index ${relative(outDir, file)}: ${added.errors.join('; ')}`);
            pages += 1;
            words += added.file.uniqueWords;
          }
          if (pages === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${outDir}; the search index would be empty.`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${pages} pages and ${words} words (unique per page) in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
