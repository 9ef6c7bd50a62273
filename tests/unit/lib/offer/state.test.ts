import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BONUS_MODES, DEFAULT_OFFER, LOCATIONS, type OfferFields } from '../../../../src/lib/offer/offer';
import { PRESETS } from '../../../../src/lib/offer/vesting';
import { decodeState, defaultState, encodeState, type CalculatorState } from '../../../../src/lib/offer/state';

const text = fc.string({ maxLength: 120, unit: 'grapheme' });
const anyOffer: fc.Arbitrary<OfferFields> = fc.record({
  name: text,
  level: fc.constantFrom('junior', 'mid', 'senior', 'staff', 'staff-principal', 'principal'),
  company: text,
  location: fc.constantFrom(...LOCATIONS),
  base: text,
  bonusMode: fc.constantFrom(...BONUS_MODES),
  bonus: text,
  signOn: text,
  signOnYears: text,
  grant: text,
  vesting: fc.constantFrom(...PRESETS),
  custom: text,
  refresh: text,
  price: text,
  private: fc.boolean(),
});

describe('the calculator state in the address', () => {
  test('any state of one to three offers survives the round trip through the address', () => {
    fc.assert(
      fc.property(fc.array(anyOffer, { minLength: 1, maxLength: 3 }), (offers) => {
        const state: CalculatorState = { offers };
        expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
      }),
    );
  });

  test('only fields that differ from the defaults are written', () => {
    expect(encodeState({ offers: [{ ...DEFAULT_OFFER, base: '185000', private: true }] })).toBe(
      'a.base=185000&a.private=1',
    );
    expect(encodeState(defaultState())).toBe('a.base=200%2C000');
  });

  test('an address with no offer in it gives no state, and unknown or malformed values fall back to the defaults', () => {
    expect(decodeState('')).toBeUndefined();
    expect(decodeState('#x=1')).toBeUndefined();
    expect(decodeState('#a.vesting=weekly&a.location=mars&a.private=maybe&a.extra=1')).toEqual({
      offers: [{ ...DEFAULT_OFFER }],
    });
  });

  test('a second offer is read only when the first exists, and a fourth is ignored', () => {
    expect(decodeState('#b.base=1')).toBeUndefined();
    expect(decodeState('#a.base=1&b.base=2&c.base=3&d.base=4')?.offers.map((o) => o.base)).toEqual(['1', '2', '3']);
  });

  test('an overlong value from a hand-edited address is cut short', () => {
    expect(decodeState(`#a.name=${'x'.repeat(500)}`)?.offers[0]!.name).toHaveLength(120);
  });
});
