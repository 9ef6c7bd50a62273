// One offer, from what the reader typed to a year-by-year table: the fields as text, checked into
// whole-cent figures (or a message per field), then years one to four of base, bonus, sign-on and
// equity. Pure; unit-tested in tests/unit/lib/offer/offer.test.ts.
import {
  FULL,
  applyBasisPoints,
  parseCount,
  parseMoney,
  parsePercent,
  splitEvenly,
  sum,
  formatCents,
  type BasisPoints,
  type Cents,
  type ParseProblem,
  type Parsed,
} from './money';
import {
  PRESETS,
  isComplete,
  scheduleFor,
  scheduleYears,
  vestAmounts,
  vestByYear,
  vestDatesByYear,
  type PresetId,
  type Schedule,
} from './vesting';

/** The table covers the usual four-year grant. */
export const YEARS = 4;

export const LOCATIONS = ['us', 'elsewhere'] as const;
export type Location = (typeof LOCATIONS)[number];
export const BONUS_MODES = ['percent', 'amount'] as const;
export type BonusMode = (typeof BONUS_MODES)[number];

/** An offer exactly as typed: every figure a string, so a half-typed value survives a reload. */
export interface OfferFields {
  /** The reader's name for it ("Acme"). */
  name: string;
  /** `junior` or one of the salary bands' levels. */
  level: string;
  /** One of the company types the bands give, or '' for none chosen. */
  company: string;
  location: Location;
  base: string;
  bonusMode: BonusMode;
  bonus: string;
  signOn: string;
  signOnYears: string;
  grant: string;
  vesting: PresetId;
  custom: string;
  refresh: string;
  price: string;
  private: boolean;
}

/** The fields that hold a figure, in the form's order. */
export const NUMERIC_FIELDS = [
  'base',
  'bonus',
  'signOn',
  'signOnYears',
  'grant',
  'custom',
  'refresh',
  'price',
] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

export const DEFAULT_OFFER: Readonly<OfferFields> = {
  name: '',
  level: 'senior',
  company: '',
  location: 'us',
  base: '200,000',
  bonusMode: 'percent',
  bonus: '15',
  signOn: '30,000',
  signOnYears: '1',
  grant: '400,000',
  vesting: 'cliff-yearly',
  custom: '25, 25, 25, 25',
  refresh: '0',
  price: '0',
  private: false,
};

const D = 100; // cents per dollar
/** What the calculator accepts, in cents or basis points. Outside these a figure is more likely a typo than an offer. */
export const LIMITS = {
  base: { min: 1_000 * D, max: 10_000_000 * D },
  bonusAmount: { min: 0, max: 10_000_000 * D },
  bonusPercent: { min: 0, max: 200 * 100 },
  signOn: { min: 0, max: 10_000_000 * D },
  signOnYears: { min: 1, max: YEARS },
  grant: { min: 0, max: 100_000_000 * D },
  refresh: { min: 0, max: 50_000_000 * D },
  price: { min: -100 * 100, max: 1_000 * 100 },
  customYears: { min: 1, max: 6 },
} as const;

/** The checked figures of one offer. */
export interface OfferInput {
  base: Cents;
  bonus: { mode: 'percent'; bp: BasisPoints } | { mode: 'amount'; cents: Cents };
  signOn: Cents;
  signOnYears: number;
  grant: Cents;
  schedule: Schedule;
  refresh: Cents;
  priceChange: BasisPoints;
}

export type FieldErrors = Partial<Record<NumericField, string>>;

