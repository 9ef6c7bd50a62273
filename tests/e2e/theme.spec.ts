import { test, expect } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from './layout-shift';
import { BACKGROUND } from './helpers';

const isDark = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.classList.contains('dark'));

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

test('the toggle is drawn from the first paint, so nothing in the header moves when its script runs', async ({
  page,
}) => {
  const runScripts = await recordLayoutShifts(page);
  await page.goto('chapters/skills/', { waitUntil: 'commit' });
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toBeVisible();
  runScripts();
  await page.waitForLoadState('load');
  await toggle.click();
  expect(await isDark(page)).toBe(true);
  expect(await layoutShifts(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page follows the system: dark when the system is dark, light otherwise', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('chapters/skills/');
    expect(await background()).toBe(BACKGROUND.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    expect(await background()).toBe(BACKGROUND.light);
    // Tailwind utilities with a dark: variant switch too (the data page's lede: text-zinc-700 dark:text-zinc-300).
    const lede = () =>
      page
        .locator('main h1 + p')
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    await page.goto('data/salaries/');
    expect(await lede()).toBe('rgb(63, 63, 70)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await lede()).toBe('rgb(212, 212, 216)');
  });

  // axe needs scripts, so the colours are compared instead: without JavaScript a dark system must get exactly the
  // colours the dark theme has with it (which the axe sweep checks, accessibility.spec.ts).
  for (const path of ['chapters/roles-compared/', 'data/salaries/']) {
    test(`/${path} in the system's dark theme has the same colours as the dark theme with JavaScript`, async ({
      browser,
    }) => {
      const colours = async (javaScriptEnabled: boolean) => {
        const context = await browser.newContext({ javaScriptEnabled, colorScheme: 'dark' });
        const page = await context.newPage();
        await page.goto(path);
        // Every element of the page's frame and content, keyed by its path in the document.
        const found = await page.evaluate(() => {
          const key = (el: Element): string =>
            el.parentElement
              ? `${key(el.parentElement)}>${el.tagName}:${[...el.parentElement.children].indexOf(el)}`
              : el.tagName;
          const out: Record<string, string> = {};
          for (const el of document.querySelectorAll('body, body *')) {
            if (el.closest('noscript, script, style, svg, dialog')) continue;
            const c = getComputedStyle(el);
            out[key(el)] =
              `${el.tagName.toLowerCase()}.${el.className}: ${c.color} on ${c.backgroundColor}, border ${c.borderTopColor}`;
          }
          return out;
        });
        await context.close();
        return found;
      };
      const withScript = await colours(true);
      const without = await colours(false);
      const shared = Object.keys(withScript).filter((k) => k in without);
      expect(shared.length).toBeGreaterThan(200);
      expect(
        shared.filter((k) => withScript[k] !== without[k]).map((k) => `${withScript[k]}  vs without JS  ${without[k]}`),
      ).toEqual([]);
    });
  }

  test('there is no toggle that could not work', async ({ page }) => {
    await page.goto('chapters/skills/');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
  });
});

test.describe('printed', () => {
  // Paper is white whatever the screen's theme: text the dark theme lightens must print dark, with and without
  // JavaScript (the class the toggle sets, and the system setting the page follows without it).
  for (const javaScript of [true, false]) {
    test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: javaScript });
      test('a chapter printed from the dark theme has dark text on white, citation brackets included', async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto('chapters/learning-path/');
        if (javaScript) expect(await isDark(page)).toBe(true);
        await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
        const looks = await page.evaluate(() => {
          const colour = (el: Element | null, pseudo?: string) => (el ? getComputedStyle(el, pseudo).color : 'missing');
          const cite = [...document.querySelectorAll('.cite')].find((c) => c.querySelectorAll('a').length > 1);
          const links = cite ? [...cite.querySelectorAll('a')] : [];
          return {
            background: getComputedStyle(document.body).backgroundColor,
            title: colour(document.querySelector('h1')),
            strong: colour(document.querySelector('main strong')),
            lede: colour(document.querySelector('main h1 + p')),
            separator: links[0] ? getComputedStyle(links[0], '::after').content : 'missing',
            closing: links.at(-1) ? getComputedStyle(links.at(-1)!, '::after').content : 'missing',
          };
        });
        const dark = (rgb: string) => (rgb.match(/\d+/g) ?? ['255']).slice(0, 3).every((c) => Number(c) < 100);
        expect(looks.background).toBe(BACKGROUND.light);
        for (const part of ['title', 'strong', 'lede'] as const)
          expect(dark(looks[part]), `${part} prints ${looks[part]}`).toBe(true);
        // The marks keep their own punctuation on paper: "[A; B]", not the links' addresses.
        expect(looks.separator).toContain(';');
        expect(looks.closing).toContain(']');
      });
    });
  }
});
