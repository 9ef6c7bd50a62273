// The provisional notice tells the truth: it shows under the title only on chapters that rest on claims a source calls
// provisional (their frontmatter's provisionalClaims), names those claims and the source, and leads to the source's
// caveats. Every other chapter, even one citing that source for something else, shows none.
import { test, expect, builtChapters } from './helpers';
import { PROVISIONAL_CLAIM_LABELS } from '../../src/lib/provisional';
import { readCollection } from '../../src/lib/read-content';
import type { ProvisionalClaim } from '../../src/schemas/source';

const claims = new Map(readCollection('chapters').map((c) => [c.id, c.data.provisionalClaims]));
const chapters = builtChapters().map((slug) => ({ slug, claims: claims.get(slug) ?? [] }));

test('some chapters rest on provisional claims and some do not, so both cases are checked', () => {
  expect(chapters.filter((c) => c.claims.length > 0).length).toBeGreaterThan(0);
  expect(chapters.filter((c) => c.claims.length === 0).length).toBeGreaterThan(0);
});

test('the provisional notice shows exactly on the chapters that rest on provisional claims, and names them', async ({
  sharedPage,
}) => {
  const page = await sharedPage();
  for (const { slug, claims } of chapters) {
    await page.goto(`chapters/${slug}/`);
    const notice = page
      .getByRole('main')
      .getByRole('note')
      .filter({ hasText: /^Provisional:/ });
    if (claims.length === 0) {
      await expect(notice, `${slug} rests on no provisional claim`).toHaveCount(0);
      continue;
    }
    await expect(notice, `${slug} lists provisionalClaims: ${claims.join(', ')}`).toHaveCount(1);
    for (const claim of claims) await expect(notice, slug).toContainText(PROVISIONAL_CLAIM_LABELS[claim]);
    // Only the claims the chapter rests on: the others the source holds provisional are not named.
    for (const other of Object.keys(PROVISIONAL_CLAIM_LABELS) as ProvisionalClaim[]) {
      if (!claims.includes(other)) await expect(notice, slug).not.toContainText(PROVISIONAL_CLAIM_LABELS[other]);
    }
    // The source's name leads to its entry under "Sources cited", where its own caveat is printed in full.
    const link = notice.getByRole('link');
    const href = (await link.first().getAttribute('href')) ?? '';
    expect(href, slug).toMatch(/^#source-/);
    await expect(page.locator(href), slug).toContainText(/provisional/i);
  }
});
