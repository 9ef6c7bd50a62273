// What the guide's sources warn about, found in a posting's wording: one person to own every AI initiative, a
// "prompt engineer" title, an ask for model training or research (an ML engineer's or researcher's job), and years
// of experience that do not fit the level named. This module only finds them, with the words that show each;
// what each means, with its citation and the chapter that treats it, is written on the page
// (src/components/data/posting/PostingWarnings.astro). Pure; unit-tested in tests/unit/lib/posting/warnings.test.ts.
import type { Quote } from './details';
import type { PostingLevel } from './vocabulary';

export const WARNING_IDS = ['all-initiatives', 'prompt-engineer', 'training-research', 'years-level'] as const;
export type WarningId = (typeof WARNING_IDS)[number];

const ALL_INITIATIVES = [
  /\b(?:all|every|each|entire|company[- ]wide|across the (?:company|organi[sz]ation|business))\b[^.\n]{0,40}?\b(?:AI|ML|GenAI|generative AI|machine learning|LLM)\b[^.\n]{0,25}?\b(?:initiatives?|efforts?|projects?|strategy|roadmap|programs?|use[- ]cases)\b/i,
  /\b(?:own|lead|drive)\s+(?:our|the)\s+(?:entire\s+|whole\s+|company(?:'|’)s\s+)?(?:AI|ML|GenAI)\s+(?:strategy|roadmap|agenda|function)\b/i,
];
const PROMPT_ENGINEER = [/\bprompt engineers?\b/i];
const TRAINING_RESEARCH = [
  /\b(?:pre-?train(?:ing)?|train(?:ing)?\s+(?:(?:large|new|our own|foundation|frontier|custom|base)\s+)*(?:models?|LLMs?|language models|neural networks|networks)\b)/i,
  /\b(?:train|pretrain)\w*\b[^.\n]{0,30}\bfrom scratch\b/i,
  /\b(?:research scientists?|first[- ]author|publications? (?:at|in)|publish(?:ing)? (?:papers|research|at)|NeurIPS|ICML|ICLR|novel (?:model )?(?:architectures|algorithms)|RLHF|reinforcement learning from human feedback)\b/i,
  /(?<!\bno\s|\bnot\s|\bwithout\s(?:a\s)?)\bPh\.?D\b(?!\s+(?:not|optional))/i,
];

export interface Finding {
  id: WarningId;
  quote: Quote;
}

function first(text: string, patterns: readonly RegExp[]): Quote | undefined {
  const hits = patterns.flatMap((re) => {
    const m = re.exec(text);
    return m ? [{ text: m[0], start: m.index, end: m.index + m[0].length }] : [];
  });
  return hits.sort((a, b) => a.start - b.start)[0];
}

/** A rung of the years ladder: a level and the years a source gives for it. */
export interface Rung {
  level: string;
  min: number;
  max: number;
  /** The level as the source words it, such as "Senior (4-7 years)". */
  label: string;
  /** The id of the source that gives it. */
  source: string;
}

/**
 * The years ladder in the salary bands: each band whose level label states years ("Senior (4-7 years)", as
 * content/salary-bands/ write it) gives its level's rung. Ordered by years.
 */
export function yearsLadder(bands: readonly { level: string; levelLabel: string; source: string }[]): Rung[] {
  const rungs: Rung[] = [];
  for (const b of bands) {
    const m = /(\d+)\s*(?:-|–|to)\s*(\d+)\s*years?/i.exec(b.levelLabel);
    if (m && !rungs.some((r) => r.level === b.level))
      rungs.push({ level: b.level, min: Number(m[1]), max: Number(m[2]), label: b.levelLabel, source: b.source });
  }
  return rungs.sort((a, b) => a.min - b.min);
}

export interface YearsMismatch {
  level: PostingLevel;
  years: number;
  /** The rungs whose years include the posting's; empty when the years are past the ladder's top. */
  fits: Rung[];
  /** The named level's own rung; undefined for junior, which sits below the ladder's first rung. */
  own?: Rung | undefined;
  /** The ladder's first rung, which a junior level sits below. */
  lowest: Rung;
}

/**
 * Whether the years asked do not fit the level named, on the ladder: outside the level's own rung, or, for junior
 * (below the first rung), at or past where the first rung starts. Undefined when they fit, or when the level has
 * no rung (principal: no source gives its years).
 */
export function yearsMismatch(level: PostingLevel, years: number, ladder: readonly Rung[]): YearsMismatch | undefined {
  const lowest = ladder[0];
  if (!lowest) return undefined;
  const fits = ladder.filter((r) => years >= r.min && years <= r.max);
  if (level === 'junior') return years >= lowest.min ? { level, years, fits, lowest } : undefined;
  const own = ladder.find((r) => r.level === level);
  if (!own || (years >= own.min && years <= own.max)) return undefined;
  return { level, years, fits, own, lowest };
}

/** The three warnings read from wording alone, in the posting's order. The years one needs the level: see yearsMismatch. */
export function findWarnings(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (id: WarningId, patterns: readonly RegExp[]) => {
    const quote = first(text, patterns);
    if (quote) found.push({ id, quote });
  };
  add('all-initiatives', ALL_INITIATIVES);
  add('prompt-engineer', PROMPT_ENGINEER);
  add('training-research', TRAINING_RESEARCH);
  return found.sort((a, b) => a.quote.start - b.quote.start);
}
