import { describe, expect, test } from 'vitest';
import { printChapterHtml, printHref } from '../../../src/lib/print-edition';

const ctx = { slug: 'skills', chapters: new Set(['skills', 'salary', 'glossary']), base: '/' };

describe('printChapterHtml', () => {
  test("prefixes a chapter's heading ids and the ids its components draw with the chapter's slug", () => {
    const html =
      '<h2 id="what-to-do-next">What to do next</h2><section aria-labelledby="short-answer"><h2 id="short-answer">Short answer</h2></section>';
    expect(printChapterHtml(html, ctx)).toBe(
      '<h2 id="skills-what-to-do-next">What to do next</h2><section aria-labelledby="skills-short-answer"><h2 id="skills-short-answer">Short answer</h2></section>',
    );
  });

  test('points in-page links, links between chapters and glossary links within the print edition', () => {
    const html =
      '<a href="#evals">a</a> <a href="/chapters/salary/#by-level">b</a> <a href="/chapters/salary/">c</a> <a class="term" href="/chapters/glossary/#rag">RAG</a>';
    expect(printChapterHtml(html, ctx)).toBe(
      '<a href="#skills-evals">a</a> <a href="#salary-by-level">b</a> <a href="#chapter-salary">c</a> <a class="term" href="#glossary-rag">RAG</a>',
    );
  });

  test('leaves links to other pages and other sites, and text that only looks like markup, as they are', () => {
    const html =
      '<a href="/data/salaries/">d</a> <a href="https://example.org/#x">e</a> <a href="/chapters/draft/">f</a><pre><code>&lt;h2 id="x"&gt; id="y"</code></pre>';
    expect(printChapterHtml(html, ctx)).toBe(html);
  });

  test('copies the inside of scripts and styles unchanged', () => {
    const html = '<script type="application/json" id="data">{"id":"x","href":"#a"}</script>';
    expect(printChapterHtml(html, ctx)).toBe(
      '<script type="application/json" id="skills-data">{"id":"x","href":"#a"}</script>',
    );
  });
});

describe('printHref', () => {
  test('follows the base path of a site served under a subpath', () => {
    const sub = { ...ctx, base: '/ai-engineer-guide/' };
    expect(printHref('/ai-engineer-guide/chapters/salary/#by-level', sub)).toBe('#salary-by-level');
    expect(printHref('/chapters/salary/', sub)).toBe('/chapters/salary/');
  });
});
