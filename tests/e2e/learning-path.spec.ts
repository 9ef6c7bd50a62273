// The learning path chapter: every stage ends with the guide's "done when" tests and a first project, and the
// pace the path assumes is stated as the guide's own assumption. Checked with and without JavaScript.
import { test, expect, type Page } from '@playwright/test';
import { readCollection } from '../../src/lib/read-content';

const stages = readCollection('learning-path').map((s) => s.data);

/** The stage's item in the timeline, found by its title heading. */
const stageItem = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Learning path stages' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }) });

async function expectEveryStageToEndWithItsChecks(page: Page) {
  await page.goto('chapters/learning-path/');
  expect(stages.length).toBeGreaterThan(2);
  await expect(page.getByRole('list', { name: 'Learning path stages' }).getByRole('heading', { level: 3 })).toHaveCount(stages.length);
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

test('each stage shows a "Done when" list with its tests and a first project', async ({ page }) => {
  await expectEveryStageToEndWithItsChecks(page);
});

test('the "Done when" tests and first projects are labelled as the guide\'s, not a source\'s', async ({ page }) => {
  await page.goto('chapters/learning-path/');
  for (const stage of stages) {
    const item = stageItem(page, stage.title);
    await expect(item.getByRole('list', { name: /^Done when/ })).toHaveAccessibleName(/the guide['’]s test/);
    await expect(item.getByRole('heading', { level: 4, name: /^First project/ })).toHaveAccessibleName(/the guide['’]s suggestion/);
  }
});

test('the chapter states the weekly pace as the guide\'s assumption', async ({ page }) => {
  await page.goto('chapters/learning-path/');
  const pace = page.getByRole('main').getByText(/about 10 hours a week/).first();
  await expect(pace).toBeVisible();
  await expect(pace).toContainText(/the guide['’]s (own )?assumption/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every stage still shows its "Done when" list and first project', async ({ page }) => {
    await expectEveryStageToEndWithItsChecks(page);
  });
});
