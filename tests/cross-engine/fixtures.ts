// Flows a reader depends on, written once and run in Chromium, Firefox and WebKit (see scripts/lib/browsers.mjs).
// Each engine starts once per worker with the system in dark mode; each test gets a fresh page with empty storage.
// Every failure message names the engine; console errors seen during a test fail it.
import { test as base, expect } from '@playwright/test';
import { openEngine, type EngineName, type Session, type Web } from '../../scripts/lib/browsers.mjs';

export { expect };

export const test = base.extend<{ web: Web; at: (path: string) => string }, { engine: EngineName; session: Session }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  session: [
    async ({ engine }, use) => {
      const session = await openEngine(engine, { dark: true });
      await use(session);
      await session.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  web: async ({ session, engine }, use) => {
    const web = await session.newPage();
    await use(web);
    const errors = await web.errors();
    await web.close();
    expect(errors, `${engine}: the page logged errors`).toEqual([]);
  },
  at: async ({ baseURL }, use) => {
    await use((path: string) => new URL(path, baseURL).href);
  },
});

/**
 * Waits until `probe`, run in the page, returns something truthy, and returns it. It polls the page rather than
 * sleeping a fixed time; after `ms` it fails with the engine's name and what it was waiting for.
 */
type Truthy<T> = Exclude<Awaited<T>, false | null | undefined | 0 | ''>;

export async function until<T, A>(
  web: Web,
  what: string,
  probe: (arg: A) => T,
  arg?: A,
  ms = 10_000,
): Promise<Truthy<T>> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await web.run(probe, arg);
      if (value) return value as Truthy<T>;
      last = value;
    } catch (error) {
      last = error; // the page may be between two documents
    }
    if (Date.now() > deadline)
      throw new Error(`${web.engine}: timed out after ${ms / 1000} s waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks `css`, which makes the page offer a file for download, and returns the file's text. The download itself
 * is the browser's business (and a save dialog in some engines): the blob the page gives URL.createObjectURL is
 * kept and read back, and the download link's click is stopped.
 */
export async function downloadedText(web: Web, css: string, what: string): Promise<string> {
  await web.run(() => {
    const store = window as unknown as { downloaded?: Promise<string> };
    delete store.downloaded;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      store.downloaded = blob.text();
      return create(blob);
    };
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest?.('a[download]')) event.preventDefault();
      },
      { capture: true },
    );
  });
  await web.click(css);
  return until(web, what, () => (window as unknown as { downloaded?: Promise<string> }).downloaded);
}
