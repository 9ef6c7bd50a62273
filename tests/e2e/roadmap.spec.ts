// The roadmap (issue 25): the learning path as a diagram on /data/roadmap/, and at a glance in the learning-path
// chapter and on the progress page. A tick on the diagram is the same tick as in the list and the study plan, both
// ways; done and next are said in words; every box is a link, reached by keyboard in reading order; screen readers
// get a list of lists; without JavaScript the structure alone. Read against the content, not the page's own data.
import { readCollection } from '../../src/lib/read-content';
import { hoursOf, stageWeeks, weeksLabel } from '../../src/lib/study-plan';
import {
  test,
  expect,
  axeInBothThemes,
  axeViolations,
  BASE_PATH,
  showTheme,
  sidewaysScrollers,
  type Page,
} from './helpers';

interface Milestone {
  id: string;
  text: string;
  hours: number;
  skills: string[];
}
const stages = readCollection('learning-path').map((s) => ({
  id: s.id,
  ...s.data,
  milestones: s.data.milestones.map((m): Milestone => ({
    id: m.id,
    text: m.text,
    hours: m.hours,
    skills: m.skills.map((k) => k.id),
  })),
}));
const skills = new Map(readCollection('skills').map((s) => [s.id, { id: s.id, ...s.data }]));
const milestones = stages.flatMap((s) => s.milestones);
/** A stage's label on the diagram: its place and the weeks its hours take, as the learning path labels it. */
const weeks = stageWeeks(stages.map((s) => hoursOf(s.milestones)));
const stageLabel = (i: number) => `Stage ${i + 1} · ${weeksLabel(weeks[i]!)} ${stages[i]!.title}`;
const [first, second, third] = milestones as [Milestone, Milestone, Milestone];
/** How many milestones build each skill. */
const builtBy = (skill: string) => milestones.filter((m) => m.skills?.includes(skill));

const diagram = (page: Page) => page.getByRole('list', { name: 'The learning path, stage by stage' });
const box = (page: Page, m: Milestone) => diagram(page).getByRole('checkbox', { name: `Done: ${m.text}`, exact: true });
/** A milestone's box in the diagram (its item in the stage's list of milestones). */
const item = (page: Page, m: Milestone) =>
  page
    .locator('[data-roadmap] .rm-ms > li')
    .filter({ has: page.getByRole('checkbox', { name: `Done: ${m.text}`, exact: true }) });
const listBox = (page: Page, m: Milestone) =>
  page.getByRole('list', { name: 'Learning path stages' }).getByRole('checkbox', { name: m.text, exact: true });
/** A skill tag's accessible name: its name, its priority and its count, in parts (engines space the parts differently). */
const tagName = (...parts: string[]) =>
  new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*,\\s*')}`);
const storedMilestones = (page: Page) =>
  page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('aieg-progress') ?? '{"milestones":{}}').milestones).sort(),
  );

/** Opens the roadmap and waits until the progress script has drawn the reader's progress on it. */
async function openRoadmap(page: Page) {
  await page.goto('data/roadmap/');
  await expect(page.locator('[data-roadmap][data-progress-shown]')).toBeAttached();
  await expect(box(page, first)).toBeEnabled();
}

test(
  'a milestone ticked on the diagram is ticked in the chapter’s list, on the progress page and in the study plan',
  BASE_PATH,
  async ({ page }) => {
    await openRoadmap(page);
    await box(page, second).check();
    await expect.poll(() => storedMilestones(page)).toEqual([second.id]);

    await page.goto('chapters/learning-path/');
    await expect(listBox(page, second)).toBeChecked();
    await expect(listBox(page, first)).not.toBeChecked();
    // The chapter's summary counts it in its stage.
    await expect(
      page.getByRole('region', { name: 'The path at a glance' }).getByRole('listitem').first(),
    ).toContainText(`1 of ${stages[0]!.milestones.length} done`);

    await page.goto('progress/');
    await expect(page.locator('#path').getByRole('checkbox', { name: second.text, exact: true })).toBeChecked();
    const plan = page.getByRole('region', { name: 'Plan your weeks' });
    await plan.getByRole('heading', { name: 'Plan your weeks' }).scrollIntoViewIfNeeded();
    await expect(plan.locator(`[data-plan-milestone="${second.id}"] [data-plan-when]`)).toHaveText('Done');
  },
);

