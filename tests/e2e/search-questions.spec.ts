// Readers type questions, not keywords. Each question below, typed as a reader would (no question mark, filler
// words and all), must bring up the chapter that answers it among the first three results of the real search
// page. At least one question per part of the guide (src/schemas/part.ts), checked by the last test.
import { test, expect, type Page } from './helpers';
import { PARTS, type PartId } from '../../src/schemas/part';

const questions: [PartId, string, string][] = [
  ['role', 'what does an AI engineer do', 'what-is-an-ai-engineer'],
  ['role', 'ML engineer vs AI engineer', 'roles-compared'],
  ['work', 'how do AI engineers spend their day', 'a-day-in-the-work'],
  ['skills', 'what skills do I need to be an AI engineer', 'skills'],
  ['skills', 'do I need to learn fine-tuning', 'skills'],
  ['pay', 'how much do AI engineers make', 'salary'],
  ['pay', 'what is the salary of a senior AI engineer', 'salary'],
  ['hiring', 'which companies hire AI engineers', 'hiring-companies'],
  ['path', 'how do I become an AI engineer', 'learning-path'],
  ['path', 'how long does it take to switch to AI engineering', 'learning-path'],
  ['interviews', 'how to prepare for an AI engineer interview', 'interviews'],
  ['interviews', 'what projects should I build for my portfolio', 'portfolio'],
  ['growth', 'what is the future of AI engineering', 'future-of-the-role'],
  ['growth', 'what mistakes should I avoid', 'pitfalls'],
  ['growth', 'should I specialize or become a manager', 'growth'],
  ['employers', 'how do I hire an AI engineer', 'hiring-ai-engineers'],
  ['reference', 'what does RAG stand for', 'glossary'],
  ['reference', 'which sources does this guide use', 'sources'],
];

/** The chapter slugs of the first three results, read from their links once the list has settled. */
async function topThree(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  // A generous wait: several suites may share the machine, and a question may rank in up to one search per word.
  await expect(page.getByRole('status')).toContainText(/results? for|No results/, { timeout: 20_000 });
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(list).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  const hrefs = await list
    .locator(':scope > li')
    .getByRole('link')
    .evaluateAll((links) =>
      links
        .filter((a) => a.closest('ul')?.getAttribute('aria-label') === 'Search results')
        .map((a) => a.getAttribute('href') ?? ''),
    );
  return hrefs.slice(0, 3).map((h) => /chapters\/([^/?#]+)/.exec(h)?.[1] ?? h);
}

for (const [part, query, chapter] of questions) {
  test(`the question "${query}" (${part}) finds the ${chapter} chapter in the first three results`, async ({
    sharedPage,
  }) => {
    expect(await topThree(await sharedPage(), query)).toContain(chapter);
  });
}

test('a question whose words are not all on one page still returns the pages that match best', async ({
  sharedPage,
}) => {
  const page = await sharedPage();
  // "leakage" is on a few pages (the glossary, skills), none of which is the salary chapter: Pagefind alone would
  // leave the salary chapter out, as it lacks one word. It comes back among the pages holding most of the words.
  expect(await topThree(page, 'how much do AI engineers make with leakage')).toContain('salary');
});

test('the question table covers every part of the guide', () => {
  const covered = new Set(questions.map(([part]) => part));
  expect(PARTS.map((p) => p.id).filter((id) => !covered.has(id))).toEqual([]);
});
