// Byte budgets on the built site (dist/), so a change that makes pages heavier fails here instead of
// being noticed on a slow phone. Bytes, not time: speed is measured by `npm run bench`.
// The suite's runner (scripts/test.sh) builds before Vitest; run `npm run build` first when running this alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../site.config.mjs';
import { fontFiles, listFiles, pageWeight } from '../../scripts/bench/measure.mjs';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1024;

/** One round trip: ~14 KB is what a new TCP connection delivers before its first acknowledgement. */
const CHAPTER_HTML_AND_CSS = 14 * KB;
/** Scripts a chapter runs before the reader can interact: modules the page references and their static imports. */
const CHAPTER_JS = 3 * KB;
/**
 * The heaviest page (HTML + render-blocking CSS + up-front JS, gzip). Set from measurement with ~25% headroom:
 * measured 2026-11-22 at 25.6 KB (chapters/salary/) -> budget 32 KB. Raise it only with a reason.
 */
const HEAVIEST_PAGE = 32 * KB;

type Weight = ReturnType<typeof pageWeight>;
let pages: Weight[] = [];
let chapters: Weight[] = [];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`dist/ has no built site (looked for ${join(DIST, 'index.html')}). Run \`npm run build\` first; \`npm test\` builds before it runs Vitest.`);
  }
  pages = listFiles(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${join(DIST, 'pagefind')}`))
    .map((f) => pageWeight(DIST, f, siteConfig.base));
  const chapterDir = join(DIST, 'chapters');
  chapters = readdirSync(chapterDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(chapterDir, e.name, 'index.html')))
    .map((e) => pages.find((p) => p.page === join('chapters', e.name, 'index.html'))!)
    .filter(Boolean);
});

describe('size budgets of the built site', () => {
  test('finds the built chapters, and every stylesheet and script the pages reference', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.missing.map((m) => `${p.page} -> ${m}`))).toEqual([]);
  });

  test('a chapter page with its render-blocking CSS fits in one round trip (14 KB gzip)', () => {
    const over = chapters.filter((p) => p.htmlGzip + p.cssGzip > CHAPTER_HTML_AND_CSS)
      .map((p) => `${p.page}: ${kb(p.htmlGzip + p.cssGzip)} (HTML ${kb(p.htmlGzip)} + CSS ${kb(p.cssGzip)} in ${p.cssFiles.join(', ')})`);
    expect(over, `chapter pages over ${kb(CHAPTER_HTML_AND_CSS)} of HTML + render-blocking CSS, gzip`).toEqual([]);
  });

  test('a chapter page loads at most 3 KB gzip of JavaScript before interaction', () => {
    const over = chapters.filter((p) => p.jsGzip > CHAPTER_JS)
      .map((p) => `${p.page}: ${kb(p.jsGzip)} (inline ${kb(p.inlineJsGzip)}; ${p.jsFiles.join(', ')})`);
    expect(over, `chapter pages over ${kb(CHAPTER_JS)} of up-front JavaScript, gzip`).toEqual([]);
  });

  test(`the heaviest page stays under its budget (${HEAVIEST_PAGE / KB} KB gzip of HTML, CSS and up-front JS)`, () => {
    const total = (p: Weight) => p.htmlGzip + p.cssGzip + p.jsGzip;
    const heaviest = [...pages].sort((a, b) => total(b) - total(a))[0]!;
    expect(total(heaviest), `${heaviest.page}: HTML ${kb(heaviest.htmlGzip)} + CSS ${kb(heaviest.cssGzip)} + JS ${kb(heaviest.jsGzip)}`).toBeLessThanOrEqual(HEAVIEST_PAGE);
  });

  test('ships no web font: no font files and no @font-face in the stylesheets', () => {
    expect(fontFiles(DIST)).toEqual([]);
    const css = listFiles(DIST).filter((f) => f.endsWith('.css'));
    expect(css.filter((f) => /@font-face/i.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
