// The steps on the written site, in one pass over its pages: each page is read once, changed in memory by every step
// that changes pages, and written once, if it changed. (Three steps each walked dist/ on their own before: the pages
// were read three times and written twice.) Meanwhile Pagefind writes its index in its own process (pagefind.mjs,
// started with `wait: false`), on the other core. In order:
//   1. each page's policy lists the hashes of its own inline styles and scripts (csp-hashes.mjs);
//   2. the checks on the built site run on the final pages (built-site-checks.mjs): an error fails the build
//      before anything is written;
//   3. once the index is written, the offline copy (offline-copy.mjs) tags the pages that search, measures every
//      saved file, fills the download's size into the pages that offer it and writes offline.json;
//   4. each page that changed is written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinInlineStyles, setPolicyHashes } from './csp-hashes.mjs';
import { reportBuiltSite, scanHtml } from './built-site-checks.mjs';
import { writeOfflineCopy } from './offline-copy.mjs';
import { formatSize, offlineEnabled } from '../lib/offline-copy.mjs';
import { normaliseBase, pageOfFile } from '../lib/routes.ts';

/** Every file under outDir, as paths relative to it with `/`. */
const listFiles = async (/** @type {string} */ outDir) =>
  (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'));

/**
 * @param {{ searchIndex: { written(): Promise<void> } }} steps the Pagefind step, whose index the offline copy lists
 * @returns {import('astro').AstroIntegration}
 */
export function afterBuild({ searchIndex }) {
  let base = '/';
  return {
    name: 'guide:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const files = await listFiles(outDir);
          const htmlFiles = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
          /** @type {Map<string, string>} each page as read */
          const read = new Map();
          /** @type {Map<string, string>} each page as it will be written */
          const pages = new Map();
          await Promise.all(
            htmlFiles.map(async (file) => {
              const html = await readFile(join(outDir, file), 'utf8');
              read.set(file, html);
              pages.set(file, setPolicyHashes(joinInlineStyles(html)).html);
            }),
          );
          const scans = new Map(htmlFiles.map((file) => [pageOfFile(file), scanHtml(pages.get(file) ?? '')]));
          reportBuiltSite({ pages: scans, files: new Set(files), base }, logger.fork('guide:built-site-checks'));
          const checked = performance.now();

          await searchIndex.written();
          if (offlineEnabled()) {
            // Listed again: the index's files are there now.
            const manifest = await writeOfflineCopy({ outDir, files: await listFiles(outDir), pages, base });
            logger
              .fork('guide:offline-copy')
              .info(
                `Offline copy: ${manifest.files.length} files, ${formatSize(manifest.bytes)} gzip (offline.json, build ${manifest.build}).`,
              );
          } else {
            logger
              .fork('guide:offline-copy')
              .info(
                'GUIDE_OFFLINE=off: no offline copy is offered; sw.js removes saved copies and unregisters itself.',
              );
          }
          const changed = htmlFiles.filter((file) => pages.get(file) !== read.get(file));
          await Promise.all(changed.map((file) => writeFile(join(outDir, file), pages.get(file) ?? '')));
          logger.info(
            `One pass over ${htmlFiles.length} pages (${changed.length} rewritten) in ${Math.round(performance.now() - started)} ms; policy hashes and checks ${Math.round(checked - started)} ms.`,
          );
        } catch (error) {
          // Pagefind's process is closed even when a check failed first, and the check's error is the one reported.
          await searchIndex.written().catch(() => {});
          throw error;
        }
      },
    },
  };
}
