// Progress without an account: milestones, self-checks, export/import/reset, and storage that is
// blocked or damaged. Run against the built site; each test starts with empty storage.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeInBothThemes, BASE_PATH, DIST } from './helpers';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { siteConfig } from '../../site.config.mjs';

const KEY = 'aieg-progress';
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedJson = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');
const known = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(document.getElementById('progress-known')!.textContent!) as { milestones: string[]; checks: string[] },
  );
const path = (page: Page) => page.locator('#path');
const importFile = (page: Page, name: string, body: string | Buffer) =>
  page
    .getByLabel('Import progress from a file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
const transferStatus = (page: Page) =>
  page.getByRole('region', { name: 'Move or reset your progress' }).getByRole('status');

/** Resolves after the page has tried to save the next change (the progress scripts announce each one). */
const nextChange = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => document.addEventListener('progresschange', () => resolve(), { once: true })),
  );

async function tickFirst(page: Page, n: number) {
  const boxes = path(page).getByRole('checkbox');
  for (let i = 0; i < n; i += 1) await boxes.nth(i).check();
}

test('ticked milestones are still ticked after a reload, and the bars count them', BASE_PATH, async ({ page }) => {
  await page.goto('progress/');
  const overall = page.getByRole('progressbar', { name: 'All milestones done' });
  await expect(overall).toHaveJSProperty('value', 0);
  await tickFirst(page, 2);
  await expect(overall).toHaveJSProperty('value', 2);
  await page.reload();
  const boxes = path(page).getByRole('checkbox');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).not.toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'All milestones done' })).toHaveJSProperty('value', 2);
  const firstStage = page.getByRole('progressbar').nth(1);
  await expect(firstStage).toHaveJSProperty('value', 2);
  const ids = (await known(page)).milestones;
  expect(Object.keys((await storedJson(page)).milestones).sort()).toEqual(ids.slice(0, 2).sort());
});

test(
  'a milestone ticked in the learning-path chapter shows as ticked on the progress page',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('chapters/learning-path/');
    const box = page.getByRole('checkbox').first();
    const label = (await box.locator('xpath=..').innerText()).trim();
    await box.check();
    await expect.poll(() => stored(page)).not.toBeNull();
    await page.goto('progress/');
    await expect(path(page).getByRole('checkbox', { name: label })).toBeChecked();
  },
);

test(
  'self-check answers persist, and "not yet" answers are listed to revisit with a link to their chapter',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('progress/');
    const [key] = (await known(page)).checks;
    const [chapter] = key!.split('/');
    await page.goto(`chapters/${chapter}/`);
    const box = page.getByRole('region', { name: 'Check yourself' });
    const question = box.getByRole('group').first();
    await question.getByRole('radio', { name: 'Not yet' }).check();
    await expect.poll(async () => (await storedJson(page))?.checks?.[key!]).toBe('not-yet');
    await page.reload();
    await expect(
      page
        .getByRole('region', { name: 'Check yourself' })
        .getByRole('group')
        .first()
        .getByRole('radio', { name: 'Not yet' }),
    ).toBeChecked();

    const questionText = (
      await page
        .getByRole('region', { name: 'Check yourself' })
        .getByRole('group')
        .first()
        .locator('legend')
        .innerText()
    ).trim();
    await page.goto('progress/');
    const revisit = page.getByRole('region', { name: 'What to revisit' });
    await expect(revisit.getByText(questionText)).toBeVisible();
    await expect(revisit.getByRole('link', { name: new RegExp(`Answer again`) }).first()).toHaveAttribute(
      'href',
      new RegExp(`/chapters/${chapter}/#self-check$`),
    );
    await expect(page.getByText(/0 marked “know it” and 1 “not yet”/)).toBeVisible();
  },
);