test(
  'the reverse: a milestone ticked in the list is ticked on the diagram, and one unticked on the progress page is unticked',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('chapters/learning-path/');
    await listBox(page, first).check();
    await expect.poll(() => storedMilestones(page)).toEqual([first.id]);

    await openRoadmap(page);
    await expect(box(page, first)).toBeChecked();
    await expect(box(page, second)).not.toBeChecked();

    await page.goto('progress/');
    const path = page.locator('#path');
    await path.getByRole('checkbox', { name: first.text, exact: true }).uncheck();
    await path.getByRole('checkbox', { name: third.text, exact: true }).check();
    await expect.poll(() => storedMilestones(page)).toEqual([third.id]);

    await openRoadmap(page);
    await expect(box(page, first)).not.toBeChecked();
    await expect(box(page, third)).toBeChecked();
    await expect(item(page, first)).toContainText('Next');
  },
);

test('done and next are said in words, each stage counts its milestones done, and each skill tag how many of its milestones are done', async ({
  page,
}) => {
  await openRoadmap(page);
  await expect(item(page, first)).toContainText('Next');
  await box(page, first).check();
  await box(page, second).check();
  await expect(item(page, first).locator('.rm-badge')).toHaveText('Done');
  await expect(item(page, second).locator('.rm-badge')).toHaveText('Done');
  await expect(item(page, third).locator('.rm-badge')).toHaveText(stages[0]!.milestones.length > 2 ? 'Next' : '');
  const later = milestones.slice(3);
  for (const m of later) await expect(item(page, m).locator('.rm-badge')).toHaveText('');
  await expect(page.locator('[data-roadmap] [data-state="next"]')).toHaveCount(1);
  await expect(diagram(page).getByRole('listitem').first()).toContainText(`2 of ${stages[0]!.milestones.length} done`);

  const done = new Set([first.id, second.id]);
  for (const m of [first, second, third]) {
    for (const id of m.skills ?? []) {
      const skill = skills.get(id)!;
      const builders = builtBy(id);
      const count = builders.filter((b) => done.has(b.id)).length;
      const tag = item(page, m).getByRole('link', {
        name: tagName(
          skill.name,
          skill.priority,
          `${count} of ${builders.length} ${builders.length === 1 ? 'milestone' : 'milestones'} done`,
        ),
      });
      await expect(tag).toBeVisible();
      await expect(tag).toContainText(`${count}/${builders.length}`);
    }
  }
  // Unticking takes it back.
  await box(page, first).uncheck();
  await expect(item(page, first).locator('.rm-badge')).toHaveText('Next');
  await expect(page.locator('[data-roadmap] [data-state="next"]')).toHaveCount(1);
});

test('must-have and nice-to-have skills differ in outline and weight as well as colour, and say which they are', async ({
  page,
}) => {
  await openRoadmap(page);
  const look = async (priority: string) => {
    const [id] = [...skills].find(([k, s]) => s.priority === priority && builtBy(k).length > 0)!;
    const tag = diagram(page)
      .getByRole('link', { name: tagName(skills.get(id)!.name, priority) })
      .first();
    await expect(tag).toBeVisible();
    return tag.evaluate((el) => ({
      border: getComputedStyle(el).borderTopStyle,
      weight: Number(getComputedStyle(el).fontWeight),
    }));
  };
  const must = await look('must-have');
  const nice = await look('nice-to-have');
  expect(must.border).toBe('solid');
  expect(nice.border).toBe('dashed');
  expect(must.weight).toBeGreaterThan(nice.weight);
  // The key says so in words.
  await expect(page.getByRole('list', { name: 'How to read the roadmap' })).toContainText(
    'Must-have skill solid, bold outline',
  );
});

