// Shared helpers for the end-to-end tests: the list of built pages, and an axe run with WCAG 2.2 A/AA.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const DIST = resolve(process.cwd(), process.env.GUIDE_OUT_DIR ?? 'dist'); // relative or absolute, like astro.config.mjs

/** Every page in the build, as a path relative to the site's base ('' for home, 'chapters/skills/'...). */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`No build at ${DIST}: run \`npm run build\` before the end-to-end tests.`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { if (name !== 'pagefind' && name !== '_astro') walk(path); }
      else if (name === 'index.html') out.push(relative(DIST, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
    }
  };
  walk(DIST);
  return out.map((p) => (p === '/' ? '' : p)).sort();
}

/** Chapter slugs in the build. */
export const builtChapters = () => builtPages().filter((p) => /^chapters\/[^/]+\/$/.test(p)).map((p) => p.split('/')[1]!);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Axe violations on the page as short readable lines (empty when clean). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Sets the stored theme before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}