const money = (cents: number) => formatCents(cents);
/** Field-specific sentences for each reason a figure is refused. */
function say(problem: ParseProblem, what: string, min: string, max: string, example: string): string {
  switch (problem) {
    case 'empty':
      return `Enter ${what}${min === '$0' || min === '0%' ? ` (${min === '$0' ? '0' : '0%'} if there is none)` : ''}.`;
    case 'not-a-number':
      return `Enter ${what} as a number, such as ${example}.`;
    case 'negative':
      return `${cap(what)} cannot be negative.`;
    case 'too-precise':
      return `${cap(what)} can have at most two decimal places.`;
    case 'too-small':
      return `${cap(what)} below ${min} is not plausible; check the figure.`;
    case 'too-large':
      return `${cap(what)} above ${max} is not plausible; check the figure.`;
  }
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function check<T>(
  errors: FieldErrors,
  field: NumericField,
  parsed: Parsed<T>,
  message: (p: ParseProblem) => string,
): T | undefined {
  if (parsed.ok) return parsed.value;
  errors[field] = message(parsed.problem);
  return undefined;
}

/** Yearly percentages as typed ("25, 25, 25, 25") -> basis points, or a message. */
export function parseCustomSchedule(text: string): Parsed<BasisPoints[]> & { message?: string } {
  const parts = text.split(/[,;\s/]+/).filter(Boolean);
  if (parts.length === 0)
    return {
      ok: false,
      problem: 'empty',
      message: 'Enter one percentage per year, separated by commas, such as 10, 20, 30, 40.',
    };
  if (parts.length > LIMITS.customYears.max)
    return { ok: false, problem: 'too-large', message: `Give at most ${LIMITS.customYears.max} yearly percentages.` };
  const values: BasisPoints[] = [];
  for (const [i, part] of parts.entries()) {
    const p = parsePercent(part, { min: 0, max: FULL });
    if (!p.ok) {
      const which = `year ${i + 1} (“${part}”)`;
      const message =
        p.problem === 'negative'
          ? `The percentage for ${which} cannot be negative.`
          : p.problem === 'too-large'
            ? `The percentage for ${which} is above 100%.`
            : p.problem === 'too-precise'
              ? `The percentage for ${which} can have at most two decimal places.`
              : `The percentage for ${which} is not a number.`;
      return { ok: false, problem: p.problem, message };
    }
    values.push(p.value);
  }
  const total = sum(values);
  if (total !== FULL) {
    const shown = `${total / 100}`;
    return {
      ok: false,
      problem: total > FULL ? 'too-large' : 'too-small',
      message: `The yearly percentages add up to ${shown}%, not 100%. ${total > FULL ? 'Lower' : 'Raise'} one of them by ${Math.abs(FULL - total) / 100} points.`,
    };
  }
  return { ok: true, value: values };
}

/** Checks every figure of an offer; `input` is set only when all of them are good. */
export function readOffer(f: OfferFields): { input?: OfferInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const base = check(errors, 'base', parseMoney(f.base, LIMITS.base), (p) =>
    say(p, 'the base salary', money(LIMITS.base.min), money(LIMITS.base.max), '185000'),
  );
  const bonus =
    f.bonusMode === 'percent'
      ? check(errors, 'bonus', parsePercent(f.bonus, LIMITS.bonusPercent), (p) =>
          say(p, 'the bonus percentage', '0%', '200%', '15'),
        )
      : check(errors, 'bonus', parseMoney(f.bonus, LIMITS.bonusAmount), (p) =>
          say(p, 'the bonus amount', '$0', money(LIMITS.bonusAmount.max), '20000'),
        );
  const signOn = check(errors, 'signOn', parseMoney(f.signOn, LIMITS.signOn), (p) =>
    say(p, 'the sign-on bonus', '$0', money(LIMITS.signOn.max), '25000'),
  );
  const signOnYears = check(errors, 'signOnYears', parseCount(f.signOnYears, LIMITS.signOnYears), (p) =>
    p === 'empty' || p === 'not-a-number' || p === 'too-precise' || p === 'negative'
      ? `Enter a whole number of years from 1 to ${YEARS}.`
      : `Spread the sign-on bonus over 1 to ${YEARS} years.`,
  );
  const grant = check(errors, 'grant', parseMoney(f.grant, LIMITS.grant), (p) =>
    say(p, 'the equity grant', '$0', money(LIMITS.grant.max), '400000'),
  );
  const refresh = check(errors, 'refresh', parseMoney(f.refresh, LIMITS.refresh), (p) =>
    say(p, 'the yearly refresh grant', '$0', money(LIMITS.refresh.max), '50000'),
  );
  const priceChange = check(errors, 'price', parsePercent(f.price, LIMITS.price), (p) =>
    p === 'too-small' || p === 'negative'
      ? 'A share price cannot fall by more than 100%.'
      : p === 'too-large'
        ? 'A rise above 1,000% is not plausible to plan on; check the figure.'
        : say(p, 'the share-price change', '0%', '1000%', '-20'),
  );
  let schedule: Schedule | undefined;
  if (f.vesting === 'custom') {
    const c = parseCustomSchedule(f.custom);
    if (c.ok) schedule = scheduleFor('custom', c.value);
    else errors.custom = c.message!;
  } else schedule = scheduleFor(PRESETS.includes(f.vesting) ? f.vesting : 'cliff-yearly');

  if (
    Object.keys(errors).length > 0 ||
    base === undefined ||
    bonus === undefined ||
    signOn === undefined ||
    signOnYears === undefined ||
    grant === undefined ||
    refresh === undefined ||
    priceChange === undefined ||
    !schedule
  ) {
    return { errors };
  }
  return {
    errors,
    input: {
      base,
      bonus: f.bonusMode === 'percent' ? { mode: 'percent', bp: bonus } : { mode: 'amount', cents: bonus },
      signOn,
      signOnYears,
      grant,
      schedule,
      refresh,
      priceChange,
    },
  };
}

export interface YearRow {
  year: number;
  base: Cents;
  bonus: Cents;
  signOn: Cents;
  /** The first grant vesting this year, at the grant's value, before any price change. */
  grantAtGrantPrice: Cents;
  /** Equity vesting this year: the first grant after the price change, plus refreshes. */
  equity: Cents;
  total: Cents;
  /** Vesting dates this year, across the grant and refreshes. */
  vestDates: number;
}

export interface OfferResult {
  years: YearRow[];
  firstYear: Cents;
  /** Sum of years one to four, and that divided by four, rounded to the cent. */
  fourYearTotal: Cents;
  fourYearAverage: Cents;
  /** True when dividing by four left a fraction of a cent (the average is rounded). */
  averageRounded: boolean;
  /** Grant value that vests after year four (a schedule longer than four years, or refreshes still vesting). */
  afterYearFour: Cents;
  /** True when some vesting amount had a fraction of a cent that was floored (the last date takes the remainder). */
  vestingRounded: boolean;
  /** True when the price change left a fraction of a cent in some year. */
  priceRounded: boolean;
}

/** Years one to four of an offer. Every figure is whole cents and each total is the sum of its row. */
export function computeOffer(input: OfferInput): OfferResult {
  const base = Array.from({ length: YEARS }, () => input.base);
  const bonusEach = input.bonus.mode === 'percent' ? applyBasisPoints(input.base, input.bonus.bp) : input.bonus.cents;
  const signOnSplit = splitEvenly(input.signOn, input.signOnYears);
  const grantYears = vestByYear(input.grant, input.schedule, YEARS);
  const dates = vestDatesByYear(input.schedule, YEARS);
  const refreshYears = Array.from({ length: YEARS }, () => 0);
  let refreshVested = 0;
  // Refresh k is granted at the end of year k and vests on the same schedule from year k + 1.
  for (let k = 1; k < YEARS && input.refresh > 0; k += 1) {
    const v = vestByYear(input.refresh, input.schedule, YEARS, k);
    v.forEach((a, i) => (refreshYears[i]! += a));
    refreshVested += sum(v);
    vestDatesByYear(input.schedule, YEARS, k).forEach((n, i) => (dates[i]! += n));
  }
  const factor = FULL + input.priceChange;
  let priceRounded = false;
  const years: YearRow[] = base.map((b, i) => {
    const atGrant = grantYears[i]!;
    const changed = applyBasisPoints(atGrant, factor);
    if ((atGrant * factor) % FULL !== 0) priceRounded = true;
    const row = {
      year: i + 1,
      base: b,
      bonus: bonusEach,
      signOn: signOnSplit[i] ?? 0,
      grantAtGrantPrice: atGrant,
      equity: changed + refreshYears[i]!,
      total: 0,
      vestDates: dates[i]!,
    };
    row.total = row.base + row.bonus + row.signOn + row.equity;
    return row;
  });
  const fourYearTotal = sum(years.map((y) => y.total));
  const grantAfter = input.grant - sum(grantYears);
  const refreshAfter = input.refresh * (YEARS - 1) - refreshVested;
  const amounts = vestAmounts(input.grant, input.schedule);
  const vestingRounded = input.schedule.events.some(
    (e) =>
      (input.grant * e.part) % input.schedule.denominator !== 0 ||
      (input.refresh * e.part) % input.schedule.denominator !== 0,
  );
  return {
    years,
    firstYear: years[0]!.total,
    fourYearTotal,
    fourYearAverage: Math.round(fourYearTotal / YEARS),
    averageRounded: fourYearTotal % YEARS !== 0,
    afterYearFour: grantAfter + refreshAfter,
    vestingRounded: vestingRounded && amounts.length > 0,
    priceRounded,
  };
}

export { scheduleYears, isComplete };
