// The study plan on the learning-path chapter and the progress page: settings move the finish date,
// skill ratings skip and shorten milestones, ticks re-plan from today, the calendar file parses, the
// plan travels in the progress file, and it works by keyboard, at phone width, in both themes.
// "Today" is fixed through Playwright's clock, so these pass on any date.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { axeInBothThemes, BASE_PATH, sidewaysScrollers } from './helpers';
import { planStudy, type PlanMilestone } from '../../src/lib/study-plan';
import { addDays, formatDay } from '../../src/lib/dates';

const TODAY = '2026-11-30'; // a Monday
const UID_DOMAIN = '@study-plan.ai-engineer-guide';
const long = (date: string) => formatDay(date, 'long');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
});

const section = (page: Page) => page.getByRole('region', { name: 'Plan your weeks' });
const summary = (page: Page) => section(page).getByRole('status').first();
const hoursField = (page: Page) => section(page).getByRole('spinbutton', { name: 'Study hours a week' });
const startField = (page: Page) => section(page).getByLabel('Start date');
const item = (page: Page, id: string) => section(page).locator(`[data-plan-milestone="${id}"]`);

/** Opens a page with the plan and waits until the plan has loaded (it loads when its section nears the screen). */
async function openPlan(page: Page, path = 'chapters/learning-path/') {
  await page.goto(path);
  await section(page).getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
  await expect(hoursField(page)).toBeVisible();
  await expect(summary(page)).toContainText('Finish date:');
}

/** The milestones as the page hands them to the planner. */
const pathData = (page: Page) =>
  section(page)
    .locator('[data-plan-data]')
    .evaluate((el) => JSON.parse(el.textContent!).milestones as (PlanMilestone & { text: string })[]);

async function openSkills(page: Page) {
  const details = section(page).locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await section(page).getByText('What you already know', { exact: false }).first().click();
}
const rate = (page: Page, skill: string, level: 'New to me' | 'Some' | 'Solid') =>
  section(page).getByRole('group', { name: skill }).getByRole('radio', { name: level }).check();

test(
  'hours a week and the start date move the finish date, which starts at the guide’s 10 hours a week from today',
  BASE_PATH,
  async ({ page }) => {
    await openPlan(page);
    const milestones = await pathData(page);
    const expected = (hoursPerWeek: number, start: string) =>
      planStudy({ milestones, hoursPerWeek, start, today: TODAY }).finish!;
    await expect(hoursField(page)).toHaveValue('10');
    await expect(startField(page)).toHaveValue(TODAY);
    await expect(summary(page)).toContainText(`Finish date: ${long(expected(10, TODAY))}.`);

    await hoursField(page).fill('20');
    await expect(summary(page)).toContainText(`Finish date: ${long(expected(20, TODAY))}.`);
    expect(expected(20, TODAY) < expected(10, TODAY)).toBe(true);

    await startField(page).fill('2027-01-04');
    await expect(summary(page)).toContainText(`Finish date: ${long(expected(20, '2027-01-04'))}.`);
    await expect(item(page, milestones[0]!.id)).toContainText('4 Jan');

    // Saved: a reload keeps both.
    await page.reload();
    await section(page).getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
    await expect(hoursField(page)).toHaveValue('20');
    await expect(startField(page)).toHaveValue('2027-01-04');
  },
);

