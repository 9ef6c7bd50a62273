import { test, expect, axeInBothThemes, builtPages, BASE_PATH, DIST, type Page } from './helpers';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });

async function openWithShortcut(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
}

async function searchFor(page: Page, query: string) {
  const box = dialog(page).getByRole('searchbox');
  await box.fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(/results? for|No results/);
  await resultsSettled(page);
}

/** The status speaks with the first result; the rest of the first five follow as each is ready, and the list is aria-busy until then. */
async function resultsSettled(page: Page) {
  await expect(dialog(page).getByRole('list', { name: 'Search results' })).not.toHaveAttribute('aria-busy', 'true');
}

test('no search code or index loads before the reader asks for search', BASE_PATH, async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('chapters/skills/', { waitUntil: 'networkidle' });
  expect(requested.filter((p) => p.includes('/pagefind/') || /\/(ui|dialog|engine)\.[\w-]+\.js$/.test(p))).toEqual([]);
  await openWithShortcut(page);
  await searchFor(page, 'evaluation');
  expect(requested.some((p) => p.includes('/pagefind/'))).toBe(true);
});

test('Ctrl+K opens the dialog, Esc closes it and returns focus', async ({ page }) => {
  await page.goto('chapters/skills/');
  const button = page.getByRole('button', { name: /search/i });
  await button.focus();
  await openWithShortcut(page);
  await page.keyboard.type('retrieval');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('the header search button opens the dialog', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: /search/i }).click();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
});

