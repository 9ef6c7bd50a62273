// The axe sweep: every built page at desktop width, in both themes where the page has two. At phone width,
// phone.spec.ts runs the same sweep over the chapters and data pages; pages in a state of their own (the search
// dialog open, the offer calculator and study plan with errors shown) are checked in their specs.
import { test, expect, axeInBothThemes, axeViolations, builtPages, hasThemes } from './helpers';

const pages = builtPages();
const oneLook = pages.filter((path) => !hasThemes(path));

test('the build has pages to check, and only the print edition has a single look', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(oneLook).toEqual(['guide/']);
});

for (const path of pages) {
  if (oneLook.includes(path)) {
    test(`axe finds no WCAG 2.2 A/AA violation on /${path}, which is paper-white in every theme`, async ({
      sharedPage,
    }) => {
      test.setTimeout(120_000); // the whole-guide page holds every chapter
      const page = await sharedPage();
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
    continue;
  }
  test(`axe finds no WCAG 2.2 A/AA violation on /${path}, in light and dark`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto(path);
    const { light, dark } = await axeInBothThemes(page);
    expect(light, 'light theme, every rule').toEqual([]);
    expect(dark, 'dark theme, the colour rules').toEqual([]);
  });
}
