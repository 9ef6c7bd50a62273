// Every chapter answers first: its body opens with a short answer of three to six points (or a small table),
// before any heading or paragraph, and chapters do not speak in source ids or narrate themselves.
import { test, expect } from '@playwright/test';
import { builtChapters } from './helpers';

const chapters = builtChapters();

test('the build has chapters to check', () => {
  expect(chapters.length).toBeGreaterThan(10);
});

for (const slug of chapters) {
  test(`/chapters/${slug}/ opens with a short answer a reader can act on`, async ({ page }) => {
    await page.goto(`chapters/${slug}/`);
    const body = page.locator('article > .prose-guide');
    const first = body.locator(':scope > *').first();
    await expect(first, 'the first thing in the chapter body').toHaveAttribute('data-short-answer');
    const answer = page.getByRole('region', { name: 'Short answer' });
    await expect(answer).toBeVisible();
    const points = await answer.locator(':scope > ul > li, :scope > ol > li').count();
    const rows = await answer.locator('tbody tr').count();
    expect(points + rows, 'points or table rows in the short answer').toBeGreaterThanOrEqual(points ? 3 : 2);
    if (points) expect(points, 'points in the short answer').toBeLessThanOrEqual(6);
  });
}

test('no chapter speaks in source ids or narrates itself', async ({ page }) => {
  for (const slug of chapters) {
    await page.goto(`chapters/${slug}/`);
    // The reader's text: the chapter without the citation marks and source entries (built from data).
    const text = await page.locator('article').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cite, [data-pagefind-ignore], script, style').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(text.match(/\bS[0-4]\b/g) ?? [], `/chapters/${slug}/ names sources by id`).toEqual([]);
    expect(text.match(/\bthis chapter\b/gi) ?? [], `/chapters/${slug}/ narrates itself`).toEqual([]);
  }
});
