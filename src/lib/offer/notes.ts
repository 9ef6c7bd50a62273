// The notes under an offer's table: how each figure was rounded, what vests after year four, and the
// caveats a reader should see beside the numbers. Pure; unit-tested in tests/unit/lib/offer/notes.test.ts.
import { formatCents, formatPercent } from './money';
import { YEARS, type OfferInput, type OfferResult } from './offer';

export function offerNotes(input: OfferInput, result: OfferResult, isPrivate: boolean): string[] {
  const notes = ["Each year's total is its base, bonus, sign-on and equity added up, in whole cents."];
  notes.push(
    result.vestingRounded
      ? 'Vesting is rounded down to the cent on each date; the last date takes the remainder, so the grant adds up exactly.'
      : 'Vesting divides the grant exactly; no rounding was needed.',
  );
  if (input.signOnYears > 1)
    notes.push(
      `The sign-on bonus is split over ${input.signOnYears} years${input.signOn % input.signOnYears ? '; the last of them takes the leftover cents' : ''}.`,
    );
  if (input.priceChange !== 0) {
    notes.push(
      `The first grant is counted at ${formatPercent(input.priceChange)} on its value at grant${result.priceRounded ? ', each year rounded to the cent' : ''}. Refresh grants keep their stated value.`,
    );
  }
  if (result.averageRounded) notes.push('The four-year average is rounded to the nearest cent.');
  const dates = result.years.map((y) => y.vestDates);
  if (dates.some((n) => n > 1))
    notes.push(
      `Vesting dates per year: ${dates.join(', ')}. The yearly totals do not show when in the year the shares arrive.`,
    );
  if (result.afterYearFour > 0)
    notes.push(
      `${formatCents(result.afterYearFour)} of equity (at its value at grant) vests after year ${YEARS} and is not in this table.`,
    );
  if (isPrivate) {
    notes.push(
      'Private company: its shares usually cannot be sold until it is listed or bought, or it runs a buy-back, so the equity here is a value on paper that you may not be able to turn into cash for years, if ever.',
    );
  }
  return notes;
}
