import { describe, expect, test } from 'vitest';
import { navWindow } from '../../../src/lib/nav-window';

const chapters = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }));

describe('navWindow', () => {
  test('lists every chapter of a small part', () => {
    const w = navWindow(chapters(5), 'c2', 12);
    expect(w.items.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect([w.hiddenBefore, w.hiddenAfter]).toEqual([0, 0]);
  });

  test('centres a fixed-size window on the current chapter of a large part', () => {
    const w = navWindow(chapters(500), 'c250', 12);
    expect(w.items).toHaveLength(12);
    expect(w.items.map((c) => c.id)).toContain('c250');
    expect(w.hiddenBefore + w.items.length + w.hiddenAfter).toBe(500);
    expect(w.items[0]!.id).toBe('c244');
  });

  test('keeps the window inside the part at either end', () => {
    expect(navWindow(chapters(100), 'c0', 12).items[0]!.id).toBe('c0');
    const end = navWindow(chapters(100), 'c99', 12);
    expect(end.items.at(-1)!.id).toBe('c99');
    expect(end.hiddenAfter).toBe(0);
  });

  test('starts at the top when no chapter is current', () => {
    expect(navWindow(chapters(40), undefined, 12).hiddenBefore).toBe(0);
  });
});
