// The job posting reader (/data/posting/): paste a posting and see its skills marked and tabled, rate yourself
// (saved with the study plan's self-assessment), the gap and its date, putting those milestones first in the
// study plan, the warnings, the pay and the offer calculator preloaded; bad input (an empty box, nothing
// recognised, markup, a 200 KB paste); keeping and removing the posting; the keyboard, phone width, themes, axe;
// and the page without JavaScript. "Today" is fixed through Playwright's clock. Run against the built site.
import { readFileSync } from 'node:fs';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { axeInBothThemes, BASE_PATH, sidewaysScrollers } from './helpers';
import { EXAMPLE_POSTING } from '../../src/lib/posting/example';
import { gapFor } from '../../src/lib/posting/gap';
import { formatDate } from '../../src/lib/dates';
import { MAX_POSTING_CHARS } from '../../src/lib/posting/vocabulary';
import type { PostingBoot } from '../../src/client/tools/posting/boot';

const PATH = 'data/posting/';
const TODAY = '2026-11-30';
const box = (page: Page) => page.getByRole('textbox', { name: 'Job posting' });
const asks = (page: Page) => page.getByRole('table', { name: "The guide's skills this posting asks for" });
const row = (page: Page, skill: string) =>
  asks(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: skill, exact: true }) });
const marked = (page: Page) => page.locator('[data-posting-marked]');
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('aieg-progress') ?? 'null'));
/** A mark's accessible name: its words, then its skill (browsers may put a space before the comma, where the words' <mark> ends). */
const mark = (words: string, skill: string) => new RegExp(`^${words} ?, skill: ${skill.replace(/[()]/g, '\\$&')}$`);
const boot = (page: Page) => page.locator('#posting-data').evaluate((el) => JSON.parse(el.textContent!) as PostingBoot);

async function open(page: Page) {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.goto(PATH);
  await expect(page.locator('form[data-ready]')).toHaveCount(1);
}

