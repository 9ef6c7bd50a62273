import { test, expect } from '@playwright/test';
import { axeViolations, builtPages, useTheme } from './helpers';

const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 A/AA violation on /${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000); // the whole-guide page holds every chapter
      await useTheme(page, theme);
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