test('screen readers get the diagram as a list of stages, each a heading and a list of its milestones with their hours and skills', async ({
  page,
}) => {
  await openRoadmap(page);
  const stageItems = diagram(page).locator('> li');
  await expect(stageItems).toHaveCount(stages.length);
  for (const [i, s] of stages.entries()) {
    const stage = stageItems.nth(i);
    await expect(stage.getByRole('heading', { level: 2 })).toHaveText(stageLabel(i));
    const list = stage.getByRole('list', { name: `${s.title}: milestones`, exact: true });
    await expect(list.locator('> li')).toHaveCount(s.milestones.length);
    for (const [j, m] of s.milestones.entries()) {
      const entry = list.locator('> li').nth(j);
      await expect(entry.getByRole('checkbox')).toHaveAccessibleName(`Done: ${m.text}`);
      await expect(entry.getByRole('link').first()).toHaveText(m.text);
      await expect(entry).toContainText(`${m.hours} ${m.hours === 1 ? 'hour' : 'hours'}`);
      const tags = entry.getByRole('list', { name: 'Skills it builds' }).getByRole('link');
      await expect(tags).toHaveCount(m.skills?.length ?? 0);
    }
  }
});

test(
  'every box is a link: a stage or a milestone to its place in the chapter, a skill to its entry in the matrix',
  BASE_PATH,
  async ({ page }) => {
    await openRoadmap(page);
    for (const [i, s] of stages.entries())
      await expect(diagram(page).getByRole('link', { name: stageLabel(i) })).toHaveAttribute(
        'href',
        new RegExp(`/chapters/learning-path/#stage-${s.id}$`),
      );
    for (const m of milestones)
      await expect(item(page, m).getByRole('link', { name: m.text, exact: true })).toHaveAttribute(
        'href',
        new RegExp(`/chapters/learning-path/#milestone-${m.id}$`),
      );
    const tag = item(page, first).getByRole('link').nth(1);
    await expect(tag).toHaveAttribute('href', new RegExp(`/data/skills/#${first.skills![0]}$`));

    await item(page, second).getByRole('link', { name: second.text, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/learning-path/#milestone-${second.id}$`));
    await expect(listBox(page, second)).toBeInViewport();

    await page.goBack();
    const skill = skills.get(first.skills![0]!)!;
    await diagram(page)
      .getByRole('link', { name: tagName(skill.name, '') })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/data/skills/#${first.skills![0]}$`));
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${skill.name}`) })).toBeInViewport();
  },
);

test('the keyboard reaches every box of the diagram in reading order', async ({ page }) => {
  await openRoadmap(page);
  const inOrder = await page
    .locator('[data-roadmap] ol')
    .first()
    .evaluate((root) =>
      [...root.querySelectorAll('a, input')].map((el) =>
        el instanceof HTMLInputElement ? `box ${el.dataset.milestone}` : `link ${el.getAttribute('href')}`,
      ),
    );
  expect(inOrder.length).toBe(
    stages.length + 2 * milestones.length + milestones.reduce((n, m) => n + (m.skills?.length ?? 0), 0),
  );
  await diagram(page).getByRole('link').first().focus();
  const reached = [];
  for (let i = 0; i < inOrder.length; i += 1) {
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement!;
        return el instanceof HTMLInputElement ? `box ${el.dataset.milestone}` : `link ${el.getAttribute('href')}`;
      }),
    );
    await page.keyboard.press('Tab');
  }
  expect(reached).toEqual(inOrder);
});

test('at 360 px the diagram runs down the screen with each stage’s milestones under it, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openRoadmap(page);
  const node = diagram(page).getByRole('heading', { name: stageLabel(0) });
  const nodeBox = (await node.boundingBox())!;
  const firstBox = (await item(page, first).boundingBox())!;
  expect(firstBox.y).toBeGreaterThan(nodeBox.y + nodeBox.height);
  expect(await sidewaysScrollers(page)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect
    .poll(async () => (await item(page, first).boundingBox())!.x)
    .toBeGreaterThan((await node.boundingBox())!.x + (await node.boundingBox())!.width);
});

test('with progress on it, the diagram passes axe in both themes, and on paper its colours keep their contrast in either theme', async ({
  page,
}) => {
  await openRoadmap(page);
  await box(page, first).check();
  await expect(item(page, second).locator('.rm-badge')).toHaveText('Next');
  expect(await axeInBothThemes(page)).toEqual({ light: [], dark: [] });
  for (const theme of ['light', 'dark'] as const) {
    await showTheme(page, theme);
    await page.emulateMedia({ media: 'print' });
    expect(
      await axeViolations(page, { include: '[data-roadmap]', colours: true }),
      `printed in the ${theme} theme`,
    ).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
});

test(
  'the chapter and the progress page show the path at a glance: each stage a box linking to it, with its bar, and a link to the diagram',
  BASE_PATH,
  async ({ page }) => {
    for (const path of ['chapters/learning-path/', 'progress/']) {
      await page.goto(path);
      const glance = page.getByRole('region', { name: 'The path at a glance' });
      const boxes = glance.getByRole('listitem');
      await expect(boxes).toHaveCount(stages.length);
      for (const [i, s] of stages.entries()) {
        const hours = s.milestones.reduce((n, m) => n + m.hours, 0);
        await expect(boxes.nth(i)).toContainText(`Stage ${i + 1}`);
        await expect(boxes.nth(i)).toContainText(`${s.milestones.length} milestones, ${hours} hours`);
        await expect(boxes.nth(i).getByRole('link', { name: s.title, exact: true })).toHaveAttribute(
          'href',
          `#stage-${s.id}`,
        );
        await expect(boxes.nth(i).getByRole('progressbar')).toHaveJSProperty('value', 0);
      }
      await page
        .locator('#path, [aria-label="Learning path stages"]')
        .first()
        .getByRole('checkbox', { name: first.text, exact: true })
        .check();
      await expect.poll(() => storedMilestones(page)).toEqual([first.id]);
      await expect(boxes.first().getByRole('progressbar')).toHaveJSProperty('value', 1);
      await expect(boxes.first()).toContainText(`1 of ${stages[0]!.milestones.length} done`);
      await boxes.nth(1).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`#stage-${stages[1]!.id}$`));
      await glance.getByRole('link', { name: 'The path as a diagram' }).click();
      await expect(page).toHaveURL(/\/data\/roadmap\/$/);
      await page.evaluate(() => localStorage.clear());
    }
  },
);

