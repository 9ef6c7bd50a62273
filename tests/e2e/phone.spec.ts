// Phone readers see the whole picture (issue 18): at 360 px, light and dark, with and without JavaScript,
// no data page, chapter or the progress page scrolls sideways (the page or any box in it), no text is cut, the salary chart
// is the phone drawing with every label whole and legible, and the data tables read as labelled cards while
// keeping their table semantics; so do the chapters' own Markdown tables. Also the print edition at A4 width. Run against the built site.
import { readCollection } from '../../src/lib/read-content';
import {
  test,
  expect,
  axeInBothThemes,
  builtChapters,
  builtPages,
  showTheme,
  sidewaysScrollers,
  type Page,
} from './helpers';

const PHONE = { width: 360, height: 780 };
/** A4 less the print margins (210 mm - 2 x 16 mm), in CSS px. */
const A4_CONTENT = { width: 673, height: 1000 };

/** Every data page, the progress page, every chapter (those that show data through a component, and those with Markdown tables or none) and What changed. */
const PAGES = [
  ...builtPages().filter((p) => p.startsWith('data/')),
  'progress/',
  ...builtChapters().map((slug) => `chapters/${slug}/`),
  'changes/',
];
const bands = readCollection('salary-bands');
const bandCount = bands.length;
const levelCount = new Set(bands.map((b) => b.data.level)).size;

/** Text cut short with an ellipsis. Visually hidden boxes (1 px, such as the progress page's file input) are left out. */
async function ellipsised(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) =>
          el.clientWidth > 1 && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth,
      )
      .map((el) => el.textContent!.trim().slice(0, 60)),
  );
}

