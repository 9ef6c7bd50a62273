// A posting's pay range against the guide's salary bands, with the offer calculator's own rules (src/lib/offer/
// compare.ts: which bands speak for a level and place, how each kind of band is read, none compared for junior or
// non-US pay), and the calculator's address with the range preloaded as two offers, its low end and its top end.
// Pure; unit-tested in tests/unit/lib/posting/pay.test.ts.
import { bandsFor, compareBand, type BandLike, type BandScope, type Verdict } from '../offer/compare';
import { DEFAULT_OFFER, type OfferFields } from '../offer/offer';
import { encodeState } from '../offer/state';
import type { PayReading } from './details';
import type { PostingLevel } from './vocabulary';

export interface PayPlacement {
  scope: BandScope | { status: 'not-yearly' } | { status: 'level-not-chosen' };
  /** For each band in scope: how the range's low end and top end read against it. */
  verdicts: { band: BandLike; low: Verdict; high: Verdict }[];
}

/** Where the range is paid: in the US unless it names another currency (a range with none is read as US dollars). */
const locationOf = (pay: PayReading) => (pay.currency === 'other' ? 'elsewhere' : 'us');

/**
 * Where a posting's range sits. Both ends are held against each band as the whole yearly pay, since a posting
 * rarely states bonus or equity; the page says so when the range is base salary.
 */
export function placePay(pay: PayReading, level: PostingLevel | undefined, bands: readonly BandLike[]): PayPlacement {
  if (pay.period !== 'year') return { scope: { status: 'not-yearly' }, verdicts: [] };
  if (!level) return { scope: { status: 'level-not-chosen' }, verdicts: [] };
  const location = locationOf(pay);
  const scope = bandsFor(bands, { level, location, company: '' });
  if (scope.status !== 'ok') return { scope, verdicts: [] };
  const at = (dollars: number) => ({ level, location, total: dollars * 100, base: dollars * 100 }) as const;
  return {
    scope,
    verdicts: scope.bands.map(({ band }) => ({
      band,
      low: compareBand(band, at(pay.low)),
      high: compareBand(band, at(pay.high)),
    })),
  };
}

/** The offer calculator's address fragment for the range: offer A at its low end, offer B at its top, nothing but base. */
export function calculatorState(pay: PayReading, level: PostingLevel | undefined): string {
  const offer = (name: string, dollars: number): OfferFields => ({
    ...DEFAULT_OFFER,
    name,
    level: level ?? DEFAULT_OFFER.level,
    location: locationOf(pay),
    base: String(dollars),
    bonus: '0',
    signOn: '0',
    grant: '0',
  });
  const offers =
    pay.low === pay.high
      ? [offer('Posting', pay.low)]
      : [offer('Posting, low end', pay.low), offer('Posting, top end', pay.high)];
  return encodeState({ offers });
}
