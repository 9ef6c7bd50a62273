// Money for the offer calculator (/data/offer/), in whole cents: integers add and split exactly,
// where floating-point dollars would drift (0.1 + 0.2). Parsing turns what a reader types into
// cents or a reason it cannot, never NaN and never a silent zero.
// Pure; unit-tested in tests/unit/lib/offer/money.test.ts.

/** A whole number of cents. */
export type Cents = number;
/** A percentage in basis points: 15% is 1500, -30% is -3000. */
export type BasisPoints = number;

export const CENTS_PER_DOLLAR = 100;
export const FULL: BasisPoints = 10_000;

/** Why a typed figure was refused; the page turns each into a sentence on the field. */
export type ParseProblem = 'empty' | 'not-a-number' | 'negative' | 'too-precise' | 'too-small' | 'too-large';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

const NUMBER = /^([+-]?)(\d+(?:,\d{3})*|\d*)(?:\.(\d*))?([km])?$/i;

interface Digits {
  negative: boolean;
  whole: string;
  fraction: string;
  scale: number;
}

/** "$250,000", "250k", "1.5M", " 12.50 " -> sign, digits and the k/M multiplier; undefined when it is not a number. */
function digitsOf(text: string): Digits | 'empty' | undefined {
  if (text.trim() === '') return 'empty';
  const cleaned = text
    .trim()
    .replace(/^\$|^(-)\$/, '$1')
    .replace(/\s+/g, '');
  const m = NUMBER.exec(cleaned);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  return {
    negative: m[1] === '-',
    whole: m[2]!.replace(/,/g, '') || '0',
    fraction: m[3] ?? '',
    scale: m[4] ? (m[4].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1,
  };
}

/** `digits` (whole and fraction) times 10^places times `scale`, as an exact integer, or undefined when it has more precision than that. */
function toInteger(d: Digits, places: number): number | undefined {
  // Scaling by k or M moves the decimal point: 1.5k has three more places to spend.
  const extra = Math.log10(d.scale);
  const allowed = places + extra;
  const fraction = d.fraction.replace(/0+$/, '');
  if (fraction.length > allowed) return undefined;
  const n = Number(d.whole + fraction.padEnd(allowed, '0'));
  return Number.isSafeInteger(n) ? n : Number.POSITIVE_INFINITY;
}

export interface MoneyLimits {
  /** Smallest amount accepted, in cents (0 allows nothing, which is different from an empty field). */
  min?: Cents;
  /** Largest amount accepted, in cents. */
  max?: Cents;
}

/** A dollar amount as typed ("$250,000", "250k", "1,234.56") -> cents. At most two decimals; never negative. */
export function parseMoney(text: string, limits: MoneyLimits = {}): Parsed<Cents> {
  const d = digitsOf(text);
  if (d === 'empty') return { ok: false, problem: 'empty' };
  if (!d) return { ok: false, problem: 'not-a-number' };
  const cents = toInteger(d, 2);
  if (cents === undefined) return { ok: false, problem: 'too-precise' };
  if (d.negative && cents !== 0) return { ok: false, problem: 'negative' };
  if (limits.max !== undefined && cents > limits.max) return { ok: false, problem: 'too-large' };
  if (limits.min !== undefined && cents < limits.min) return { ok: false, problem: 'too-small' };
  return { ok: true, value: cents };
}

/** A percentage as typed ("15", "15%", "-30", "12.5") -> basis points. At most two decimals. */
export function parsePercent(text: string, limits: { min: BasisPoints; max: BasisPoints }): Parsed<BasisPoints> {
  const d = digitsOf(text.replace(/%\s*$/, ''));
  if (d === 'empty') return { ok: false, problem: 'empty' };
  if (!d || d.scale !== 1) return { ok: false, problem: 'not-a-number' };
  const abs = toInteger(d, 2);
  if (abs === undefined) return { ok: false, problem: 'too-precise' };
  const bp = d.negative ? -abs : abs;
  if (bp < limits.min) return { ok: false, problem: bp < 0 && limits.min >= 0 ? 'negative' : 'too-small' };
  if (bp > limits.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value: bp === 0 ? 0 : bp };
}

/** A whole number of years or similar, as typed. */
export function parseCount(text: string, limits: { min: number; max: number }): Parsed<number> {
  const t = text.trim();
  if (t === '') return { ok: false, problem: 'empty' };
  if (!/^[+-]?\d+$/.test(t)) return { ok: false, problem: /^[+-]?\d*\.\d+$/.test(t) ? 'too-precise' : 'not-a-number' };
  const n = Number(t);
  if (n < 0) return { ok: false, problem: 'negative' };
  if (n < limits.min) return { ok: false, problem: 'too-small' };
  if (n > limits.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value: n };
}

/** `amount` times `bp` basis points, rounded half away from zero to the cent. Exact for any amount the calculator accepts. */
export function applyBasisPoints(amount: Cents, bp: BasisPoints): Cents {
  const product = amount * bp;
  const q = Math.trunc(product / FULL);
  const r = product - q * FULL;
  return q + (Math.abs(r) * 2 >= FULL ? Math.sign(product) : 0);
}

/** Splits `total` into `parts` whole-cent amounts as equal as cents allow; the last part takes the remainder. */
export function splitEvenly(total: Cents, parts: number): Cents[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`splitEvenly needs at least one part, not ${parts}.`);
  const each = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? total - each * (parts - 1) : each));
}

export const sum = (list: readonly Cents[]): Cents => list.reduce((a, b) => a + b, 0);

// Made on first use: building it when the module loads is start-up work a page that has not shown money yet need not do.
let GROUPED: Intl.NumberFormat | undefined;

/** 25_000_050 -> "$250,000.50", 25_000_000 -> "$250,000" (cents only when there are some), -150_000 -> "−$1,500". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / CENTS_PER_DOLLAR);
  const rest = abs % CENTS_PER_DOLLAR;
  GROUPED ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return `${sign}$${GROUPED.format(dollars)}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

/** A difference with its sign always shown: "+$12,000", "−$3,500.25", "$0". */
export function formatDelta(cents: Cents): string {
  return cents > 0 ? `+${formatCents(cents)}` : formatCents(cents);
}

/** 1500 -> "15%", 1250 -> "12.5%", -3000 -> "−30%". */
export function formatPercent(bp: BasisPoints): string {
  const sign = bp < 0 ? '−' : '';
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${whole}${rest ? `.${String(rest).padStart(2, '0').replace(/0$/, '')}` : ''}%`;
}
