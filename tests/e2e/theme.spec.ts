import { test, expect } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from './layout-shift';

const isDark = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(await isDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  expect(await isDark(page)).toBe(false);
});

test('the dark-mode toggle persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('chapters/skills/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await isDark(page)).toBe(true);
  await page.reload();
  expect(await isDark(page)).toBe(true);
  await page.goto('chapters/salary/');
  expect(await isDark(page)).toBe(true);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.goto('./');
  expect(await isDark(page)).toBe(false);
});

test('the saved theme is applied before first paint (no flash)', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Read the class as soon as <body> exists, before any deferred script or stylesheet load event.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body) {
        (window as unknown as { darkAtBody: boolean }).darkAtBody = document.documentElement.classList.contains('dark');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('chapters/skills/');
  expect(await page.evaluate(() => (window as unknown as { darkAtBody: boolean }).darkAtBody)).toBe(true);
});

test('the toggle is drawn from the first paint, so nothing in the header moves when its script runs', async ({ page }) => {
  await recordLayoutShifts(page);
  await page.goto('chapters/skills/', { waitUntil: 'commit' });
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toBeVisible();
  await page.waitForLoadState('load');
  await toggle.click();
  expect(await isDark(page)).toBe(true);
  expect(await layoutShifts(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no toggle that could not work', async ({ page }) => {
    await page.goto('chapters/skills/');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
  });
});
