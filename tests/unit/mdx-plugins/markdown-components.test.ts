// A Markdown chapter's components, drawn as the Astro components draw them. The build test
// (tests/build/markdown-chapter.test.ts) compares a whole chapter written both ways.
import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import {
  markdownBlocks,
  markdownCellLabels,
  markdownComponents,
  tagHtml,
} from '../../../src/mdx-plugins/markdown-components.mjs';

const FILE = new URL('file:///guide/content/chapters/example.md');
const SOURCES = new Map([
  ['s1', { label: 'Jobbi 2026', title: 'The Rise of "AI" Roles' }],
  ['s3', { label: 'northstar 2026', title: 'A & B' }],
]);
const render = async (md: string) =>
  (
    await markdownToHtml(md, {
      mdastPlugins: [markdownComponents(), markdownBlocks()],
      hastPlugins: [markdownCellLabels()],
      fileURL: FILE,
    })
  ).html.trim();

describe('tagHtml: one tag of a Markdown chapter', () => {
  test('draws a citation of one or more sources as Cite draws it on a chapter page, escaping titles', () => {
    expect(tagHtml('<Cite s="s1, s3 s1" />', SOURCES)).toBe(
      '<span class="cite" data-pagefind-ignore><a href="#source-s1" title="The Rise of &quot;AI&quot; Roles"><span class="sr-only">Source: </span>Jobbi 2026</a> <a href="#source-s3" title="A &amp; B"><span class="sr-only">Source: </span>northstar 2026</a></span>',
    );
  });

  test('refuses a citation of a source that does not exist', () => {
    expect(() => tagHtml('<Cite s="s9" />', SOURCES)).toThrow('source "s9"');
  });

  test('draws the boxes’ open and close tags, with their titles and tones', () => {
    expect(tagHtml('<ShortAnswer title="In short">', SOURCES)).toBe(
      '<section class="short-answer" aria-labelledby="short-answer" data-short-answer><h2 id="short-answer">In short</h2>',
    );
    expect(tagHtml('</ShortAnswer>', SOURCES)).toBe('</section>');
    expect(tagHtml('<Callout type="provisional">', SOURCES)).toBe(
      '<aside class="callout not-prose warning" aria-label="Provisional source"><p>Provisional source</p><div class="prose-guide prose-sm">',
    );
    expect(tagHtml('<Callout>', SOURCES)).toContain('class="callout not-prose note" aria-label="Note"');
    expect(tagHtml('</Callout>', SOURCES)).toBe('</div></aside>');
  });

  test('draws nothing for a comment, or for HTML that is not one of its components', () => {
    for (const html of [
      '<!-- for editors -->',
      '<b>',
      '<script>alert(1)</script>',
      '<Pay band="x" />',
      '<iframe src="x">',
    ])
      expect(tagHtml(html, SOURCES), html).toBe('');
  });
});

describe('markdownComponents and markdownBlocks: a Markdown chapter rendered', () => {
  test('opens with the short answer, its points and citations inside it', async () => {
    const html = await render(
      '<ShortAnswer>\n\n- Learn evals first <Cite s="s1" />.\n\n</ShortAnswer>\n\nThen the rest.\n',
    );
    expect(html).toMatch(
      /^<section class="short-answer" aria-labelledby="short-answer" data-short-answer><h2 id="short-answer">Short answer<\/h2>\s*<ul>\s*<li>Learn evals first <span class="cite"[^]*<\/li>\s*<\/ul>\s*<\/section>\s*<p>Then the rest.<\/p>$/,
    );
    expect(html).toContain('<a href="#source-s1" title="The Rise of AI Engineering Roles: What to Learn in 2026">');
  });

  test('makes a callout written on one line a box around its text, as MDX does, not a box inside a paragraph', async () => {
    const html = await render(
      'Before.\n\n<Callout type="tip" title="Mind the gap">Read *this* <Cite s="s1" />.</Callout>\n\nAfter.\n',
    );
    expect(html).toMatch(
      /<p>Before.<\/p>\s*<aside class="callout not-prose tip" aria-label="Mind the gap"><p>Mind the gap<\/p><div class="prose-guide prose-sm">Read <em>this<\/em> <span class="cite" data-pagefind-ignore><a href="#source-s1"[^>]*><span class="sr-only">Source: <\/span>[^<]+<\/a><\/span>.<\/div><\/aside>\s*<p>After.<\/p>/,
    );
  });

  test('keeps the paragraphs of a callout written on lines of its own', async () => {
    const html = await render('<Callout type="warning">\n\nOne.\n\nTwo.\n\n</Callout>\n');
    expect(html).toMatch(
      /^<aside class="callout not-prose warning" aria-label="Warning"><p>Warning<\/p><div class="prose-guide prose-sm">\s*<p>One.<\/p>\s*<p>Two.<\/p>\s*<\/div><\/aside>$/,
    );
  });

  test('never prints other raw HTML or comments', async () => {
    const html = await render(
      'Text <b>bold</b> <!-- note --> and <img src="https://example.org/x.png">.\n\n<script>alert(1)</script>\n',
    );
    expect(html).not.toMatch(/<b>|<script|<img|<!--|alert/);
    expect(html).toContain('Text bold');
  });

  test('gives tables the scrolling region and cell labels of ScrollTable, and code blocks a tab stop', async () => {
    const html = await render(
      '| Role | Pay |\n| --- | --- |\n| A | 1 |\n| B | 2 |\n\n```\ncode\n```\n\n| Skill | Level | Why |\n| --- | --- | --- |\n| Evals | High | Most asked |\n',
    );
    expect(
      html.match(
        /<div class="scroll row-cards" role="region" aria-label="Table" tabindex="0">\s*<table role="table">/g,
      ),
    ).toHaveLength(2);
    expect([...html.matchAll(/<td( data-label="([^"]*)")?>/g)].map((m) => m[2] ?? '')).toEqual([
      '',
      'Pay',
      '',
      'Pay',
      '',
      'Level',
      'Why',
    ]);
    expect(html).toContain('<pre tabindex="0"><code>code');
  });

  test('leaves MDX alone: there the components are components', async () => {
    const js = String((await mdxToJs('<Cite s="s1" />\n', { mdastPlugins: [markdownComponents()] })).code);
    expect(js).toContain('Cite');
    expect(js).not.toContain('data-pagefind-ignore');
  });
});
