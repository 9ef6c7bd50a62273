// Byte measurements on a built site, used by tests/build/size-budgets.test.ts and the benchmark (scripts/bench/):
// what a page costs before the reader can read it (HTML + render-blocking CSS) and before they can
// interact (the JavaScript the page loads up front, not what it imports later on demand).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (/** @type {string | Buffer} */ data) => gzipSync(data, { level: 9 }).length;

/**
 * Every file under dir (recursive), as absolute paths.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

export const dirBytes = (/** @type {string} */ dir) =>
  existsSync(dir) ? listFiles(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0;

/** The file a root-relative URL (under base) points to in dist, or null for other origins. */
function fileFor(dist, href, base = '/', fromFile = null) {
  if (/^[a-z]+:|^\/\//i.test(href)) return null;
  const clean = href.split(/[?#]/)[0];
  if (clean.startsWith('/')) return join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1));
  return fromFile ? resolve(dirname(fromFile), clean) : null;
}

const attr = (tag, name) =>
  tag
    .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((v) => v !== undefined);

/** Static imports of an ES module (`import x from "..."`, `import "..."`, `export ... from "..."`); not `import()`. */
export function staticImports(code) {
  const found = [];
  for (const m of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g))
    found.push(m[1]);
  return found;
}

/**
 * What one page costs: its HTML, the stylesheets it links (render-blocking), and its scripts with the
 * modules they import statically. Sizes in bytes; gzip at level 9, as a static host would serve them.
 * @param {string} dist the build output
 * @param {string} htmlFile a page in it
 * @param {string} [base] the site's base path
 */
export function pageWeight(dist, htmlFile, base = '/') {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag) || /\bmedia\s*=\s*["']?print/i.test(tag)) continue;
    const file = fileFor(dist, attr(tag, 'href') ?? '', base, htmlFile);
    if (file) css.push(file);
  }
  const inlineScripts = [];
  const entryModules = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = m;
    const type = attr(`<x ${attrs}>`, 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON-LD and other data blocks are not code
    const src = attr(`<x ${attrs}>`, 'src');
    if (src) {
      const file = fileFor(dist, src, base, htmlFile);
      if (file) entryModules.push(file);
    } else if (body.trim()) {
      inlineScripts.push(body);
      if (type === 'module')
        for (const spec of staticImports(body)) {
          const f = fileFor(dist, spec, base, htmlFile);
          if (f) entryModules.push(f);
        }
    }
  }
  // Follow static imports: they load before the entry runs. Dynamic import() chunks load on demand and are not counted.
  const jsFiles = new Set();
  const queue = [...entryModules];
  while (queue.length) {
    const file = queue.shift();
    if (jsFiles.has(file) || !existsSync(file)) continue;
    jsFiles.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const next = fileFor(dist, spec, base, file);
      if (next) queue.push(next);
    }
  }
  const missing = [...css, ...jsFiles].filter((f) => !existsSync(f));
  const cssFiles = [...new Set(css)].filter((f) => existsSync(f));
  return {
    page: relative(dist, htmlFile),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipBytes(html),
    cssFiles: cssFiles.map((f) => relative(dist, f)),
    cssGzip: cssFiles.reduce((s, f) => s + gzipBytes(readFileSync(f)), 0),
    jsFiles: [...jsFiles].map((f) => relative(dist, f)),
    inlineJsGzip: inlineScripts.reduce((s, code) => s + gzipBytes(code), 0),
    jsGzip:
      inlineScripts.reduce((s, code) => s + gzipBytes(code), 0) +
      [...jsFiles].reduce((s, f) => s + gzipBytes(readFileSync(f)), 0),
    missing: missing.map((f) => relative(dist, f)),
  };
}

/** Web font files anywhere in the output. */
export const fontFiles = (/** @type {string} */ dist) =>
  listFiles(dist)
    .filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))
    .map((f) => relative(dist, f));
