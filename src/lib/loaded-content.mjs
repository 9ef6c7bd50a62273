// What the build loaded, handed from the content load (get-guide.ts) to the checks that run on the built site
// (src/integrations/built-site-checks.mjs), so that those checks know which entries exist and which file each
// chapter page comes from without reading content/ a second way.
// Astro prerenders every page in the process that runs the integration hooks (its default prerenderer imports the
// built prerender bundle), but that bundle carries its own copy of this module: the two copies share no module
// state, only the process. So the record lives on globalThis, under a registered symbol.

const KEY = Symbol.for('ai-engineer-guide.loaded-content');

/**
 * @typedef {{ id: string, file: string }} LoadedChapter a published chapter (a page at chapters/<id>/) and its file
 * @typedef {{ collection: string, id: string, file: string }} LoadedDataEntry an entry of a data collection and its file
 * @typedef {{ chapters: LoadedChapter[], data: LoadedDataEntry[], warnings: string[] }} LoadedContent
 *   `warnings`: what the content load found that does not stop the build, for the build's log
 */

/**
 * Kept by the content load, once per build (its result is cached); a second call replaces the first, so the record
 * is always one whole load.
 * @param {LoadedContent} content
 */
export function recordLoadedContent(content) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] = content;
}

/** The record of this build's content load, or undefined when no page loaded content. */
export function readLoadedContent() {
  return /** @type {LoadedContent | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[KEY]);
}

/** Forgets the record, at the start of a build, so a build never reads the one before it (a programmatic build in the same process). */
export function clearLoadedContent() {
  delete (/** @type {Record<symbol, unknown>} */ (globalThis)[KEY]);
}
