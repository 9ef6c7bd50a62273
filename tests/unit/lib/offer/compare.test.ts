import { describe, expect, test } from 'vitest';
import { bandsFor, compareBand, describeVerdict, type BandLike } from '../../../../src/lib/offer/compare';
import { formatCents } from '../../../../src/lib/offer/money';

const band = (b: Partial<BandLike> & { id: string }): BandLike => ({
  level: 'senior',
  location: 'US',
  companyType: 'AI-first companies',
  kind: 'typical-range',
  basis: 'total-compensation',
  low: 250_000,
  high: 400_000,
  ...b,
});
const offer = (total: number, base = 20_000_000) => ({
  level: 'senior',
  location: 'us' as const,
  total: total * 100,
  base,
});

describe('which bands speak for an offer', () => {
  const bands = [
    band({ id: 'senior-blended', companyType: 'Blended' }),
    band({ id: 'senior-ai' }),
    band({ id: 'staff', level: 'staff' }),
    band({ id: 'staff-principal', level: 'staff-principal', high: undefined }),
    band({
      id: 'premium',
      level: 'any',
      kind: 'premium',
      basis: 'premium-over-generalist',
      location: 'Not stated',
      companyType: 'Not stated',
    }),
  ];

  test('bands at the offer level, then premiums; the chosen company type first', () => {
    const scope = bandsFor(bands, { level: 'senior', location: 'us', company: 'AI-first companies' });
    expect(scope.status).toBe('ok');
    if (scope.status !== 'ok') return;
    expect(scope.bands.map((b) => b.band.id)).toEqual(['senior-ai', 'senior-blended', 'premium']);
    expect(scope.bands.map((b) => b.sameCompany)).toEqual([true, false, false]);
    expect(scope.bands.map((b) => b.placeStated)).toEqual([true, true, false]);
  });

  test('a combined staff-and-principal band speaks for staff and for principal offers', () => {
    const scope = bandsFor(bands, { level: 'principal', location: 'us', company: '' });
    expect(scope.status === 'ok' && scope.bands.map((b) => b.band.id)).toEqual(['staff-principal', 'premium']);
    const staff = bandsFor(bands, { level: 'staff', location: 'us', company: '' });
    expect(staff.status === 'ok' && staff.bands.map((b) => b.band.id)).toEqual(['staff', 'staff-principal', 'premium']);
  });

  test('no band for a junior offer or a job outside the US, instead of a comparison', () => {
    expect(bandsFor(bands, { level: 'junior', location: 'us', company: '' })).toEqual({
      status: 'no-level',
      level: 'junior',
    });
    expect(bandsFor(bands, { level: 'senior', location: 'elsewhere', company: '' })).toEqual({ status: 'outside-us' });
  });
});

describe('comparing an offer with a band', () => {
  test('a range: below, within (ends included) or above', () => {
    expect(compareBand(band({ id: 'r' }), offer(200_000))).toMatchObject({ type: 'range', position: 'below' });
    expect(compareBand(band({ id: 'r' }), offer(250_000))).toMatchObject({ type: 'range', position: 'within' });
    expect(compareBand(band({ id: 'r' }), offer(400_000))).toMatchObject({ type: 'range', position: 'within' });
    expect(compareBand(band({ id: 'r' }), offer(400_001))).toMatchObject({
      type: 'range',
      position: 'above',
      openTop: false,
    });
    expect(compareBand(band({ id: 'r', highOpenEnded: true }), offer(500_000))).toMatchObject({
      type: 'range',
      position: 'above',
      openTop: true,
    });
  });

  test('a figure without a top (a floor, "often above", "can reach") is read as above or below that figure only', () => {
    expect(compareBand(band({ id: 'f', high: undefined, low: 400_000 }), offer(300_000))).toMatchObject({
      type: 'figure',
      position: 'below',
      figureKind: 'floor',
    });
    expect(
      compareBand(band({ id: 'f', kind: 'often-above', high: undefined, low: 400_000 }), offer(400_000)),
    ).toMatchObject({ type: 'figure', position: 'at-or-above', figureKind: 'often-above' });
    // A can-reach figure with a high is still a single figure, never a range.
    expect(
      compareBand(band({ id: 'f', kind: 'can-reach', low: 500_000, high: 600_000 }), offer(550_000)),
    ).toMatchObject({ type: 'figure', position: 'at-or-above', figureKind: 'can-reach' });
  });

  test('reported offers, premiums and kinds it does not know are not compared, each with its reason', () => {
    expect(compareBand(band({ id: 'o', kind: 'reported-offers' }), offer(300_000))).toEqual({
      type: 'not-compared',
      reason: 'reported-offers',
    });
    expect(compareBand(band({ id: 'p', kind: 'premium', basis: 'premium-over-generalist' }), offer(300_000))).toEqual({
      type: 'not-compared',
      reason: 'premium',
    });
    expect(compareBand(band({ id: 'u', kind: 'median' }), offer(300_000))).toEqual({
      type: 'not-compared',
      reason: 'unknown-kind',
    });
  });

  test('a base-salary band is compared with the base salary, not the total', () => {
    expect(
      compareBand(band({ id: 'b', basis: 'base', low: 150_000, high: 190_000 }), offer(900_000, 18_000_000)),
    ).toMatchObject({ type: 'range', position: 'within', offer: 18_000_000 });
  });

  test('each verdict reads as a sentence with its figures', () => {
    const money = formatCents;
    expect(describeVerdict(compareBand(band({ id: 'r' }), offer(200_000)), money)).toBe(
      'The offer ($200,000) is below this range, by $50,000.',
    );
    expect(describeVerdict(compareBand(band({ id: 'r', highOpenEnded: true }), offer(450_000)), money)).toMatch(
      /above the top figure, by \$50,000; the source writes that top with a plus/,
    );
    expect(describeVerdict(compareBand(band({ id: 'f', high: undefined, low: 400_000 }), offer(300_000)), money)).toBe(
      'The offer ($300,000) is below this figure, a floor with no top given, by $100,000.',
    );
    expect(describeVerdict({ type: 'not-compared', reason: 'premium' }, money)).toMatch(/not a salary/);
  });
});
