import { describe, expect, test } from 'vitest';
import { arrowTarget } from '../../../../src/client/search/keys';

describe('arrow keys in the search interface', () => {
  test('the down arrow moves from the field to the first result, then down, and stays on the last', () => {
    expect(arrowTarget('ArrowDown', -1, 3)).toBe(0);
    expect(arrowTarget('ArrowDown', 0, 3)).toBe(1);
    expect(arrowTarget('ArrowDown', 2, 3)).toBe(2);
  });

  test('the up arrow moves up, and from the first result back to the field', () => {
    expect(arrowTarget('ArrowUp', 2, 3)).toBe(1);
    expect(arrowTarget('ArrowUp', 0, 3)).toBe(-1);
    expect(arrowTarget('ArrowUp', -1, 3)).toBe(-1);
  });

  test('arrows do nothing without results, and other keys are left alone', () => {
    expect(arrowTarget('ArrowDown', -1, 0)).toBeUndefined();
    expect(arrowTarget('ArrowUp', -1, 0)).toBeUndefined();
    expect(arrowTarget('Enter', 0, 3)).toBeUndefined();
    expect(arrowTarget('a', -1, 3)).toBeUndefined();
  });
});
