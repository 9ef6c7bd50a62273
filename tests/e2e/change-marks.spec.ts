// What changed since the reader was here (issue 24): a reader reads three chapters of this build, the site is rebuilt
// with one section of one of them reworded (and, elsewhere, only whitespace and the order of citations changed), and
// on their return exactly that section is marked, the line under its title links to it, the other two chapters show
// nothing, and What changed lists the editor's note. The rebuilt site is a copy of content/ with those edits
// (rebuilt-site.ts), built once before the browser tests by scripts/test.sh (about 6 s of CPU); both builds are
// served in turn from one address, as a redeployed site is, so the browser keeps its storage. Also: what counts as read, sections never read, a first visit, ticks and answers
// under renamed ids, and the marks under the base path.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { test, expect, BASE_PATH, DIST, type Page } from './helpers';
import { CHANGED, DAY, NOTE, buildRebuiltSite } from './rebuilt-site';
import { formatDate } from '../../src/lib/dates';
import { normaliseBase } from '../../src/lib/routes';

const BASE = normaliseBase(process.env.BASE_PATH);
/** Tall enough for each of the three chapters to be on screen whole: every section is read after one dwell. */
const WHOLE_CHAPTER = { width: 1280, height: 8000 };
const READ = ['what-is-an-ai-engineer', 'pitfalls', 'growth'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/** A static server for one build at a time, on a free port: `show(dir)` swaps the build, as a redeploy would. */
async function serveBuilds() {
  let root = DIST;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(BASE) ? path.slice(BASE.length) : null;
    const file =
      inside === null
        ? null
        : join(root, normalize(`/${inside}`), inside === '' || inside.endsWith('/') ? 'index.html' : '');
    if (!file || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    at: (path: string) => `http://127.0.0.1:${port}${BASE}${path}`,
    show: (dir: string) => void (root = dir),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Seen = Record<string, { at: string; sections: Record<string, string> }>;
const seen = (page: Page): Promise<Seen> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('aieg-progress') ?? 'null')?.seen ?? {});
const sectionsOn = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Object.keys(JSON.parse(document.querySelector('script[data-section-fingerprints]')!.textContent!).sections),
  );
/** One part of the saved progress ({} until something is saved). */
const stored = (page: Page, part: 'milestones' | 'checks'): Promise<Record<string, string>> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem('aieg-progress') ?? '{}')[key] ?? {}, part);
/**
 * Waits until the page's reading record is running: from then on, what the page shows as changed is settled. If it
 * never starts, the failure lists the scripts the page loaded and its state, as CI keeps no trace to read.
 */
async function watching(page: Page) {
  try {
    await expect(page.locator('[data-seen-chapter]')).toHaveAttribute('data-reading', 'on');
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        readyState: document.readyState,
        visibility: document.visibilityState,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => `${new URL(r.name).pathname} (${Math.round(r.duration)} ms)`),
      }))
      .catch((e: unknown) => String(e));
    throw new Error(`The reading record never started on ${page.url()}: ${JSON.stringify(state)}`, { cause: error });
  }
}

/** Opens a chapter and waits until every one of its sections is in the reading record. */
async function readWhole(page: Page, url: string, chapter: string) {
  await page.goto(url);
  await watching(page);
  const all = await sectionsOn(page);
  await expect
    .poll(async () => Object.keys((await seen(page))[chapter]?.sections ?? {}).sort(), {
      message: `every section of ${chapter} read`,
      timeout: 30_000,
    })
    .toEqual([...all].sort());
}

