// The job posting reader in every engine: a posting typed into the box is read as it arrives (its phrases marked
// with their skills), the gap follows the reader's rating, and the pay range opens the offer calculator preloaded.
import { test, expect, until } from './fixtures';

test('the posting reader marks a posting as it is typed, follows a rating in the gap, and opens the calculator with its pay', async ({
  web,
  at,
}) => {
  await web.goto(at('data/posting/'));
  await until(web, 'the reader to be ready', () => Boolean(document.querySelector('form[data-ready]')));
  await web.run(() => {
    const box = document.querySelector<HTMLTextAreaElement>('#posting-text')!;
    box.scrollIntoView({ block: 'center' });
    box.focus();
  });
  await web.type('Senior AI Engineer');
  await web.press('Enter');
  await web.type('Requirements: RAG, evals and Python. Nice to have: LangChain. Base $180k-$220k.');

  const marks = await until(web, 'four marks, each with its skill', () => {
    const found = [...document.querySelectorAll('[data-posting-marked] a')].map(
      (a) => `${a.querySelector('mark')?.textContent} -> ${a.querySelector('.posting-chip')?.textContent}`,
    );
    return found.length === 4 ? found : false;
  });
  expect(marks, `${web.engine}: the marks`).toEqual([
    'RAG -> Retrieval (RAG)',
    'evals -> Evaluation (evals)',
    'Python -> Python or TypeScript in production',
    'LangChain -> Orchestration framework and tool fluency',
  ]);
  const kinds = await web.run(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-ask-row]:not([hidden])')].map((r) => [
        r.dataset.askRow,
        r.querySelector('[data-ask-kind]')!.textContent,
      ]),
    ),
  );
  expect(kinds, `${web.engine}: requirement or plus`).toEqual({
    'retrieval-rag': 'A requirement',
    evaluation: 'A requirement',
    'production-python-or-typescript': 'A requirement',
    'orchestration-framework': 'A plus',
  });

  // The gap: rating retrieval solid shrinks it, as the study plan's own rules say.
  const before = await until(
    web,
    'the gap in hours',
    () => /take (\d+) hours/.exec(document.querySelector('[data-gap-text]')?.textContent ?? '')?.[1],
  );
  await web.run(() => {
    const select = document.querySelector<HTMLSelectElement>('#rating-retrieval-rag')!;
    select.value = 'solid';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const after = await until(
    web,
    'the gap to shrink',
    (was) => {
      const hours = /take (\d+) hours/.exec(document.querySelector('[data-gap-text]')?.textContent ?? '')?.[1];
      return hours && hours !== was ? hours : false;
    },
    before,
  );
  expect(Number(after), `${web.engine}: a smaller gap`).toBeLessThan(Number(before));
  expect(
    await web.run(() => JSON.parse(localStorage.getItem('aieg-progress')!).skills),
    `${web.engine}: the rating is saved`,
  ).toEqual({ 'retrieval-rag': 'solid' });

  // The pay, placed and handed to the calculator.
  expect(await web.run(() => document.querySelector('[data-pay]')!.textContent), `${web.engine}: the pay`).toContain(
    'The posting gives $180,000 to $220,000, base salary.',
  );
  await web.run(() => document.querySelector('[data-pay-link]')!.scrollIntoView({ block: 'center' }));
  await web.click('[data-pay-link]');
  await until(
    web,
    "the calculator to be ready with the posting's range",
    () =>
      document.querySelector('form[data-ready]') &&
      document.querySelector<HTMLInputElement>('#b-base')?.value === '220000',
  );
  expect(
    await web.run(() => [
      document.querySelector<HTMLInputElement>('#a-base')!.value,
      document.querySelector<HTMLSelectElement>('#a-level')!.value,
    ]),
    `${web.engine}: offer A`,
  ).toEqual(['180000', 'senior']);
});
