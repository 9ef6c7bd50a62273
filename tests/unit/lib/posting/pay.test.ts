import { describe, expect, test } from 'vitest';
import { calculatorState, placePay } from '../../../../src/lib/posting/pay';
import { readPay } from '../../../../src/lib/posting/details';
import { decodeState } from '../../../../src/lib/offer/state';
import { readOffer } from '../../../../src/lib/offer/offer';
import { bands } from './guide-data';

const pay = (text: string) => readPay(text)!;
const summary = (text: string, level: Parameters<typeof placePay>[1]) => {
  const placed = placePay(pay(text), level, bands);
  return {
    status: placed.scope.status,
    verdicts: placed.verdicts.map(
      (v) =>
        `${v.band.id}: ${v.low.type === 'not-compared' ? v.low.reason : `${'position' in v.low ? v.low.position : ''} / ${'position' in v.high ? v.high.position : ''}`}`,
    ),
  };
};

describe('the pay range against the bands', () => {
  test("each end is placed on every band at the level with the offer calculator's rules, premiums shown but not compared", () => {
    expect(summary('$180,000 - $220,000', 'senior')).toEqual({
      status: 'ok',
      verdicts: [
        's1-senior: below / below',
        's3-senior-ai-first: below / below',
        's3-senior-frontier: below / below',
        's2-premium: premium',
      ],
    });
    expect(summary('$250K–$300K', 'mid')).toMatchObject({
      verdicts: ['s1-mid: within / above', 's2-premium: premium'],
    });
  });

  test('reported offers are not compared, and a staff range meets the staff-and-principal figure too', () => {
    expect(summary('$450k-$650k', 'staff').verdicts.sort()).toEqual([
      's1-staff-outlier-offers: reported-offers',
      's1-staff: within / above',
      's2-premium: premium',
      's3-staff-principal: below / at-or-above',
    ]);
  });

  test('no comparison for junior pay, pay outside the US, pay by the hour, or a posting with no level', () => {
    expect(summary('$90,000 - $110,000', 'junior')).toEqual({ status: 'no-level', verdicts: [] });
    expect(summary('€85.000 – €105.000', 'senior')).toEqual({ status: 'outside-us', verdicts: [] });
    expect(summary('$55 to $70 per hour', 'senior')).toEqual({ status: 'not-yearly', verdicts: [] });
    expect(placePay(pay('$180k-$220k'), undefined, bands).scope).toEqual({ status: 'level-not-chosen' });
  });
});

describe('the offer calculator, preloaded', () => {
  test('the address holds two offers, the low end and the top end, at the level, with base pay only', () => {
    const state = decodeState(calculatorState(pay('$180,000 - $220,000 base'), 'senior'))!;
    expect(state.offers.map((o) => [o.name, o.level, o.location, o.base, o.bonus, o.signOn, o.grant])).toEqual([
      ['Posting, low end', 'senior', 'us', '180000', '0', '0', '0'],
      ['Posting, top end', 'senior', 'us', '220000', '0', '0', '0'],
    ]);
    // The calculator reads them as valid offers.
    for (const offer of state.offers) expect(readOffer(offer).errors).toEqual({});
  });

  test('a range with no currency is read as US dollars, as the page says: placed on the US bands and opened as a US offer', () => {
    expect(pay('180k-220k base').currency).toBe('unstated');
    expect(summary('180k-220k base', 'senior')).toEqual(summary('$180k-$220k base', 'senior'));
    expect(summary('180k-220k base', 'senior').status).toBe('ok');
    expect(decodeState(calculatorState(pay('180k-220k base'), 'senior'))!.offers[0]!.location).toBe('us');
  });

  test('another currency opens as an offer outside the US, where the calculator compares nothing', () => {
    expect(decodeState(calculatorState(pay('€85.000 – €105.000'), 'senior'))!.offers[0]!.location).toBe('elsewhere');
  });
});
