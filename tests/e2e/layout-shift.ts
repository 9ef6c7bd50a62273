// Layout shifts in Chromium, for tests that a page's scripts do not move what is already painted.
import type { Page } from '@playwright/test';

type Recording = {
  layoutShifts: string[];
  layoutShiftObserver: PerformanceObserver;
  recordShifts: (entries: PerformanceEntryList) => void;
};

/**
 * Starts recording layout shifts before the page loads, and holds back the page's external scripts until the
 * test calls the function this returns: the test looks at the page as the reader first sees it (after
 * `waitForFirstPaint`), then lets the scripts run, as on a slow phone. Inline module scripts run in document
 * order after the external one, so they wait too. Call before `page.goto(url, { waitUntil: 'commit' })`.
 */
export async function recordLayoutShifts(page: Page): Promise<() => void> {
  let runScripts!: () => void;
  const released = new Promise<void>((resolve) => (runScripts = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as Recording;
    const moved: string[] = [];
    w.layoutShifts = moved;
    w.recordShifts = (entries) => {
      for (const entry of entries as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
        for (const source of entry.sources ?? []) {
          const el = source.node instanceof Element ? source.node : source.node?.parentElement;
          if (!el) continue;
          const id = el.id
            ? `#${el.id}`
            : el.className && typeof el.className === 'string'
              ? `.${el.className.split(' ')[0]}`
              : '';
          moved.push(`${el.tagName.toLowerCase()}${id} (${entry.value.toFixed(3)})`);
        }
      }
    };
    w.layoutShiftObserver = new PerformanceObserver((list) => w.recordShifts(list.getEntries()));
    w.layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
  });
  return runScripts;
}

/**
 * The shifts recorded so far, each as `tag#id-or-.first-class (score)`, site header included. Shifts are scored
 * when a frame is rendered: it waits for the next frame (a task queued from requestAnimationFrame runs once that
 * frame is rendered), then takes the entries the observer has not delivered yet.
 */
export async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const w = window as unknown as Recording;
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.recordShifts(w.layoutShiftObserver.takeRecords());
            resolve(w.layoutShifts);
          }),
        );
      }),
  );
}

/** Waits for the first contentful paint (the stylesheet has applied), so boxes measured after it are the ones the reader saw. */
export async function waitForFirstPaint(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
}
