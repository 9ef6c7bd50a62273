import { describe, expect, test } from 'vitest';
import { describeClaims, joinAnd, provisionalNotice, unbackedClaims } from '../../../src/lib/provisional';
import type { ProvisionalClaim } from '../../../src/schemas/source';

const source = (id: string, provisionalClaims: ProvisionalClaim[]) => ({ id, data: { provisionalClaims } });
const s0 = source('s0', ['pay', 'growth', 'employers']);
const s1 = source('s1', []);
const s5 = source('s5', ['growth']);

describe('provisionalNotice', () => {
  test('names, per cited source, only the provisional claims the chapter rests on', () => {
    expect(provisionalNotice(['employers', 'pay'], [s1, s0])).toEqual([{ source: s0, claims: ['pay', 'employers'] }]);
    expect(provisionalNotice(['growth'], [s0, s1, s5])).toEqual([
      { source: s0, claims: ['growth'] },
      { source: s5, claims: ['growth'] },
    ]);
  });

  test('is empty, so no notice shows, when the chapter rests on no provisional claim, even if it cites a provisional source', () => {
    expect(provisionalNotice([], [s0, s1])).toEqual([]);
    expect(provisionalNotice(['pay'], [s1, s5])).toEqual([]);
  });
});

describe('unbackedClaims', () => {
  test('lists the claims a chapter rests on that none of its sources calls provisional', () => {
    expect(unbackedClaims(['pay', 'growth'], [s1, s5])).toEqual(['pay']);
    expect(unbackedClaims(['pay'], [s0])).toEqual([]);
  });
});

describe('describeClaims and joinAnd', () => {
  test("name the claims in readers' words, joined as a sentence would", () => {
    expect(describeClaims(['pay'])).toBe('pay remarks');
    expect(describeClaims(['pay', 'employers'])).toBe('pay remarks and employer examples');
    expect(describeClaims(['pay', 'growth', 'employers'])).toBe('pay remarks, growth claims and employer examples');
    expect(joinAnd([])).toBe('');
  });
});
