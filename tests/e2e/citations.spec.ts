// Citations name sources the way readers know them ("Jobbi 2026"), never by an editor's code (S1), and each is a
// plain link to the source's entry, where its date is, one click from its caveats: it works without JavaScript.
import { test, expect, type Page } from '@playwright/test';
import { readCollection } from '../../src/lib/read-content';
import type { Source } from '../../src/schemas/source';

const sources = readCollection('sources');
const source = (id: string) => sources.find((s) => s.id === id)!.data;
const label = (s: Source) => `${s.short} ${s.asOf.getUTCFullYear()}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every citation link on the page (its accessible name starts "Source: "). */
const citations = (page: Page) => page.getByRole('main').getByRole('link', { name: /^Source: / });

test("a citation in a chapter shows the source's short name and year, not an S-code", async ({ page }) => {
  await page.goto('chapters/salary/');
  const all = citations(page);
  expect(await all.count()).toBeGreaterThan(3);
  const texts = await all.allInnerTexts();
  for (const text of texts) {
    // The visible label after the screen-reader prefix: a name and a year, never a code.
    const shown = text.replace(/^Source:\s*/, '');
    expect(shown).toMatch(/^\S.* \d{4}$/);
    expect(shown).not.toMatch(/\bS\d+\b/);
  }
  const jobbi = source('s1');
  await expect(all.filter({ hasText: label(jobbi) }).first()).toHaveAccessibleName(`Source: ${label(jobbi)}`);
  // Nor in the list of sources at the end, where the citations lead.
  expect(await page.getByRole('region', { name: 'Sources cited' }).innerText()).not.toMatch(/\bS\d+\b/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("clicking a citation in a chapter lands on the source's entry with its date, one click from its caveats", async ({
    page,
  }) => {
    const jobbi = source('s1');
    await page.goto('chapters/salary/');
    await citations(page)
      .filter({ hasText: label(jobbi) })
      .first()
      .click();
    await expect(page).toHaveURL(/#source-s1$/);
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: label(jobbi), exact: true }) });
    await expect(entry).toBeInViewport();
    // Jobbi's article is undated: the entry says so and names the year it is filed under.
    await expect(entry).toContainText(new RegExp(`Undated; filed under ${jobbi.asOf.getUTCFullYear()}`));
    await expect(entry).toContainText('Article on a job board');
    // Its caveats and our notes on reading it are one click away, on its entry in the sources chapter.
    await entry.getByRole('link', { name: `What ${jobbi.short} says about itself, and how to read it` }).click();
    await expect(page).toHaveURL(/chapters\/sources\/#s1$/);
    const full = page.getByRole('region', { name: label(jobbi) });
    await expect(full).toBeInViewport();
    await expect(full).toContainText(jobbi.caveats[0]!);
    await expect(full).toContainText(jobbi.notes[0]!);
  });

  test("a citation outside a chapter leads to the source's entry in the sources chapter", async ({ page }) => {
    const northstar = source('s3');
    await page.goto('data/salaries/');
    const link = citations(page)
      .filter({ hasText: label(northstar) })
      .first();
    await expect(link).toHaveAttribute('href', /chapters\/sources\/#s3$/);
    await link.click();
    await expect(page).toHaveURL(/chapters\/sources\/#s3$/);
    const entry = page.getByRole('region', { name: label(northstar) });
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText(new RegExp(escape(`Dated “${northstar.dateStated}”`)));
    await expect(entry).toContainText(northstar.caveats[0]!);
  });
});
