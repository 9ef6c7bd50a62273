// The offer calculator (/data/offer/): arithmetic shown year by year, up to three offers compared,
// the bands, bad input, the address and browser storage, the keyboard, phone width, themes, axe, and
// the page without JavaScript. Run against the built site.
import type { Locator } from '@playwright/test';
import { test, expect, BASE_PATH, axeInBothThemes, sidewaysScrollers, type Page } from './helpers';
import { LARGE_COMPANY_OFFER, STARTUP_OFFER } from '../../src/lib/offer/example';
import { layoutShifts, recordLayoutShifts, waitForFirstPaint } from './layout-shift';

const PATH = 'data/offer/';
const offer = (page: Page, letter: string) => page.getByRole('group', { name: `Offer ${letter}`, exact: true });
const table = (page: Page, letter: string) =>
  page.getByRole('table', { name: new RegExp(`^Offer ${letter}.*, year by year`) });
const result = (page: Page, letter: string) =>
  page
    .getByRole('region', { name: new RegExp(`^Offer ${letter}\\b`) })
    .filter({ has: page.getByRole('heading', { level: 3 }) });
const field = (page: Page, letter: string, label: string | RegExp) =>
  offer(page, letter).getByRole('textbox', { name: label, exact: typeof label === 'string' });
const totals = async (page: Page, letter: string) =>
  (
    await table(page, letter)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .allInnerTexts()
  ).map((row) => row.split('\t').at(-1)!.trim());
const ready = (page: Page) => expect(page.locator('form[data-ready]')).toHaveCount(1);
const live = (page: Page) => page.locator('[data-offer-live]');

async function open(page: Page, hash = '') {
  await page.goto(`${PATH}${hash}`);
  await ready(page);
}

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Everything the calculator works out: each offer's results, the side-by-side table and the bands, as text. */
const outcome = async (page: Page) =>
  (
    await Promise.all(
      ['Year by year', 'Offers side by side', "Against the guide's bands"].map((name) =>
        page.getByRole('region', { name, exact: true }).innerText(),
      ),
    )
  ).join('\n');

