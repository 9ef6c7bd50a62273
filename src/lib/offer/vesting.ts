// Vesting schedules for the offer calculator: how a grant's value is released over the years.
// A schedule is a list of vesting dates (months after the start) with the share of the grant each
// releases, as whole fractions of a common denominator, so any grant splits to the cent exactly:
// each date gets what the running total has reached, floored to the cent, and the last date takes
// what is left. The presets are common patterns, not figures from the guide's sources.
// Pure; unit-tested (with property tests) in tests/unit/lib/offer/vesting.test.ts.
import { FULL, type BasisPoints, type Cents } from './money';

export interface VestEvent {
  /** Months after the start date: 12 is the first anniversary. */
  month: number;
  /** Share of the grant released on that date, as `part / schedule.denominator`. */
  part: number;
}

export interface Schedule {
  events: VestEvent[];
  /** The parts add up to this. */
  denominator: number;
}

export const PRESETS = ['cliff-yearly', 'cliff-monthly', 'front-loaded', 'back-loaded', 'custom'] as const;
export type PresetId = (typeof PRESETS)[number];

export interface PresetInfo {
  label: string;
  /** One sentence for the form: what the schedule does, and where the pattern comes from. */
  explain: string;
  /** Yearly percentages, for presets that are a simple yearly split. */
  yearly?: readonly number[];
}

export const PRESET_INFO: Record<PresetId, PresetInfo> = {
  'cliff-yearly': {
    label: 'Four years, one-year cliff, then yearly (25% a year)',
    explain:
      'Nothing vests before the first anniversary; then a quarter of the grant vests on each of four anniversaries.',
    yearly: [25, 25, 25, 25],
  },
  'cliff-monthly': {
    label: 'Four years, one-year cliff, then monthly',
    explain:
      'A quarter vests at month 12, then the rest in 36 equal monthly slices. Yearly totals match the yearly schedule; the cash simply arrives sooner.',
  },
  'front-loaded': {
    label: 'Front-loaded (40/30/20/10)',
    explain: "More of the grant vests early. A common pattern in offers; the guide's sources do not discuss vesting.",
    yearly: [40, 30, 20, 10],
  },
  'back-loaded': {
    label: 'Back-loaded (5/15/40/40)',
    explain:
      "Most of the grant vests in years three and four. Widely known as Amazon's pattern; that is general knowledge, not from the guide's sources.",
    yearly: [5, 15, 40, 40],
  },
  custom: {
    label: 'Custom yearly percentages',
    explain: 'Your own split: one percentage per year in the field below, adding up to 100.',
  },
};

/** A yearly schedule from percentages in basis points (2500 = 25%): one vesting date per anniversary. */
export function yearlySchedule(percents: readonly BasisPoints[]): Schedule {
  return { events: percents.map((part, i) => ({ month: 12 * (i + 1), part })), denominator: FULL };
}

/** 25% at month 12, then 1/48 of the grant each month to month 48. */
export function monthlyAfterCliff(): Schedule {
  const events: VestEvent[] = [{ month: 12, part: 12 }];
  for (let month = 13; month <= 48; month += 1) events.push({ month, part: 1 });
  return { events, denominator: 48 };
}

/** The schedule a preset stands for; `custom` takes the reader's yearly percentages (basis points). */
export function scheduleFor(preset: PresetId, custom: readonly BasisPoints[] = []): Schedule {
  if (preset === 'cliff-monthly') return monthlyAfterCliff();
  if (preset === 'custom') return yearlySchedule(custom);
  return yearlySchedule(PRESET_INFO[preset].yearly!.map((p) => p * 100));
}

/** Whether the parts add up to the whole: a schedule that does not would vest more or less than the grant. */
export const isComplete = (s: Schedule): boolean =>
  s.events.length > 0 &&
  s.events.every((e) => Number.isInteger(e.part) && e.part >= 0) &&
  s.events.reduce((a, e) => a + e.part, 0) === s.denominator;

/**
 * What each vesting date releases, in cents: the running total floored to the cent at each date, so
 * the amounts always add up to the grant exactly, and the last date takes the remainder.
 */
export function vestAmounts(grant: Cents, schedule: Schedule): Cents[] {
  if (!isComplete(schedule)) throw new RangeError("The schedule's parts do not add up to the whole grant.");
  let reached = 0;
  let vested = 0;
  return schedule.events.map((e, i) => {
    reached += e.part;
    const total = i === schedule.events.length - 1 ? grant : Math.floor((grant * reached) / schedule.denominator);
    const amount = total - vested;
    vested = total;
    return amount;
  });
}

/** Schedule length in years (the year of its last vesting date). */
export const scheduleYears = (s: Schedule): number => Math.max(0, ...s.events.map((e) => Math.ceil(e.month / 12)));

/**
 * The grant's vesting per year (year 1 = months 1-12), over `years` years, when vesting starts
 * `startYear` years late (0 for the grant at hire, 1 for a refresh granted a year in).
 */
export function vestByYear(grant: Cents, schedule: Schedule, years: number, startYear = 0): Cents[] {
  const out: Cents[] = Array.from({ length: years }, () => 0);
  const amounts = vestAmounts(grant, schedule);
  schedule.events.forEach((e, i) => {
    const year = Math.ceil(e.month / 12) - 1 + startYear;
    if (year >= 0 && year < years) out[year]! += amounts[i]!;
  });
  return out;
}

/** How many vesting dates fall in each year, for the note under the table. */
export function vestDatesByYear(schedule: Schedule, years: number, startYear = 0): number[] {
  const out = Array.from({ length: years }, () => 0);
  for (const e of schedule.events) {
    const year = Math.ceil(e.month / 12) - 1 + startYear;
    if (year >= 0 && year < years) out[year]! += 1;
  }
  return out;
}