test('export, reset and import restore exactly the same progress', BASE_PATH, async ({ page }) => {
  await page.goto('progress/');
  const [key] = (await known(page)).checks;
  await page.goto(`chapters/${key!.split('/')[0]}/`);
  await page.getByRole('region', { name: 'Check yourself' }).getByRole('radio', { name: 'Know it' }).first().check();
  await expect.poll(() => stored(page)).not.toBeNull();
  await page.goto('progress/');
  await tickFirst(page, 3);
  await expect.poll(async () => Object.keys((await storedJson(page)).milestones).length).toBe(3);
  const before = await storedJson(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ai-engineer-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect({ ...exported, exportedAt: undefined }).toEqual({ ...before, exportedAt: undefined });

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all your progress?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(path(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await stored(page)).toBeNull();

  await page.getByLabel('Import progress from a file').setInputFiles(file);
  await expect(transferStatus(page)).toContainText('Imported: 3 ticked milestones and 1 self-check answer');
  await expect(path(page).getByRole('checkbox', { checked: true })).toHaveCount(3);
  expect(await storedJson(page)).toEqual(before);
  await page.reload();
  await expect(path(page).getByRole('checkbox', { checked: true })).toHaveCount(3);
});

test('reset asks first, and choosing to keep progress changes nothing', async ({ page }) => {
  await page.goto('progress/');
  await tickFirst(page, 1);
  await expect.poll(() => stored(page)).not.toBeNull();
  const before = await stored(page);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep my progress' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await stored(page)).toBe(before);
  await expect(path(page).getByRole('checkbox').first()).toBeChecked();
});

test.describe('a bad file is refused and nothing changes', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{"version": 1, "milestones": {', /not valid JSON/],
    [
      'package.json',
      JSON.stringify({ name: 'something-else', version: '1.0.0' }),
      /not a progress file from this guide/,
    ],
    ['huge.json', Buffer.alloc(300 * 1024, 32), /far larger than a progress file/],
    ['future.json', JSON.stringify({ version: 7, milestones: {}, checks: {} }), /newer version of the guide/],
  ];
  for (const [name, body, message] of cases) {
    test(`${name} is refused with a message`, async ({ page }) => {
      await page.goto('progress/');
      await tickFirst(page, 1);
      await expect.poll(() => stored(page)).not.toBeNull();
      const before = await stored(page);
      await importFile(page, name, body);
      await expect(transferStatus(page)).toHaveText(message);
      await expect(transferStatus(page)).toContainText('Your progress has not changed.');
      expect(await stored(page)).toBe(before);
      await expect(path(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
    });
  }
});

test('a file in the older format is migrated on import', async ({ page }) => {
  await page.goto('progress/');
  const { milestones, checks } = await known(page);
  const [chapter, question] = checks[0]!.split('/');
  await importFile(
    page,
    'old.json',
    JSON.stringify({ version: 0, done: milestones.slice(0, 2), answers: { [chapter!]: { [question!]: 'not-yet' } } }),
  );
  await expect(transferStatus(page)).toContainText('from an older file format');
  await expect(path(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
  const saved = await storedJson(page);
  expect(saved.version).toBe(3);
  expect(saved.checks).toEqual({ [checks[0]!]: 'not-yet' });
});

test('ids the guide no longer has are kept aside, shown as such, and exported again', async ({ page }) => {
  await page.goto('progress/');
  const { milestones } = await known(page);
  await importFile(
    page,
    'mixed.json',
    JSON.stringify({
      version: 1,
      milestones: { [milestones[0]!]: true, 'm9-retired-milestone': '2026-01-05' },
      checks: { 'old-chapter/gone-question': 'know' },
    }),
  );
  await expect(transferStatus(page)).toContainText('2 entries refer to things no longer in the guide');
  const aside = page.getByRole('region', { name: 'No longer in the guide' });
  await expect(aside).toBeVisible();
  await expect(aside.getByRole('listitem')).toHaveText([
    'Milestone “m9-retired-milestone”, ticked',
    'Self-check “old-chapter/gone-question”, marked “know it”',
  ]);
  expect((await storedJson(page)).orphaned).toEqual({
    milestones: { 'm9-retired-milestone': '2026-01-05' },
    checks: { 'old-chapter/gone-question': 'know' },
    skills: {},
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).orphaned.milestones).toHaveProperty(
    'm9-retired-milestone',
  );
});

test.describe('storage that is blocked or damaged never breaks a page', () => {
  test('when localStorage throws, the progress page and a chapter still render fully and say progress cannot be saved', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('progress/');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Progress cannot be saved in this browser' }),
    ).toBeVisible();
    const changed = nextChange(page);
    await tickFirst(page, 1);
    await changed;
    await expect(path(page).getByRole('checkbox').first()).toBeChecked();
    await expect(page.getByRole('progressbar', { name: 'All milestones done' })).toHaveJSProperty('value', 1);

    const [key] = (await known(page)).checks;
    await page.goto(`chapters/${key!.split('/')[0]}/`);
    await expect(page.getByRole('heading', { name: 'Sources cited' })).toBeVisible();
    const box = page.getByRole('region', { name: 'Check yourself' });
    await expect(box.getByRole('status')).toContainText('Progress cannot be saved in this browser');
    await box.getByRole('radio', { name: 'Know it' }).first().check();
    await expect(box.getByRole('radio', { name: 'Know it' }).first()).toBeChecked();
    expect(errors).toEqual([]);
  });

  for (const [what, raw, message] of [
    ['JSON garbage', '{"version":1,"milestones":{', 'damaged and cannot be read'],
    [
      'progress from a newer version',
      JSON.stringify({ version: 5, milestones: { x: true }, checks: {} }),
      'saved by a newer version of the guide',
    ],
  ] as const) {
    test(`${what} in storage is reported and kept, never overwritten`, async ({ page }) => {
      await page.goto('progress/');
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw] as const);
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      const changed = nextChange(page);
      await tickFirst(page, 1);
      await changed;
      await expect(path(page).getByRole('checkbox').first()).toBeChecked();
      expect(await stored(page)).toBe(raw);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the progress page reads fully and says ticking needs JavaScript', async ({ page }) => {
    await page.goto('progress/');
    await expect(page.getByText('Ticking off milestones needs JavaScript')).toBeVisible();
    await expect(path(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
  });
});

// What a reader does carries the day on their own calendar (localDay, src/lib/dates.ts), not the UTC date: at 23:30
// in California, UTC is already on the next day.
test.describe('at 23:30 on a Californian evening', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test("a ticked milestone and an exported file carry the reader's date, not the next day's", async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-06T23:30:00-08:00'));
    await page.goto('progress/');
    await path(page).getByRole('checkbox').first().check();
    await expect.poll(async () => Object.values((await storedJson(page))?.milestones ?? {})).toEqual(['2026-12-06']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ai-engineer-guide-progress-2026-12-06.json');
  });
});

// The up-front budget of a chapter's JavaScript (3 KB gzip) is asserted once, on every chapter, by
// tests/build/size-budgets.test.ts; here, that the store (with zod) is not part of it: it arrives once the reader
// has read a section (the reading record, src/client/seen/), and answers are saved through it.
test(
  'a chapter page loads the progress store only once a section has been read or an answer given, never up front',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('progress/');
    const [key] = (await known(page)).checks;
    const chapter = key!.split('/')[0]!;
    const upFront = pageWeight(DIST, join(DIST, 'chapters', chapter, 'index.html'), siteConfig.base).jsFiles;
    expect(
      upFront.filter((f) => /\/(save|store|ready)\./.test(f)),
      'the store among the scripts the page loads before interaction',
    ).toEqual([]);
    // Leave the progress page first, so a script it loads late (on a busy machine) is not counted as the chapter's.
    await page.goto('about:blank');
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.push(r.url());
    });
    await page.goto(`chapters/${chapter}/`);
    await expect(page.locator('[data-seen-chapter]')).toHaveAttribute('data-reading', 'on');
    expect(
      loaded.filter((u) => /\/(save|store)\./.test(u)),
      'the store, while nothing has been read yet',
    ).toEqual([]);
    await expect
      .poll(() => loaded.filter((u) => /\/store\./.test(u)).length, {
        message: 'the store, once the first screen has been read',
        timeout: 15_000,
      })
      .toBe(1);
    await page.getByRole('region', { name: 'Check yourself' }).getByRole('radio', { name: 'Know it' }).first().check();
    await expect.poll(async () => (await storedJson(page)).checks).toEqual({ [key!]: 'know' });
    expect(new Set(loaded).size, 'no script loaded twice').toBe(loaded.length);
  },
);

test('an answer given and the page left at once is kept: the store loads as soon as a control gets focus', async ({
  page,
}) => {
  await page.goto('progress/');
  const [key] = (await known(page)).checks;
  await page.goto(`chapters/${key!.split('/')[0]}/`);
  const radio = page
    .getByRole('region', { name: 'Check yourself' })
    .getByRole('group')
    .first()
    .getByRole('radio', { name: 'Know it' });
  await radio.focus();
  // The store's module, requested on focus (before any answer), then evaluated with everything it imports.
  const saveModule = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .find((name) => /\/save\.[^/]*\.js$/.test(name)),
    );
  await expect.poll(saveModule, { message: 'the store requested when a control got focus' }).toBeTruthy();
  await page.evaluate(async (url) => void (await import(url)), (await saveModule())!);
  // The answer, and straight away another page: no wait for anything the page does.
  await page.keyboard.press('Space');
  await page.goto('progress/');
  expect((await storedJson(page))?.checks).toEqual({ [key!]: 'know' });
});

