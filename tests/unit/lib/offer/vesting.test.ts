import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { FULL, sum } from '../../../../src/lib/offer/money';
import {
  PRESETS,
  PRESET_INFO,
  isComplete,
  monthlyAfterCliff,
  scheduleFor,
  vestAmounts,
  vestByYear,
  yearlySchedule,
  type Schedule,
} from '../../../../src/lib/offer/vesting';

/** Any complete schedule: 1-8 dates in months 1-96, with whole parts adding up to a denominator. */
const anySchedule = fc
  .array(fc.record({ month: fc.integer({ min: 1, max: 96 }), part: fc.integer({ min: 0, max: 5_000 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .filter((events) => sum(events.map((e) => e.part)) > 0)
  .map((events): Schedule => ({
    events: [...events].sort((a, b) => a.month - b.month),
    denominator: sum(events.map((e) => e.part)),
  }));
const anyGrant = fc.integer({ min: 0, max: 100_000_000 * 100 });

describe('vesting schedules', () => {
  test('every preset adds up to the whole grant', () => {
    for (const preset of PRESETS.filter((p) => p !== 'custom'))
      expect(isComplete(scheduleFor(preset)), preset).toBe(true);
  });

  test('a custom schedule is complete only when its percentages add up to 100', () => {
    expect(isComplete(scheduleFor('custom', [1000, 2000, 3000, 4000]))).toBe(true);
    expect(isComplete(scheduleFor('custom', [1000, 2000, 3000, 3000]))).toBe(false);
    expect(isComplete(scheduleFor('custom', []))).toBe(false);
  });

  test('the one-year cliff releases a quarter at month 12; monthly vesting then releases 1/48 a month', () => {
    const monthly = monthlyAfterCliff();
    expect(monthly.events[0]).toEqual({ month: 12, part: 12 });
    expect(monthly.events).toHaveLength(37);
    expect(vestByYear(4_800_000, monthly, 4)).toEqual([1_200_000, 1_200_000, 1_200_000, 1_200_000]);
    expect(vestByYear(4_800_000, scheduleFor('cliff-yearly'), 4)).toEqual([1_200_000, 1_200_000, 1_200_000, 1_200_000]);
  });

  test('front- and back-loaded presets release their stated shares by year', () => {
    expect(PRESET_INFO['back-loaded'].explain).toMatch(/not from the guide's sources/);
    expect(vestByYear(10_000_000, scheduleFor('front-loaded'), 4)).toEqual([
      4_000_000, 3_000_000, 2_000_000, 1_000_000,
    ]);
    expect(vestByYear(10_000_000, scheduleFor('back-loaded'), 4)).toEqual([500_000, 1_500_000, 4_000_000, 4_000_000]);
  });

  test('a grant that does not split evenly is floored at each date and the last date takes the remainder', () => {
    expect(vestAmounts(100, yearlySchedule([3333, 3333, 3334]))).toEqual([33, 33, 34]);
    expect(vestAmounts(1, scheduleFor('cliff-yearly'))).toEqual([0, 0, 0, 1]);
  });

  test('refuses a schedule that does not add up', () => {
    expect(() => vestAmounts(100, yearlySchedule([5000]))).toThrow(/do not add up/);
  });

  test('for any schedule and any grant, the vesting adds up to the grant to the cent, in whole non-negative cents', () => {
    fc.assert(
      fc.property(anyGrant, anySchedule, (grant, schedule) => {
        const amounts = vestAmounts(grant, schedule);
        expect(sum(amounts)).toBe(grant);
        for (const a of amounts) {
          expect(Number.isInteger(a)).toBe(true);
          expect(a).toBeGreaterThanOrEqual(0);
        }
        // No date is off by a cent or more from its exact share.
        schedule.events.forEach((e, i) =>
          expect(Math.abs(amounts[i]! - (grant * e.part) / schedule.denominator)).toBeLessThan(1),
        );
      }),
    );
  });

  test('for any yearly percentages adding to 100, the years add up to the grant', () => {
    const yearly = fc.array(fc.integer({ min: 0, max: FULL }), { minLength: 1, maxLength: 6 }).map((parts) => {
      const capped = parts.map((p) => Math.min(p, FULL));
      const rest = FULL - sum(capped.slice(0, -1));
      return rest >= 0 ? [...capped.slice(0, -1), rest] : [FULL];
    });
    fc.assert(
      fc.property(anyGrant, yearly, (grant, percents) => {
        const years = vestByYear(grant, scheduleFor('custom', percents), percents.length);
        expect(sum(years)).toBe(grant);
      }),
    );
  });

  test('vesting that starts later shifts into later years and drops what falls past the window', () => {
    expect(vestByYear(400, scheduleFor('cliff-yearly'), 4, 1)).toEqual([0, 100, 100, 100]);
    expect(vestByYear(400, scheduleFor('cliff-yearly'), 4, 3)).toEqual([0, 0, 0, 100]);
  });
});
