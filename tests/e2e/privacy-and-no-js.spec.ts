import { test, expect } from '@playwright/test';
import { builtPages } from './helpers';

test('no page requests anything from another origin', async ({ context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  // Four tabs at a time: each page waits until the network has been idle for half a second, and those waits overlap.
  const pages = builtPages();
  const tabs = await Promise.all([1, 2, 3, 4].map(() => context.newPage()));
  await Promise.all(
    tabs.map(async (tab, i) => {
      for (let n = i; n < pages.length; n += tabs.length) await tab.goto(pages[n]!, { waitUntil: 'networkidle' });
    }),
  );
  expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter reads completely, with its tables, sources and navigation', async ({ page }) => {
    await page.goto('chapters/salary/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources cited' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Previous and next chapter' })).toBeVisible();
  });

  test('the phone menu still opens (a native popover needs no script)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('chapters/skills/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Guide' })).toBeVisible();
  });
});
