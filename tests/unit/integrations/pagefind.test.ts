import { describe, expect, test } from 'vitest';
import { urlOf } from '../../../src/integrations/pagefind.mjs';

describe('urlOf', () => {
  test('serves a folder index at the folder, with a trailing slash', () => {
    expect(urlOf('chapters/intro/index.html', '/')).toBe('/chapters/intro/');
  });

  test('serves the home page at the base', () => {
    expect(urlOf('index.html', '/')).toBe('/');
    expect(urlOf('index.html', '/guide/')).toBe('/guide/');
  });

  test('keeps a file that is not an index as it is', () => {
    expect(urlOf('404.html', '/')).toBe('/404.html');
    expect(urlOf('chapters/myindex.html', '/')).toBe('/chapters/myindex.html');
  });

  test('puts the page under a base path, with or without its trailing slash', () => {
    expect(urlOf('chapters/intro/index.html', '/guide/')).toBe('/guide/chapters/intro/');
    expect(urlOf('chapters/intro/index.html', '/guide')).toBe('/guide/chapters/intro/');
  });
});
