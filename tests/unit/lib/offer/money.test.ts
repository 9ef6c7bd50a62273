import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  applyBasisPoints,
  formatCents,
  formatDelta,
  formatPercent,
  parseCount,
  parseMoney,
  parsePercent,
  splitEvenly,
  sum,
} from '../../../../src/lib/offer/money';

describe('parseMoney', () => {
  test('reads dollars as typed, with a dollar sign, thousands separators, cents, or k and M', () => {
    expect(parseMoney('250000')).toEqual({ ok: true, value: 25_000_000 });
    expect(parseMoney(' $250,000 ')).toEqual({ ok: true, value: 25_000_000 });
    expect(parseMoney('1,234.5')).toEqual({ ok: true, value: 123_450 });
    expect(parseMoney('250k')).toEqual({ ok: true, value: 25_000_000 });
    expect(parseMoney('1.5M')).toEqual({ ok: true, value: 150_000_000 });
    expect(parseMoney('0')).toEqual({ ok: true, value: 0 });
  });

  test('says why a figure is refused instead of returning NaN or zero', () => {
    expect(parseMoney('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseMoney('   ')).toEqual({ ok: false, problem: 'empty' });
    for (const text of ['abc', '12abc', '1,50', '.', '1e5', '$', '--5', 'NaN', 'Infinity'])
      expect(parseMoney(text), text).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseMoney('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoney('-$5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoney('1.005')).toEqual({ ok: false, problem: 'too-precise' });
  });

  test('refuses figures outside the limits it is given', () => {
    const limits = { min: 100_000, max: 1_000_000_000 };
    expect(parseMoney('999', limits)).toEqual({ ok: false, problem: 'too-small' });
    expect(parseMoney('10,000,001', limits)).toEqual({ ok: false, problem: 'too-large' });
    expect(parseMoney('99999999999999999999', limits)).toEqual({ ok: false, problem: 'too-large' });
    expect(parseMoney('1000', limits)).toEqual({ ok: true, value: 100_000 });
  });

  test('reads back any amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (cents) => {
        expect(parseMoney(formatCents(cents))).toEqual({ ok: true, value: cents });
      }),
    );
  });
});

describe('parsePercent', () => {
  const limits = { min: -10_000, max: 100_000 };
  test('reads a percentage, with or without the sign, into basis points', () => {
    expect(parsePercent('15', limits)).toEqual({ ok: true, value: 1500 });
    expect(parsePercent('12.5%', limits)).toEqual({ ok: true, value: 1250 });
    expect(parsePercent('-30', limits)).toEqual({ ok: true, value: -3000 });
  });
  test('refuses a percentage that is not a number, too precise, or out of range', () => {
    expect(parsePercent('ten', limits)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parsePercent('15k', limits)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parsePercent('1.234', limits)).toEqual({ ok: false, problem: 'too-precise' });
    expect(parsePercent('-101', limits)).toEqual({ ok: false, problem: 'too-small' });
    expect(parsePercent('-1', { min: 0, max: 100 })).toEqual({ ok: false, problem: 'negative' });
    expect(parsePercent('1001', limits)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('parseCount', () => {
  test('reads a whole number within its limits and says why it refuses anything else', () => {
    const limits = { min: 1, max: 4 };
    expect(parseCount('3', limits)).toEqual({ ok: true, value: 3 });
    expect(parseCount('', limits)).toEqual({ ok: false, problem: 'empty' });
    expect(parseCount('two', limits)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseCount('1.5', limits)).toEqual({ ok: false, problem: 'too-precise' });
    expect(parseCount('-1', limits)).toEqual({ ok: false, problem: 'negative' });
    expect(parseCount('0', limits)).toEqual({ ok: false, problem: 'too-small' });
    expect(parseCount('5', limits)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('cent arithmetic', () => {
  test('a percentage of an amount rounds half away from zero to the cent', () => {
    expect(applyBasisPoints(20_000_000, 1500)).toBe(3_000_000);
    expect(applyBasisPoints(1, 5000)).toBe(1);
    expect(applyBasisPoints(1, 4999)).toBe(0);
    expect(applyBasisPoints(-1, 5000)).toBe(-1);
    expect(applyBasisPoints(333, 7000)).toBe(233);
  });

  test('an even split adds up to the total, and only the last part differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 10 }), (total, parts) => {
        const split = splitEvenly(total, parts);
        expect(split).toHaveLength(parts);
        expect(sum(split)).toBe(total);
        expect(new Set(split.slice(0, -1)).size).toBeLessThanOrEqual(1);
        expect(split.at(-1)! - split[0]!).toBeGreaterThanOrEqual(0);
        expect(split.at(-1)! - split[0]!).toBeLessThan(parts);
      }),
    );
  });

  test('refuses to split into no parts', () => {
    expect(() => splitEvenly(100, 0)).toThrow(/at least one part/);
  });
});

describe('formatting', () => {
  test('writes dollars with separators, and cents only when there are some', () => {
    expect(formatCents(25_000_000)).toBe('$250,000');
    expect(formatCents(25_000_050)).toBe('$250,000.50');
    expect(formatCents(7)).toBe('$0.07');
    expect(formatCents(-150_000)).toBe('−$1,500');
    expect(formatDelta(1_200_000)).toBe('+$12,000');
    expect(formatDelta(0)).toBe('$0');
    expect(formatPercent(1500)).toBe('15%');
    expect(formatPercent(1250)).toBe('12.5%');
    expect(formatPercent(-3000)).toBe('−30%');
  });
});
