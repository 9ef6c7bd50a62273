// The offline copy's build step, after the last page and the search index are written (in the one pass over the
// pages, after-build.mjs): it lists what a reader
// downloads to keep the whole guide on their device (offline.json: each file's address, revision and gzip size),
// writes the download's size into the pages that offer it, and gives Pagefind a tag that changes with the index
// (its metaCacheTag: the entry file is then asked for at an address the saved copy can hold, instead of one with
// the time in it). The worker itself is a route (src/pages/sw.js.ts). With GUIDE_OFFLINE=off nothing here runs and
// the worker route ships the retiring worker. Runs after every other change to the pages, because the revisions are
// hashes of the final files.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { OFFLINE, formatSize } from '../lib/offline-copy.mjs';
import { isoDay, today } from '../lib/dates.ts';

/** A short content hash: a file's revision in the list. */
export const revision = (/** @type {string | Buffer} */ content) =>
  createHash('sha256').update(content).digest('hex').slice(0, 12);

/** The tag Pagefind adds to its entry file's address (metaCacheTag): that file's revision, so it changes with the index. */
export const searchIndexTag = revision;

/**
 * The addresses (under the base path) of the built files a reader saves, from the build's file list (paths relative
 * to the output folder, with `/`). In: every page but 404, Astro's assets, the favicon, and of Pagefind what a search
 * loads (its script and worker, the WebAssembly of each indexed language, the entry file with the index's tag,
 * metadata, index, fragment and filter chunks). Out: Open Graph images, feeds, sitemaps, llms.txt, robots.txt,
 * host headers, Pagefind's ready-made interfaces (the guide has its own), and the worker and list themselves.
 * Each entry is [address, file].
 * @param {string[]} files
 * @param {{ languages?: Record<string, { hash: string, wasm?: string }> }} entry Pagefind's pagefind-entry.json
 * @param {string} tag searchIndexTag() of that file
 * @returns {[string, string][]}
 */
export function savedFiles(files, entry, tag) {
  const languages = Object.values(entry.languages ?? {});
  const pagefind = new Set([
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    ...languages.map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`),
    ...languages.map((l) => `pagefind/pagefind.${l.hash}.pf_meta`),
  ]);
  /** @type {[string, string][]} */
  const out = [];
  for (const file of [...files].sort()) {
    if (file === 'index.html' || (file.endsWith('/index.html') && !file.startsWith('pagefind/')))
      out.push([file.slice(0, -'index.html'.length), file]);
    else if (
      file.startsWith('_astro/') ||
      file === 'favicon.svg' ||
      pagefind.has(file) ||
      /^pagefind\/(?:index|fragment|filter)\//.test(file)
    )
      out.push([file, file]);
    else if (file === 'pagefind/pagefind-entry.json') out.push([`${file}?ts=${tag}`, file]);
  }
  return out;
}

/**
 * The list a reader's browser downloads, from each saved file's address, revision and gzip size.
 * @param {[string, string, number][]} files
 * @param {string} built YYYY-MM-DD
 * @param {string} script the saved copy's script, under the base path
 * @returns {import('../lib/offline-copy.mjs').Manifest}
 */
export function buildManifest(files, built, script) {
  const sorted = [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const build = createHash('sha256')
    .update(sorted.map(([url, rev]) => `${url} ${rev}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { version: OFFLINE.version, build, built, bytes: sorted.reduce((n, f) => n + f[2], 0), script, files: sorted };
}

/**
 * The saved copy's script: of the module scripts a page that offers the copy loads (`srcs`, under the base path),
 * the one whose code looks for the panel (src/client/offline/boot.ts). `read` gives a script's code.
 * @param {string[]} srcs
 * @param {(src: string) => string} read
 */
export function findOfflineScript(srcs, read) {
  const found = [...new Set(srcs)].filter((src) => read(src).includes(`[${OFFLINE.panel}]`));
  if (found.length !== 1) {
    throw new Error(
      `The offline copy needs exactly one script that loads its panel (src/client/offline/boot.ts, through OfflinePanel.astro) on the pages that offer it; found ${found.length === 0 ? 'none' : found.join(', ')}. Check that OfflinePanel.astro's <script> still calls bootOffline().`,
    );
  }
  return found[0];
}

const HTML_START = /<html\b/;
const SEARCHES = /data-search-open|data-search-page/;
const MODULE_SRC = /<script type="module" src="([^"]+)"/g;
const SIZE_SLOT = /(<[a-z]+ [^>]*?data-offline-size(?:="")?[^>]*>)[^<]*(<\/)/g;

