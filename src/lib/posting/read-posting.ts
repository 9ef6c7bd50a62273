// A pasted job posting, read in one pass: the text as the reader sees it (cleaned, and cut at MAX_POSTING_CHARS),
// the skills' phrases marked in it, whether the posting makes each skill a requirement or a plus, the level, years
// and pay it states, and the sources' warnings it shows. Pure; unit-tested in tests/unit/lib/posting/read-posting.test.ts
// and timed on large pastes by scripts/bench/posting.mjs.
import { asksOf, clausesOf, kindsOfMarks, type AskKind } from './asks';
import { readLevel, readPay, readYears, type LevelReading, type PayReading, type YearsReading } from './details';
import type { Mark, Matcher } from './match';
import { findWarnings, type Finding } from './warnings';
import { MAX_POSTING_CHARS } from './vocabulary';

export interface ReadPosting {
  /** The text read: line endings made \n, control characters removed, cut at MAX_POSTING_CHARS. */
  text: string;
  /** The length of what was pasted, when it was cut. */
  cutFrom?: number;
  marks: Mark[];
  /** The kind of each mark (required, a plus, or named only), from its sentence and heading. */
  kinds: AskKind[];
  /** Each skill the posting names, with the strongest kind, in order of first mention. */
  asks: { skill: string; kind: AskKind }[];
  level?: LevelReading;
  years?: YearsReading;
  pay?: PayReading;
  warnings: Finding[];
}

// Control characters other than tab and new line: invisible, and nothing a posting needs.
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The text as the reader reads it. */
export function cleanPosting(raw: string): { text: string; cutFrom?: number } {
  const text = raw.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (text.length <= MAX_POSTING_CHARS) return { text };
  // Never cut a surrogate pair in two.
  let end = MAX_POSTING_CHARS;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  return { text: text.slice(0, end), cutFrom: text.length };
}

export function readPosting(raw: string, matcher: Matcher): ReadPosting {
  const { text, cutFrom } = cleanPosting(raw);
  return { ...readText(text, matcher), ...(cutFrom !== undefined ? { cutFrom } : {}) };
}

/** Every step of the reading on a text already cleaned, with no cut (the benchmark times it on large pastes). */
export function readText(text: string, matcher: Matcher): Omit<ReadPosting, 'cutFrom'> {
  const marks = matcher.find(text);
  const kinds = kindsOfMarks(marks, clausesOf(text));
  const asks = [...asksOf(marks, kinds)].map(([skill, kind]) => ({ skill, kind }));
  const level = readLevel(text);
  const years = readYears(text);
  const pay = readPay(text);
  return {
    text,
    marks,
    kinds,
    asks,
    ...(level ? { level } : {}),
    ...(years ? { years } : {}),
    ...(pay ? { pay } : {}),
    warnings: findWarnings(text),
  };
}
