// The saved copy of the guide in this browser: Cache Storage, one cache per build, named
// `guide-offline <base path> <build>`, holding every file offline.json lists and, once all are in, that list itself
// with the time it was saved (the mark of a finished copy). The page's code downloads it, not the worker, so the page
// can show the progress; the worker (worker.ts) only answers from it. Nothing here runs until a reader chooses to
// save the guide, or a worker they registered already controls the page.
import { OFFLINE, bytesToUpdate, type Manifest } from '../../lib/offline-copy.mjs';
import { BASE } from '../../lib/url';

const PREFIX = `${OFFLINE.cachePrefix} ${BASE} `;
const MANIFEST_URL = `${BASE}${OFFLINE.manifest}`;
/** Files fetched at once: enough to keep a connection busy, few enough not to crowd out the reader's own clicks. */
const PARALLEL = 4;

export type { Manifest };
export interface SavedCopy {
  manifest: Manifest;
  /** When the reader saved it (ms since 1970). */
  savedAt: number;
}
export interface Progress {
  done: number;
  total: number;
}

/** Whether this browser can keep the copy: service workers and Cache Storage, which browsers allow on https (and localhost) only. */
export const canSave = () => 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;

/** A list this code can save from: offline.json in its format. */
const isManifest = (value: unknown): value is Manifest => isList(value) && value.version === OFFLINE.version;
/** offline.json in any format: enough to tell one build from another. */
const isList = (value: unknown): value is Manifest => {
  const m = value as Manifest | null;
  return typeof m === 'object' && m !== null && typeof m.build === 'string' && Array.isArray(m.files);
};

/** Whether this code can save `manifest`: a build whose list has another format is saved by that build's own page. */
export const canSaveFrom = (manifest: Manifest) => manifest.version === OFFLINE.version;

/** This guide's caches, oldest first (Cache Storage keeps the order they were made in). */
const ourCaches = async () => (await caches.keys()).filter((name) => name.startsWith(PREFIX));

/** The finished copy this browser holds, if any: the newest cache whose list was stored last. */
export async function savedCopy(): Promise<SavedCopy | undefined> {
  if (!canSave()) return undefined;
  for (const name of (await ourCaches()).reverse()) {
    const stored = await (await caches.open(name)).match(MANIFEST_URL);
    const record =
      stored && ((await stored.json().catch(() => undefined)) as (Manifest & { savedAt?: number }) | undefined);
    if (isManifest(record) && typeof record.savedAt === 'number') {
      const { savedAt, ...manifest } = record;
      return { manifest, savedAt };
    }
  }
  return undefined;
}

/**
 * The list of the build online now (in whatever format that build writes: see canSaveFrom), or undefined when the
 * site cannot be reached. Revalidated, never stale. Not asked for when the browser knows it is offline: the failed
 * request would only add an error to its console.
 */
export async function onlineManifest(): Promise<Manifest | undefined> {
  if (!navigator.onLine) return undefined;
  try {
    const response = await fetch(MANIFEST_URL, { cache: 'no-cache' });
    const manifest: unknown = response.ok ? await response.json() : undefined;
    return isList(manifest) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes still to download to save `manifest`, given what this browser already holds. */
export const bytesToSave = (saved: SavedCopy | undefined, manifest: Manifest) =>
  bytesToUpdate(saved?.manifest, manifest);

/** Registers the worker (once a reader has chosen the copy) and waits until it is active and serves this page. */
async function startWorker() {
  await navigator.serviceWorker.register(`${BASE}${OFFLINE.worker}`, { scope: BASE, updateViaCache: 'none' });
  await navigator.serviceWorker.ready;
}

/**
 * Saves the build `manifest` lists: registers the worker, fetches every file the copy lacks (a file already saved
 * under the same revision, in an older copy, is copied over instead), stores the list last, and then deletes the
 * older copies. A download that stops (the tab closed, the network lost) resumes where it stopped next time.
 */
export async function saveCopy(manifest: Manifest, onProgress: (p: Progress) => void): Promise<SavedCopy> {
  await startWorker();
  const previous = await savedCopy();
  const kept = new Map((previous?.manifest.files ?? []).map(([url, rev]) => [url, rev]));
  const oldCache = previous && (await caches.open(`${PREFIX}${previous.manifest.build}`));
  const name = `${PREFIX}${manifest.build}`;
  const cache = await caches.open(name);
  const progress = { done: 0, total: bytesToUpdate(previous?.manifest, manifest) };
  onProgress({ ...progress });
  const queue = [...manifest.files];
  const next = async (): Promise<void> => {
    const file = queue.shift();
    if (!file) return;
    const [path, rev, bytes] = file;
    const url = `${BASE}${path}`;
    if (!(await cache.match(url))) {
      const old = kept.get(path) === rev ? await oldCache?.match(url) : undefined;
      if (old) await cache.put(url, old);
      else await cache.add(new Request(url, { cache: 'no-cache' }));
    }
    if (kept.get(path) !== rev) {
      progress.done += bytes;
      onProgress({ ...progress });
    }
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  const savedAt = Date.now();
  await cache.put(
    MANIFEST_URL,
    new Response(JSON.stringify({ ...manifest, savedAt }), { headers: { 'Content-Type': 'application/json' } }),
  );
  for (const other of await ourCaches()) if (other !== name) await caches.delete(other);
  return { manifest, savedAt };
}

/** Deletes every saved copy of this guide and unregisters its worker: the browser is as if it had never saved it. */
export async function removeCopy() {
  await Promise.all((await ourCaches()).map((name) => caches.delete(name)));
  const registration = await navigator.serviceWorker.getRegistration(BASE);
  if (registration && new URL(registration.scope).pathname === BASE) await registration.unregister();
}

/** "6 December 2026", in the reader's own time zone: when they saved the copy. */
export const savedDay = (savedAt: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(savedAt);
