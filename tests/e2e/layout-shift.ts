// Layout shifts in Chromium, for tests that a page's scripts do not move what is already painted.
import type { Page } from '@playwright/test';

/**
 * Holds back the page's external scripts by `delayMs` and starts recording layout shifts before the page
 * loads. Inline module scripts run in document order after the external one, so every page script runs
 * after the first paint, as on a slow phone. Call before `page.goto(url, { waitUntil: 'commit' })`.
 */
export async function recordLayoutShifts(page: Page, delayMs = 400) {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, delayMs));
    await route.continue();
  });
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { layoutShifts: string[] }).layoutShifts = moved;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
        for (const source of entry.sources ?? []) {
          const el = source.node instanceof Element ? source.node : source.node?.parentElement;
          if (!el) continue;
          const id = el.id ? `#${el.id}` : el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : '';
          moved.push(`${el.tagName.toLowerCase()}${id} (${entry.value.toFixed(3)})`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, each as `tag#id-or-.first-class (score)`, site header included. */
export async function layoutShifts(page: Page): Promise<string[]> {
  await page.waitForTimeout(200); // let the observer deliver the last frame's entries
  return page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}

/** Waits for the first contentful paint (the stylesheet has applied), so boxes measured after it are the ones the reader saw. */
export async function waitForFirstPaint(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
}
