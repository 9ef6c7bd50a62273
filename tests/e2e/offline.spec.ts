// The offline copy (issue 24) in Chromium: nothing is stored until the reader chooses to save the guide; the button
// states the download's size and shows its progress; online, pages come from the network and fingerprinted files
// from the saved copy; a newer build is offered as an update that fetches only what changed; the copy can be
// removed, and the site can retire it; the panel and the note pass axe and fit a phone. Each test serves the build
// on a server of its own (offline-site.ts), since some change what it serves. Every chapter and data page offline,
// search and a milestone, in Chromium and Firefox: tests/cross-engine/offline-flow.spec.ts.
import type { Page } from '@playwright/test';
import { test as base, expect, axeInBothThemes, sidewaysScrollers, BASE_PATH } from './helpers';
import { NEWER_SENTENCE, SITE_BASE, builtManifest, newerBuild, serveGuide } from './offline-site';
import { formatSize } from '../../src/lib/offline-copy.mjs';
import { workerScript } from '../../src/client/offline/worker';
import type { SiteServer } from '../../scripts/lib/site-server.mjs';

const test = base.extend<{ site: SiteServer }>({
  site: async ({}, use) => {
    const site = await serveGuide();
    await use(site);
    await site.close();
  },
});

const panel = (page: Page) => page.getByRole('region', { name: 'Read it offline' });
const note = (page: Page) => page.getByRole('region', { name: 'Saved copy of the guide' });
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const workers = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** Saves the guide from the home page and waits for the panel to say it is done. */
async function saveGuide(page: Page, site: SiteServer) {
  await page.goto(site.url);
  await panel(page)
    .getByRole('button', { name: /^Save the guide on this device/ })
    .click();
  await expect(panel(page).getByRole('status')).toContainText('Saved.', { timeout: 30_000 });
}

test('a reader who does not save the guide gets no worker and nothing stored, on any page', async ({ page, site }) => {
  for (const path of ['', 'chapters/salary/', 'progress/', 'data/offer/', 'search/?q=salary']) {
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
  }
  expect(
    site.requested().filter((p) => /^(sw\.js|offline\.json)/.test(p)),
    'requests for the worker or the list of files',
  ).toEqual([]);
  expect(await cacheNames(page)).toEqual([]);
  expect(await workers(page)).toBe(0);
});

