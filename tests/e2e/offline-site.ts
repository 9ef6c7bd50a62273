// The built guide served for the offline copy's tests (offline.spec.ts here, tests/cross-engine/offline-flow.spec.ts):
// on a server of their own (scripts/lib/site-server.mjs), because they stop it to take the network away, and
// "deploy" a newer build on the same origin by replacing a page and the list of files in memory.
import { normaliseBase } from '../../src/lib/routes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../../scripts/lib/site-server.mjs';
import { gzipBytes } from '../../scripts/lib/page-weight.mjs';
import type { Manifest } from '../../src/lib/offline-copy.mjs';
import { DIST } from './helpers';

/** The base path the build under test was made for (BASE_PATH, as in playwright.config.ts). */
export const SITE_BASE = normaliseBase(process.env.BASE_PATH);

/** The build's list of the files a reader saves (dist/offline.json). */
export const builtManifest = (): Manifest => JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8'));

/** The build under test on a free port: its `url` ends with the base path. */
export const serveGuide = () => serveSite({ dir: DIST, base: SITE_BASE });

/** The sentence the newer build adds to the changed chapter. */
export const NEWER_SENTENCE = 'This sentence is new in the newer build.';

/**
 * The files of a newer build: `chapter`'s page with one more sentence under its title, and a list of files that
 * says so (that page's new revision and size, a new build id). Everything else is the same as the build under test.
 */
export function newerBuild(chapter = 'salary'): { files: Record<string, string>; manifest: Manifest; changed: string } {
  const page = `chapters/${chapter}/index.html`;
  const html = readFileSync(join(DIST, page), 'utf8').replace(
    '</h1>',
    `</h1><p data-newer-build>${NEWER_SENTENCE}</p>`,
  );
  if (!html.includes(NEWER_SENTENCE)) throw new Error(`${page} has no </h1> to add a sentence after.`);
  const built = builtManifest();
  const changed = `chapters/${chapter}/`;
  const manifest: Manifest = {
    ...built,
    build: `${built.build}-newer`,
    files: built.files.map(([url, rev, bytes]) =>
      url === changed ? [url, `${rev}-newer`, gzipBytes(html)] : [url, rev, bytes],
    ),
  };
  return { files: { [page]: html, 'offline.json': JSON.stringify(manifest) }, manifest, changed };
}
