// The facts a posting states about the job itself, read from its wording: the level it names, the years of
// experience it asks, and the pay range it gives. Each reading carries the words it came from, so the page can
// show them. Pure; unit-tested in tests/unit/lib/posting/details.test.ts.

import type { PostingLevel } from './vocabulary';

/** Words, found in the text, and where. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

const LEVEL_WORDS: [PostingLevel, RegExp][] = [
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|new[- ]grad(?:uate)?|graduate)(?![\w-])/i],
  ['principal', /\b(?:principal|L6\+)(?![\w-])/i],
  ['staff', /\bstaff(?![\w-])/i],
  ['senior', /\b(?:senior|sr\.?)(?![\w-])/i],
  ['mid', /\b(?:mid[- ]?level|mid|intermediate)(?![\w-])/i],
];

/** "Mid-Senior level" (a job board's label) names two levels; the higher is the one the pay bands would use. */
const RANK: Record<PostingLevel, number> = { junior: 0, mid: 1, senior: 2, staff: 3, principal: 4 };

function levelIn(text: string, offset: number): { level: PostingLevel; quote: Quote } | undefined {
  const found = LEVEL_WORDS.flatMap(([level, re]) => {
    const m = re.exec(text);
    return m
      ? [{ level, quote: { text: m[0].trim(), start: offset + m.index, end: offset + m.index + m[0].trim().length } }]
      : [];
  });
  return found.sort((a, b) => RANK[b.level] - RANK[a.level])[0];
}

export interface LevelReading {
  level: PostingLevel;
  quote: Quote;
  /** Where it was read: the posting's first line (its title), or a phrase naming the role. */
  from: 'title' | 'text';
}

const ROLE = /\b(?:engineer|developer|scientist|architect|role|position|level)\b/i;

/**
 * The level the posting names: in its title (the first line, when it names a role) or, failing that, the first
 * "a <level> ... engineer" (or developer, role, position) in the text, or one that starts a line. Undefined when it
 * names none.
 */