test('axe finds no violation on the progress page with answers to revisit, entries kept aside and the reset dialog open, in light and dark', async ({
  page,
}) => {
  await page.goto('progress/');
  const { milestones, checks } = await known(page);
  await importFile(
    page,
    'p.json',
    JSON.stringify({
      version: 1,
      milestones: { [milestones[0]!]: true, 'gone-one': true },
      checks: { [checks[0]!]: 'not-yet' },
    }),
  );
  await expect(page.getByRole('region', { name: 'No longer in the guide' })).toBeVisible();
  expect(await axeInBothThemes(page), 'answers to revisit and entries kept aside').toEqual({ light: [], dark: [] });
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeInBothThemes(page), 'the reset dialog open').toEqual({ light: [], dark: [] });
});

// Lighthouse counts a box that appears or goes once the script runs as a layout shift (the progress page lost a point
// to it): what the script fills in is drawn in the page from the start, and what depends on scripting is shown or
// hidden by the scripting media query.
for (const path of ['progress/', 'data/roadmap/']) {
  test(`nothing on /${path} moves when its script runs, at phone width and with a tick saved`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifted += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const visit of ['first visit', 'with a tick saved']) {
      await page.goto(path);
      const first = page.locator('input[data-milestone]').first();
      await expect(first).toBeEnabled();
      if (visit === 'first visit') {
        await first.check();
        await expect.poll(async () => Object.keys((await storedJson(page))?.milestones ?? {})).toHaveLength(1);
      } else await expect(first).toBeChecked();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
      expect(shifted, `${visit}: layout shift`).toBeLessThan(0.005);
    }
  });
}
