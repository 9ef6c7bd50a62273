// Where an offer sits against the guide's salary bands. Each kind of band says something different,
// so each is compared in its own way: a range as below / within / above; a single figure (a floor the
// pay is often above, or a figure pay can reach) as above or below it; individual reported offers and
// premiums not at all, with the reason. Keyed on `kind` as a string and on whether `high` exists, so
// a kind added to the schema later is shown but not compared until this file learns it.
// Pure; unit-tested in tests/unit/lib/offer/compare.test.ts.
import type { Cents } from './money';

/** The parts of a salary band (content/salary-bands) the comparison reads. Figures in whole dollars. */
export interface BandLike {
  id: string;
  level: string;
  location: string;
  companyType: string;
  kind: string;
  basis: string;
  low: number;
  high?: number | undefined;
  highOpenEnded?: boolean | undefined;
}

/** A salary band entry as the pages hand it to their scripts: only the fields an offer or a posting is held against. */
export const bandLike = ({ id, data }: { id: string; data: Omit<BandLike, 'id'> }): BandLike => ({
  id,
  level: data.level,
  location: data.location,
  companyType: data.companyType,
  kind: data.kind,
  basis: data.basis,
  low: data.low,
  high: data.high,
  highOpenEnded: data.highOpenEnded,
});

/** The offer's side: its level and place, and the yearly figures a band can be held against. */
export interface OfferPoint {
  level: string;
  location: 'us' | 'elsewhere';
  /** Yearly total compensation (base, bonus and equity, with sign-on) compared with total-compensation bands. */
  total: Cents;
  /** Base salary, compared with base-salary bands. */
  base: Cents;
}

export type NotComparedReason = 'reported-offers' | 'premium' | 'unknown-kind' | 'unknown-basis';

export type Verdict =
  | { type: 'range'; position: 'below' | 'within' | 'above'; openTop: boolean; low: Cents; high: Cents; offer: Cents }
  | {
      type: 'figure';
      position: 'below' | 'at-or-above';
      figure: Cents;
      offer: Cents;
      figureKind: 'floor' | 'often-above' | 'can-reach';
    }
  | { type: 'not-compared'; reason: NotComparedReason };

export const NOT_COMPARED_WHY: Record<NotComparedReason, string> = {
  'reported-offers':
    'Not compared: these are individual packages a source reports, not what is typical, so being above or below them says little about an offer.',
  premium:
    "Not compared: this is an amount on top of a generalist engineer's pay, not a salary, so an offer cannot sit inside it.",
  'unknown-kind': 'Not compared: the calculator does not yet know how to read this kind of figure.',
  'unknown-basis': 'Not compared: this figure counts something the offer does not split out.',
};

/** Levels a band at `bandLevel` speaks for, as offer levels. A combined staff-and-principal band covers both. */
function covers(bandLevel: string, offerLevel: string): boolean {
  if (bandLevel === offerLevel) return true;
  const joint = ['staff', 'principal'];
  if (bandLevel === 'staff-principal') return joint.includes(offerLevel);
  if (offerLevel === 'staff-principal') return joint.includes(bandLevel);
  return false;
}

const placeStated = (location: string) => !/not stated/i.test(location);

export type BandScope =
  | { status: 'outside-us' }
  | { status: 'no-level'; level: string }
  | { status: 'ok'; bands: { band: BandLike; sameCompany: boolean; placeStated: boolean }[] };

/**
 * The bands that speak for an offer: those at its level (and premiums, which apply to any level, to be
 * shown and not compared), the offer's company type first. None when the job is outside the US (no
 * source covers it) or no band is at its level (no source gives junior pay).
 */
export function bandsFor<B extends BandLike>(
  bands: readonly B[],
  offer: { level: string; location: string; company: string },
): BandScope {
  if (offer.location !== 'us') return { status: 'outside-us' };
  const atLevel = bands.filter((b) => covers(b.level, offer.level));
  if (atLevel.length === 0) return { status: 'no-level', level: offer.level };
  const general = bands.filter((b) => b.level === 'any');
  const list = [...atLevel, ...general].map((band) => ({
    band,
    sameCompany: offer.company !== '' && band.companyType === offer.company,
    placeStated: placeStated(band.location),
  }));
  // The chosen company type first, then the other bands at the level, then premiums; otherwise the bands' own order.
  const rank = (b: (typeof list)[number]) => (b.band.level === 'any' ? 2 : b.sameCompany ? 0 : 1);
  return {
    status: 'ok',
    bands: list
      .map((b, i) => [b, i] as const)
      .sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1])
      .map(([b]) => b),
  };
}

const FIGURE_KINDS: Record<string, 'often-above' | 'can-reach'> = {
  'often-above': 'often-above',
  'can-reach': 'can-reach',
};

/** How one band reads against one offer. */
export function compareBand(band: BandLike, offer: OfferPoint): Verdict {
  if (band.kind === 'reported-offers') return { type: 'not-compared', reason: 'reported-offers' };
  if (band.kind === 'premium' || band.basis === 'premium-over-generalist')
    return { type: 'not-compared', reason: 'premium' };
  const amount = band.basis === 'total-compensation' ? offer.total : band.basis === 'base' ? offer.base : undefined;
  if (amount === undefined) return { type: 'not-compared', reason: 'unknown-basis' };
  const low = band.low * 100;
  const figureKind = band.kind === 'typical-range' ? 'floor' : FIGURE_KINDS[band.kind];
  if (!figureKind) return { type: 'not-compared', reason: 'unknown-kind' };
  if (band.kind === 'typical-range' && band.high !== undefined) {
    const high = band.high * 100;
    const position = amount < low ? 'below' : amount > high ? 'above' : 'within';
    return { type: 'range', position, openTop: Boolean(band.highOpenEnded), low, high, offer: amount };
  }
  return { type: 'figure', position: amount < low ? 'below' : 'at-or-above', figure: low, offer: amount, figureKind };
}

/** The verdict as a sentence, with the figures it rests on. `money` formats cents. */
export function describeVerdict(v: Verdict, money: (c: Cents) => string, what = 'The offer'): string {
  if (v.type === 'not-compared') return NOT_COMPARED_WHY[v.reason];
  if (v.type === 'range') {
    if (v.position === 'within') return `${what} (${money(v.offer)}) is within this range.`;
    if (v.position === 'below') return `${what} (${money(v.offer)}) is below this range, by ${money(v.low - v.offer)}.`;
    return v.openTop
      ? `${what} (${money(v.offer)}) is above the top figure, by ${money(v.offer - v.high)}; the source writes that top with a plus, so some packages go higher.`
      : `${what} (${money(v.offer)}) is above this range, by ${money(v.offer - v.high)}.`;
  }
  const qualifier =
    v.figureKind === 'can-reach'
      ? 'a figure the source says pay can reach'
      : v.figureKind === 'often-above'
        ? 'a figure the source says pay is often above'
        : 'a floor with no top given';
  return v.position === 'below'
    ? `${what} (${money(v.offer)}) is below this figure, ${qualifier}, by ${money(v.figure - v.offer)}.`
    : `${what} (${money(v.offer)}) is at or above this figure, ${qualifier}.`;
}