export function readLevel(text: string): LevelReading | undefined {
  const firstLine = /^\s*([^\n]{1,160})/.exec(text);
  if (firstLine && ROLE.test(firstLine[1]!)) {
    const start = firstLine[0].length - firstLine[1]!.length;
    const hit = levelIn(firstLine[1]!, start);
    if (hit) return { ...hit, from: 'title' };
  }
  // The role itself, not the people around it: at the start of a line, or after "a", "as a", "hiring"..., and singular
  // ("work with senior engineers" names colleagues).
  const phrase =
    /(?:^|\b(?:an?|as an?|hiring|for|our|this|the)\s+)(?:junior|jr\.?|entry[- ]level|mid[- ]?level|intermediate|senior|sr\.?|staff|principal)(?:[\s/-]+[\w+.-]+){0,4}?[\s/-]+(?:engineer|developer|scientist|architect|role|position)\b/gim;
  for (const m of text.matchAll(phrase)) {
    const hit = levelIn(m[0], m.index);
    if (hit) return { ...hit, from: 'text' };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
};
const N = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const YEARS = new RegExp(
  `\\b(?:at least|minimum(?: of)?|over)?\\s*${N}\\s*(?:\\+|\\s*(?:-|–|—|to)\\s*${N}\\s*\\+?|\\s+or more)?\\s*(?:years?|yrs?)\\b`,
  'gi',
);
// Years that are not experience: vesting, a degree's length, the company's age.
const NOT_EXPERIENCE =
  /vest|cliff|equity|stock|option|degree|bachelor|founded|ago|old\b|runway|tenure|contract|warranty|anniversar/i;
const number = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

export interface YearsReading {
  /** The fewest years the posting accepts, of the largest such ask (the total experience, not a sub-skill's). */
  min: number;
  quote: Quote;
}

/** The years of experience a posting asks for, or undefined when it asks none. */
export function readYears(text: string): YearsReading | undefined {
  let best: YearsReading | undefined;
  for (const m of text.matchAll(YEARS)) {
    // The sentence around it, to tell experience from vesting or a degree.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const sentence = `${before.split(/[.!?\n]/).at(-1)}${m[0]}${after.split(/[.!?\n]/)[0]}`;
    if (NOT_EXPERIENCE.test(sentence) || /^[\s-]*(?:old|ago)/i.test(after)) continue;
    const min = number(m[1]!);
    if (!Number.isFinite(min) || min < 1 || min > 30) continue;
    const quote = m[0].trim();
    const start = m.index + m[0].indexOf(quote);
    if (!best || min > best.min) best = { min, quote: { text: quote, start, end: start + quote.length } };
  }
  return best;
}

export const PAY_BASES = ['base', 'total', 'unstated'] as const;
export interface PayReading {
  /** Whole dollars (or the currency's units). */
  low: number;
  high: number;
  /** US dollars ($, US$, USD), another currency (€, £, C$, EUR...), or none written (read as dollars, and said so). */
  currency: 'USD' | 'other' | 'unstated';
  /** What the posting says the range counts: base salary, total compensation (OTE, TC, all-in), or it does not say. */
  basis: (typeof PAY_BASES)[number];
  /** Paid by the hour or month rather than by the year: not a yearly salary, so not compared with the bands. */
  period: 'year' | 'other';
  quote: Quote;
  /** How many pay ranges the posting gives; the first is read. */
  count: number;
}

const MONEY = String.raw`((?:US|CA|C|A|AU|NZ)?\$|USD|EUR|GBP|CAD|AUD|€|£)?\s?(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s?([kKmM])?`;
const RANGE = new RegExp(`${MONEY}\\s*(?:-|–|—|to|and)\\s*${MONEY}(?:\\s*(USD|EUR|GBP|CAD|AUD))?`, 'g');

const scale = (digits: string, suffix: string | undefined) => {
  const value = /^\d{1,3}(?:[,.\s]\d{3})+$/.test(digits) ? Number(digits.replace(/[,.\s]/g, '')) : Number(digits);
  return suffix && /m/i.test(suffix) ? value * 1_000_000 : suffix ? value * 1_000 : value;
};

/**
 * The first pay range a posting gives ("$180,000 - $220,000", "180k-220k base", "$180K–$220K"), or undefined.
 * At least one side must carry a currency or a k, so a range of years or of team sizes is not read as pay. A yearly
 * range must look like one (10,000 to 10,000,000, low not above high); a range by the hour, day, week or month is
 * read as such, and not compared with yearly bands.
 */
export function readPay(text: string): PayReading | undefined {
  const found: PayReading[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [, cur1, digits1, suffix1, cur2, digits2, suffix2, curAfter] = m;
    if (!cur1 && !cur2 && !curAfter && !suffix1 && !suffix2) continue;
    // "180-220k": the k written once applies to both.
    const lowSuffix = suffix1 ?? (suffix2 && Number(digits1) < 1000 ? suffix2 : undefined);
    const low = scale(digits1!, lowSuffix);
    const high = scale(digits2!, suffix2);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[.\n]/)[0]!;
    const before = text
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/[.\n]/)
      .at(-1)!;
    const period = /^\s*(?:(?:per|an|a|\/)\s*(?:hour|hr|h|month|mo|day|week|wk)\b|hourly|monthly|daily|weekly)/i.test(
      after,
    )
      ? 'other'
      : 'year';
    if (!(low > 0 && low <= high && (period === 'other' || (low >= 10_000 && high <= 10_000_000)))) continue;
    const symbol = cur1 ?? cur2 ?? curAfter;
    const currency = !symbol ? 'unstated' : symbol === '$' || symbol === 'US$' || symbol === 'USD' ? 'USD' : 'other';
    const around = `${before} ${after}`;
    const basis = /\b(?:OTE|TC|total comp(?:ensation)?|all[- ]in|total pay|total package)\b/i.test(around)
      ? 'total'
      : /\bbase\b/i.test(around)
        ? 'base'
        : 'unstated';
    const quote = m[0].trim();
    const start = m.index + m[0].indexOf(quote);
    found.push({
      low,
      high,
      currency,
      basis,
      period,
      quote: { text: quote, start, end: start + quote.length },
      count: 0,
    });
  }
  const first = found[0];
  return first && { ...first, count: found.length };
}
