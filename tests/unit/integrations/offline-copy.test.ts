import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  buildManifest,
  fillSize,
  findOfflineScript,
  gzipSize,
  savedFiles,
  searchIndexTag,
  tagSearch,
} from '../../../src/integrations/offline-copy.mjs';
import { GET } from '../../../src/pages/sw.js';

const entry = { languages: { en: { hash: 'en_48da3c4a6e', wasm: 'en', page_count: 24 } } };
const BUILT = [
  'index.html',
  '404.html',
  'chapters/salary/index.html',
  'chapters/index.html',
  'data/offer/index.html',
  'guide/index.html',
  'progress/index.html',
  '_astro/global.DJ6UO2zr.css',
  '_astro/Search.astro_astro_type_script_index_0_lang.DysstK-N.js',
  '_astro/chart.BxY1.webp',
  'favicon.svg',
  'og/part-pay.png',
  'og/default.png',
  'rss.xml',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'llms.txt',
  'llms-full.txt',
  'robots.txt',
  '_headers',
  'sw.js',
  'offline.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_48da3c4a6e.pf_meta',
  'pagefind/index/en_109125e.pf_index',
  'pagefind/fragment/en_27c92a9.pf_fragment',
  'pagefind/filter/en_22a1a47.pf_filter',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-highlight.js',
];

describe('the offline copy, as the build lists it', () => {
  test('saves every page but 404 at its folder address, the assets and what search loads; no images for sharing, feeds or Pagefind interfaces', () => {
    const saved = savedFiles(BUILT, entry, 'tag1');
    expect(Object.fromEntries(saved)).toEqual({
      '': 'index.html',
      'chapters/': 'chapters/index.html',
      'chapters/salary/': 'chapters/salary/index.html',
      'data/offer/': 'data/offer/index.html',
      'guide/': 'guide/index.html',
      'progress/': 'progress/index.html',
      '_astro/chart.BxY1.webp': '_astro/chart.BxY1.webp',
      '_astro/global.DJ6UO2zr.css': '_astro/global.DJ6UO2zr.css',
      '_astro/Search.astro_astro_type_script_index_0_lang.DysstK-N.js':
        '_astro/Search.astro_astro_type_script_index_0_lang.DysstK-N.js',
      'favicon.svg': 'favicon.svg',
      'pagefind/pagefind.js': 'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js': 'pagefind/pagefind-worker.js',
      'pagefind/wasm.en.pagefind': 'pagefind/wasm.en.pagefind',
      'pagefind/pagefind-entry.json?ts=tag1': 'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_48da3c4a6e.pf_meta': 'pagefind/pagefind.en_48da3c4a6e.pf_meta',
      'pagefind/index/en_109125e.pf_index': 'pagefind/index/en_109125e.pf_index',
      'pagefind/fragment/en_27c92a9.pf_fragment': 'pagefind/fragment/en_27c92a9.pf_fragment',
      'pagefind/filter/en_22a1a47.pf_filter': 'pagefind/filter/en_22a1a47.pf_filter',
    });
  });

  test("the build id changes when any file's revision does, and not with the order files were listed in", () => {
    const files: [string, string, number][] = [
      ['chapters/a/', 'r1', 200],
      ['', 'r1', 100],
    ];
    const a = buildManifest(files, '2026-12-06', '_astro/x.js');
    expect(a).toMatchObject({
      version: 1,
      built: '2026-12-06',
      bytes: 300,
      script: '_astro/x.js',
      files: [
        ['', 'r1', 100],
        ['chapters/a/', 'r1', 200],
      ],
    });
    expect(buildManifest([...files].reverse(), '2026-12-06', '_astro/x.js').build).toBe(a.build);
    expect(
      buildManifest(
        [
          ['chapters/a/', 'r2', 200],
          ['', 'r1', 100],
        ],
        '2026-12-06',
        '_astro/x.js',
      ).build,
    ).not.toBe(a.build);
    expect(searchIndexTag('{"version":"1.6.0"}')).toMatch(/^[0-9a-f]{12}$/);
    expect(searchIndexTag('{"version":"1.6.0"}')).not.toBe(searchIndexTag('{"version":"1.6.1"}'));
  });

  test('gives the search tag to the pages that can search, and the size to the pages that offer the copy', () => {
    expect(tagSearch('<!doctype html><html lang="en"><body><button data-search-open>', 't1')).toBe(
      '<!doctype html><html data-search-index="t1" lang="en"><body><button data-search-open>',
    );
    const print = '<!doctype html><html lang="en"><body><h1>The whole guide</h1>';
    expect(tagSearch(print, 't1')).toBe(print);
    expect(fillSize('<button data-offline-save>Save <span data-offline-size></span></button>', 863_358)).toBe(
      '<button data-offline-save>Save <span data-offline-size>(843 KB)</span></button>',
    );
    expect(fillSize('<span data-offline-size>(12 KB)</span>', 2_048)).toBe('<span data-offline-size>(2 KB)</span>');
  });

  test("finds the saved copy's script among the offering page's scripts, and fails with what to check when there is not exactly one", () => {
    const code: Record<string, string> = {
      '_astro/a.js': 'search()',
      '_astro/b.js': 'document.querySelector(`[data-offline-panel]`)',
    };
    expect(findOfflineScript(['_astro/a.js', '_astro/b.js', '_astro/b.js'], (s) => code[s] ?? '')).toBe('_astro/b.js');
    expect(() => findOfflineScript(['_astro/a.js'], (s) => code[s] ?? '')).toThrowErrorMatchingInlineSnapshot(
      `[Error: The offline copy needs exactly one script that loads its panel (src/client/offline/boot.ts, through OfflinePanel.astro) on the pages that offer it; found none. Check that OfflinePanel.astro's <script> still calls bootOffline().]`,
    );
  });
});

describe('gzipSize: what a saved file costs to download', () => {
  test('is the gzip size at level 9 for a file sent compressed, and its own size for a file that is gzip already', async () => {
    const page = Buffer.from('<p>The same sentence, again and again.</p>'.repeat(200));
    expect(await gzipSize(page)).toBe(gzipSync(page, { level: 9 }).length);
    expect(await gzipSize(page)).toBeLessThan(page.length / 10);
    const fragment = gzipSync(page);
    expect(await gzipSize(fragment)).toBe(fragment.length);
  });
});

describe('sw.js', () => {
  const script = async () => (await GET({} as Parameters<typeof GET>[0])).text();

  test('is the offline worker, a script that stands on its own', async () => {
    const code = await script();
    expect(code).toContain('function offlineWorker');
    expect(code).toContain('"prefix":"guide-offline"');
    expect(() => new Function(code)).not.toThrow();
  });

  test('with GUIDE_OFFLINE=off is the worker that deletes the saved copies and unregisters itself, and answers no request', async () => {
    process.env.GUIDE_OFFLINE = 'off';
    try {
      const code = await script();
      expect(code).toContain('function retiredWorker');
      expect(code).toContain('registration.unregister()');
      expect(code).not.toContain('"fetch"');
      expect(() => new Function(code)).not.toThrow();
    } finally {
      delete process.env.GUIDE_OFFLINE;
    }
  });
});
