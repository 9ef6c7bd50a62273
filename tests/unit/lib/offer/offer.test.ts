import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { sum } from '../../../../src/lib/offer/money';
import {
  DEFAULT_OFFER,
  computeOffer,
  parseCustomSchedule,
  readOffer,
  type OfferFields,
} from '../../../../src/lib/offer/offer';
import { PRESETS, scheduleFor } from '../../../../src/lib/offer/vesting';

const offer = (changes: Partial<OfferFields> = {}): OfferFields => ({ ...DEFAULT_OFFER, ...changes });

describe('reading an offer', () => {
  test('the default offer is valid and reads into cents', () => {
    const { input, errors } = readOffer(offer());
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      base: 20_000_000,
      bonus: { mode: 'percent', bp: 1500 },
      signOn: 3_000_000,
      signOnYears: 1,
      grant: 40_000_000,
      refresh: 0,
      priceChange: 0,
    });
  });

  test('each bad figure gets its own message on its own field, and no offer is computed', () => {
    const cases: [Partial<OfferFields>, keyof ReturnType<typeof readOffer>['errors'], RegExp][] = [
      [{ base: 'lots' }, 'base', /^Enter the base salary as a number, such as 185000\.$/],
      [{ base: '' }, 'base', /^Enter the base salary\.$/],
      [{ base: '-100000' }, 'base', /cannot be negative/],
      [{ base: '500' }, 'base', /below \$1,000 is not plausible/],
      [{ base: '10,000,001' }, 'base', /above \$10,000,000 is not plausible/],
      [{ bonus: '-5' }, 'bonus', /bonus percentage cannot be negative/],
      [{ bonusMode: 'amount', bonus: 'x' }, 'bonus', /bonus amount as a number/],
      [{ signOn: '' }, 'signOn', /Enter the sign-on bonus \(0 if there is none\)/],
      [{ signOnYears: '5' }, 'signOnYears', /1 to 4 years/],
      [{ grant: '1.001' }, 'grant', /two decimal places/],
      [{ refresh: 'abc' }, 'refresh', /yearly refresh grant as a number/],
      [{ price: '-150' }, 'price', /cannot fall by more than 100%/],
      [
        { vesting: 'custom', custom: '25, 25, 25' },
        'custom',
        /add up to 75%, not 100%\. Raise one of them by 25 points\./,
      ],
      [
        { vesting: 'custom', custom: '50, 60' },
        'custom',
        /add up to 110%, not 100%\. Lower one of them by 10 points\./,
      ],
      [{ vesting: 'custom', custom: '50, -10, 60' }, 'custom', /year 2 .* cannot be negative/],
      [{ vesting: 'custom', custom: '' }, 'custom', /one percentage per year/],
    ];
    for (const [changes, field, message] of cases) {
      const { input, errors } = readOffer(offer(changes));
      expect(input, JSON.stringify(changes)).toBeUndefined();
      expect(Object.keys(errors), JSON.stringify(changes)).toEqual([field]);
      expect(errors[field], JSON.stringify(changes)).toMatch(message);
    }
  });

  test('a custom schedule is only checked when it is the chosen schedule', () => {
    expect(readOffer(offer({ vesting: 'front-loaded', custom: 'nonsense' })).errors).toEqual({});
  });

  test('custom percentages may be separated by commas, spaces or slashes', () => {
    expect(parseCustomSchedule('5/15/40/40')).toEqual({ ok: true, value: [500, 1500, 4000, 4000] });
    expect(parseCustomSchedule('33.33, 33.33, 33.34')).toEqual({ ok: true, value: [3333, 3333, 3334] });
  });
});