test(
  'the button states the download size from the build, shows the download as it runs, the saved guide then works offline, and it can be removed',
  BASE_PATH,
  async ({ page, site }) => {
    const manifest = builtManifest();
    const size = formatSize(manifest.bytes);
    await page.goto(site.url);
    const save = panel(page).getByRole('button', { name: `Save the guide on this device (${size})` });
    await expect(save).toBeVisible();
    // The last file on the list waits until the test has seen the download under way.
    const last = site.hold(manifest.files.at(-1)![0]);
    await save.click();
    await last.reached;
    const bar = panel(page).getByRole('progressbar', { name: 'Download of the guide' });
    await expect(bar).toBeVisible();
    await expect(panel(page).getByRole('status')).toHaveText(
      new RegExp(`^Saving the guide on this device: \\d+ KB of ${size}\\.$`),
    );
    expect(await bar.evaluate((b: HTMLProgressElement) => b.value > 0 && b.value < b.max)).toBe(true);
    last.release();
    await expect(panel(page).getByRole('status')).toContainText(
      'Saved. Every chapter, data page, the offer calculator, the study plan and search now work',
      { timeout: 30_000 },
    );
    await expect(bar).toBeHidden();
    expect(await cacheNames(page)).toEqual([`guide-offline ${SITE_BASE} ${manifest.build}`]);

    await page.context().setOffline(true);
    const online = site.requested().length;
    await page.goto(`${site.url}chapters/skills/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(note(page).getByRole('status')).toContainText(
      'You are offline. This page comes from the copy of the guide saved on this device',
    );
    await page.goto(`${site.url}search/?q=retrieval`);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    await page.goto(site.url);
    await expect(panel(page).getByRole('status')).toContainText(
      'You are offline, reading the copy of the guide saved on this device',
    );
    expect(site.requested().slice(online), 'requests that reached the server while offline').toEqual([]);

    // Removed, the copy and the worker are gone, and the button is back.
    await panel(page).getByRole('button', { name: 'Remove the saved copy' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('The saved copy is removed from this device.');
    expect(await cacheNames(page)).toEqual([]);
    expect(await workers(page)).toBe(0);
    await expect(panel(page).getByRole('button', { name: /^Save the guide on this device/ })).toBeVisible();
  },
);

test('online, a changed page comes from the network at once, fingerprinted files from the saved copy, and "Not now" puts off the update', async ({
  page,
  site,
}) => {
  await saveGuide(page, site);
  const { files } = newerBuild('salary');
  site.replace(files);
  const before = site.requested().length;
  await page.goto(`${site.url}chapters/salary/`);
  await expect(page.getByText(NEWER_SENTENCE)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const asked = site.requested().slice(before);
  expect(asked).toContain('chapters/salary/');
  expect(
    asked.filter((p) => p.startsWith('_astro/')),
    'fingerprinted files asked of the network',
  ).toEqual([]);
  // The worker adds the saved copy's script to the pages it serves, once; the home page, which has it, gets no second.
  const script = page.locator(`script[src="${SITE_BASE}${builtManifest().script}"]`);
  await expect(script).toHaveCount(1);
  await page.goto(site.url);
  await expect(script).toHaveCount(1);

  // The newer build is offered as an update; "Not now" puts the offer off for the rest of the visit.
  await page.goto(`${site.url}chapters/skills/`);
  await note(page).getByRole('button', { name: 'Not now' }).click();
  await expect(note(page)).toHaveCount(0);
  await page.goto(`${site.url}chapters/growth/`);
  await page.waitForLoadState('networkidle');
  await expect(note(page)).toHaveCount(0);
});

test('a newer build online is offered as an update that fetches only what changed (one whose list the saved copy cannot read, as a visit to the home page)', async ({
  page,
  site,
}) => {
  await saveGuide(page, site);
  // A build whose list is in a format the saved copy's code cannot read: the reader is sent to the home page.
  site.replace({ 'offline.json': JSON.stringify({ ...builtManifest(), version: 2, build: 'a-later-format' }) });
  await page.goto(`${site.url}chapters/skills/`);
  await expect(note(page).getByRole('status')).toContainText('update it from the home page');
  await expect(note(page).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', SITE_BASE);
  await expect(note(page).getByRole('button', { name: /^Update/ })).toHaveCount(0);

  const { files, manifest, changed } = newerBuild('salary');
  site.replace(files);
  await page.goto(`${site.url}chapters/skills/`);
  const changedBytes = manifest.files.find(([url]) => url === changed)![2];
  await expect(note(page).getByRole('status')).toContainText('A newer version of the guide is online.');
  const before = site.requested().length;
  await note(page)
    .getByRole('button', { name: `Update the saved copy (${formatSize(changedBytes)})` })
    .click();
  await expect(note(page).getByRole('status')).toHaveText('The saved copy is up to date.');
  expect(
    site
      .requested()
      .slice(before)
      .filter((p) => p !== 'offline.json'),
    'files fetched for the update',
  ).toEqual([changed]);
  expect(await cacheNames(page)).toEqual([`guide-offline ${SITE_BASE} ${manifest.build}`]);
  await page.goto(site.url);
  await expect(panel(page).getByRole('status')).toContainText('The guide is saved on this device');
  await page.context().setOffline(true);
  await page.goto(`${site.url}chapters/salary/`);
  await expect(page.getByText(NEWER_SENTENCE)).toBeVisible();
});

test('a site that retires the offline copy (GUIDE_OFFLINE=off) removes the saved copy and the worker at the next visit', async ({
  page,
  site,
}) => {
  await saveGuide(page, site);
  site.replace({ 'sw.js': workerScript(false) });
  // Opening a page is what makes a browser look for a new version of the worker.
  await page.goto(`${site.url}chapters/skills/`);
  await expect.poll(() => workers(page), { message: 'registered workers', timeout: 15_000 }).toBe(0);
  await expect.poll(() => cacheNames(page), { message: 'saved copies' }).toEqual([]);
  await page.goto(`${site.url}chapters/salary/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the panel and the note pass axe in light and dark, and fit a 360 px screen', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(site.url);
  const states: Record<string, { light: string[]; dark: string[] }> = {};
  states['panel, nothing saved'] = await axeInBothThemes(page, { include: '[data-offline-panel]' });
  await panel(page)
    .getByRole('button', { name: /^Save the guide on this device/ })
    .click();
  await expect(panel(page).getByRole('status')).toContainText('Saved.', { timeout: 30_000 });
  states['panel, saved'] = await axeInBothThemes(page, { include: '[data-offline-panel]' });
  expect(await sidewaysScrollers(page), 'home page at 360 px').toEqual([]);
  site.replace(newerBuild().files);
  await page.goto(`${site.url}chapters/skills/`);
  await expect(note(page).getByRole('button', { name: /^Update the saved copy/ })).toBeVisible();
  states['note, update offered'] = await axeInBothThemes(page, { include: '[data-offline-note]' });
  expect(await sidewaysScrollers(page), 'chapter with the note at 360 px').toEqual([]);
  await page.context().setOffline(true);
  await page.goto(`${site.url}chapters/growth/`);
  await expect(note(page).getByRole('status')).toContainText('You are offline.');
  states['note, offline'] = await axeInBothThemes(page, { include: '[data-offline-note]' });
  expect(states).toEqual(Object.fromEntries(Object.keys(states).map((k) => [k, { light: [], dark: [] }])));
});
