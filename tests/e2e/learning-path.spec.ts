// The learning path chapter: every stage ends with the guide's "done when" tests and a first project, is labelled
// with the weeks its hours take at the guide's pace, and every milestone shows the tools the sources name for it
// with their citations (on the chapter and in the print edition); the pace the path assumes is stated as the
// guide's own assumption, beside the sources' pace. Checked with and without JavaScript.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readCollection } from '../../src/lib/read-content';
import { hoursOf, stageWeeks, weeksLabel } from '../../src/lib/study-plan';

const stages = readCollection('learning-path').map((s) => s.data);
const withResources = stages.flatMap((s) => s.milestones).filter((m) => m.resources.length > 0);

/** The stage's item in the timeline, found by its title heading. */
const stageItem = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Learning path stages' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', {
        level: 3,
        name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
      }),
    });

async function expectEveryStageToEndWithItsChecks(page: Page) {
  await page.goto('chapters/learning-path/');
  expect(stages.length).toBeGreaterThan(2);
  await expect(page.getByRole('list', { name: 'Learning path stages' }).getByRole('heading', { level: 3 })).toHaveCount(
    stages.length,
  );
  for (const stage of stages) {
    const item = stageItem(page, stage.title);
    await expect(item).toHaveCount(1);
    const doneWhen = item.getByRole('list', { name: /^Done when/ });
    await expect(doneWhen, `stage "${stage.title}" has no "Done when" list`).toBeVisible();
    await expect(doneWhen.getByRole('listitem')).toHaveText(stage.doneWhen);
    await expect(item.getByRole('heading', { level: 4, name: /^First project/ })).toBeVisible();
    await expect(item.getByText(stage.firstProject, { exact: true })).toBeVisible();
  }
}

/** Every milestone that has resources shows each one's name and a citation link to the source that names it. */
async function expectResourcesUnderTheirMilestones(root: Locator, sourceHref: (id: string) => RegExp) {
  expect(withResources.length, 'no milestone names a resource').toBeGreaterThan(3);
  for (const m of withResources) {
    // The milestone's own item, not the stage's around it (which has the stage's heading).
    const page = root.page();
    const item = root
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: m.text, exact: true }), hasNot: page.getByRole('heading') });
    await expect(item, `milestone "${m.id}"`).toHaveCount(1);
    const named = item.getByRole('paragraph').filter({ hasText: /^Named by the sources:/ });
    await expect(named).toBeVisible();
    // Read once, then compared here: the print edition is the whole guide, where every locator round trip is slow.
    const text = (await named.textContent()) ?? '';
    for (const r of m.resources) expect(text, `milestone "${m.id}"`).toContain(r.name);
    const hrefs = await named
      .getByRole('link', { name: /^Source: / })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(m.resources.length);
    hrefs.forEach((href, i) => expect(href).toMatch(sourceHref(m.resources[i]!.source.id)));
  }
}

test("each stage is labelled with the weeks and hours its milestones take at the guide's pace", async ({ page }) => {
  await page.goto('chapters/learning-path/');
  const weeks = stageWeeks(stages.map((s) => hoursOf(s.milestones)));
  for (const [i, stage] of stages.entries()) {
    await expect(stageItem(page, stage.title).getByText(weeksLabel(weeks[i]!), { exact: false }).first()).toContainText(
      `${weeks[i]!.hours} hours`,
    );
  }
  const total = hoursOf(stages.flatMap((s) => s.milestones));
  await expect(page.getByRole('paragraph').filter({ hasText: /^The guide['’]s estimate:/ })).toContainText(
    `${total} hours in all`,
  );
});

test('each milestone shows the tools and resources the sources name for it, each with its citation', async ({
  page,
}) => {
  await page.goto('chapters/learning-path/');
  await expectResourcesUnderTheirMilestones(
    page.getByRole('list', { name: 'Learning path stages' }),
    (id) => new RegExp(`#source-${id}$`),
  );
});

test('the print edition shows the same resources, with citations that stay on the page', async ({ page }) => {
  await page.goto('guide/');
  const chapter = page.getByRole('article', { name: /^Learning path/ });
  await expectResourcesUnderTheirMilestones(
    chapter.getByRole('list', { name: 'Learning path stages' }),
    (id) => new RegExp(`#sources-${id}$`),
  );
});

test("the sources' pace is shown beside the guide's estimate", async ({ page }) => {
  await page.goto('chapters/learning-path/');
  const pace = page
    .getByRole('main')
    .getByText(/three to six months/)
    .first();
  await expect(pace).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: /^The guide['’]s estimate:/ })).toBeVisible();
});

test('each stage shows a "Done when" list with its tests and a first project', async ({ page }) => {
  await expectEveryStageToEndWithItsChecks(page);
});

test('the "Done when" tests and first projects are labelled as the guide\'s, not a source\'s', async ({ page }) => {
  await page.goto('chapters/learning-path/');
  for (const stage of stages) {
    const item = stageItem(page, stage.title);
    await expect(item.getByRole('list', { name: /^Done when/ })).toHaveAccessibleName(/the guide['’]s test/);
    await expect(item.getByRole('heading', { level: 4, name: /^First project/ })).toHaveAccessibleName(
      /the guide['’]s suggestion/,
    );
  }
});

test("the chapter states the weekly pace as the guide's assumption", async ({ page }) => {
  await page.goto('chapters/learning-path/');
  const pace = page
    .getByRole('main')
    .getByText(/about 10 hours a week/)
    .first();
  await expect(pace).toBeVisible();
  await expect(pace).toContainText(/the guide['’]s (own )?assumption/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every stage still shows its "Done when" list and first project', async ({ page }) => {
    await expectEveryStageToEndWithItsChecks(page);
  });

  test('every milestone still shows the resources the sources name for it', async ({ page }) => {
    await page.goto('chapters/learning-path/');
    await expectResourcesUnderTheirMilestones(
      page.getByRole('list', { name: 'Learning path stages' }),
      (id) => new RegExp(`#source-${id}$`),
    );
  });
});
