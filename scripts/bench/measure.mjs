// What only the benchmark needs: medians of repeated runs, and a static host that counts the bytes it sends.
// Page weights are measured by scripts/lib/page-weight.mjs, shared with the size budgets.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { Transform } from 'node:stream';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';

export const median = (/** @type {number[]} */ values) => {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * A static host for a built site, on a free port of 127.0.0.1: directory index, 404.html, gzip for text types
 * (Pagefind's own files are already compressed), the base path stripped. The body bytes actually sent are added
 * up per requested path in `sent`: Playwright's request sizes miss a worker's own script (Pagefind 1.6 ranks in
 * pagefind-worker.js, about 12 KB gzip), so the benchmark reports the server's count.
 * @param {string} dir
 * @param {{ base?: string, sent?: Map<string, number> }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDist(dir, { base = '/', sent = new Map() } = {}) {
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x').pathname;
    let path = decodeURIComponent(requested);
    if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file.startsWith(dir) || !existsSync(file)) {
      file = join(dir, '404.html');
      status = 404;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    const gzip = type !== 'application/octet-stream' && /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'cache-control': 'no-store',
    });
    if (!existsSync(file)) return res.end('not found');
    const stream = createReadStream(file);
    const counter = new Transform({
      transform(chunk, _e, cb) {
        sent.set(requested, (sent.get(requested) ?? 0) + chunk.length);
        cb(null, chunk);
      },
    });
    if (gzip) stream.pipe(createGzip()).pipe(counter).pipe(res);
    else stream.pipe(counter).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
