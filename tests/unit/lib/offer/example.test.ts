import { describe, expect, test } from 'vitest';
import {
  LARGE_COMPANY_OFFER,
  STARTUP_OFFER,
  WORKED_EXAMPLE,
  calculatorFragment,
  describeTerms,
  leaders,
  workedExample,
} from '../../../../src/lib/offer/example';
import { decodeState } from '../../../../src/lib/offer/state';
import { offerCalculatorUrl } from '../../../../src/lib/url';
import { formatCents } from '../../../../src/lib/offer/money';

describe('the worked offer', () => {
  test('its link opens the calculator on exactly the two offers, every field as the chapter shows it', () => {
    const href = offerCalculatorUrl(calculatorFragment());
    expect(href).toMatch(/^\/data\/offer\/#a\./);
    expect(decodeState(new URL(href, 'https://guide.example').hash)).toEqual(WORKED_EXAMPLE);
    expect(WORKED_EXAMPLE.offers).toEqual([STARTUP_OFFER, LARGE_COMPANY_OFFER]);
  });

  test('is worked out by the calculator: an even startup grant against a back-loaded one with a two-year sign-on', () => {
    const [startup, large] = workedExample();
    expect(startup!.result.years.map((y) => formatCents(y.total))).toEqual([
      '$320,000',
      '$320,000',
      '$320,000',
      '$320,000',
    ]);
    expect(large!.result.years.map((y) => formatCents(y.total))).toEqual([
      '$273,000',
      '$309,000',
      '$374,000',
      '$374,000',
    ]);
    expect(formatCents(large!.result.fourYearAverage)).toBe('$332,500');
  });

  test('says which offer leads in year one and which on the four-year average, and by how much', () => {
    expect(leaders(workedExample())).toEqual({
      yearOne: { name: STARTUP_OFFER.name, by: 4_700_000 },
      average: { name: LARGE_COMPANY_OFFER.name, by: 1_250_000 },
    });
    expect(leaders(workedExample({ offers: [STARTUP_OFFER] }))).toBeUndefined();
  });

  test("describes each offer's terms in words", () => {
    const [startup, large] = workedExample();
    expect(describeTerms(startup!)).toBe(
      'base $170,000, no bonus, no sign-on bonus, $600,000 of unlisted equity vesting four years, one-year cliff, then yearly (25% a year)',
    );
    expect(describeTerms(large!)).toBe(
      'base $200,000, a 15% bonus, a $50,000 sign-on bonus spread over 2 years, $360,000 of equity vesting back-loaded (5/15/40/40)',
    );
  });

  test('refuses to show an example the calculator would refuse', () => {
    expect(() => workedExample({ offers: [{ ...STARTUP_OFFER, base: 'lots' }] })).toThrow(/Startup, equity-heavy/);
  });
});
