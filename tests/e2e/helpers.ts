// Shared helpers for the end-to-end tests: the list of built pages, a page shared by read-only checks, the theme
// switch those checks use, and an axe run with WCAG 2.2 A/AA.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chapterOfPage, pageOfFile } from '../../src/lib/routes';
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

export const DIST = resolve(process.cwd(), process.env.GUIDE_OUT_DIR ?? 'dist'); // relative or absolute, like astro.config.mjs

/** Every page in the build, as a path relative to the site's base ('' for home, 'chapters/skills/'...). */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`No build at ${DIST}: run \`npm run build\` before the end-to-end tests.`);
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|[\\/])index\.html$/.test(file) && !/^(pagefind|_astro)[\\/]/.test(file))
    .map(pageOfFile)
    .sort();
}

/** Whether a built page offers the reader a theme (it carries the theme toggle); the print edition is paper-white. */
export const hasThemes = (path: string) =>
  readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('data-theme-toggle');

/** Chapter slugs in the build. */
export const builtChapters = () => builtPages().flatMap((p) => chapterOfPage(p) ?? []);

type Options = Pick<BrowserContextOptions, 'viewport' | 'javaScriptEnabled'>;

/**
 * `test` with `sharedPage(options)`: one open page per worker and per set of options (viewport, JavaScript), for
 * checks that only read what a page shows (the axe sweep, the phone layout, what a chapter says). Opening a fresh
 * browser context costs about four times the CPU of a navigation in a page already open, and these checks visit
 * every page of the guide. Each check starts with its own `goto`, so none sees another's page; nothing they do is
 * stored (a form whose state lives only in the page and its address, such as the offer calculator's, may be typed
 * into). Tests that store, download or count requests use Playwright's own `page`, fresh for each test.
 */
export const test = base.extend<object, { sharedPage: (options?: Options) => Promise<Page> }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const pages = new Map<string, Page>();
      await use(async (options = {}) => {
        const key = JSON.stringify(options);
        let page = pages.get(key);
        if (!page || page.isClosed()) {
          const context = await browser.newContext({
            baseURL,
            viewport,
            userAgent,
            deviceScaleFactor,
            isMobile,
            hasTouch,
            ...options,
          });
          page = await context.newPage();
          pages.set(key, page);
        }
        return page;
      });
      for (const page of pages.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
});
export { expect };
export type { Page };

/**
 * Every box wider inside than it shows (it scrolls or clips sideways), and the page itself. Visually hidden
 * text (1 px boxes) is left out, and so are code blocks: code keeps its lines and scrolls on purpose.
 */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`the page: ${doc.scrollWidth} px in ${doc.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.clientWidth <= 1 || el.closest('pre')) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : ''}: ${el.scrollWidth} px in ${el.clientWidth}`,
        );
    }
    return out;
  });
}

/** The page background of each theme (theme.css), the signal that a theme applies. */
export const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 18, 24)' } as const;

/**
 * Shows the open page in `theme` without reloading it, as a reader would switch: with JavaScript, what the theme
 * toggle does (the `dark` class on <html>, src/client/theme.ts), not stored; without it, the system's setting,
 * which the page follows. Returns once the page's background shows the theme.
 */
export async function showTheme(page: Page, theme: 'light' | 'dark', { javaScript = true } = {}) {
  await page.emulateMedia({ colorScheme: theme });
  if (javaScript)
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), {
      message: `the ${theme} theme applies`,
    })
    .toBe(BACKGROUND[theme]);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * The WCAG rules whose answer depends on colours. The themes differ in colours only (theme.css switches colour
 * custom properties; the `dark:` utilities set colours, borders' colours and fills), so on a page already checked
 * with every rule in one theme, these are the ones the other theme can change.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's browser script, put into a page once per document (axeViolations). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe violations on the page as short readable lines (empty when clean): every WCAG 2.2 A/AA rule, or with
 * `colours` only the rules that depend on colours. axe-core runs in the page itself: its script goes in once per
 * document, so the second theme's run reuses it, and `resultTypes` keeps every node only for violations, not for the
 * thousands of nodes that pass. (@axe-core/playwright put the script in again for every run and added its own
 * round trips: about 0.25 s more per run, a third of a chapter's, measured 2026-12-07.)
 */
export async function axeViolations(
  page: Page,
  { include, colours = false }: { include?: string; colours?: boolean } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: colours ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    iframes: false,
  };
  const violations = await page.evaluate(
    async ([context, options]) => {
      const { axe } = window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(context ?? document, options);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    [include, options] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.targets.slice(0, 3).join(' | ')}`);
}

/** Every WCAG rule in the page's light theme, then the colour rules in dark: what both themes show a reader. */
export async function axeInBothThemes(
  page: Page,
  { include, javaScript = true }: { include?: string; javaScript?: boolean } = {},
) {
  await showTheme(page, 'light', { javaScript });
  const light = await axeViolations(page, { include });
  await showTheme(page, 'dark', { javaScript });
  const dark = await axeViolations(page, { include, colours: true });
  return { light, dark };
}

/**
 * The tag of the tests whose behaviour depends on the site's base path: they follow links, load code or the search
 * index on demand, or read absolute URLs the build writes (meta, feeds, sitemap). scripts/test.sh runs the whole
 * Chromium suite against the build under a subpath; `npx playwright test --grep @base-path` runs these at / as well.
 * `test('...', BASE_PATH, async ...)`.
 */
export const BASE_PATH = { tag: '@base-path' };
