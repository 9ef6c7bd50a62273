// The salary chapter answers first: its short answer opens the chapter body, a pay figure comes within
// the first 120 words, and the gaps (junior pay, pay outside the US) are said plainly. Built site only.
import { test, expect, type Locator, type Page } from '@playwright/test';

const MAX_WORDS_BEFORE_FIGURE = 120;
// A money figure as <Pay> prints it: "$180K", "+$50K", "$1.5M".
const MONEY = /[$€£]\s?\d/;

const shortAnswer = (page: Page) => page.getByRole('region', { name: 'Short answer' });

/** The chapter body: the element the short answer sits in, which must also hold the chapter's own sections. */
async function chapterBody(page: Page): Promise<Locator> {
  const body = shortAnswer(page).locator('xpath=..');
  await expect(body.getByRole('heading', { level: 2, name: 'What to do next' })).toBeVisible();
  return body;
}

/** Lines of text as a reader sees them (table rows and list items each on their own line). */
const linesOf = async (el: Locator) =>
  (await el.innerText())
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

test.describe('salary chapter short answer', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('chapters/salary/');
  });

  test('the short answer is the first thing in the chapter body', async ({ page }) => {
    await expect(shortAnswer(page)).toHaveCount(1);
    const body = await chapterBody(page);
    const before = await body.evaluate((el) => {
      const answer = el.querySelector('[data-short-answer]');
      const out: string[] = [];
      for (const node of el.childNodes) {
        if (node === answer) return { found: true, out };
        if (node.nodeType === Node.COMMENT_NODE) continue;
        const text = node.textContent?.trim() ?? '';
        if (text || node.nodeType === Node.ELEMENT_NODE)
          out.push(node.nodeType === Node.ELEMENT_NODE ? `<${(node as Element).tagName.toLowerCase()}> ${text}` : text);
      }
      return { found: false, out };
    });
    expect(before.found, 'the short answer is a direct child of the chapter body').toBe(true);
    expect(before.out, 'nothing comes before the short answer').toEqual([]);
  });

  test(`the first money figure comes within the first ${MAX_WORDS_BEFORE_FIGURE} words of the chapter body`, async ({
    page,
  }) => {
    const body = await chapterBody(page);
    const text = await body.innerText();
    const at = text.search(MONEY);
    expect(at, 'the chapter body shows a money figure').toBeGreaterThanOrEqual(0);
    const wordsBefore = text
      .slice(0, at)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(wordsBefore, `words before the first figure: ${wordsBefore}`).toBeLessThanOrEqual(MAX_WORDS_BEFORE_FIGURE);
    // The figure a reader meets first belongs to the short answer, not to the discussion after it.
    expect((await shortAnswer(page).innerText()).search(MONEY)).toBeGreaterThanOrEqual(0);
  });

  test('the short answer says plainly that there is no data for junior pay and for pay outside the US', async ({
    page,
  }) => {
    const lines = await linesOf(shortAnswer(page));
    const junior = lines.filter((l) => /junior|entry[- ]level/i.test(l));
    const abroad = lines.filter((l) => /outside the US|non-US/i.test(l));
    expect(
      junior.some((l) => /no data/i.test(l)),
      `junior lines: ${JSON.stringify(junior)}`,
    ).toBe(true);
    expect(
      abroad.some((l) => /no data/i.test(l)),
      `non-US lines: ${JSON.stringify(abroad)}`,
    ).toBe(true);
  });
});
