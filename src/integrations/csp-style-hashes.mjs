// Astro writes the same style hashes into every page's Content-Security-Policy: one for each inline <style> that
// any page has when it plans the build. That list misses the styles a content entry brings (the styles of the
// components a chapter imports, see mdx-component-imports.mjs), which Astro puts inline in the head of each page
// that renders the chapter, so the browser would refuse them; and it grows on every page with each component
// style anywhere on the site. After the build, this step sets each page's style-src to the hashes of that
// page's own inline <style> elements: the styles it has are allowed, and no others.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editTags, rawTexts } from '../lib/html.ts';

const digest = (/** @type {string} */ css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const isHash = (/** @type {string} */ s) => /^'sha(256|384|512)-/.test(s);

/**
 * The page with its policy's style-src holding the hashes of the page's own inline styles, and its other
 * sources ('self'); unchanged without a policy. `added` and `removed` count the hashes that changed.
 * @param {string} html
 * @returns {{ html: string, added: number, removed: number }}
 */
export function setStyleHashes(html) {
  const own = [...new Set(rawTexts(html, 'style').map(digest))];
  let added = 0;
  let removed = 0;
  // The policy is a <meta> of the <head>: only the head is scanned for it.
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const out = editTags(head, (element) => {
    if (element.name !== 'meta' || element.get('http-equiv')?.toLowerCase() !== 'content-security-policy') return;
    const directives = (element.get('content') ?? '').split(';');
    const i = directives.findIndex((d) => d.trim().startsWith('style-src'));
    if (i === -1) return;
    const [name, ...sources] = directives[i].trim().split(/\s+/);
    const had = new Set(sources.filter(isHash));
    added = own.filter((h) => !had.has(h)).length;
    removed = [...had].filter((h) => !own.includes(h)).length;
    if (added === 0 && removed === 0) return;
    const lead = directives[i].match(/^\s*/)?.[0] ?? '';
    directives[i] = `${lead}${[name, ...sources.filter((s) => !isHash(s)), ...own].join(' ')}`;
    element.set('content', directives.join(';'));
  });
  return { html: out === head ? html : out + html.slice(head.length), added, removed };
}

/** @returns {import('astro').AstroIntegration} */
export function cspStyleHashes() {
  return {
    name: 'guide:csp-style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        let added = 0;
        let removed = 0;
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true }))
          .filter((rel) => rel.endsWith('.html'))
          .map((rel) => join(outDir, rel));
        for (const file of files) {
          const page = setStyleHashes(await readFile(file, 'utf8'));
          if (page.added === 0 && page.removed === 0) continue;
          await writeFile(file, page.html);
          pages += 1;
          added += page.added;
          removed += page.removed;
        }
        logger.debug(`Style hashes: ${added} added and ${removed} removed, over ${pages} pages.`);
      },
    },
  };
}