describe('computing an offer', () => {
  test('the default offer, year by year', () => {
    const result = computeOffer(readOffer(offer()).input!);
    expect(result.years.map((y) => [y.base, y.bonus, y.signOn, y.equity, y.total])).toEqual([
      [20_000_000, 3_000_000, 3_000_000, 10_000_000, 36_000_000],
      [20_000_000, 3_000_000, 0, 10_000_000, 33_000_000],
      [20_000_000, 3_000_000, 0, 10_000_000, 33_000_000],
      [20_000_000, 3_000_000, 0, 10_000_000, 33_000_000],
    ]);
    expect(result.firstYear).toBe(36_000_000);
    expect(result.fourYearAverage).toBe(33_750_000);
    expect(result.averageRounded).toBe(false);
  });

  test('a sign-on bonus spread over years splits to the cent, the last year taking the remainder', () => {
    const result = computeOffer(readOffer(offer({ signOn: '100,000.01', signOnYears: '3' })).input!);
    expect(result.years.map((y) => y.signOn)).toEqual([3_333_333, 3_333_333, 3_333_335, 0]);
  });

  test('refresh grants vest on the same schedule from the year after each grant', () => {
    const result = computeOffer(readOffer(offer({ grant: '0', refresh: '40,000' })).input!);
    // Refresh 1 vests 10,000 a year from year 2; refresh 2 from year 3; refresh 3 from year 4.
    expect(result.years.map((y) => y.equity)).toEqual([0, 1_000_000, 2_000_000, 3_000_000]);
    expect(result.afterYearFour).toBe(12_000_000 - 6_000_000);
  });

  test('a share-price change applies to the first grant and shows its rounding', () => {
    const down = computeOffer(readOffer(offer({ price: '-30' })).input!);
    expect(down.years.map((y) => y.equity)).toEqual([7_000_000, 7_000_000, 7_000_000, 7_000_000]);
    expect(down.years[0]!.grantAtGrantPrice).toBe(10_000_000);
    const odd = computeOffer(readOffer(offer({ grant: '0.04', vesting: 'cliff-yearly', price: '50' })).input!);
    expect(odd.years.map((y) => y.equity)).toEqual([2, 2, 2, 2]);
    expect(odd.priceRounded).toBe(true);
  });

  test('a bonus can be an amount instead of a percentage', () => {
    const result = computeOffer(readOffer(offer({ bonusMode: 'amount', bonus: '12,345.67' })).input!);
    expect(result.years.every((y) => y.bonus === 1_234_567)).toBe(true);
  });

  test('for any valid offer, every total is the sum of its parts, and the four-year figures follow from them', () => {
    const dollars = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));
    const anyOffer = fc.record({
      base: fc.integer({ min: 100_000, max: 1_000_000_000 }).map((c) => (c / 100).toFixed(2)),
      bonusMode: fc.constantFrom('percent' as const, 'amount' as const),
      bonusPct: fc.integer({ min: 0, max: 20_000 }).map((bp) => (bp / 100).toFixed(2)),
      bonusAmt: dollars(1_000_000),
      signOn: dollars(1_000_000),
      signOnYears: fc.integer({ min: 1, max: 4 }).map(String),
      grant: dollars(10_000_000),
      vesting: fc.constantFrom(...PRESETS.filter((p) => p !== 'custom')),
      refresh: dollars(1_000_000),
      price: fc.integer({ min: -10_000, max: 100_000 }).map((bp) => (bp / 100).toFixed(2)),
    });
    fc.assert(
      fc.property(anyOffer, (o) => {
        const { input, errors } = readOffer(
          offer({ ...o, bonus: o.bonusMode === 'percent' ? o.bonusPct : o.bonusAmt }),
        );
        expect(errors).toEqual({});
        const r = computeOffer(input!);
        for (const y of r.years) {
          expect(y.total).toBe(y.base + y.bonus + y.signOn + y.equity);
          for (const v of [y.base, y.bonus, y.signOn, y.equity, y.total]) expect(Number.isSafeInteger(v)).toBe(true);
        }
        expect(sum(r.years.map((y) => y.signOn))).toBe(input!.signOn);
        expect(sum(r.years.map((y) => y.grantAtGrantPrice))).toBe(input!.grant);
        expect(r.fourYearTotal).toBe(sum(r.years.map((y) => y.total)));
        expect(Math.abs(r.fourYearAverage * 4 - r.fourYearTotal)).toBeLessThanOrEqual(2);
        expect(r.firstYear).toBe(r.years[0]!.total);
      }),
    );
  });

  test('a schedule longer than four years leaves the rest of the grant after year four', () => {
    const input = { ...readOffer(offer()).input!, schedule: scheduleFor('custom', [2000, 2000, 2000, 2000, 2000]) };
    const result = computeOffer(input);
    expect(sum(result.years.map((y) => y.grantAtGrantPrice))).toBe(32_000_000);
    expect(result.afterYearFour).toBe(8_000_000);
  });
});
