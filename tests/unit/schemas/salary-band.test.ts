import { describe, expect, test } from 'vitest';
import { SalaryBandSchema } from '../../../src/schemas/salary-band';
import { issuesOf } from './issues';

// As the YAML loader hands it over: an unquoted date is already a Date.
const valid = {
  level: 'senior',
  levelLabel: 'Senior (4-7 years)',
  location: 'US',
  companyType: 'Blended',
  currency: 'USD',
  low: 260000,
  high: 420000,
  basis: 'total-compensation',
  kind: 'typical-range',
  asOf: new Date('2026-01-01T00:00:00Z'),
  source: 's1',
};

const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

describe('SalaryBandSchema', () => {
  test('parses a valid band, fills in the defaults and turns the source into a reference', () => {
    expect(SalaryBandSchema.parse(valid)).toEqual({
      ...valid,
      source: { id: 's1', collection: 'sources' },
      highOpenEnded: false,
      order: 0,
    });
  });

  test('accepts a single figure without a high for the kinds often-above and can-reach', () => {
    const { high: _, ...single } = valid;
    for (const kind of ['often-above', 'can-reach'])
      expect(SalaryBandSchema.parse({ ...single, kind }).high).toBeUndefined();
  });

  test('accepts reported offers from low to high, and a premium counted over a generalist', () => {
    expect(SalaryBandSchema.safeParse(withField('kind', 'reported-offers')).success).toBe(true);
    expect(SalaryBandSchema.safeParse({ ...valid, kind: 'premium', basis: 'premium-over-generalist' }).success).toBe(
      true,
    );
  });

  test('rejects a typical range or reported offers without a high figure', () => {
    const { high: _, ...single } = valid;
    expect(issuesOf(SalaryBandSchema, single)).toMatchInlineSnapshot(`
      [
        "high: is missing, and a band of kind typical-range runs from low to high. Give high, or use kind often-above or can-reach for a single figure the source states.",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, { ...single, kind: 'reported-offers' })).toMatchInlineSnapshot(`
      [
        "high: is missing, and a band of kind reported-offers runs from low to high. Give high, or use kind often-above or can-reach for a single figure the source states.",
      ]
    `);
  });

  test('rejects a high figure on a band the source states as one figure', () => {
    expect(issuesOf(SalaryBandSchema, withField('kind', 'often-above'))).toMatchInlineSnapshot(`
      [
        "high: must be left out for kind often-above: the source states one figure, kept in low. Use kind typical-range if it gives a range.",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, withField('kind', 'can-reach'))).toMatchInlineSnapshot(`
      [
        "high: must be left out for kind can-reach: the source states one figure, kept in low. Use kind typical-range if it gives a range.",
      ]
    `);
  });

  test('rejects a premium that is not counted over a generalist, and that basis on any other kind', () => {
    expect(issuesOf(SalaryBandSchema, withField('kind', 'premium'))).toMatchInlineSnapshot(`
      [
        "kind: does not match basis: a premium is counted as basis premium-over-generalist, and that basis is only for kind premium.",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, withField('basis', 'premium-over-generalist'))).toMatchInlineSnapshot(`
      [
        "kind: does not match basis: a premium is counted as basis premium-over-generalist, and that basis is only for kind premium.",
      ]
    `);
  });

  test('accepts a band whose low equals its high', () => {
    expect(SalaryBandSchema.safeParse(withField('high', 260000)).success).toBe(true);
  });

  test('accepts an open-ended high figure', () => {
    expect(SalaryBandSchema.parse(withField('highOpenEnded', true)).highOpenEnded).toBe(true);
  });

  test('rejects a salary band whose low is above its high', () => {
    expect(issuesOf(SalaryBandSchema, { ...valid, low: 420000, high: 260000 })).toMatchInlineSnapshot(`
      [
        "low: is above high, so the band is upside down. Swap the two figures, or check them against the source.",
      ]
    `);
  });

  test('rejects highOpenEnded on a band that has no high figure', () => {
    const { high: _, ...floor } = valid;
    expect(issuesOf(SalaryBandSchema, { ...floor, kind: 'can-reach', highOpenEnded: true })).toMatchInlineSnapshot(`
      [
        "highOpenEnded: is true but the band has no high figure. Give high, or leave out highOpenEnded (a single figure is kind often-above or can-reach, not an open range).",
      ]
    `);
  });

  test('rejects a band without a source', () => {
    const { source: _, ...rest } = valid;
    expect(issuesOf(SalaryBandSchema, rest)).toMatchInlineSnapshot(`
      [
        "source: is missing; give the id of an entry in content/sources/ (its file name without the extension).",
      ]
    `);
  });

  test('rejects a source written as a list, since a band has exactly one source', () => {
    expect(issuesOf(SalaryBandSchema, withField('source', ['s1']))).toMatchInlineSnapshot(`
      [
        "source: must be one id from content/sources/, not a list.",
      ]
    `);
  });

  test('rejects a level outside the closed list of levels', () => {
    expect(issuesOf(SalaryBandSchema, withField('level', 'lead'))).toMatchInlineSnapshot(`
      [
        "level: must be one of: any, mid, senior, staff, staff-principal, principal.",
      ]
    `);
  });

  test('rejects a basis, a kind or a currency outside their closed lists', () => {
    expect(issuesOf(SalaryBandSchema, withField('basis', 'salary'))).toMatchInlineSnapshot(`
      [
        "basis: must be one of: total-compensation, base, premium-over-generalist.",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, withField('kind', 'range'))).toMatchInlineSnapshot(`
      [
        "kind: must be one of: typical-range, often-above, can-reach, reported-offers, premium.",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, withField('currency', 'EUR'))).toMatchInlineSnapshot(`
      [
        "currency: must be one of: USD.",
      ]
    `);
  });

  test('rejects a figure written as text such as 250K', () => {
    expect(issuesOf(SalaryBandSchema, withField('low', '250K'))).toMatchInlineSnapshot(`
      [
        "low: must be the lower end of the band as a whole number of currency units, such as 250000.",
      ]
    `);
  });

  test('rejects a figure that is not a whole number or is negative', () => {
    expect(issuesOf(SalaryBandSchema, withField('high', 420000.5))).toMatchInlineSnapshot(`
      [
        "high: must be a whole number (250000, not 250K).",
      ]
    `);
    expect(issuesOf(SalaryBandSchema, withField('low', -1))).toMatchInlineSnapshot(`
      [
        "low: cannot be negative.",
      ]
    `);
  });

  test('rejects a misspelled key instead of dropping it', () => {
    const { high, ...rest } = valid;
    expect(issuesOf(SalaryBandSchema, { ...rest, hihg: high })).toMatchInlineSnapshot(`
      [
        "hihg: is not a field this file can have. Check the spelling against the fields it takes (level, levelLabel, location, companyType, currency, low, high, highOpenEnded, basis, kind, asOf, asOfNote, source, note, order) and CONTRIBUTING.md, or remove it.",
      ]
    `);
  });

  test('rejects an asOf date not written as YYYY-MM-DD', () => {
    expect(issuesOf(SalaryBandSchema, withField('asOf', '2026'))).toMatchInlineSnapshot(`
      [
        "asOf: must be the date the figure speaks for, written as YYYY-MM-DD (for example 2026-06-11).",
      ]
    `);
  });

  test('rejects an asOf date that YAML could not turn into a real date', () => {
    expect(issuesOf(SalaryBandSchema, withField('asOf', new Date(Number.NaN)))).toMatchInlineSnapshot(`
      [
        "asOf: is not a real calendar date; write the date the figure speaks for as YYYY-MM-DD (for example 2026-06-11).",
      ]
    `);
  });

  test('rejects an order that is not a whole number', () => {
    expect(issuesOf(SalaryBandSchema, withField('order', 'first'))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number, the position among bands of the same level.",
      ]
    `);
  });
});