test('at a glance in the chapter, printed from either theme, keeps its contrast', async ({ page }) => {
  await page.goto('chapters/learning-path/');
  for (const theme of ['light', 'dark'] as const) {
    await showTheme(page, theme);
    await page.emulateMedia({ media: 'print' });
    expect(
      await axeViolations(page, { include: '[data-roadmap-summary]', colours: true }),
      `printed in the ${theme} theme`,
    ).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram shows every stage, milestone and skill, and no progress', async ({ page }) => {
    await page.goto('data/roadmap/');
    await expect(page.getByText('Ticking off milestones needs JavaScript')).toBeVisible();
    await expect(diagram(page).getByRole('checkbox')).toHaveCount(0);
    for (const m of milestones)
      await expect(diagram(page).getByRole('link', { name: m.text, exact: true })).toBeVisible();
    await expect(diagram(page).getByRole('link', { name: /,\s*(must|nice-to)-have$/ })).toHaveCount(
      milestones.reduce((n, m) => n + (m.skills?.length ?? 0), 0),
    );
    await expect(diagram(page)).not.toContainText(/Next|Done| of \d+ done/);
  });

  test('the chapter shows the stages at a glance, with no bars', async ({ page }) => {
    await page.goto('chapters/learning-path/');
    const glance = page.getByRole('region', { name: 'The path at a glance' });
    for (const s of stages) await expect(glance.getByRole('link', { name: s.title, exact: true })).toBeVisible();
    await expect(glance.getByRole('progressbar')).toHaveCount(0);
  });
});