/** The page with its <html> carrying the search index's tag, when the page can search; unchanged otherwise. */
export function tagSearch(/** @type {string} */ html, /** @type {string} */ tag) {
  return SEARCHES.test(html) ? html.replace(HTML_START, `<html data-search-index="${tag}"`) : html;
}

/** The page with the download's size in each element marked data-offline-size ("(850 KB)"). */
export const fillSize = (/** @type {string} */ html, /** @type {number} */ bytes) =>
  html.replace(SIZE_SLOT, `$1(${formatSize(bytes)})$2`);

const gzipLevel9 = promisify(gzip);
/**
 * gzip sizes at level 9, as gzipBytes measures them, computed in Node's thread pool: several files at once. A file
 * that is gzip already (Pagefind's index files) is sent as it is, so its size is its own: compressing it again
 * measured nothing and cost 0.3 s at 1,000 chapters.
 */
export const gzipSize = async (/** @type {Buffer} */ data) =>
  data[0] === 0x1f && data[1] === 0x8b ? data.length : (await gzipLevel9(data, { level: 9 })).length;

/**
 * The offline copy, on the built site as the one pass over the pages holds it (after-build.mjs), once the search
 * index is written: gives the pages that can search the index's tag and the pages that offer the copy its size,
 * in `pages` (each HTML file's final text by its path relative to the output folder), and writes offline.json.
 * Other saved files are read from outDir. Returns the manifest written.
 * @param {{ outDir: string, files: string[], pages: Map<string, string>, base: string }} site
 */
export async function writeOfflineCopy({ outDir, files, pages, base }) {
  const entryJson = await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'));
  const tag = searchIndexTag(entryJson);
  /** @type {Map<string, Buffer>} the saved files' final content */
  const content = new Map();
  const saved = savedFiles(files, JSON.parse(entryJson.toString('utf8')), tag);
  await Promise.all(
    saved.map(async ([, file]) => {
      const page = pages.get(file);
      if (page === undefined) {
        content.set(file, await readFile(join(outDir, file)));
        return;
      }
      const html = tagSearch(page, tag);
      pages.set(file, html);
      content.set(file, Buffer.from(html));
    }),
  );
  // The size goes into the pages that offer the download, which are part of it: fill, measure again, and
  // stop when the figure no longer changes (the first pass nearly always).
  const offering = [...content.keys()].filter(
    (f) => f.endsWith('.html') && content.get(f)?.includes('data-offline-size'),
  );
  /** @type {Map<string, number>} */
  const sizes = new Map();
  // A few at a time, as many as Node's thread pool runs: each gzip stream at level 9 holds about 0.3 MB while
  // it waits, and 2,300 queued at once (1,000 chapters) added 0.5 GB to the build's peak memory.
  const queue = [...content];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) sizes.set(next[0], await gzipSize(next[1]));
    }),
  );
  const total = () => [...sizes.values()].reduce((a, b) => a + b, 0);
  for (let pass = 0, shown = -1; pass < 5 && formatSize(total()) !== formatSize(shown); pass++) {
    shown = total();
    for (const f of offering) {
      const filled = fillSize(pages.get(f) ?? '', shown);
      pages.set(f, filled);
      content.set(f, Buffer.from(filled));
      sizes.set(f, await gzipSize(content.get(f) ?? Buffer.alloc(0)));
    }
  }
  const srcs = offering.flatMap((f) =>
    [...(pages.get(f) ?? '').matchAll(MODULE_SRC)].map((m) => m[1].slice(base.length)),
  );
  const script = findOfflineScript(srcs, (src) => content.get(src)?.toString('utf8') ?? '');
  const manifest = buildManifest(
    saved.map(([url, file]) => [url, revision(content.get(file) ?? ''), sizes.get(file) ?? 0]),
    isoDay(today()),
    script,
  );
  await writeFile(join(outDir, OFFLINE.manifest), JSON.stringify(manifest));
  return manifest;
}
