import { describe, expect, test } from 'vitest';
import { offerNotes } from '../../../../src/lib/offer/notes';
import { DEFAULT_OFFER, computeOffer, readOffer, type OfferFields } from '../../../../src/lib/offer/offer';

const notesFor = (changes: Partial<OfferFields>) => {
  const fields = { ...DEFAULT_OFFER, ...changes };
  const input = readOffer(fields).input!;
  return offerNotes(input, computeOffer(input), fields.private);
};

describe('the notes under an offer', () => {
  test('say whether vesting needed rounding, and that the last date takes the remainder', () => {
    expect(notesFor({})).toContain('Vesting divides the grant exactly; no rounding was needed.');
    expect(notesFor({ grant: '100,000.01' }).join(' ')).toMatch(
      /rounded down to the cent on each date; the last date takes the remainder/,
    );
  });

  test('show the rounding of a share-price change and of the average', () => {
    expect(notesFor({ grant: '0.04', price: '50' }).join(' ')).toMatch(
      /counted at 50% on its value at grant, each year rounded to the cent/,
    );
    expect(notesFor({ signOn: '0.01' }).join(' ')).toMatch(/average is rounded to the nearest cent/);
  });

  test('count monthly vesting dates and equity left after year four', () => {
    expect(notesFor({ vesting: 'cliff-monthly' }).join(' ')).toMatch(/Vesting dates per year: 1, 12, 12, 12\./);
    expect(notesFor({ refresh: '40000' }).join(' ')).toMatch(
      /\$60,000 of equity \(at its value at grant\) vests after year 4/,
    );
  });

  test('warn about selling shares only for a private company', () => {
    expect(notesFor({ private: true }).join(' ')).toMatch(/Private company/);
    expect(notesFor({}).join(' ')).not.toMatch(/Private company/);
  });
});