/** Pastes text from the clipboard into the box (Ctrl+V), as a reader does. */
async function pasteFromClipboard(page: Page, context: BrowserContext, text: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** Puts text in the box the way a paste does (one input event with the whole text) and waits for the reader. */
async function paste(page: Page, text: string) {
  await box(page).fill(text);
  await expect(page.locator('[data-posting-results]')).toHaveAttribute(
    'data-read',
    String(Math.min(text.length, MAX_POSTING_CHARS)),
  );
}

test.describe('with JavaScript', () => {
  test('an empty box shows what the reader does, not an empty table', async ({ page }) => {
    await open(page);
    await expect(page.getByText('Paste a posting in the box, or try the example.')).toBeVisible();
    await expect(asks(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: 'What it asks for' })).toBeHidden();
    await paste(page, 'Senior AI Engineer\nRAG and evals.');
    await box(page).fill('   ');
    await expect(page.getByText('Paste a posting in the box, or try the example.')).toBeVisible();
    await expect(asks(page)).toBeHidden();
  });

  test('a posting pasted from the clipboard is read as it arrives: each phrase marked with its skill, each skill tabled as a requirement or a plus', async ({
    page,
    context,
  }) => {
    await open(page);
    await pasteFromClipboard(page, context, EXAMPLE_POSTING);
    await expect(box(page)).toHaveValue(EXAMPLE_POSTING);
    // A mark is a link that says its words and its skill.
    await expect(marked(page).getByRole('link', { name: mark('evals', 'Evaluation (evals)') })).toBeVisible();
    await expect(marked(page).getByRole('link', { name: mark('vector database', 'Retrieval (RAG)') })).toBeVisible();
    await expect(
      marked(page).getByRole('link', { name: mark('LangChain', 'Orchestration framework and tool fluency') }),
    ).toBeVisible();
    await expect(row(page, 'LLM API fluency')).toContainText('A requirement');
    await expect(row(page, 'Fine-tuning and model serving')).toContainText('A plus');
    await expect(row(page, 'Evaluation (evals)')).toContainText('Named only');
    await expect(row(page, 'Security and guardrails')).toBeHidden();
    // Requirements first.
    const kinds = (await asks(page).locator('tbody tr:not([hidden]) [data-ask-kind]').allInnerTexts()).map((k) =>
      k.trim(),
    );
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) =>
          ['A requirement', 'A plus', 'Named only'].indexOf(a) - ['A requirement', 'A plus', 'Named only'].indexOf(b),
      ),
    );
    await expect(page.locator('[data-posting-live]')).toContainText("The posting names 10 of the guide's 19 skills");
  });

  test('every mark is reached by the keyboard, and following one lands on its skill in the table', async ({ page }) => {
    await open(page);
    await paste(page, 'Staff AI Engineer\nRequirements: RAG, evals and Python.');
    await page.getByRole('link', { name: 'Skip the marked posting, to the skills it asks for' }).focus();
    for (const [words, skill] of [
      ['RAG', 'Retrieval (RAG)'],
      ['evals', 'Evaluation (evals)'],
      ['Python', 'Python or TypeScript in production'],
    ] as const) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: mark(words, skill) })).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#ask-production-python-or-typescript$/);
    await expect(row(page, 'Python or TypeScript in production')).toBeInViewport();
  });

  test('pasted markup and scripts are text: nothing runs, nothing is inserted, the text shows as typed', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await open(page);
    const text =
      'Senior AI Engineer\n<img src=x onerror="window.__ran=1;alert(1)"> RAG\n<script>window.__ran=2;alert(2)</script>\n<b>evals</b> <a href="javascript:alert(3)">Python</a>';
    await paste(page, text);
    await expect(marked(page).getByRole('link', { name: /skill: Retrieval/ })).toBeVisible();
    expect(await marked(page).locator('img, script, b, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The marked copy reads exactly as typed once the skills' labels are left out.
    expect(
      await marked(page).evaluate((el) =>
        [...el.childNodes]
          .map((n) => (n instanceof HTMLElement ? n.querySelector('mark')!.textContent : n.textContent))
          .join(''),
      ),
    ).toBe(text);
  });

  test(
    'a text with nothing the reader recognises says so and points to the skills chapter',
    BASE_PATH,
    async ({ page }) => {
      await open(page);
      await paste(page, 'Night baker wanted. Early starts, flour everywhere, good coffee.');
      const none = page.getByText("None of the guide's skills was recognised in this text.");
      await expect(none).toBeVisible();
      await expect(asks(page)).toBeHidden();
      await expect(region(page, 'Your gap')).toBeHidden();
      await page
        .getByRole('region', { name: 'What it asks for' })
        .getByRole('link', { name: 'Skills: what an AI engineer needs to know' })
        .click();
      await expect(page).toHaveURL(/\/chapters\/skills\/$/);
    },
  );

  const long =
    `Senior AI Engineer\nRequirements: RAG and evals.\n${'We value careful work and clear writing. '.repeat(5000)}`.slice(
      0,
      200 * 1024,
    );
  const cutMessage = `This text is ${long.length.toLocaleString('en-US')} characters long, far longer than a job posting. The reader reads the first ${MAX_POSTING_CHARS.toLocaleString('en-US')} characters`;

  test('a 200 KB paste from the clipboard is cut at the stated limit, with a message, and still read', async ({
    page,
    context,
  }) => {
    await open(page);
    await pasteFromClipboard(page, context, long);
    await expect(page.getByText(cutMessage)).toBeVisible();
    // The box itself keeps only what the reader reads.
    expect(await box(page).evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(MAX_POSTING_CHARS);
    await expect(row(page, 'Retrieval (RAG)')).toContainText('A requirement');
    // Editing on clears the message: what the box holds is now what is read.
    await page.keyboard.press('Backspace');
    await expect(page.getByText(cutMessage)).toBeHidden();
  });

  test(
    "your rating of a skill is the study plan's: saved with your progress, it moves the gap, and the study plan shows it",
    BASE_PATH,
    async ({ page }) => {
      await open(page);
      await paste(page, EXAMPLE_POSTING);
      const data = await boot(page);
      const asked = await asks(page)
        .locator('tbody tr:not([hidden])')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.askRow!));
      const expected = (ratings: Record<string, 'none' | 'some' | 'solid'>) =>
        gapFor({ asked, milestones: data.milestones, ratings, hoursPerWeek: 10, today: TODAY }).plan;
      const gap = page.locator('[data-gap-text]');
      await expect(gap).toContainText(`take ${expected({}).hours} hours`);
      await expect(gap).toContainText(
        `you would be ready on ${formatDate(new Date(`${expected({}).finish}T00:00:00Z`))}`,
      );

      await row(page, 'Retrieval (RAG)')
        .getByRole('combobox', { name: 'Your rating of Retrieval (RAG)' })
        .selectOption('Solid');
      await expect(gap).toContainText(`take ${expected({ 'retrieval-rag': 'solid' }).hours} hours`);
      expect((await stored(page)).skills).toEqual({ 'retrieval-rag': 'solid' });

      await page.getByRole('spinbutton', { name: 'Study hours a week' }).fill('20');
      await expect(gap).toContainText('at 20 hours a week');
      expect((await stored(page)).plan.hoursPerWeek).toBe(20);

      // The study plan reads the same rating and hours.
      await page.goto('progress/');
      const plan = page.getByRole('region', { name: 'Plan your weeks' });
      await plan.scrollIntoViewIfNeeded();
      await expect(plan.getByRole('spinbutton', { name: 'Study hours a week' })).toHaveValue('20');
      await expect(
        plan.getByRole('group', { name: 'Retrieval (RAG)' }).getByRole('radio', { name: 'Solid' }),
      ).toBeChecked();
    },
  );

  test(
    "one click puts the gap's milestones first in the study plan, which marks them and can go back to the path's order",
    BASE_PATH,
    async ({ page }) => {
      await open(page);
      await paste(page, 'Senior AI Engineer\nRequirements: agents and tool use, evals.');
      await page.getByRole('button', { name: 'Put these milestones first in my study plan' }).click();
      const status = page.locator('[data-focus-message]');
      await expect(status).toContainText('Done: 3 milestones come first in your study plan');
      expect((await stored(page)).plan.focus).toEqual([
        'm2-build-eval-harness',
        'm2-compare-retrieval-choices',
        'm5-6-build-useful-agent',
      ]);
      await status.getByRole('link', { name: 'See your study plan' }).click();
      await expect(page).toHaveURL(/\/progress\/#study-plan$/);
      const plan = page.getByRole('region', { name: 'Plan your weeks' });
      await expect(plan.getByText('Milestones that build the skills of a job posting come first')).toBeVisible();
      // The first of them starts today; the path's first milestone now comes after them.
      await expect(plan.locator('[data-plan-milestone="m2-build-eval-harness"]')).toContainText(
        'First for the posting: 30 Nov',
      );
      await expect(plan.locator('[data-plan-milestone="m5-6-build-useful-agent"]')).toContainText(
        'First for the posting:',
      );
      await expect(plan.locator('[data-plan-milestone="m1-work-through-zero-to-hero"]')).not.toContainText('30 Nov');
      await plan.getByRole('button', { name: "Back to the path's order" }).click();
      await expect(plan.locator('[data-plan-milestone="m2-build-eval-harness"]')).not.toContainText(
        'First for the posting',
      );
      await expect(plan.locator('[data-plan-milestone="m1-work-through-zero-to-hero"]')).toContainText('30 Nov');
      expect((await stored(page)).plan.focus).toBeUndefined();
    },
  );

  test('the posting is kept only when asked, restored on the next visit, exported with the progress, and removable', async ({
    page,
  }) => {
    await open(page);
    await paste(page, EXAMPLE_POSTING);
    expect(await stored(page)).toBeNull();
    await page.getByRole('checkbox', { name: 'Keep this posting in this browser, with your progress' }).check();
    await expect(page.locator('[data-posting-message]')).toContainText('This posting is kept in this browser');
    expect((await stored(page)).posting).toMatchObject({ text: EXAMPLE_POSTING, savedAt: TODAY });

    await page.reload();
    await expect(box(page)).toHaveValue(EXAMPLE_POSTING);
    await expect(row(page, 'LLM API fluency')).toBeVisible();

    await page.goto('progress/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).posting.text).toBe(EXAMPLE_POSTING);

    await open(page);
    await page.getByRole('button', { name: 'Remove the saved posting' }).click();
    await expect(page.locator('[data-posting-message]')).toContainText(
      'The saved posting is removed from this browser',
    );
    expect((await stored(page)).posting).toBeUndefined();
    await page.reload();
    await expect(box(page)).toHaveValue('');
  });

  test(
    'the warnings the posting shows come with their words, a citation and the chapter that treats them',
    BASE_PATH,
    async ({ page }) => {
      await open(page);
      await paste(
        page,
        'Senior Prompt Engineer\nYou will own all AI initiatives across the company and train our own foundation models.\nRequirements: 2+ years with LLMs.',
      );
      const warnings = region(page, 'Worth a second look');
      for (const [title, quote, link] of [
        ['One person for every AI initiative', 'all AI initiatives', /decide what you are hiring for/],
        ['A “prompt engineer” title', 'Prompt Engineer', /the “prompt engineer” title/],
        ['Model training or research', 'train our own foundation models', /the ML engineer/],
        ['Years that do not fit the level', '2+ years', /every level, with its years/],
      ] as const) {
        const item = warnings.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
        await expect(item.locator('q')).toHaveText(quote);
        await expect(item.getByRole('link', { name: /^Source: / }).first()).toBeVisible();
        await expect(item.getByRole('link', { name: link })).toBeVisible();
      }
      await expect(warnings).toContainText(
        'that level is Senior (4-7 years), while 2 years falls within Mid-level (2-4 years)',
      );
      await warnings.getByRole('link', { name: /the ML engineer/ }).click();
      await expect(page).toHaveURL(/\/chapters\/roles-compared\/#ml-engineer$/);
    },
  );

  test(
    'the pay range is placed against the bands for the level, and the offer calculator opens with it',
    BASE_PATH,
    async ({ page }) => {
      await open(page);
      await paste(page, EXAMPLE_POSTING);
      const pay = region(page, 'Its pay');
      await expect(pay).toContainText('The posting gives $180,000 to $220,000, base salary.');
      await expect(pay).toContainText('The low end ($180,000) is below this range, by $80,000.');
      await expect(pay).toContainText('Not compared: this is an amount on top of');
      // Another level, another set of bands; junior has none.
      await page.getByRole('combobox', { name: 'Level', exact: true }).selectOption('Mid-level');
      await expect(pay).toContainText('The top end ($220,000) is within this range.');
      await page.getByRole('combobox', { name: 'Level', exact: true }).selectOption('Junior or entry level');
      await expect(pay).toContainText('No source gives a band for junior or entry level roles');
      await page.getByRole('combobox', { name: 'Level', exact: true }).selectOption('Senior');
      await pay.getByRole('link', { name: 'Open the range in the offer calculator' }).click();
      await expect(page).toHaveURL(/\/data\/offer\/#/);
      await expect(page.locator('form[data-ready]')).toHaveCount(1);
      await expect(page.locator('#a-base')).toHaveValue('180000');
      await expect(page.locator('#b-base')).toHaveValue('220000');
      await expect(page.locator('#a-name')).toHaveValue('Posting, low end');
    },
  );

  for (const width of [1280, 360]) {
    test(`with a posting read, axe finds no violation in light and dark at ${width} px, and nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await paste(
        page,
        'Senior Prompt Engineer\nOwn all AI initiatives. Pre-training experience.\nRequirements: 2+ years, RAG, evals, observability-for-quality and fine-tuning.\nBase: $180k-$220k',
      );
      await page.getByRole('checkbox', { name: /Keep this posting/ }).check();
      await page.getByRole('button', { name: 'Put these milestones first in my study plan' }).click();
      await page.getByRole('spinbutton', { name: 'Study hours a week' }).fill('0');
      await expect(page.getByText('Enter a whole number of hours from 1 to 60')).toBeVisible();
      const { light, dark } = await axeInBothThemes(page);
      expect(light, 'light theme, every rule').toEqual([]);
      expect(dark, 'dark theme, the colour rules').toEqual([]);
      expect(await sidewaysScrollers(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(
    'the page says what the reader does, links the skills chapter, and lists the words it looks for',
    BASE_PATH,
    async ({ page }) => {
      await page.goto(PATH);
      await expect(page.getByText('The reader needs JavaScript, which is off in this browser.')).toBeVisible();
      await expect(box(page)).toBeHidden();
      await page.getByText('The words the reader looks for, skill by skill').click();
      await expect(page.getByText('LLM-as-judge', { exact: false })).toBeVisible();
      await page.getByRole('link', { name: 'Skills: what an AI engineer needs to know' }).first().click();
      await expect(page).toHaveURL(/\/chapters\/skills\/$/);
    },
  );
});

test('the skills chapter, the learning path and the home page link to the reader', BASE_PATH, async ({ page }) => {
  for (const path of ['chapters/skills/', 'chapters/learning-path/', '']) {
    await page.goto(path);
    const link = page
      .getByRole('main')
      .getByRole('link', { name: /job posting reader/i })
      .first();
    await expect(link, path || 'home').toHaveAttribute('href', /\/data\/posting\/$/);
  }
  await page.getByRole('main').getByRole('link', { name: 'Job posting reader' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job posting reader' })).toBeVisible();
});
