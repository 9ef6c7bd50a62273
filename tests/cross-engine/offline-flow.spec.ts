// The offline copy in Chromium and Firefox, and in WebKit with E2E_OFFLINE_WEBKIT=1 (playwright.config.ts) (issue 24): a reader saves the guide, loses the network, and still opens every
// chapter and data page, runs the offer calculator, the study plan and a search, and ticks a milestone that stays
// ticked; back online with a newer build, they are offered an update of the saved copy. The network goes away as the
// driver allows: Chromium's emulation cuts the service worker's requests too; puppeteer's offline mode for Firefox
// (WebDriver BiDi) leaves the worker's requests online, and WebKitWebDriver has none, so there the server stops
// answering, which is what a lost network looks like to the browser. The site runs on a server of the test's own
// (tests/e2e/offline-site.ts), which can stop and serve a newer build on the same address.
import { test, expect, until } from './fixtures';
import { builtPages } from '../e2e/helpers';
import { NEWER_SENTENCE, newerBuild, serveGuide } from '../e2e/offline-site';
import type { Web } from '../../scripts/lib/browsers.mjs';
import type { SiteServer } from '../../scripts/lib/site-server.mjs';

const READING = builtPages().filter((p) => /^(chapters\/[^/]+|data(\/[^/]+)?)\/$/.test(p));

const network = (web: Web, site: SiteServer) => ({
  off: () => (web.setOffline ? web.setOffline(true) : site.stop()),
  on: () => (web.setOffline ? web.setOffline(false) : site.start()),
});

test('saved on this device, the guide works offline (every chapter and data page, the tools, search, a milestone); back online, a newer build is offered', async ({
  web,
}) => {
  test.setTimeout(120_000);
  const site = await serveGuide();
  try {
    await web.goto(site.url);
    await until(web, 'the save button', () =>
      document.querySelector<HTMLButtonElement>('[data-offline-save]')?.checkVisibility(),
    );
    await web.click('[data-offline-save]');
    await until(
      web,
      'the guide saved',
      () => document.querySelector('[data-offline-status]')?.textContent?.startsWith('Saved.'),
      undefined,
      60_000,
    );
    await network(web, site).off();

    expect(READING.length, 'chapters and data pages in the build').toBeGreaterThan(15);
    for (const path of READING) {
      await web.goto(site.url + path);
      const title = await web.run(() => document.querySelector('h1')?.textContent?.trim());
      expect(title, `${web.engine}: /${path} opened offline`).toBeTruthy();
      // Each page says where it comes from (and, once it has, its scripts have all loaded: the next page can open).
      const said = await until(
        web,
        `the note on /${path}`,
        () => document.querySelector('[data-offline-note] [role="status"]')?.textContent,
      );
      expect(said, `${web.engine}: the note on /${path}`).toContain(
        'You are offline. This page comes from the copy of the guide saved on this device',
      );
    }

    await web.goto(`${site.url}data/offer/`);
    await until(
      web,
      'the offer calculator, offline',
      () =>
        Boolean(document.querySelector('form[data-ready]')) &&
        [...document.querySelectorAll('table')].some((t) => /year by year/i.test(t.caption?.textContent ?? '')),
    );

    await web.goto(`${site.url}search/?q=retrieval`);
    await until(web, 'search results, offline', () => {
      const list = document.querySelector('[aria-label="Search results"]');
      return list?.getAttribute('aria-busy') !== 'true' && list?.querySelector('li a')?.textContent;
    });

    await web.goto(`${site.url}progress/`);
    await until(
      web,
      'the milestones enabled',
      () => document.querySelector<HTMLInputElement>('#path input[data-milestone]')?.disabled === false,
    );
    await web.click('#path input[data-milestone]');
    await until(web, 'the tick stored', () => localStorage.getItem('aieg-progress')?.includes('"milestones":{"'));
    await web.reload();
    await until(
      web,
      'the milestone still ticked after a reload, offline',
      () => document.querySelector<HTMLInputElement>('#path input[data-milestone]')?.checked,
    );
    await web.run(() => document.querySelector('[data-study-plan]')!.scrollIntoView());
    await until(
      web,
      'the study plan, offline',
      () =>
        document.querySelector<HTMLFormElement>('[data-plan-form]')?.hidden === false &&
        document.querySelector('[data-plan-summary]')?.textContent,
    );

    site.replace(newerBuild('salary').files);
    await network(web, site).on();
    await web.goto(`${site.url}chapters/salary/`);
    await until(
      web,
      'the changed page from the network',
      (sentence: string) => document.body.textContent?.includes(sentence),
      NEWER_SENTENCE,
    );
    const offer = await until(
      web,
      'the offer to update the saved copy',
      () => document.querySelector('[data-offline-note] button')?.textContent,
    );
    expect(offer, `${web.engine}: the offer`).toMatch(/^Update the saved copy \(\d+ KB\)$/);
  } finally {
    await site.close();
  }
});