test('hours a week that are not a whole number from 1 to 60 get a message on the field, and the plan keeps its last good result', async ({
  page,
}) => {
  await openPlan(page);
  const before = await summary(page).textContent();
  for (const bad of ['0', '61', '2.5', '']) {
    await hoursField(page).fill(bad);
    await expect(hoursField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(hoursField(page)).toHaveAccessibleDescription(/whole number from 1 to 60/);
    await expect(summary(page)).toHaveText(before!);
  }
  await hoursField(page).fill('12');
  await expect(hoursField(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).not.toHaveText(before!);
});

test('rating skills skips the milestones whose skills are all solid, halves those with some, and brings the finish forward', async ({
  page,
}) => {
  await openPlan(page);
  const milestones = await pathData(page);
  const rag = milestones.find((m) => m.skills.includes('retrieval-rag'))!;
  const evals = milestones.find((m) => m.skills.length === 1 && m.skills[0] === 'evaluation')!;
  const before = planStudy({ milestones, hoursPerWeek: 10, start: TODAY, today: TODAY }).finish!;

  await openSkills(page);
  for (const skill of rag.skills)
    await rate(page, skill === 'retrieval-rag' ? 'Retrieval (RAG)' : 'Vector search and ranking', 'Solid');
  await rate(page, 'Evaluation (evals)', 'Some');

  await expect(item(page, rag.id)).toContainText('Skipped');
  await expect(item(page, evals.id)).toContainText(
    `${Math.ceil(evals.hours / 2)} hours, shortened from ${evals.hours}`,
  );
  const after = planStudy({
    milestones,
    hoursPerWeek: 10,
    start: TODAY,
    today: TODAY,
    skills: { 'retrieval-rag': 'solid', 'vector-search-and-ranking': 'solid', evaluation: 'some' },
  }).finish!;
  expect(after < before).toBe(true);
  await expect(summary(page)).toContainText(`Finish date: ${long(after)}.`);
  await expect(summary(page)).toContainText(/skipped/);
});

test('ticking a milestone marks it done and lays the rest from today, and the plan is the same after a reload', async ({
  page,
}) => {
  await openPlan(page);
  const milestones = await pathData(page);
  await startField(page).fill('2026-11-02');
  await expect(item(page, milestones[0]!.id)).toContainText('2 Nov');

  await page.locator(`input[data-milestone="${milestones[0]!.id}"]`).check();
  await expect(item(page, milestones[0]!.id)).toContainText('Done');
  await expect(item(page, milestones[1]!.id)).toContainText('30 Nov');
  const replanned = planStudy({
    milestones,
    hoursPerWeek: 10,
    start: '2026-11-02',
    today: TODAY,
    done: new Set([milestones[0]!.id]),
  });
  await expect(summary(page)).toContainText(`Finish date: ${long(replanned.finish!)}.`);

  await page.reload();
  await section(page).getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
  await expect(item(page, milestones[0]!.id)).toContainText('Done');
  await expect(summary(page)).toContainText(`Finish date: ${long(replanned.finish!)}.`);
});

test.describe('the calendar file', () => {
  async function download(page: Page) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      section(page).getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('ai-engineer-study-plan.ics');
    const text = readFileSync(await file.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    return { text, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
  }

  test(
    'one event per milestone still to do, dated as the plan shows, with stable UIDs, CRLF lines and folding',
    BASE_PATH,
    async ({ page }) => {
      await openPlan(page);
      const milestones = await pathData(page);
      await page.locator(`input[data-milestone="${milestones[0]!.id}"]`).check();
      await expect(item(page, milestones[0]!.id)).toContainText('Done');
      const plan = planStudy({
        milestones,
        hoursPerWeek: 10,
        start: TODAY,
        today: TODAY,
        done: new Set([milestones[0]!.id]),
      });

      const { text, events } = await download(page);
      expect(events.map((e) => e.uid)).toEqual(milestones.slice(1).map((m) => `${m.id}${UID_DOMAIN}`));
      expect(events.map((e) => e.summary)).toEqual(milestones.slice(1).map((m) => m.text));
      expect(events[0]!.startDate.toString()).toBe(plan.milestones[1]!.start);
      expect(events[0]!.endDate.toString()).toBe(addDays(plan.milestones[1]!.end!, 1));
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(Math.max(...text.split('\r\n').map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
      await expect(section(page).getByRole('status').last()).toContainText(`${events.length} events`);

      // Downloading again after a change keeps every UID: calendars update the events rather than adding copies.
      await hoursField(page).fill('5');
      const again = await download(page);
      expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
      expect(again.events.at(-1)!.endDate.compare(events.at(-1)!.endDate)).toBe(1);
    },
  );

  test('one event per week of study, when the reader chooses weekly blocks (and the choice is kept)', async ({
    page,
  }) => {
    await openPlan(page);
    const milestones = await pathData(page);
    await section(page).getByRole('radio', { name: 'One event per week of study' }).check();
    const plan = planStudy({ milestones, hoursPerWeek: 10, start: TODAY, today: TODAY });
    const { events } = await download(page);
    expect(events).toHaveLength(plan.weeks.length);
    expect(events[0]!.uid).toBe(`week-1${UID_DOMAIN}`);
    expect(events[0]!.summary).toBe(`Study week 1 of ${plan.weeks.length}: 10 hours`);
    expect(events[0]!.startDate.toString()).toBe(TODAY);
    expect(events.at(-1)!.endDate.toString()).toBe(addDays(plan.finish!, 1));
    await page.reload();
    await section(page).getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
    await expect(section(page).getByRole('radio', { name: 'One event per week of study' })).toBeChecked();
  });
});

test('keyboard only: reach the plan, change the hours, rate a skill, choose weekly events and download', async ({
  page,
}) => {
  await openPlan(page, 'progress/');
  const before = await summary(page).textContent();
  // Tab from the top of the page to the hours field: every control before it is passed by keyboard.
  for (let i = 0; i < 200 && !(await hoursField(page).evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(hoursField(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('15');
  await expect(summary(page)).not.toHaveText(before!);
  await page.keyboard.press('Tab');
  await expect(startField(page)).toBeFocused();
  // Past the date's day, month and year parts to the ratings' toggle.
  const toggle = section(page).locator('summary');
  for (let i = 0; i < 5 && !(await toggle.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = section(page).locator('input[data-skill]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(section(page).locator('input[data-skill]').nth(1)).toBeChecked();
  // On through the ratings (one stop per group) to the calendar choice.
  const weekly = section(page).getByRole('radio', { name: 'One event per week of study' });
  for (
    let i = 0;
    i < 40 &&
    !(await section(page)
      .getByRole('radio', { name: 'One event per milestone' })
      .evaluate((el) => el === document.activeElement));
    i += 1
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(weekly).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(section(page).getByRole('button', { name: 'Download calendar (.ics)' })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('ai-engineer-study-plan.ics');
});

test('export, reset and import carry the plan settings and skill ratings', async ({ page }) => {
  await openPlan(page, 'progress/');
  await hoursField(page).fill('6');
  await openSkills(page);
  await rate(page, 'Evaluation (evals)', 'Solid');
  await section(page).getByRole('radio', { name: 'One event per week of study' }).check();
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('aieg-progress') ?? '{}').plan?.calendar))
    .toBe('weeks');
  const planned = await summary(page).textContent();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({
    version: 3,
    skills: { evaluation: 'solid' },
    plan: { hoursPerWeek: 6, calendar: 'weeks' },
  });

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset progress' }).click();
  await expect(hoursField(page)).toHaveValue('10');
  await expect(section(page).getByRole('radio', { name: 'One event per milestone' })).toBeChecked();

  await page.getByLabel('Import progress from a file').setInputFiles(file);
  await expect(page.getByRole('region', { name: 'Move or reset your progress' }).getByRole('status')).toContainText(
    'with your study plan (1 skill rating)',
  );
  await expect(hoursField(page)).toHaveValue('6');
  await expect(
    section(page).getByRole('group', { name: 'Evaluation (evals)' }).getByRole('radio', { name: 'Solid' }),
  ).toBeChecked();
  await expect(section(page).getByRole('radio', { name: 'One event per week of study' })).toBeChecked();
  await expect(summary(page)).toHaveText(planned!);
});

test('"Print the plan" prints the plan alone, as a one-page checklist', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await openPlan(page);
  await section(page).getByRole('button', { name: 'Print the plan' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'AI engineer study plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Learning path/ })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

for (const path of ['chapters/learning-path/', 'progress/']) {
  test(`at phone width nothing scrolls sideways and axe finds no violation in light and dark, with an error shown and the ratings open: /${path}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openPlan(page, path);
    await openSkills(page);
    await rate(page, 'Retrieval (RAG)', 'Some');
    await hoursField(page).fill('0');
    await expect(hoursField(page)).toHaveAttribute('aria-invalid', 'true');
    expect(await sidewaysScrollers(page)).toEqual([]);
    const { light, dark } = await axeInBothThemes(page);
    expect(light, 'light theme, every rule').toEqual([]);
    expect(dark, 'dark theme, the colour rules').toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the section says the plan needs JavaScript and lists the guide’s estimate for each stage', async ({ page }) => {
    await page.goto('chapters/learning-path/');
    await expect(section(page).getByText('needs JavaScript')).toBeVisible();
    await expect(section(page).getByText(/hours for the whole path/)).toBeVisible();
    await expect(section(page).getByRole('heading', { level: 3 }).first()).toContainText(
      /\d+ hours, about \d+ weeks at 10 a week/,
    );
    await expect(hoursField(page)).toBeHidden();
  });
});

test(
  'the plan’s code loads only when its section nears the screen, and not on other chapters',
  BASE_PATH,
  async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const planChunk = (urls: string[]) => urls.filter((u) => /\/plan\.[\w-]+\.js$/.test(u));
    await page.goto('chapters/skills/', { waitUntil: 'networkidle' });
    expect(scripts.filter((u) => /StudyPlan|\/plan\./.test(u))).toEqual([]);
    await page.goto('chapters/learning-path/', { waitUntil: 'networkidle' });
    expect(planChunk(scripts)).toEqual([]);
    await section(page).getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
    await expect.poll(() => planChunk(scripts).length).toBe(1);
    await expect(hoursField(page)).toBeVisible();
  },
);
