// The /search/ page's own layout: the search interface is built by a script into a space the page
// reserves, so nothing below it moves when it appears (Lighthouse once scored a shift here).
import { test, expect } from '@playwright/test';
import { layoutShifts, recordLayoutShifts, waitForFirstPaint } from './layout-shift';

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  test(`nothing on /search/ moves when the search interface appears (${viewport.width} px wide)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const runScripts = await recordLayoutShifts(page);
    await page.goto('search/', { waitUntil: 'commit' });
    await waitForFirstPaint(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Search the guide' })).toBeVisible();
    const footer = page.getByRole('contentinfo');
    const before = await footer.boundingBox();
    runScripts();
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' })).toBeVisible({
      timeout: 10_000,
    });
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/type to search/i, { timeout: 10_000 });
    expect(await footer.boundingBox()).toEqual(before);
    expect(await layoutShifts(page)).toEqual([]);
  });
}
