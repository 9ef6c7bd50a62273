// Astro writes each page's Content-Security-Policy with the hash of every inline <style> it knows of when it
// plans the pages, but not of the styles a content entry brings: the styles of the components a chapter imports
// (mdx-component-imports.mjs), which Astro puts inline in the head of each page that renders the chapter. The
// browser would refuse them. After the build, this step adds to each page's policy the hash of every inline
// <style> element of that page that the policy lacks. It hashes only what the build wrote; nothing else is allowed.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

const digest = (/** @type {string} */ css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The page with the hash of each of its inline styles in its policy's style-src; unchanged without a policy.
 * @param {string} html
 * @returns {{ html: string, added: number }}
 */
export function addStyleHashes(html) {
  const meta = html.match(META);
  if (!meta) return { html, added: 0 };
  const directives = meta[2].split(';');
  const i = directives.findIndex((d) => d.trim().startsWith('style-src'));
  if (i === -1) return { html, added: 0 };
  const present = new Set(directives[i].trim().split(/\s+/));
  const missing = [...new Set([...html.matchAll(STYLE)].map((m) => digest(m[1])))].filter((h) => !present.has(h));
  if (missing.length === 0) return { html, added: 0 };
  directives[i] = `${directives[i].trimEnd()} ${missing.join(' ')}`;
  return { html: html.replace(META, (_, open, _content, close) => `${open}${directives.join(';')}${close}`), added: missing.length };
}

async function htmlFiles(/** @type {string} */ dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** @returns {import('astro').AstroIntegration} */
export function cspStyleHashes() {
  return {
    name: 'guide:csp-style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        let hashes = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const { html, added } = addStyleHashes(await readFile(file, 'utf8'));
          if (added === 0) continue;
          await writeFile(file, html);
          pages += 1;
          hashes += added;
        }
        logger.debug(`Added ${hashes} hashes of the content's component styles to the policies of ${pages} pages.`);
      },
    },
  };
}
