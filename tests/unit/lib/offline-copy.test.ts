import { describe, expect, test } from 'vitest';
import { IMMUTABLE, bytesToUpdate, formatSize, offlineEnabled, type Manifest } from '../../../src/lib/offline-copy.mjs';

const manifest = (files: [string, string, number][]): Manifest => ({
  version: 1,
  build: 'b',
  built: '2026-12-06',
  bytes: 0,
  script: '_astro/x.js',
  files,
});

describe('the offline copy, as the build, the worker and the page agree on it', () => {
  test('is offered unless the operator sets GUIDE_OFFLINE=off, and a mistyped value fails with what to write', () => {
    expect(offlineEnabled({})).toBe(true);
    expect(offlineEnabled({ GUIDE_OFFLINE: '' })).toBe(true);
    expect(offlineEnabled({ GUIDE_OFFLINE: 'on' })).toBe(true);
    expect(offlineEnabled({ GUIDE_OFFLINE: 'off' })).toBe(false);
    expect(offlineEnabled({ GUIDE_OFFLINE: ' OFF ' })).toBe(false);
    expect(() => offlineEnabled({ GUIDE_OFFLINE: 'no' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: GUIDE_OFFLINE is "no"; set it to "off" to retire the offline copy (the build then ships a worker that removes itself), or leave it unset.]`,
    );
  });

  test('answers from the saved copy first only files whose name changes with their content, and the tagged search entry', () => {
    for (const path of [
      '_astro/Search.astro_astro_type_script_index_0_lang.DysstK-N.js',
      '_astro/global.DJ6UO2zr.css',
      'pagefind/index/en_109125e.pf_index',
      'pagefind/fragment/en_27c92a9.pf_fragment',
      'pagefind/filter/en_22a1a47.pf_filter',
      'pagefind/pagefind.en_48da3c4a6e.pf_meta',
      'pagefind/pagefind-entry.json?ts=eef86947fe91',
    ]) {
      expect(IMMUTABLE.test(path), path).toBe(true);
    }
    for (const path of [
      '',
      'chapters/salary/',
      'chapters/salary/?highlight=pay',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind-entry.json',
      'favicon.svg',
      'offline.json',
    ]) {
      expect(IMMUTABLE.test(path), path).toBe(false);
    }
  });

  test('an update fetches the files that are new or changed, not those the saved copy holds already', () => {
    const saved = manifest([
      ['', 'r1', 100],
      ['chapters/a/', 'r1', 200],
      ['_astro/x.js', 'r1', 50],
    ]);
    const next = manifest([
      ['', 'r1', 100],
      ['chapters/a/', 'r2', 210],
      ['_astro/y.js', 'r1', 60],
    ]);
    expect(bytesToUpdate(saved, next)).toBe(270);
    expect(bytesToUpdate(undefined, next)).toBe(370);
    expect(bytesToUpdate(next, next)).toBe(0);
  });

  test('states a download size in whole kilobytes (at least 1 KB when there is anything), or megabytes past 1,000 KB', () => {
    expect([0, 300, 1024, 16_600, 863_358, 999.4 * 1024, 999.6 * 1024, 1_300_000].map(formatSize)).toEqual([
      '0 KB',
      '1 KB',
      '1 KB',
      '16 KB',
      '843 KB',
      '999 KB',
      '1.0 MB',
      '1.2 MB',
    ]);
  });
});
