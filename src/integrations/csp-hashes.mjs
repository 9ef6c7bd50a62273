// Astro writes the same hashes into every page's Content-Security-Policy: one for each inline <style> and inline
// <script> that any page has when it plans the build. The style list misses the styles a content entry brings (the
// styles of the components a chapter imports, see mdx-component-imports.mjs), which Astro puts inline in the head of
// each page that renders the chapter, so the browser would refuse them; and both lists grow on every page with each
// inline style or script anywhere on the site (eleven script hashes, about 0.5 KB gzip, on a chapter that has one
// inline script). After the build, the one pass over the pages (after-build.mjs) sets each page's style-src and script-src to the hashes of that page's
// own inline <style> and <script> elements: what it has is allowed, and nothing else. Scripts loaded from a file
// need no hash ('self' allows them), nor do data blocks (JSON, JSON-LD), which are never run.
import { createHash } from 'node:crypto';
import { editTags, rawTexts } from '../lib/html.ts';

const digest = (/** @type {string} */ css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const isHash = (/** @type {string} */ s) => /^'sha(256|384|512)-/.test(s);

const SCRIPT = /<script\b((?:"[^"]*"|'[^']*'|[^>"'])*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** Types of <script> the browser runs (no type at all, too); any other (application/json, ld+json) is data. */
const RUN = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of each inline <script> the browser runs (not one with src, not a data block), in order. */
export function inlineScripts(/** @type {string} */ html) {
  const out = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type =
      attributes
        .match(TYPE)
        ?.slice(1)
        .find((v) => v !== undefined) ?? '';
    if (RUN.has(type.trim().toLowerCase())) out.push(text);
  }
  return out;
}

/**
 * The page with each run of adjacent <style> elements in its head joined into one: the same rules in the same order,
 * so the same cascade, with one hash in the policy instead of one per component's stylesheet (a chapter had three,
 * about 40 B gzip each, as hashes do not compress).
 */
export function joinInlineStyles(/** @type {string} */ html) {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd === -1) return html;
  const head = html.slice(0, headEnd);
  const joined = head.replace(/<\/style>\s*<style>/g, '');
  return joined === head ? html : joined + html.slice(headEnd);
}

/**
 * The page with its policy's style-src and script-src holding the hashes of the page's own inline styles and
 * scripts, and their other sources ('self', 'wasm-unsafe-eval'); unchanged without a policy. `added` and `removed`
 * count the hashes that changed.
 * @param {string} html
 * @returns {{ html: string, added: number, removed: number }}
 */
export function setPolicyHashes(html) {
  const own = {
    'style-src': [...new Set(rawTexts(html, 'style').map(digest))],
    'script-src': [...new Set(inlineScripts(html).map(digest))],
  };
  let added = 0;
  let removed = 0;
  // The policy is a <meta> of the <head>: only the head is scanned for it.
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const out = editTags(head, (element) => {
    if (element.name !== 'meta' || element.get('http-equiv')?.toLowerCase() !== 'content-security-policy') return;
    const directives = (element.get('content') ?? '').split(';');
    let changed = false;
    for (const [directive, hashes] of Object.entries(own)) {
      const i = directives.findIndex((d) => d.trim().split(/\s+/)[0] === directive);
      if (i === -1) continue;
      const [name, ...sources] = directives[i].trim().split(/\s+/);
      const had = new Set(sources.filter(isHash));
      const more = hashes.filter((h) => !had.has(h)).length;
      const fewer = [...had].filter((h) => !hashes.includes(h)).length;
      if (more === 0 && fewer === 0) continue;
      added += more;
      removed += fewer;
      changed = true;
      const lead = directives[i].match(/^\s*/)?.[0] ?? '';
      directives[i] = `${lead}${[name, ...sources.filter((s) => !isHash(s)), ...hashes].join(' ')}`;
    }
    if (changed) element.set('content', directives.join(';'));
  });
  return { html: out === head ? html : out + html.slice(head.length), added, removed };
}
