// A small static server for tests that must change what the site serves while a browser stays on the same origin:
// the offline copy's tests serve a build, then "deploy" a newer one (some files replaced in memory, no copy of the
// folder), or stop answering altogether, as a lost network looks to a browser whose driver cannot emulate one.
// It serves a built folder under the site's base path as a static host does: folder addresses from index.html, a
// redirect to add the slash, 404.html for the rest. `astro preview` serves the other tests.
import { normaliseBase } from '../../src/lib/routes.ts';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * @typedef {object} SiteServer
 * @property {string} url           the site's address, base path included, ending in /
 * @property {(files: Record<string, string | Buffer>) => void} replace   serve these files (paths under the base,
 *                                  as in the build folder: 'chapters/x/index.html') instead of the folder's; {} undoes it
 * @property {() => string[]} requested  the addresses asked for so far (under the base path, with the query), in order
 * @property {(path: string) => { reached: Promise<void>, release: () => void }} hold  keep the answer to `path`
 *                                  (under the base, as requested) until release(); `reached` resolves when it is asked for
 * @property {() => Promise<void>} stop    stop answering: connections are refused, as when the network is gone
 * @property {() => Promise<void>} start   answer again, on the same port
 * @property {() => Promise<void>} close
 */

/**
 * Serves `dir` at http://127.0.0.1:<port><base>; port 0 takes a free one, kept across stop() and start().
 * @param {{ dir: string, base?: string, port?: number }} options
 * @returns {Promise<SiteServer>}
 */
export async function serveSite({ dir, base = '/', port = 0 }) {
  const root = normaliseBase(base);
  /** @type {Map<string, string | Buffer>} */
  let replaced = new Map();
  /** @type {string[]} */
  const asked = [];
  /** @type {Map<string, { arrive: () => void, gate: Promise<void> }>} */
  const held = new Map();

  /** The file for a path under the base, or undefined. */
  const find = async (/** @type {string} */ rel) => {
    if (replaced.has(rel)) return rel;
    try {
      return (await stat(join(dir, rel))).isFile() ? rel : undefined;
    } catch {
      return undefined;
    }
  };
  const body = async (/** @type {string} */ rel) => replaced.get(rel) ?? readFile(join(dir, rel));

  const server = createServer(async (req, res) => {
    const address = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(address.pathname);
    const rel = path.startsWith(root) ? normalize(path.slice(root.length)).replace(/^(\.\.[/\\])+/, '') : undefined;
    const under = path.startsWith(root) ? `${path.slice(root.length)}${address.search}` : path;
    asked.push(under);
    const hold = held.get(under);
    if (hold) {
      hold.arrive();
      await hold.gate;
    }
    const send = async (/** @type {number} */ status, /** @type {string} */ file) => {
      const data = await body(file);
      res.writeHead(status, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    if (rel === undefined) return send(404, '404.html');
    const file =
      rel === '.' || rel === '' || path.endsWith('/') ? await find(join(rel, 'index.html')) : await find(rel);
    if (file) return send(200, file);
    if (!path.endsWith('/') && (await find(join(rel, 'index.html')))) {
      res.writeHead(301, { Location: `${path}/` });
      return res.end();
    }
    return send(404, '404.html');
  });

  const listen = () =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        if (address && typeof address === 'object') port = address.port;
        resolve(undefined);
      });
    });
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve(undefined));
      server.closeAllConnections();
    });
  await listen();
  return {
    url: `http://127.0.0.1:${port}${root}`,
    replace: (files) => {
      replaced = new Map(Object.entries(files));
    },
    requested: () => [...asked],
    hold: (path) => {
      /** @type {() => void} */
      let arrive = () => {};
      /** @type {() => void} */
      let release = () => {};
      const reached = new Promise((resolve) => {
        arrive = () => resolve(undefined);
      });
      const gate = new Promise((resolve) => {
        release = () => {
          held.delete(path);
          resolve(undefined);
        };
      });
      held.set(path, { arrive, gate: /** @type {Promise<void>} */ (gate) });
      return { reached: /** @type {Promise<void>} */ (reached), release };
    },
    stop,
    start: listen,
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
