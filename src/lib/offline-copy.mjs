// The offline copy of the guide, as the build, the service worker and the page's code agree on it: which built files
// a reader downloads when they choose to keep the guide on their device, the list the build writes (offline.json:
// each file with a revision and its gzip size), which requests the worker answers from the saved copy first, and
// the operator's switch. Pure and browser-safe: the page's code (src/client/offline/) imports it too. The build step,
// which lists and hashes the files, is src/integrations/offline-copy.mjs; the worker is src/client/offline/worker.ts.
export const OFFLINE = {
  /** The list of files to save, at the site's root (under the base path). */
  manifest: 'offline.json',
  /** The service worker, at the site's root so that its scope is the whole guide. */
  worker: 'sw.js',
  /** Cache Storage names start with this, then the base path and the build: `guide-offline /base/ <build>`. */
  cachePrefix: 'guide-offline',
  /** The format of offline.json; a saved copy in another format is saved again. */
  version: 1,
  /** The attribute of the panel that offers the copy (components/OfflinePanel.astro): its page loads the offline script itself. */
  panel: 'data-offline-panel',
};

/**
 * Requests the worker answers from the saved copy before the network: files whose name changes when their content
 * does (Astro's `_astro/` assets, Pagefind's index, fragment and filter chunks and its hashed metadata), and the
 * search entry file asked for with the build's tag (`?ts=`, Pagefind's metaCacheTag). Everything else (pages,
 * Pagefind's script, worker and WebAssembly, the favicon) goes to the network first, so a reader online never gets
 * a page older than the site's. Matched against the path under the base path, with its query.
 */
export const IMMUTABLE =
  /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/pagefind\.[\w-]+\.pf_meta$|pagefind\/pagefind-entry\.json\?ts=)/;

/**
 * Whether the site offers the offline copy. `GUIDE_OFFLINE=off` at build time is the kill switch: the build then
 * ships a worker that deletes the saved copies and unregisters itself, and no page offers to save the guide.
 * @param {Record<string, string | undefined>} [env]
 */
export function offlineEnabled(env = process.env) {
  const value = (env.GUIDE_OFFLINE ?? '').trim().toLowerCase();
  if (value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(
    `GUIDE_OFFLINE is "${env.GUIDE_OFFLINE}"; set it to "off" to retire the offline copy (the build then ships a worker that removes itself), or leave it unset.`,
  );
}

/**
 * @typedef {object} Manifest  offline.json
 * @property {number} version   OFFLINE.version
 * @property {string} build     changes whenever any saved file does
 * @property {string} built     the build's day, YYYY-MM-DD
 * @property {number} bytes     the whole download, gzip
 * @property {string} script  the saved copy's script (src/client/offline/boot.ts as built), which the worker adds to
 *                             the pages it serves, under the base path
 * @property {[string, string, number][]} files  [address under the base path, revision, gzip bytes]
 */

/** Bytes to fetch to bring a saved copy up to `next`: the files that are new or whose revision changed. */
export function bytesToUpdate(/** @type {Manifest | undefined} */ saved, /** @type {Manifest} */ next) {
  const have = new Set((saved?.files ?? []).map(([url, rev]) => `${url} ${rev}`));
  return next.files.reduce((n, [url, rev, bytes]) => (have.has(`${url} ${rev}`) ? n : n + bytes), 0);
}

/** A download size as a reader reads it: "850 KB", "1.2 MB"; "0 KB" only for nothing at all. */
export function formatSize(/** @type {number} */ bytes) {
  const kb = bytes > 0 ? Math.max(1, Math.round(bytes / 1024)) : 0;
  return kb < 1000 ? `${kb} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