/** Chart text that reaches outside its drawing (SVG does not wrap or clip it for us). */
async function chartTextOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-salary-chart]')) {
      if (!svg.checkVisibility()) continue;
      const box = svg.viewBox.baseVal;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.checkVisibility()) continue;
        const b = text.getBBox();
        const ty =
          (text.closest('g[data-block]') as SVGGElement | null)?.transform.baseVal.consolidate()?.matrix.f ?? 0;
        if (b.x < 0 || b.x + b.width > box.width || b.y + ty < 0 || b.y + ty + b.height > box.height) {
          out.push(
            `"${text.textContent!.trim()}": x ${Math.round(b.x)} to ${Math.round(b.x + b.width)} of ${box.width}, y ${Math.round(b.y + ty)} to ${Math.round(b.y + ty + b.height)} of ${box.height}`,
          );
        }
      }
    }
    return out;
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 360 px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    for (const path of PAGES) {
      // One load per page; the theme is switched as a reader would (src/client/theme.ts, or the system's setting).
      // With JavaScript, axe runs too (every rule in light, the colour rules in dark); axe needs scripts to run.
      test(`/${path} fits the screen in light and dark: nothing scrolls sideways, no text is cut${javaScriptEnabled ? ', and axe finds no violation' : ''}`, async ({
        sharedPage,
      }) => {
        test.setTimeout(60_000);
        const page = await sharedPage({ viewport: PHONE, javaScriptEnabled });
        await page.goto(path);
        for (const theme of ['light', 'dark'] as const) {
          await showTheme(page, theme, { javaScript: javaScriptEnabled });
          expect(await sidewaysScrollers(page), `${theme}: boxes that scroll sideways`).toEqual([]);
          expect(await ellipsised(page), `${theme}: text cut with an ellipsis`).toEqual([]);
          expect(await chartTextOutside(page), `${theme}: chart text outside its drawing`).toEqual([]);
        }
        if (javaScriptEnabled) {
          const { light, dark } = await axeInBothThemes(page);
          expect(light, 'axe, light theme, every rule').toEqual([]);
          expect(dark, 'axe, dark theme, the colour rules').toEqual([]);
        }
      });
    }

    test('the one-page print edition, read on screen, fits too: every chapter and its tables, whatever the system theme', async ({
      sharedPage,
    }) => {
      test.setTimeout(60_000);
      const page = await sharedPage({ viewport: PHONE, javaScriptEnabled });
      await page.goto('guide/');
      await expect(page.getByRole('region', { name: 'Table' }).first()).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme }); // the print edition has no theme toggle: only the system's setting reaches it
        expect(await sidewaysScrollers(page), `${colorScheme}: boxes that scroll sideways`).toEqual([]);
        expect(await ellipsised(page), `${colorScheme}: text cut with an ellipsis`).toEqual([]);
      }
    });

    test('the salary chart is the phone drawing: every band, the same description, labels whole and no smaller than the small text', async ({
      page,
    }) => {
      await page.goto('data/salaries/');
      const chart = page.getByRole('img', { name: /salary bands by level/i });
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAttribute('viewBox', /^0 0 320 /);
      await expect(chart.locator('[data-block="band"]')).toHaveCount(bandCount);
      const [narrow, wide] = await page.evaluate(() =>
        ['salary-chart-narrow-desc', 'salary-chart-desc'].map((id) =>
          document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim(),
        ),
      );
      expect(narrow).toBe(wide);
      expect(await chartTextOutside(page)).toEqual([]);
      const sizes = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('svg[data-salary-chart].narrow')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const small = parseFloat(getComputedStyle(document.querySelector('figcaption')!).fontSize);
        const smallest = Math.min(
          ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
        );
        return { small, smallest };
      });
      expect(sizes.small).toBeGreaterThan(0);
      expect(sizes.smallest).toBeGreaterThanOrEqual(sizes.small);
    });

    test('the salary table is one card per band, each value under its column name, and still a table to screen readers', async ({
      page,
    }) => {
      await page.goto('data/salaries/');
      const table = page.getByRole('table', { name: /every salary band/i });
      await expect(table.getByRole('columnheader')).toHaveCount(6);
      await expect(table.getByRole('row')).toHaveCount(1 + levelCount + bandCount);
      const row = table.locator('tr[data-band]').first();
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
      const labels = await row
        .locator('td[data-label]')
        .evaluateAll((cells) =>
          cells.map((td) => [td.getAttribute('data-label'), getComputedStyle(td, '::before').content]),
        );
      expect(labels.length).toBe(5);
      for (const [label, shown] of labels) expect(shown).toContain(label!);
    });

    test('the roles table and the skills matrix are cards too, their headers kept for screen readers', async ({
      page,
    }) => {
      for (const [path, name] of [
        ['data/roles/', /roles compared/i],
        ['data/skills/', /skills by layer and priority/i],
      ] as const) {
        await page.goto(path);
        const table = page.getByRole('table', { name });
        await expect(table.getByRole('columnheader').first()).toBeAttached();
        // The header row is visually hidden (a 1 px clipped box), not removed.
        expect((await table.locator('thead').boundingBox())!.width).toBeLessThanOrEqual(1);
        expect(
          await table
            .locator('tbody tr')
            .first()
            .evaluate((tr) => getComputedStyle(tr).display),
        ).toBe('block');
      }
    });

    test("a chapter's Markdown table is one card per row, each value under its column's name, and still a table to screen readers", async ({
      page,
    }) => {
      await page.goto('chapters/roles-compared/');
      const table = page.getByRole('region', { name: 'Table' }).first().getByRole('table');
      const headers = await table.getByRole('columnheader').allTextContents();
      expect(headers.length).toBeGreaterThanOrEqual(3);
      expect(await table.getByRole('row').count()).toBeGreaterThan(2);
      expect((await table.locator('thead').boundingBox())!.width).toBeLessThanOrEqual(1);
      const row = table.locator('tbody tr').first();
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
      const cells = await row
        .locator('td')
        .evaluateAll((tds) =>
          tds.map((td) => [td.getAttribute('data-label'), getComputedStyle(td, '::before').content]),
        );
      // The first value is the card's title, in bold; each other value shows its column's name above it.
      expect(cells.map(([label]) => label)).toEqual([null, ...headers.slice(1).map((h) => h.trim())]);
      expect(cells[0]![1]).toBe('none');
      expect(
        Number(
          await row
            .locator('td')
            .first()
            .evaluate((td) => getComputedStyle(td).fontWeight),
        ),
      ).toBeGreaterThanOrEqual(600);
      for (const [label, shown] of cells.slice(1)) expect(shown).toContain(label!);
    });
  });
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('the salary chart is the wide drawing and the tables are tables', async ({ page }) => {
    await page.goto('data/salaries/');
    await expect(page.getByRole('img', { name: /salary bands by level/i })).toHaveAttribute('viewBox', /^0 0 720 /);
    const table = page.getByRole('table', { name: /every salary band/i });
    await expect(table.getByRole('columnheader').first()).toBeVisible();
    expect(
      await table
        .locator('tr[data-band]')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
  });

  test("a chapter's Markdown table is a table, its header row in view", async ({ page }) => {
    await page.goto('chapters/roles-compared/');
    const table = page.getByRole('region', { name: 'Table' }).first().getByRole('table');
    await expect(table.getByRole('columnheader').first()).toBeVisible();
    expect(
      await table
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
  });
});

test.describe('printed on A4', () => {
  test.use({ viewport: A4_CONTENT });
  for (const path of ['guide/', 'data/salaries/', 'data/roles/', 'data/skills/']) {
    test(`/${path} fits the page width: nothing runs off the side`, async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(path);
      expect(await sidewaysScrollers(page)).toEqual([]);
      expect(await chartTextOutside(page)).toEqual([]);
    });
  }
});