// One term from each indexed collection, and the page it must lead to.
const findable: [string, string, RegExp][] = [
  ['a chapter body', 'hallucination', /chapters\//],
  ['a company', 'Perplexity', /chapters\/hiring-companies\//],
  ['a salary band', 'principal', /chapters\/salary\//],
  ['a skill', 'observability', /chapters\/skills\//],
  ['a learning path stage', 'LoRA', /chapters\/learning-path\//],
  ['a glossary term', 'leakage', /chapters\/glossary\//],
];
for (const [what, term, page_] of findable) {
  test(`typing ${what} (${term}) finds its page`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto('./');
    await openWithShortcut(page);
    await searchFor(page, term);
    const hrefs = await dialog(page)
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(
      hrefs.some((h) => page_.test(h ?? '')),
      `${term} -> ${hrefs.join(', ')}`,
    ).toBe(true);
  });
}

test('a filter chip narrows the results', async ({ page }) => {
  await page.goto('./');
  await openWithShortcut(page);
  await searchFor(page, 'engineer');
  const status = dialog(page).getByRole('status');
  const before = Number((await status.textContent())!.match(/(\d+) results?/)![1]);
  const toggle = dialog(page).getByRole('button', { name: 'Show filters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(dialog(page).getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
  await dialog(page).getByRole('group', { name: 'Filter by part' }).getByRole('button', { name: 'Pay' }).click();
  await expect(dialog(page).getByRole('button', { name: 'Hide filters (1 on)' })).toBeVisible();
  const count = async () => Number((await status.textContent())?.match(/^(\d+) results? for/)?.[1] ?? Number.NaN);
  await expect.poll(count).toBeLessThan(before);
  expect(await count()).toBeGreaterThan(0);
  await resultsSettled(page);
  // Each top-level result carries its part label.
  const results = await dialog(page)
    .getByRole('list', { name: 'Search results' })
    .locator(':scope > li')
    .allTextContents();
  expect(results.length).toBeGreaterThan(0);
  for (const text of results) expect(text).toContain('Pay');
});

test(
  'a first search fetches the text of the results it shows and no filter index; more load on demand',
  BASE_PATH,
  async ({ page }) => {
    const fetched: string[] = [];
    page.on('requestfinished', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.includes('/pagefind/')) fetched.push(p);
    });
    const fragments = () => fetched.filter((p) => p.includes('/pagefind/fragment/')).length;
    await page.goto('search/');
    const box = page.getByRole('searchbox');
    // Typed at once: key by key, each prefix that finishes ranking before the next key also loads its own top
    // result ahead of the pause (see warm in engine.ts), which would blur the count below.
    await box.fill('engineer');
    const status = page.getByRole('status');
    await expect(status).toContainText(/results? for “engineer”, showing the first 5\./);
    const results = page.getByRole('list', { name: 'Search results' }).locator(':scope > li:has(p > a)');
    await expect(results).toHaveCount(5);
    await page.waitForLoadState('networkidle');
    // One fragment per shown result, none for the results behind "Show more", and the filter index stays unloaded.
    expect(fragments()).toBe(5);
    expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    const total = Number((await status.textContent())!.match(/^(\d+) results/)![1]);
    expect(total).toBeGreaterThan(5);
    await page.getByRole('button', { name: /^Show more results \(\d+ more\)$/ }).click();
    await expect(results).toHaveCount(Math.min(15, total));
    await expect(results.nth(5).getByRole('link').first()).toBeFocused();
    await expect(status).toContainText(total > 15 ? 'showing the first 15.' : `${total} results for “engineer”.`);
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(Math.min(15, total));
    // Opening the filters is what loads their values.
    await page.getByRole('button', { name: 'Show filters' }).click();
    await expect(page.getByRole('group', { name: 'Filter by kind' })).toBeVisible();
    expect(fetched.some((p) => p.includes('/pagefind/filter/'))).toBe(true);
  },
);

test('arrow keys and Enter open a result, which highlights the term and scrolls to it', BASE_PATH, async ({ page }) => {
  await page.goto('./');
  await openWithShortcut(page);
  await searchFor(page, 'fallback');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  const href = await focused.getAttribute('href');
  expect(href).toContain('highlight=fallback');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=fallback/);
  const mark = page.locator('mark[data-search-hit]').first();
  await expect(mark).toHaveText(/fallback/i);
  if (href!.includes('#'))
    await expect(page.locator(`[id="${decodeURIComponent(href!.split('#')[1]!)}"]`)).toBeInViewport();
  else await expect(mark).toBeInViewport();
});

test(
  'a /search/?q= link restores the search, and filters round-trip through the address',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('search/?q=retrieval&part=Skills');
    await expect(page.getByRole('searchbox')).toHaveValue('retrieval');
    await expect(page.getByRole('button', { name: 'Skills', pressed: true })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/results? for “retrieval”/);
    await page.getByRole('searchbox').fill('evaluation');
    await expect(page).toHaveURL(/q=evaluation/);
    await page.getByRole('button', { name: 'Skills', pressed: true }).click();
    await expect(page).not.toHaveURL(/part=/);
    await page.goBack();
    await expect(page).toHaveURL(/part=Skills/);
    await expect(page.getByRole('button', { name: 'Skills', pressed: true })).toBeVisible();
  },
);

test('a query with markup is shown as text and runs nothing', async ({ page }) => {
  let alerted = false;
  page.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const query = '<img src=x onerror=alert(1)>';
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(query);
  await expect(page.locator('[data-search-mount] img')).toHaveCount(0);
  await page.goto('./');
  await openWithShortcut(page);
  await dialog(page).getByRole('searchbox').fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(query);
  await expect(dialog(page).locator('img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('axe finds no violation with the search dialog open, in light and dark', async ({ page }) => {
  await page.goto('chapters/skills/');
  await openWithShortcut(page);
  await searchFor(page, 'evaluation');
  expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test(
    'the header form goes to /search/, which says search needs JavaScript and links every chapter',
    BASE_PATH,
    async ({ page }) => {
      await page.goto('chapters/skills/');
      await page.getByRole('button', { name: /search/i }).click();
      await expect(page).toHaveURL(/search\/?/);
      await expect(page.getByText(/search needs javascript/i)).toBeVisible();
      await page.getByRole('link', { name: /browse all chapters/i }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('All chapters');
    },
  );
});

test('every chapter and data page, and What changed, is in the search index', BASE_PATH, () => {
  const withBody = builtPages().filter((p) =>
    readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('data-pagefind-body'),
  );
  const chapters = builtPages().filter((p) => /^chapters\/[^/]+\/$/.test(p));
  for (const c of chapters) expect(withBody, `chapter ${c} is not marked for indexing`).toContain(c);
  expect(withBody, 'What changed is not marked for indexing').toContain('changes/');
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
    (n, l) => n + l.page_count,
    0,
  );
  expect(indexed).toBe(withBody.length);
  expect(readdirSync(join(DIST, 'pagefind', 'fragment')).length).toBeGreaterThanOrEqual(withBody.length);
});

// Ranking: a page titled with the term comes before pages that mention it in passing.
// (Terms that appear in one title only: "interviews" is in two chapter titles, so it pins nothing.)
const ranked: [string, RegExp][] = [
  ['salary', /chapters\/salary\/|data\/salaries\//], // both are titled with it
  ['pitfalls', /chapters\/pitfalls\//],
  ['portfolio', /chapters\/portfolio\//],
  ['skills', /chapters\/skills\//],
  ['glossary', /chapters\/glossary\//],
];
for (const [term, first] of ranked) {
  test(`the page titled with "${term}" ranks first for that term`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto('./');
    await openWithShortcut(page);
    await searchFor(page, term);
    const top = dialog(page)
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      .first()
      .getByRole('link')
      .first();
    await expect(top).toHaveAttribute('href', first);
  });
}
