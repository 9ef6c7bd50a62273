import { describe, expect, test } from 'vitest';
import { findBrokenLinks, scanHtml } from '../../../src/integrations/content-checks.mjs';

describe('scanHtml', () => {
  test("names the chapter each link of the print edition comes from, and none for the page's own links", () => {
    const html = '<a href="#contents">x</a><article id="chapter-intro" class="c"><a href="#intro-a">a</a></article><article id="chapter-skills"><a href="#skills-b">b</a></article><a href="/">home</a>';
    const scan = scanHtml(html);
    expect(scan.links).toEqual(['#contents', '#intro-a', '#skills-b', '/']);
    expect(scan.origins).toEqual([undefined, 'intro', 'skills', undefined]);
  });

  test('finds markup after </html>', () => {
    expect(scanHtml('<html><body></body></html>\n').trailing).toBe('');
    expect(scanHtml('<html><body></body></html><script type="module" src="/a.js"></script>').trailing).toBe('<script type="module" src="/a.js"></script>');
  });
});

describe('findBrokenLinks', () => {
  test('carries the chapter a broken link on the print edition comes from', () => {
    const pages = new Map([
      ['chapters/intro/', { ids: new Set(['a']), links: ['/chapters/nope/'] }],
      ['guide/', { ids: new Set(['intro-a']), links: ['/chapters/nope/', '#intro-a'], origins: ['intro', 'intro'] }],
    ]);
    expect(findBrokenLinks(pages, new Set(), '/')).toEqual([
      { from: 'chapters/intro/', origin: undefined, href: '/chapters/nope/', why: 'points to no page in the build' },
      { from: 'guide/', origin: 'intro', href: '/chapters/nope/', why: 'points to no page in the build' },
    ]);
  });
});