test.describe('changed since your last visit', () => {
  test.describe.configure({ mode: 'serial' });
  let rebuilt = '';
  let own = '';
  let site: Awaited<ReturnType<typeof serveBuilds>>;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(180_000);
    // Built by scripts/test.sh before the browser tests (GUIDE_REBUILT_DIR); run alone, built here.
    rebuilt = process.env.GUIDE_REBUILT_DIR ?? '';
    if (!rebuilt) {
      own = mkdtempSync(join(process.cwd(), 'test-results', 'rebuilt-'));
      const built = buildRebuiltSite(join(own, 'dist'));
      expect(built.status, built.output).toBe(0);
      rebuilt = built.dist;
    }
    expect(
      existsSync(join(rebuilt, 'index.html')),
      `no rebuilt site in ${rebuilt}: run node scripts/build-rebuilt-site.mjs`,
    ).toBe(true);
    site = await serveBuilds();
  });

  test.afterAll(async () => {
    await site?.close();
    if (own) rmSync(own, { recursive: true, force: true });
  });

  test('a reader who read three chapters finds, after a rebuild, exactly the changed section marked, and the change listed', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(WHOLE_CHAPTER);
    site.show(DIST);
    for (const chapter of READ) await readWhole(page, site.at(`chapters/${chapter}/`), chapter);
    const visited = Object.values(await seen(page)).map((c) => c.at);

    site.show(rebuilt);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.at(`chapters/${CHANGED.chapter}/`));
    await watching(page);
    const marked = page.locator('[data-seen-chapter] [data-changed]');
    await expect(marked).toHaveCount(1);
    await expect(page.getByRole('heading', { name: `${CHANGED.title} (changed since your last visit)` })).toBeVisible();
    const note = page.getByRole('status').filter({ hasText: 'since your last visit' });
    await expect(note).toHaveText(
      `Changed since your last visit on ${formatDate(new Date(`${visited[0]}T00:00:00Z`))}: ${CHANGED.title}.`,
    );
    await note.getByRole('link', { name: CHANGED.title }).click();
    await expect(page).toHaveURL(new RegExp(`#${CHANGED.section}$`));
    // The editor's note at the end of the chapter.
    await expect(page.getByRole('region', { name: 'Changes to this chapter' })).toContainText(NOTE);

    for (const chapter of READ.filter((c) => c !== CHANGED.chapter)) {
      await page.goto(site.at(`chapters/${chapter}/`));
      await watching(page);
      await expect(page.locator('[data-seen-chapter] [data-changed]'), `${chapter}: marked sections`).toHaveCount(0);
      await expect(page.locator('[data-changed-note]'), `${chapter}: the line under the title`).toBeEmpty();
    }

    await page.goto(site.at('changes/'));
    const item = page.getByRole('listitem').filter({ hasText: NOTE });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link', { name: CHANGED.title })).toHaveAttribute(
      'href',
      `${BASE}chapters/${CHANGED.chapter}/#${CHANGED.section}`,
    );
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(
      formatDate(new Date(`${DAY}T00:00:00Z`)),
    );
  });

  test('a changed section the reader never read is not marked, and a first visit shows no marks', async ({ page }) => {
    // On a window of ordinary height the reader reads the top of Pitfalls and leaves; the changed section is far below.
    site.show(DIST);
    await page.goto(site.at(`chapters/${CHANGED.chapter}/`));
    await watching(page);
    await expect
      .poll(async () => Object.keys((await seen(page))[CHANGED.chapter]?.sections ?? {}), {
        message: 'the sections on the first screen read',
      })
      .toContain('short-answer');
    expect(Object.keys((await seen(page))[CHANGED.chapter]!.sections)).not.toContain(CHANGED.section);

    site.show(rebuilt);
    await page.goto(site.at(`chapters/${CHANGED.chapter}/`));
    await watching(page);
    await expect(page.locator('[data-seen-chapter] [data-changed]')).toHaveCount(0);
    await expect(page.locator('[data-changed-note]')).toBeEmpty();

    // Another reader, never here before, on the rebuilt site.
    await page.evaluate(() => localStorage.clear());
    await page.goto(site.at(`chapters/${CHANGED.chapter}/`));
    await watching(page);
    await expect(page.locator('[data-seen-chapter] [data-changed]')).toHaveCount(0);
  });

  test('a tick and an answer saved under ids that editors renamed carry over to the new ids', async ({ page }) => {
    site.show(DIST);
    await page.goto(site.at('chapters/pitfalls/'));
    await page
      .getByRole('group', { name: /it worked when I tried it/ })
      .getByRole('radio', { name: 'Not yet' })
      .check();
    await expect.poll(() => stored(page, 'checks')).toEqual({ 'pitfalls/vibes-vs-evals': 'not-yet' });
    await page.goto(site.at('progress/'));
    await page.getByRole('checkbox', { name: /genuinely useful tools/ }).check();
    await expect.poll(() => stored(page, 'milestones')).toHaveProperty('m1-build-with-two-apis');

    site.show(rebuilt);
    await page.goto(site.at('chapters/pitfalls/'));
    await expect(
      page.getByRole('group', { name: /it worked when I tried it/ }).getByRole('radio', { name: 'Not yet' }),
    ).toBeChecked();
    await expect.poll(() => stored(page, 'checks')).toEqual({ 'pitfalls/tried-it-is-not-tested': 'not-yet' });
    await page.goto(site.at('progress/'));
    await expect(page.locator('input[data-milestone="m1-build-on-two-apis"]')).toBeChecked();
    await expect(page.getByRole('region', { name: 'No longer in the guide' })).toBeHidden();
    await expect.poll(() => stored(page, 'milestones')).not.toHaveProperty('m1-build-with-two-apis');
  });
});

test('a section counts as read after two seconds on screen, not when scrolled past', async ({ page }) => {
  await page.goto('chapters/pitfalls/');
  await watching(page);
  // Past "Evaluation pitfalls" to the last section, where the reader stays.
  await page.evaluate(async () => {
    document.getElementById('evaluation-pitfalls')!.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    document.getElementById('what-to-do-next')!.scrollIntoView();
  });
  await expect
    .poll(async () => Object.keys((await seen(page)).pitfalls?.sections ?? {}), {
      message: 'the section the reader stayed on, read',
    })
    .toContain('what-to-do-next');
  expect(Object.keys((await seen(page)).pitfalls!.sections), 'a section only scrolled past').not.toContain(
    'evaluation-pitfalls',
  );
  await page.evaluate(() => document.getElementById('evaluation-pitfalls')!.scrollIntoView());
  await expect
    .poll(async () => Object.keys((await seen(page)).pitfalls?.sections ?? {}), {
      message: 'the section once the reader stays on it',
    })
    .toContain('evaluation-pitfalls');
});

test(
  'a returning reader sees the marks under the base path too: the marks and their styles load on demand',
  BASE_PATH,
  async ({ page }) => {
    await page.goto('chapters/growth/');
    await watching(page);
    await expect.poll(async () => Object.keys((await seen(page)).growth?.sections ?? {})).toContain('short-answer');
    // As if the short answer had changed since: the record holds another fingerprint for it.
    await page.evaluate(() => {
      const progress = JSON.parse(localStorage.getItem('aieg-progress')!);
      progress.seen.growth.sections['short-answer'] = '00000000';
      localStorage.setItem('aieg-progress', JSON.stringify(progress));
    });
    await page.reload();
    const heading = page.getByRole('heading', { name: 'Short answer (changed since your last visit)' });
    await expect(heading).toBeVisible();
    // The mark is drawn by the lazily loaded stylesheet.
    await expect.poll(() => heading.evaluate((h) => getComputedStyle(h, '::before').content)).toContain('Changed');
  },
);
