// The service worker, hand-written (docs/choices.md). It exists only once a reader has chosen to keep the guide on
// their device (src/client/offline/copy.ts registers it then); the page's code downloads the copy into Cache
// Storage, and the worker answers from it:
//   - pages and every file whose name does not change with its content: the network first, the saved copy when the
//     network fails, so a reader online never gets an older page than the site's;
//   - files whose name changes with their content (IMMUTABLE in src/lib/offline-copy.mjs): the saved copy first;
//   - offline.json (the page asks whether a newer build is online) and anything outside the guide's scope: not touched.
// It stores nothing itself. To each page it serves it adds the saved copy's script (boot.ts, named in the saved
// offline.json), which says where the page comes from; that way the pages as built carry no offline code for
// readers who never saved the guide. src/pages/sw.js.ts serves one of the two functions below as sw.js: each is
// written out with Function.prototype.toString and called with its configuration, so neither may use anything from
// outside its own body but its argument and the worker's globals.

import { IMMUTABLE, OFFLINE } from '../../lib/offline-copy.mjs';

/** What the build hands the worker. */
export interface WorkerConfig {
  /** Cache names of saved copies start with `${prefix} ${scope path} `. */
  prefix: string;
  /** The list of files, relative to the scope: always from the network. */
  manifest: string;
  /** IMMUTABLE's source: paths (under the scope, with their query) answered from the saved copy first. */
  immutable: string;
  /** An attribute of the pages that load the offline script themselves (they offer the copy): they get no second one. */
  ownScript: string;
}

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

/** The worker of a site that offers the offline copy. */
export function offlineWorker(config: WorkerConfig) {
  const worker = self as unknown as WorkerScope;
  const scope = new URL(worker.registration.scope).pathname;
  const immutable = new RegExp(config.immutable);
  const ours = (name: string) => name.startsWith(`${config.prefix} ${scope} `);

  /** The saved response for a request, from this guide's copies only (another site on this origin may keep its own). */
  async function fromCopy(request: Request): Promise<Response | undefined> {
    const page = request.mode === 'navigate';
    const url = new URL(request.url);
    // A page is saved at its folder address; asked for without the slash or with a query (?highlight=...), it is the same page.
    const tries =
      page && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)
        ? [request.url, `${url.origin}${url.pathname}/`]
        : [request.url];
    for (const name of (await caches.keys()).filter(ours)) {
      const cache = await caches.open(name);
      for (const address of tries) {
        const hit = await cache.match(address, { ignoreSearch: page });
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** The last copy whose script was read: a copy's name carries its build, so its list never changes. */
  let known: { name: string; script: string } | undefined;
  /** The saved copy's script (offline.json's `script`), once a copy is complete (its list is stored last). */
  async function savedScript(): Promise<string | undefined> {
    for (const name of (await caches.keys()).filter(ours).reverse()) {
      if (known?.name === name) return known.script;
      const list = await (await caches.open(name)).match(`${scope}${config.manifest}`);
      const script: unknown = list && (await list.json().catch(() => undefined))?.script;
      if (typeof script === 'string') {
        known = { name, script: `${scope}${script}` };
        return known.script;
      }
    }
    return undefined;
  }

  /** The page with the saved copy's script before </body>; anything else as it came. */
  async function withScript(response: Response): Promise<Response> {
    if (!response.ok || !response.headers.get('Content-Type')?.startsWith('text/html')) return response;
    const script = await savedScript();
    if (!script) return response;
    const page = await response.text();
    const html = page.includes(config.ownScript)
      ? page
      : page.replace(/<\/body>(?![\s\S]*<\/body>)/i, `<script type="module" src="${script}"></script></body>`);
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return new Response(html, { status: response.status, statusText: response.statusText, headers });
  }

  // A new version of this code takes over at once: the saved copies' format belongs to the page's code, not to it.
  worker.addEventListener('install', () => void worker.skipWaiting());
  // The page that registered it is served by it from now on, so the copy works offline without a reload.
  worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(scope)) return;
    const path = url.pathname.slice(scope.length) + url.search;
    if (path === config.manifest || path.startsWith(`${config.manifest}?`)) return;
    if (immutable.test(path)) {
      event.respondWith(fromCopy(request).then((saved) => saved ?? fetch(request)));
      return;
    }
    const answer = fetch(request).catch(async (error: unknown) => (await fromCopy(request)) ?? Promise.reject(error));
    event.respondWith(request.mode === 'navigate' ? answer.then(withScript) : answer);
  });
}

/** sw.js: the offline copy's worker, or the retiring one when the site no longer offers the copy. */
export function workerScript(enabled: boolean): string {
  const config: WorkerConfig = {
    prefix: OFFLINE.cachePrefix,
    manifest: OFFLINE.manifest,
    immutable: IMMUTABLE.source,
    ownScript: OFFLINE.panel,
  };
  return `'use strict';\n(${(enabled ? offlineWorker : retiredWorker).toString()})(${JSON.stringify(config)});\n`;
}

/**
 * The kill switch (GUIDE_OFFLINE=off): the worker a browser finds at its next update check deletes this guide's saved
 * copies and unregisters itself. It answers no request, so pages already open go on loading from the network.
 */
export function retiredWorker(config: WorkerConfig) {
  const worker = self as unknown as WorkerScope;
  const scope = new URL(worker.registration.scope).pathname;
  worker.addEventListener('install', () => void worker.skipWaiting());
  worker.addEventListener('activate', (event) =>
    event.waitUntil(
      (async () => {
        const names = (await caches.keys()).filter((name) => name.startsWith(`${config.prefix} ${scope} `));
        await Promise.all(names.map((name) => caches.delete(name)));
        await worker.registration.unregister();
      })(),
    ),
  );
}
