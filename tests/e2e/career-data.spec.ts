// The data pages: salary explorer (chart = table = content/salary-bands), company directory,
// skills matrix, roles table. Run against the built site.
import { test, expect, type Page } from './helpers';
import { layoutShifts, recordLayoutShifts, waitForFirstPaint } from './layout-shift';
import { formatRange } from '../../src/lib/format';
import { formatDate, isStale, today } from '../../src/lib/dates';
import { readCollection } from '../../src/lib/read-content';

const bands = readCollection('salary-bands').map((b) => ({ id: b.id, ...b.data, source: b.data.source.id }));
// Tables, chart labels and filters name a source the way readers know it (its `short` name), not by its tag.
const sourceNames = new Map(readCollection('sources').map((s) => [s.id, s.data.short]));
const monthYear = (d: Date) => formatDate(d).replace(/^\d+ /, '');

const DATA_PAGES = ['data/', 'data/salaries/', 'data/companies/', 'data/skills/', 'data/roles/', 'data/roadmap/'];

const salaryTable = (page: Page) => page.getByRole('table', { name: /every salary band/i });
const salaryChart = (page: Page) => page.getByRole('img', { name: /salary bands by level/i });

test.describe('salary explorer', () => {
  test('the chart and the table show every band in content/salary-bands, with the same figure, source and date', async ({
    page,
  }) => {
    await page.goto('data/salaries/');
    expect(bands.length).toBeGreaterThan(0);
    await expect(salaryTable(page).locator('tr[data-band]')).toHaveCount(bands.length);
    await expect(salaryChart(page).locator('[data-block="band"]')).toHaveCount(bands.length);
    for (const band of bands) {
      const figure = formatRange(band);
      const name = sourceNames.get(band.source)!;
      const row = salaryTable(page).locator(`tr[data-band="${band.id}"]`);
      const bar = salaryChart(page).locator(`[data-band="${band.id}"]`);
      for (const part of [figure, name, monthYear(band.asOf)]) {
        await expect(row, `table row for ${band.id}`).toContainText(part);
        await expect(bar, `chart bar for ${band.id}`).toContainText(part);
      }
    }
  });

  test('a single figure reads as one: in words in the table and on the chart, drawn as a mark with an arrow, not a bar', async ({
    page,
  }) => {
    await page.goto('data/salaries/');
    const singles = bands.filter((b) => b.kind === 'often-above' || b.kind === 'can-reach');
    expect(singles.length).toBeGreaterThan(0);
    for (const band of singles) {
      const words = band.kind === 'often-above' ? 'often above' : 'can reach';
      await expect(salaryTable(page).locator(`tr[data-band="${band.id}"]`)).toContainText(words);
      const bar = salaryChart(page).locator(`[data-band="${band.id}"]`);
      await expect(bar).toContainText(words);
      await expect(bar.locator('path')).toHaveCount(1);
      // The one solid shape is the mark at the figure, narrower than any range's bar.
      expect(Number(await bar.locator('rect').first().getAttribute('width'))).toBeLessThanOrEqual(3);
    }
  });

  test('a band is marked stale exactly when its date is more than 12 months before the build', async ({ page }) => {
    await page.goto('data/salaries/');
    for (const band of bands) {
      const stale = isStale(band.asOf, today());
      const row = salaryTable(page).locator(`tr[data-band="${band.id}"]`);
      if (stale) await expect(row).toContainText('Stale');
      else await expect(row).not.toContainText('Stale');
    }
  });

  test('the chart has an accessible name and description, and the table a caption', async ({ page }) => {
    await page.goto('data/salaries/');
    await expect(salaryChart(page)).toHaveAccessibleDescription(/table below lists the same figures/i);
    await expect(page.getByRole('region', { name: /salary chart/i })).toBeVisible();
    await expect(page.getByRole('region', { name: /salary bands table/i })).toBeVisible();
  });

  test('filtering by source narrows the table and the chart to that source', async ({ page }) => {
    await page.goto('data/salaries/');
    const [sourceId, count] = [...Map.groupBy(bands, (b) => b.source)]
      .map(([s, list]) => [s, list.length] as const)
      .sort((a, b) => a[1] - b[1])[0]!;
    await page.getByRole('combobox', { name: 'Source' }).selectOption(sourceId);
    const rows = salaryTable(page).locator('tr[data-band]:visible');
    await expect(rows).toHaveCount(count);
    for (const text of await rows.allInnerTexts()) expect(text).toContain(sourceNames.get(sourceId));
    await expect(salaryChart(page).locator('[data-block="band"]:visible')).toHaveCount(count);
    await expect(page.getByRole('status').filter({ hasText: /bands/ })).toHaveText(
      count === bands.length ? `Showing all ${count} bands.` : `Showing ${count} of ${bands.length} bands.`,
    );
    await expect(page).toHaveURL(new RegExp(`\\?source=${sourceId}$`));
  });

  test('filters combine, and "Show all bands" brings every row back', async ({ page }) => {
    await page.goto('data/salaries/');
    const senior = bands.filter((b) => b.level === 'senior');
    await page.getByRole('combobox', { name: 'Level' }).selectOption('senior');
    await expect(salaryTable(page).locator('tr[data-band]:visible')).toHaveCount(senior.length);
    const firstType = await page
      .getByRole('combobox', { name: 'Company type' })
      .locator('option')
      .nth(1)
      .getAttribute('value');
    await page.getByRole('combobox', { name: 'Company type' }).selectOption(firstType!);
    const both = await salaryTable(page).locator('tr[data-band]:visible').count();
    expect(both).toBeLessThanOrEqual(senior.length);
    await page.getByRole('button', { name: 'Show all bands' }).click();
    await expect(salaryTable(page).locator('tr[data-band]:visible')).toHaveCount(bands.length);
    await expect(salaryChart(page).locator('[data-block="band"]:visible')).toHaveCount(bands.length);
  });

  test('a filtered view can be shared: the address sets the filters', async ({ page }) => {
    const level = bands[0]!.level;
    await page.goto(`data/salaries/?level=${level}`);
    await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue(level);
    await expect(salaryTable(page).locator('tr[data-band]:visible')).toHaveCount(
      bands.filter((b) => b.level === level).length,
    );
  });

  // Lighthouse scored this page's layout shift at 0.23 when the filter form was revealed by its script.
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    test(`nothing in the page moves when the filter script runs (${viewport.width} px wide)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const runScripts = await recordLayoutShifts(page);
      await page.goto('data/salaries/', { waitUntil: 'commit' }); // 'load' would wait for the scripts
      const source = page.getByRole('combobox', { name: 'Source' });
      // Before the script: the form already has its place, with its controls disabled rather than dead.
      await waitForFirstPaint(page);
      await expect(source).toBeVisible();
      await expect(source).toBeDisabled();
      const before = await page.getByRole('region', { name: /salary chart/i }).boundingBox();
      runScripts();
      await expect(source).toBeEnabled({ timeout: 10_000 });
      const after = await page.getByRole('region', { name: /salary chart/i }).boundingBox();
      expect(after).toEqual(before);
      expect(await layoutShifts(page)).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('every figure shows, the filters are gone and a note says why', async ({ page }) => {
      await page.goto('data/salaries/');
      await expect(salaryTable(page).locator('tr[data-band]:visible')).toHaveCount(bands.length);
      await expect(page.getByRole('img', { name: /salary bands by level/i })).toBeVisible();
      await expect(page.getByRole('form', { name: 'Filter the salary bands' })).toBeHidden();
      for (const name of ['Source', 'Level', 'Company type'])
        await expect(page.getByRole('combobox', { name })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Show all bands' })).toBeHidden();
      await expect(page.getByText(/filtering by source, level and company type needs JavaScript/i)).toContainText(
        'Every band is shown below.',
      );
    });
  });
});

test.describe('company directory', () => {
  const companies = readCollection('companies').map((c) => ({
    id: c.id,
    name: c.data.name,
    groups: c.data.groups.map((g) => g.id),
  }));

  test('lists every company once, each under a heading with its own anchor', async ({ page }) => {
    await page.goto('data/companies/');
    const directory = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 3, name: companies[0]!.name, exact: true }) });
    for (const c of companies) {
      const heading = directory.getByRole('heading', { level: 3, name: c.name, exact: true });
      await expect(heading).toHaveAttribute('id', c.id);
    }
  });

  test('the text filter narrows the directory to matching names', async ({ page }) => {
    await page.goto('data/companies/');
    const target = companies[0]!;
    await page.getByRole('searchbox', { name: 'Name or alias' }).fill(target.name.toLowerCase());
    await expect(page.getByRole('heading', { level: 3, name: target.name, exact: true })).toBeVisible();
    const visible = await page.locator('[data-company]:visible').count();
    expect(visible).toBeLessThan(companies.length);
    await expect(page.getByRole('status')).toHaveText(`Showing ${visible} of ${companies.length} companies.`);
  });

  test('the group filter shows only the companies a source puts in that group', async ({ page }) => {
    await page.goto('data/companies/');
    const group = companies[0]!.groups[0]!;
    const members = companies.filter((c) => c.groups.includes(group));
    await page.getByRole('combobox', { name: 'Group' }).selectOption(group);
    await expect(page.locator('[data-company]:visible')).toHaveCount(members.length);
    for (const c of members)
      await expect(page.getByRole('heading', { level: 3, name: c.name, exact: true })).toBeVisible();
  });

  test('each claim about a company links to its source in the sources chapter', async ({ page }) => {
    await page.goto('data/companies/');
    const cite = page
      .locator('[data-company]')
      .first()
      .getByRole('link', { name: /^Source: .+ \d{4}$/ })
      .first();
    await expect(cite).toHaveAttribute('href', /\/chapters\/sources\/#s\d+$/);
  });
});

test.describe('skills and roles', () => {
  const skills = readCollection('skills').map((s) => ({ id: s.id, name: s.data.name }));
  const roles = readCollection('roles').map((r) => ({ id: r.id, name: r.data.name }));

  test('every skill sits in the matrix and has its own heading with what good looks like and the evidence to show', async ({
    page,
  }) => {
    await page.goto('data/skills/');
    const matrix = page.getByRole('table', { name: 'Skills by layer and priority' });
    for (const s of skills) {
      await expect(matrix.getByRole('link', { name: s.name, exact: true })).toHaveAttribute('href', `#${s.id}`);
      const entry = page.getByRole('listitem').filter({
        has: page.getByRole('heading', {
          level: 3,
          name: new RegExp(`^${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        }),
      });
      await expect(entry.getByText('What good looks like')).toBeVisible();
      await expect(entry.getByText('Evidence to show')).toBeVisible();
    }
  });

  test('the roles table has a row for every role in content/roles', async ({ page }) => {
    await page.goto('data/roles/');
    const table = page.getByRole('table', { name: /roles compared/i });
    await expect(table.getByRole('row')).toHaveCount(roles.length + 1);
    for (const r of roles) await expect(table.getByRole('rowheader', { name: new RegExp(r.name, 'i') })).toBeVisible();
  });
});

test.describe('every data page', () => {
  for (const path of DATA_PAGES) {
    test(`/${path} is indexed as data, with its title marked for search`, async ({ sharedPage }) => {
      const page = await sharedPage();
      await page.goto(path);
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
      await expect(page.locator('[data-pagefind-filter="kind:Data"]')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('data-pagefind-meta', 'title');
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
    });
  }

  test('the sidebar and the home page link every data page', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./');
    for (const name of [
      'Salary explorer',
      'Companies',
      'Skills matrix',
      'Roles compared',
      'Roadmap',
      'Your progress',
    ]) {
      await expect(
        page.getByRole('navigation', { name: 'Guide' }).getByRole('link', { name, exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
