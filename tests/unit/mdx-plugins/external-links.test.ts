import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { externalLinks, isExternal } from '../../../src/mdx-plugins/external-links.mjs';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [externalLinks()] }).html.trim();

describe('externalLinks', () => {
  test('gives a link to another site its rel attributes and the "leaves the guide" mark', () => {
    expect(render('Read [the survey](https://example.org/survey).')).toMatchInlineSnapshot(
      `"<p>Read <a href="https://example.org/survey" rel="external noopener noreferrer">the survey<span class="leaves-guide"><svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12"><path d="M5 2H2v8h8V7M7 1h4v4M11 1 5.5 6.5" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg><span class="leaves-guide-text"> (leaves the guide)</span></span></a>.</p>"`,
    );
  });

  test('leaves links inside the guide as they are', () => {
    expect(
      render('See [skills](/chapters/skills/#evals), [below](#faq) and [the editors](mailto:editors@example.org).'),
    ).not.toMatch(/rel=|leaves-guide/);
  });

  test('treats only http and https addresses as other sites', () => {
    expect([
      isExternal('https://a.example'),
      isExternal('HTTP://a.example'),
      isExternal('/chapters/x/'),
      isExternal('mailto:a@b.c'),
      isExternal(undefined),
    ]).toEqual([true, true, false, false, false]);
  });
});