async function noNaN(page: Page) {
  expect(await page.getByRole('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
}

test.describe('with JavaScript', () => {
  test('the example offer is added up year by year, first year against the four-year average', async ({ page }) => {
    await open(page);
    expect(await totals(page, 'A')).toEqual(['$360,000', '$330,000', '$330,000', '$330,000']);
    const summary = result(page, 'A');
    await expect(summary.getByRole('definition').nth(0)).toHaveText('$360,000');
    await expect(summary.getByRole('definition').nth(1)).toHaveText('$337,500');
    await expect(summary.getByRole('definition').nth(2)).toHaveText('+$22,500');
    await expect(summary).toContainText('Vesting divides the grant exactly; no rounding was needed.');
  });

  test('works with the keyboard alone: change the base, pick a schedule, add and remove an offer', async ({ page }) => {
    await open(page);
    const base = field(page, 'A', /^Base salary/);
    await tabTo(page, base);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('250000');
    await expect(table(page, 'A').getByRole('row').nth(1)).toContainText('$250,000');
    const vesting = offer(page, 'A').getByRole('combobox', { name: 'Vesting schedule' });
    await tabTo(page, vesting);
    // Front-loaded is two below the default in the list.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(vesting).toHaveValue('front-loaded');
    expect(await totals(page, 'A')).toEqual(['$477,500', '$407,500', '$367,500', '$327,500']);
    const add = page.getByRole('button', { name: 'Add an offer to compare' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expect(offer(page, 'B').getByRole('textbox', { name: /^Name/ })).toBeFocused();
    await expect(page.getByRole('table', { name: /difference from Offer A/ })).toBeVisible();
    const remove = page.getByRole('button', { name: 'Remove offer B' });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await expect(offer(page, 'B')).toBeHidden();
    await expect(add).toBeFocused();
    await expect(page.getByRole('table', { name: /difference from Offer A/ })).toBeHidden();
  });

  test('rounding is shown: a grant that does not split evenly, a sign-on over three years and a price change', async ({
    page,
  }) => {
    await open(page);
    await field(page, 'A', /^Equity grant/).fill('100,000.01');
    await field(page, 'A', 'Sign-on bonus (USD)').fill('100,000');
    await field(page, 'A', /^Spread over/).fill('3');
    await field(page, 'A', /^Share-price change/).fill('-30');
    const notes = result(page, 'A').getByRole('listitem');
    await expect(notes.filter({ hasText: 'the last date takes the remainder' })).toHaveCount(1);
    await expect(
      notes.filter({ hasText: 'split over 3 years; the last of them takes the leftover cents' }),
    ).toHaveCount(1);
    await expect(
      notes.filter({ hasText: 'counted at −30% on its value at grant, each year rounded to the cent' }),
    ).toHaveCount(1);
    // 25,000.00 a year at grant (the last 25,000.01), at -30%: 17,500 and 17,500.01 (rounded).
    await expect(table(page, 'A').getByRole('row').nth(4)).toContainText('$17,500.01');
    await expect(table(page, 'A').getByRole('row').nth(3)).toContainText('$33,333.34');
    await noNaN(page);
  });

  const badInputs: {
    label: string | RegExp;
    value: string;
    message: RegExp;
    fix?: string;
    setup?: (page: Page) => Promise<unknown>;
  }[] = [
    { label: /^Base salary/, fix: '190,000', value: 'two hundred', message: /Enter the base salary as a number/ },
    { label: /^Base salary/, fix: '190,000', value: '-200000', message: /base salary cannot be negative/ },
    { label: /^Base salary/, fix: '190,000', value: '20,000,000', message: /above \$10,000,000 is not plausible/ },
    { label: /^Base salary/, fix: '190,000', value: '500', message: /below \$1,000 is not plausible/ },
    { label: /^Base salary/, fix: '190,000', value: '', message: /Enter the base salary\.$/ },
    { label: 'Bonus', value: '15%%', message: /bonus percentage as a number/ },
    { label: 'Sign-on bonus (USD)', value: '', message: /Enter the sign-on bonus \(0 if there is none\)/ },
    { label: /^Spread over/, value: '9', message: /over 1 to 4 years/ },
    { label: /^Equity grant/, value: '-1', message: /equity grant cannot be negative/ },
    { label: /^Yearly refresh grant/, value: 'lots', message: /refresh grant as a number/ },
    { label: /^Share-price change/, value: '-150', message: /cannot fall by more than 100%/ },
    {
      label: 'Custom yearly percentages',
      value: '10, 20, 30',
      message: /add up to 60%, not 100%/,
      fix: '10, 20, 30, 40',
      setup: (page) => offer(page, 'A').getByRole('combobox', { name: 'Vesting schedule' }).selectOption('custom'),
    },
  ];
  for (const bad of badInputs) {
    // The calculator keeps its state in the page and its address: each case opens the page afresh in the worker's
    // open page (a fresh page for each of the twelve cases cost about 4 CPU seconds more, measured 2026-12-07).
    test(`"${bad.value}" in ${String(bad.label)} gets a message on the field, announced, and the last good result stays`, async ({
      sharedPage,
    }) => {
      const page = await sharedPage();
      await open(page);
      await bad.setup?.(page);
      const before = await totals(page, 'A');
      const input = field(page, 'A', bad.label);
      await input.fill(bad.value);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(bad.message);
      await expect(live(page)).toHaveText(bad.message);
      await expect(live(page)).toHaveAttribute('aria-live', 'polite');
      expect(await totals(page, 'A')).toEqual(before);
      await expect(result(page, 'A').getByText('These are the last figures that worked.')).toBeVisible();
      await noNaN(page);
      // Correcting it clears the message and updates the result.
      await input.fill(bad.fix ?? '1');
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(result(page, 'A').getByText('These are the last figures that worked.')).toBeHidden();
    });
  }

  test("up to three offers side by side, with each year's difference from Offer A", async ({ page }) => {
    await open(page);
    const add = page.getByRole('button', { name: 'Add an offer to compare' });
    await add.click();
    await field(page, 'B', /^Base salary/).fill('180,000');
    await field(page, 'B', /^Name/).fill('Beta');
    await add.click();
    await field(page, 'C', /^Equity grant/).fill('800,000');
    await expect(add).toBeHidden();
    const compare = page.getByRole('table', { name: /difference from Offer A/ });
    await expect(compare.getByRole('columnheader')).toHaveText([
      'Year',
      'Offer A',
      'Offer B (Beta)',
      'B − A',
      'Offer C',
      'C − A',
    ]);
    const year1 = compare.getByRole('row', { name: /^Year 1/ });
    // B: 20,000 less base and 15% less bonus on it = -23,000; C: 100,000 more equity a year.
    await expect(year1.getByRole('cell')).toHaveText(['$360,000', '$337,000', '−$23,000', '$460,000', '+$100,000']);
    await expect(compare.getByRole('row', { name: /^Four years/ }).getByRole('cell')).toHaveText([
      '$1,350,000',
      '$1,258,000',
      '−$92,000',
      '$1,750,000',
      '+$400,000',
    ]);
    await expect(table(page, 'B')).toBeVisible();
    await expect(table(page, 'C')).toBeVisible();
  });

  test('the address holds the whole comparison: a copied link opens the same offers and results', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await field(page, 'A', /^Base salary/).fill('185,000');
    await offer(page, 'A').getByRole('radio', { name: 'Amount in USD' }).check();
    await field(page, 'A', 'Bonus').fill('20,000');
    await offer(page, 'A').getByRole('combobox', { name: 'Vesting schedule' }).selectOption('back-loaded');
    await offer(page, 'A').getByRole('checkbox', { name: 'Private company' }).check();
    await page.getByRole('button', { name: 'Add an offer to compare' }).click();
    await field(page, 'B', /^Name/).fill('Gamma & Co');
    await offer(page, 'B').getByRole('combobox', { name: 'Level' }).selectOption('staff');
    await field(page, 'B', /^Yearly refresh grant/).fill('50k');
    await expect(table(page, 'B')).toContainText('$112,500'); // year 2: the grant's 100,000 and a quarter of the first refresh
    const before = await outcome(page);
    await page.getByRole('button', { name: 'Copy link to these offers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toContain('a.base=185%2C000');

    const other = await context.newPage();
    await other.goto(link);
    await ready(other);
    await expect(field(other, 'B', /^Name/)).toHaveValue('Gamma & Co');
    await expect(offer(other, 'A').getByRole('checkbox', { name: 'Private company' })).toBeChecked();
    await expect(result(other, 'A')).toContainText('Private company: its shares usually cannot be sold');
    expect(await outcome(other)).toBe(before);
    expect(before).toContain('Offer B (Gamma & Co)');
  });

  test('offers can be kept in this browser when asked, and forgotten', async ({ page }) => {
    await open(page);
    await field(page, 'A', /^Base salary/).fill('222,000');
    await page.goto(PATH);
    await ready(page);
    await expect(field(page, 'A', /^Base salary/)).toHaveValue('200,000');
    await field(page, 'A', /^Base salary/).fill('222,000');
    await page.getByRole('checkbox', { name: 'Keep these offers in this browser' }).check();
    await page.goto(PATH);
    await ready(page);
    await expect(field(page, 'A', /^Base salary/)).toHaveValue('222,000');
    await expect(page.getByRole('checkbox', { name: 'Keep these offers in this browser' })).toBeChecked();
    await page.getByRole('button', { name: 'Forget saved offers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved offers are removed' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.goto(PATH);
    await ready(page);
    await expect(field(page, 'A', /^Base salary/)).toHaveValue('200,000');
  });

  test('nothing is sent anywhere: no request leaves the page while offers are edited', async ({ page }) => {
    const requests: string[] = [];
    await open(page);
    // Chromium fetches the site icon again when the address changes; that request carries nothing typed.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(`${r.method()} ${r.url()}`);
    });
    await field(page, 'A', /^Base salary/).fill('300,000');
    await page.getByRole('button', { name: 'Add an offer to compare' }).click();
    await expect(table(page, 'B')).toBeVisible();
    expect(requests).toEqual([]);
  });

  test.describe('against the bands', () => {
    const bandList = (page: Page) =>
      page
        .getByRole('region', { name: "Against the guide's bands" })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link') });

    test('a senior offer is placed in each senior range, with the source and date, and premiums are not compared', async ({
      page,
    }) => {
      await open(page);
      const visible = bandList(page).filter({ visible: true });
      await expect(visible.first()).toContainText('Senior');
      await expect(
        visible.filter({ hasText: 'Offer A, four-year average ($337,500) is within this range.' }).first(),
      ).toContainText(/as of \w+ \d{4}/);
      await expect(visible.filter({ hasText: 'a figure the source says pay is often above' }).first()).toBeVisible();
      await expect(visible.filter({ hasText: 'Not compared: this is an amount on top of' })).toHaveCount(1);
      await expect(visible.filter({ hasText: /^Staff/ })).toHaveCount(0);
    });

    test('reported offers are shown for staff but not compared, and the reason is given', async ({ page }) => {
      await open(page, '#a.level=staff&a.base=400000');
      await expect(
        bandList(page).filter({ visible: true }).filter({ hasText: 'Not compared: these are individual packages' }),
      ).toHaveCount(1);
    });

    test('a junior offer and a job outside the US are not compared, and the page says why', async ({ page }) => {
      await open(page, '#a.level=junior&b.location=elsewhere');
      const scope = page.getByRole('region', { name: "Against the guide's bands" });
      await expect(
        scope.getByText(
          'Offer A: no source gives a band for junior or entry level roles, so this offer is not compared with any band.',
        ),
      ).toBeVisible();
      await expect(
        scope.getByText('Offer B: no source gives pay outside the US, so this offer is not compared with any band.'),
      ).toBeVisible();
      await expect(scope.getByText('Every band is listed below for reference only.')).toBeVisible();
      await expect(scope.getByText(/four-year average \(\$/)).toHaveCount(0);
    });
  });

  test('at phone width (360 px) nothing scrolls sideways, with three offers and an error', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '#a.base=abc&b.grant=1500000&c.vesting=custom&c.custom=50,50');
    await expect(table(page, 'C')).toBeVisible();
    // The tables of figures are cards here (a year each, every value beside its column's name): neither the page
    // nor any box in it scrolls sideways.
    expect(
      await page
        .getByRole('region')
        .filter({ has: page.getByRole('table') })
        .count(),
    ).toBeGreaterThanOrEqual(3);
    expect(await sidewaysScrollers(page)).toEqual([]);
    expect(
      await table(page, 'C')
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('block');
  });

  // The form and the first offer's results are drawn at build time, so the script only enables and fills them.
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    test(`nothing in the page moves when the calculator's script runs (${viewport.width} px wide)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const runScripts = await recordLayoutShifts(page);
      await page.goto(PATH, { waitUntil: 'commit' });
      await waitForFirstPaint(page);
      const base = field(page, 'A', /^Base salary/);
      await expect(base).toBeDisabled();
      runScripts();
      await expect(base).toBeEnabled({ timeout: 10_000 });
      await ready(page);
      expect(await layoutShifts(page)).toEqual([]);
    });
  }

  test('axe finds no WCAG 2.2 A/AA violation with two offers and a refused figure, in light and dark', async ({
    page,
  }) => {
    await open(page, '#a.price=-30&b.base=oops&b.level=staff');
    await expect(field(page, 'B', /^Base salary/)).toHaveAttribute('aria-invalid', 'true');
    const { light, dark } = await axeInBothThemes(page);
    expect(light, 'light theme, every rule').toEqual([]);
    expect(dark, 'dark theme, the colour rules').toEqual([]);
  });
});

test(
  "the salary chapter's worked offer opens in the calculator with the same offers and the same yearly totals",
  BASE_PATH,
  async ({ page }) => {
    await page.goto('chapters/salary/');
    const worked = page.getByRole('table', { name: /The worked offer/ });
    const names = (await worked.getByRole('columnheader').allTextContents()).slice(1).map((n) => n.trim());
    expect(names).toEqual([STARTUP_OFFER.name, LARGE_COMPANY_OFFER.name]);
    const rows = worked.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Year \d/ }) });
    const column = async (i: number) => (await rows.allInnerTexts()).map((r) => r.split('\t')[i + 1]!.trim());
    const [startupYears, largeYears] = [await column(0), await column(1)];
    expect(startupYears).toHaveLength(4);
    await page.getByRole('link', { name: 'Open this example in the offer calculator' }).click();
    await expect(page).toHaveURL(/data\/offer\/#a\./);
    await ready(page);
    await expect(offer(page, 'A').getByRole('textbox', { name: /^Name/ })).toHaveValue(STARTUP_OFFER.name);
    await expect(offer(page, 'B').getByRole('textbox', { name: /^Name/ })).toHaveValue(LARGE_COMPANY_OFFER.name);
    await expect(field(page, 'A', /^Base salary/)).toHaveValue(STARTUP_OFFER.base);
    await expect(field(page, 'B', /^Equity grant/)).toHaveValue(LARGE_COMPANY_OFFER.grant);
    await expect(offer(page, 'B').getByRole('combobox', { name: 'Vesting schedule' })).toHaveValue(
      LARGE_COMPANY_OFFER.vesting,
    );
    await expect(offer(page, 'A').getByRole('checkbox', { name: 'Private company' })).toBeChecked();
    expect(await totals(page, 'A')).toEqual(startupYears);
    expect(await totals(page, 'B')).toEqual(largeYears);
  },
);

test('the data index, the home page and the sidebar link the calculator', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ['./', 'data/']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('link', { name: 'Offer calculator', exact: true })).toHaveAttribute(
      'href',
      /\/data\/offer\/$/,
    );
    await expect(
      page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name: 'Offer calculator', exact: true }),
    ).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the worked example and every band show, and the form says it needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    const worked = page.getByRole('table', { name: 'Worked example, year by year (USD)' });
    await expect(worked).toBeVisible();
    await expect(worked.getByRole('row').nth(1)).toContainText('$360,000');
    await expect(page.getByText(/four-year average to \$337,500/)).toBeVisible();
    await expect(
      page.getByText('The calculator needs JavaScript, which is off in this browser.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('form', { name: 'Offers to compare' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Year by year' })).toBeHidden();
    const bands = page
      .getByRole('region', { name: "Against the guide's bands" })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') });
    expect(await bands.count()).toBeGreaterThan(5);
    await expect(bands.first()).toBeVisible();
  });
});
