// The checks on the built site, on plain objects: the scan of one page, the links that resolve to nothing, the
// file each message names, and the data entries no page shows. tests/build/content-checks.test.ts proves the wiring.
import { describe, expect, test } from 'vitest';
import {
  checkBuiltSite,
  findBrokenLinks,
  findUnshownEntries,
  pageSource,
  scanHtml,
} from '../../../src/integrations/built-site-checks.mjs';

describe('scanHtml', () => {
  test("names the chapter each link of the print edition comes from, and none for the page's own links", () => {
    const html =
      '<a href="#contents">x</a><article id="chapter-intro" class="c"><a href="#intro-a">a</a></article><article id="chapter-skills"><a href="#skills-b">b</a></article><a href="/">home</a>';
    const scan = scanHtml(html);
    expect(scan.links).toEqual(['#contents', '#intro-a', '#skills-b', '/']);
    expect(scan.origins).toEqual([undefined, 'intro', 'skills', undefined]);
  });

  test('finds markup after </html>', () => {
    expect(scanHtml('<html><body></body></html>\n').trailing).toBe('');
    expect(scanHtml('<html><body></body></html><script type="module" src="/a.js"></script>').trailing).toBe(
      '<script type="module" src="/a.js"></script>',
    );
  });

  test('collects the data entries a page marks as shown', () => {
    expect([
      ...scanHtml('<li data-entry="skills/evals">Evals</li><tr data-entry="salary-bands/s1-senior"></tr>').entries,
    ]).toEqual(['skills/evals', 'salary-bands/s1-senior']);
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

  test("takes a fragment of key=value pairs for a page script's state, not an anchor, and still checks the page", () => {
    const pages = new Map([
      [
        'chapters/salary/',
        {
          ids: new Set<string>(),
          links: [
            '/data/offer/#a.base=170%2C000&b.vesting=back-loaded',
            '/data/offer/#nowhere',
            '/data/nope/#a.base=1',
          ],
        },
      ],
      ['data/offer/', { ids: new Set(['worked-example']), links: [] }],
    ]);
    expect(findBrokenLinks(pages, new Set(), '/').map((p) => `${p.href}: ${p.why}`)).toEqual([
      '/data/offer/#nowhere: points to #nowhere, which is not on data/offer/',
      '/data/nope/#a.base=1: points to no page in the build',
    ]);
  });
});

const chapters = [
  { id: 'intro', file: 'content/chapters/intro.mdx' },
  { id: 'second', file: 'content/chapters/second.mdx' },
];

describe('pageSource', () => {
  test("names a chapter page's file, as the build loaded it", () => {
    expect(pageSource('chapters/second/', chapters)).toBe('content/chapters/second.mdx');
    expect(pageSource('chapters/tools/evals/', [{ id: 'tools/evals', file: 'content/chapters/tools/evals.mdx' }])).toBe(
      'content/chapters/tools/evals.mdx',
    );
  });

  test('describes a page that no chapter file makes', () => {
    expect(pageSource('guide/', chapters)).toBe('the page /guide/ (built from src/pages or a component)');
    expect(pageSource('chapters/', chapters)).toBe('the page /chapters/ (built from src/pages or a component)');
    expect(pageSource('chapters/unknown/', chapters)).toBe(
      'the page /chapters/unknown/ (built from src/pages or a component)',
    );
  });
});

describe('findUnshownEntries', () => {
  test('keeps the entries no page marks, whatever their collection', () => {
    const data = [
      { collection: 'skills', id: 'evals', file: 'content/skills/evals.yaml' },
      { collection: 'skills', id: 'tracing', file: 'content/skills/tracing.yaml' },
      { collection: 'glossary', id: 'evals', file: 'content/glossary/evals.yaml' },
    ];
    expect(findUnshownEntries(data, new Set(['skills/evals']))).toEqual([data[1], data[2]]);
  });
});

describe('checkBuiltSite', () => {
  const page = (html: string) => scanHtml(`<html><body>${html}</body></html>`);
  const content = { chapters, data: [{ collection: 'skills', id: 'evals', file: 'content/skills/evals.yaml' }] };

  test('finds nothing wrong with pages whose links resolve and which show every entry', () => {
    const pages = new Map([
      ['chapters/intro/', page('<h2 id="a">A</h2><a href="/chapters/second/#b">b</a><a href="/feed.xml">feed</a>')],
      ['chapters/second/', page('<h2 id="b">B</h2><a href="../intro/#a">a</a><p data-entry="skills/evals">Evals</p>')],
    ]);
    expect(checkBuiltSite({ pages, files: new Set(['feed.xml']), base: '/' }, content)).toEqual({
      errors: [],
      unshown: [],
    });
  });

  test("names the chapter's file for a broken link, and reports it once when the print edition repeats it", () => {
    const pages = new Map([
      ['chapters/intro/', page('<a href="/chapters/nope/">x</a><p data-entry="skills/evals">Evals</p>')],
      ['guide/', page('<article id="chapter-intro"><a href="/chapters/nope/">x</a></article>')],
    ]);
    expect(checkBuiltSite({ pages, files: new Set(), base: '/' }, content).errors).toEqual([
      'content/chapters/intro.mdx: the link "/chapters/nope/" points to no page in the build. Fix the address (chapters are /chapters/<file name>/, glossary terms /chapters/glossary/#<id>) or remove the link.',
    ]);
  });

  test('blames the print edition for a link that works on the chapter itself, naming both files', () => {
    const pages = new Map([
      ['chapters/intro/', page('<h2 id="a">A</h2><a href="#a">a</a>')],
      ['guide/', page('<article id="chapter-intro"><a href="#a">a</a></article>')],
    ]);
    expect(checkBuiltSite({ pages, files: new Set(), base: '/' }, { chapters, data: [] }).errors).toEqual([
      expect.stringMatching(
        /^the page \/guide\/ \(built from src\/pages or a component\): the link "#a", from content\/chapters\/intro\.mdx, points to #a, which is not on guide\/\. The link works on the chapter's own page/,
      ),
    ]);
  });

  test('refuses a link outside the base path and markup after </html>, naming the page', () => {
    const pages = new Map([
      ['chapters/intro/', scanHtml('<html><body><a href="/other/">x</a></body></html><script src="/a.js"></script>')],
    ]);
    const { errors } = checkBuiltSite({ pages, files: new Set(), base: '/guide-base/' }, { chapters, data: [] });
    expect(errors).toEqual([
      expect.stringMatching(
        /^content\/chapters\/intro\.mdx: the page has markup after <\/html> \(<script src="\/a\.js"><\/script>\.\.\.\)\./,
      ),
      expect.stringMatching(
        /^content\/chapters\/intro\.mdx: the link "\/other\/" does not start with the site's base path \/guide-base\//,
      ),
    ]);
  });

  test('lists a data entry no page shows, by the file the build loaded it from', () => {
    const pages = new Map([['chapters/intro/', page('<p data-entry="skills/other">x</p>')]]);
    expect(checkBuiltSite({ pages, files: new Set(), base: '/' }, content).unshown).toEqual([
      'content/skills/evals.yaml: no page shows this entry. Show it through a component (see CONTRIBUTING.md), or remove it if it is no longer needed.',
    ]);
  });
});
