// Pure formatting helpers shared by pages and components (unit-tested in tests/unit/lib/format.test.ts).

const SYMBOL: Record<string, string> = { USD: '$' };

/** 180000 -> "$180K", 1000000 -> "$1M", 1500000 -> "$1.5M". */
export function formatMoney(amount: number, currency = 'USD'): string {
  const symbol = SYMBOL[currency] ?? `${currency} `;
  if (amount >= 1_000_000) return `${symbol}${trim(amount / 1_000_000)}M`;
  if (amount >= 1_000) return `${symbol}${trim(amount / 1_000)}K`;
  return `${symbol}${amount}`;
}

const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));

export interface RangeLike {
  low: number;
  high?: number | undefined;
  highOpenEnded?: boolean;
  currency?: string;
  basis?: string;
  /** The band's kind (src/schemas/salary-band.ts): often-above and can-reach are one figure, not a range. */
  kind?: string;
}

/**
 * A band as a reader sees it: "$260K–$420K", "$600K–$1M+", "+$50K–$150K" for a premium, and the single
 * figures in words, so they never pass for a range: "often above $400K", "can reach $500K+".
 */
export function formatRange(band: RangeLike): string {
  const c = band.currency ?? 'USD';
  if (band.kind === 'often-above') return `often above ${formatMoney(band.low, c)}`;
  if (band.kind === 'can-reach') return `can reach ${formatMoney(band.low, c)}+`;
  const sign = band.basis === 'premium-over-generalist' ? '+' : '';
  if (band.high === undefined) return `${sign}${formatMoney(band.low, c)}+`;
  return `${sign}${formatMoney(band.low, c)}–${formatMoney(band.high, c)}${band.highOpenEnded ? '+' : ''}`;
}

/** The same figure for screen readers and tables: "from $260K to $420K", "often above $400K". */
export function describeRange(band: RangeLike): string {
  const c = band.currency ?? 'USD';
  if (band.kind === 'often-above') return `often above ${formatMoney(band.low, c)}`;
  if (band.kind === 'can-reach') return `can reach ${formatMoney(band.low, c)} or more`;
  const premium = band.basis === 'premium-over-generalist' ? ' above a generalist engineer' : '';
  if (band.high === undefined) return `${formatMoney(band.low, c)} or more${premium}`;
  return `from ${formatMoney(band.low, c)} to ${formatMoney(band.high, c)}${band.highOpenEnded ? ' or more' : ''}${premium}`;
}

/** Minutes to read a text at 230 words a minute, at least 1. MDX tags and markup are not counted. */
export function readingMinutes(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/```[\s\S]*?```/g, (code) => code.replace(/[^\s]+/g, 'w'));
  const words = text.match(/[\p{L}\p{N}$%][\p{L}\p{N}'’.,$%-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 230));
}
