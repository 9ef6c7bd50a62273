import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  chapterOfPage,
  chapterPath,
  FILES,
  normaliseBase,
  ogCardPath,
  pageOfFile,
  pageOfUrl,
  PAGES,
  partPath,
  resolveLink,
  searchPath,
  sourcePath,
  underBase,
} from '../../../src/lib/routes';

describe('the base path', () => {
  test('is normalised to one slash at each end, whatever the operator wrote', () => {
    for (const written of [undefined, '', '/', '//']) expect(normaliseBase(written)).toBe('/');
    for (const written of [
      'ai-engineer-guide',
      '/ai-engineer-guide',
      'ai-engineer-guide/',
      '/ai-engineer-guide/',
      '//ai-engineer-guide//',
    ]) {
      expect(normaliseBase(written)).toBe('/ai-engineer-guide/');
    }
  });

  test("puts a path under it, with or without the path's leading slash", () => {
    expect(underBase('/', 'chapters/x/')).toBe('/chapters/x/');
    expect(underBase('/guide', '/chapters/x/')).toBe('/guide/chapters/x/');
    expect(underBase('/guide/')).toBe('/guide/');
  });
});

describe('paths', () => {
  test('cover every page and file in src/pages, so the site makes no URL the routes module does not know', () => {
    const known = new Set<string>([
      ...Object.values(PAGES),
      ...Object.values(FILES),
      chapterPath('[slug]'),
      partPath('[part]'),
      ogCardPath('[slug]'),
    ]);
    const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts)$/.test(f) && f !== '404.astro') // 404.html is the host's "not found" page
      .map((f) =>
        f
          .replace(/\.(astro|ts)$/, '')
          .replace(/(^|\/)index$/, '$1')
          .replace(/^(?!.*\.\w+$)(.+?)\/?$/, '$1/'),
      );
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !known.has(r))).toEqual([]);
  });

  test('name every kind of page', () => {
    expect(chapterPath('salary')).toBe('chapters/salary/');
    expect(chapterPath('salary', 'junior-pay')).toBe('chapters/salary/#junior-pay');
    expect(sourcePath('s1')).toBe('chapters/sources/#s1');
    expect(searchPath()).toBe('search/');
    expect(searchPath('rag & evals')).toBe('search/?q=rag%20%26%20evals');
  });

  test('are read back from built files and from URLs under the base', () => {
    expect(pageOfFile('chapters/x/index.html')).toBe('chapters/x/');
    expect(pageOfFile('index.html')).toBe('');
    expect(pageOfFile('rss.xml')).toBe('rss.xml');
    expect(pageOfUrl('/guide/chapters/x/', '/guide/')).toBe('chapters/x/');
    expect(pageOfUrl('/chapters/x/', '/guide/')).toBeUndefined();
    expect(chapterOfPage('chapters/x/')).toBe('x');
    expect(chapterOfPage('chapters/x')).toBe('x');
    expect(chapterOfPage('chapters/tools/evals/')).toBe('tools/evals');
    expect(chapterOfPage('chapters/')).toBeUndefined();
    expect(chapterOfPage('parts/x/')).toBeUndefined();
  });
});

describe('a link', () => {
  test('to another site or scheme is external', () => {
    for (const href of ['https://example.org/', 'mailto:a@example.org', '//cdn.example.org/x.js'])
      expect(resolveLink(href, '')).toEqual({ kind: 'external' });
  });

  test('from the root resolves under the base, and outside it is flagged', () => {
    expect(resolveLink('/guide/chapters/x/#y', 'chapters/a/', '/guide/')).toEqual({
      kind: 'internal',
      target: 'chapters/x/',
      page: 'chapters/x/',
      hash: 'y',
    });
    expect(resolveLink('/chapters/x/', 'chapters/a/', '/guide/')).toEqual({ kind: 'outside-base' });
  });

  test("that is relative resolves from the page's folder; a lone anchor stays on the page; the query is dropped", () => {
    expect(resolveLink('../b/', 'chapters/a/')).toMatchObject({ target: 'chapters/b/' });
    expect(resolveLink('./images/x.png', 'chapters/a/')).toMatchObject({
      target: 'chapters/a/images/x.png',
      page: 'chapters/a/images/x.png/',
    });
    expect(resolveLink('chapters/', '')).toMatchObject({ target: 'chapters/' });
    expect(resolveLink('#top', 'chapters/a/')).toEqual({
      kind: 'internal',
      target: 'chapters/a/',
      page: 'chapters/a/',
      hash: 'top',
    });
    expect(resolveLink('/rss.xml?x=1', '')).toEqual({
      kind: 'internal',
      target: 'rss.xml',
      page: 'rss.xml/',
      hash: undefined,
    });
  });
});
