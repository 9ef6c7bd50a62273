// Dates, in one place. A date in the guide is a calendar day written YYYY-MM-DD (frontmatter, data, the study plan,
// readers' progress) and held as midnight UTC, so a build anywhere shows the same day. There are two "todays":
//   - the build's, today(): GUIDE_TODAY=YYYY-MM-DD, else the clock's UTC date. The build's staleness marks and review
//     dates, the scaffolder and the tests read it, so the tests can set it (`npm test` pins it for the whole run);
//   - the reader's, localDay(): the day on the reader's own calendar, in the browser's time zone, for anything a
//     reader does (a milestone ticked, a plan started, a file exported). At 23:30 in New York it is still that day,
//     although in UTC it is already the next.
// Pure and free of Astro, so pages, browser code, scripts and tests all import it.

/** A calendar day as written: YYYY-MM-DD. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The YYYY-MM-DD of a date held as midnight UTC (or of a moment, in UTC). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A calendar day written YYYY-MM-DD, as midnight UTC; undefined when the text is not one, in form (2026-6-1) or in
 * fact (2026-02-30, which JavaScript would roll over to 2 March).
 */
export function parseDay(text: string): Date | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) || isoDay(date) !== text ? undefined : date;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a day written YYYY-MM-DD, for counting days; throws on a day that is not one. */
export function dayNumber(day: string): number {
  const date = parseDay(day);
  if (!date) throw new RangeError(`"${day}" is not a calendar date written YYYY-MM-DD.`);
  return date.getTime() / DAY_MS;
}

/** The day, YYYY-MM-DD, of a day number. */
export const dateOf = (day: number): string => isoDay(new Date(day * DAY_MS));

/** A day plus some days, both written YYYY-MM-DD; throws on a day that is not one. */
export const addDays = (day: string, days: number): string => dateOf(dayNumber(day) + days);

/** The same moment some calendar months later (earlier with a negative count), in UTC. */
export function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** True when `asOf` is more than `months` months before `now`. */
export const isStale = (asOf: Date, now: Date, months = 12): boolean =>
  asOf.getTime() < addMonths(now, -months).getTime();

// One formatter for the whole build, made on first use: toLocaleDateString builds a new one on every call, which
// cost most of a second across a 1,000-chapter build. Made on first use, so browser code that only reads a day
// does not build it.
let dayMonthYear: Intl.DateTimeFormat | undefined;

/** "11 June 2026", in UTC so a build anywhere prints the same day. */
export function formatDate(date: Date): string {
  dayMonthYear ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dayMonthYear.format(date);
}

const DAY_STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  'short-no-year': { day: 'numeric', month: 'short' },
} as const;
let dayFormats: Map<string, Intl.DateTimeFormat> | undefined;

/**
 * A day written YYYY-MM-DD, in words: 'long' ("Monday, 30 November 2026"), 'short' ("30 Nov 2026") or
 * 'short-no-year' ("30 Nov"), as the study plan shows its dates.
 */
export function formatDay(day: string, style: keyof typeof DAY_STYLES): string {
  dayFormats ??= new Map();
  let format = dayFormats.get(style);
  if (!format)
    dayFormats.set(style, (format = new Intl.DateTimeFormat('en-GB', { ...DAY_STYLES[style], timeZone: 'UTC' })));
  return format.format(parseDay(day));
}

/** The reader's calendar day at `moment` (now, by default), YYYY-MM-DD, in the browser's own time zone. */
export const localDay = (moment: Date = new Date()): string =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;

/**
 * The build's "today": GUIDE_TODAY when set, else the clock's date; either way midnight UTC of that day.
 * Throws, saying how to write it, when GUIDE_TODAY is not a calendar day.
 */
export function today(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.GUIDE_TODAY;
  if (pinned === undefined || pinned === '') return parseDay(isoDay(new Date()))!;
  const date = parseDay(pinned);
  if (!date)
    throw new Error(
      `GUIDE_TODAY is "${pinned}", which is not a date; write it as YYYY-MM-DD (for example 2026-11-30), or unset it to use the clock.`,
    );
  return date;
}
