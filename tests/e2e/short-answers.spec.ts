// Every chapter answers first: its body opens with a short answer of three to six points (or a small table),
// before any heading or paragraph, and does not narrate itself. No page, chapter or data page, speaks in source
// ids (S0-S4): readers meet sources by name and year, in the citations and wherever who says it matters.
import { test, expect, builtChapters, builtPages, type Page } from './helpers';

const chapters = builtChapters();
// Every other page that prints guide data (companies, skills, roles, glossary terms, FAQ...), the print edition included.
const otherPages = builtPages().filter((p) => !/^chapters\/[^/]+\/$/.test(p));

/** What a reader reads on the page: its text without the citation marks (which name sources for readers) and scripts. */
const readerText = (page: Page) =>
  page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.cite, script, style, template').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
const sourceIds = (text: string) => text.match(/\bS[0-4]\b/g) ?? [];

test('the build has chapters to check', () => {
  expect(chapters.length).toBeGreaterThan(10);
});

for (const slug of chapters) {
  test(`/chapters/${slug}/ opens with a short answer a reader can act on`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto(`chapters/${slug}/`);
    const body = page.locator('article > .prose-guide');
    const first = body.locator(':scope > *').first();
    await expect(first, 'the first thing in the chapter body').toHaveAttribute('data-short-answer');
    // Named by its own heading: "Short answer" unless the chapter gives it a title ("How to use this page").
    await expect(first).toHaveRole('region');
    const title = (await first.getByRole('heading').first().textContent())?.trim() ?? '';
    expect(title, 'the short answer has a heading').not.toBe('');
    const answer = page.getByRole('region', { name: title, exact: true });
    await expect(answer).toBeVisible();
    const points = await answer.locator(':scope > ul > li, :scope > ol > li').count();
    const rows = await answer.locator('tbody tr').count();
    expect(points + rows, 'points or table rows in the short answer').toBeGreaterThanOrEqual(points ? 3 : 2);
    if (points) expect(points, 'points in the short answer').toBeLessThanOrEqual(6);
  });
}

test('the build has pages other than chapters to check', () => {
  expect(otherPages, 'the data pages').toEqual(
    expect.arrayContaining(['data/companies/', 'data/skills/', 'data/roles/', 'data/salaries/']),
  );
});

for (const slug of chapters) {
  test(`/chapters/${slug}/ does not narrate itself`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto(`chapters/${slug}/`);
    const text = await page.locator('article').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cite, [data-pagefind-ignore], script, style').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(text.match(/\bthis chapter\b/gi) ?? [], `/chapters/${slug}/ narrates itself`).toEqual([]);
  });
}

// The whole page: the chapter or data entry itself, and what components print from the data (glossary terms,
// company notes and groups, skills, roles, source entries, self-check questions). Editors' ids stay in attributes.
for (const path of [...chapters.map((slug) => `chapters/${slug}/`), ...otherPages]) {
  test(`/${path} names sources for readers, never by id`, async ({ sharedPage }) => {
    const page = await sharedPage();
    await page.goto(path);
    expect(sourceIds(await readerText(page)), `/${path} names sources by id (S0-S4)`).toEqual([]);
  });
}
